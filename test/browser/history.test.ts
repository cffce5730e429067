/**
 * Attribution in the browser (issue 13): a member writes a paragraph; a second member amends
 * it while the first is away. When the first member comes back, the paragraph carries a
 * "changed since your last visit by <second member>" mark and a count above the text, both
 * dismissable; the paragraph panel's "Text history" tab names both members, newest first, with
 * the amendment drawn word by word. Screenshots of both.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { demo } from '../helpers/auth.js';
import { createDocument } from '../helpers/accord-process.js';
import { eventually, screenshotDirs, type Person } from './harness.js';
import { browserSuite } from './suite.js';

const suite = browserSuite();

const P1 = 'Delegations welcomed the revised draft.';
const P2 = 'The secretariat will circulate it by Friday.';
const AMENDMENT = ' and asked for a shorter preamble';

const paragraphs = async (p: Person): Promise<string[]> =>
  (await p.blocks()).filter((b) => b.number !== null).map((b) => b.text);

describe('who changed what, in the browser', () => {
  it('marks what others changed since my last visit and shows a paragraph’s text history', async () => {
    const documentId = await createDocument(suite.accord, 'Attribution in the browser');
    const mei = await suite.person(demo.member);
    await mei.open(documentId);
    await mei.editor().click();
    await mei.page.keyboard.press('Control+End');
    await mei.page.keyboard.type(P1);
    await mei.page.keyboard.press('Enter');
    await mei.page.keyboard.type(P2);
    await mei.page.locator('.status-marker').nth(1).waitFor();
    const p1 = (await mei.blocks()).find((b) => b.text === P1)!.id!;
    // Her own writing is no news to her.
    await mei.page.goto('about:blank');

    const ana = await suite.person(demo.member2);
    await ana.open(documentId);
    await eventually(async () => expect(await paragraphs(ana)).toEqual([P1, P2]));
    await ana.page.locator(`.doc-content [data-block-id="${p1}"]`).click();
    await ana.page.keyboard.press('End');
    await ana.page.keyboard.press('ArrowLeft'); // before the full stop
    await ana.page.keyboard.type(AMENDMENT);
    const amended = `${P1.slice(0, -1)}${AMENDMENT}.`;
    await eventually(async () => expect(await paragraphs(ana)).toEqual([amended, P2]));
    await ana.close();

    // Mei comes back: paragraph 1 is marked with Ana's name, paragraph 2 is not.
    await mei.open(documentId);
    const mark = mei.page.locator(`.since-visit-mark[data-block-id="${p1}"]`);
    await mark.waitFor();
    expect(await mark.getAttribute('aria-label')).toContain(`Changed since your last visit by ${ana.name}`);
    expect(await mei.page.locator('.since-visit-mark').count()).toBe(1);
    await expect
      .poll(() => mei.page.locator('.since-visit-summary').textContent())
      .toContain('1 paragraph changed since your last visit');
    const [temp, kept] = screenshotDirs();
    for (const dir of [temp!, kept!]) await mei.page.screenshot({ path: join(dir, 'history-since-visit.png') });

    // The paragraph panel's Text history names both, newest first, with the amendment marked.
    await mei.page.locator(`.status-marker[data-block-id="${p1}"]`).click();
    const panel = mei.page.locator('.cs-side');
    await panel.getByRole('tab', { name: 'Text history' }).click();
    const entries = panel.locator('.text-history-entry');
    await eventually(async () => expect(await entries.count()).toBe(2));
    expect(await entries.nth(0).locator('.text-history-who').textContent()).toContain(ana.name);
    expect(await entries.nth(0).locator('ins').textContent()).toContain(AMENDMENT.trim().split(' ')[0]);
    expect(await entries.nth(1).locator('.text-history-who').textContent()).toContain(mei.name);
    for (const dir of [temp!, kept!]) await mei.page.screenshot({ path: join(dir, 'history-panel.png') });
    // The consensus view is one tab away.
    await panel.getByRole('tab', { name: 'Consensus' }).click();
    await panel.getByRole('heading', { name: /^Status:/ }).waitFor();

    // Dismissing the mark takes it away.
    await mark.click();
    await mark.waitFor({ state: 'detached' });
    console.log(`screenshots in ${temp}`);
  });
});
