/**
 * The paragraph panel as people use it in a meeting: a member proposes a status and the
 * coordinator sees the proposal marked in the margin and opens the panel from it; the panel
 * stands in a column of its own, beside (never over) the paragraph and the comment cards; with
 * it open a member records a position, clicks into the text and types, and the words land in
 * the document. Then the header with three people present: breadcrumbs keep their words and
 * the Comments button stays inside the window. Screenshots go to a temp dir to look at.
 */
import { mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { demo, sessionHeaders, signIn } from '../helpers/auth.js';
import { eventually, selectInParagraph, type Person } from './harness.js';
import { browserSuite } from './suite.js';

const DOCUMENT = 'mag-2015-03-03-summary';
const suite = browserSuite();

type Box = { x: number; y: number; width: number; height: number };
const overlaps = (a: Box, b: Box) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

async function box(page: Page, selector: string): Promise<Box> {
  const found = await page.locator(selector).first().boundingBox();
  expect(found, selector).not.toBeNull();
  return found!;
}

const blockOf = async (p: Person, n: number) =>
  (await p.page.locator(`.doc-content [data-number="${n}"]`).getAttribute('data-block-id'))!;

describe('the paragraph panel', () => {
  it('marks a member’s proposal for the coordinator and stands beside the text and the comments, never over them', async () => {
    const [lucas, mei] = await Promise.all([suite.person(demo.coordinator), suite.person(demo.member)]);
    await lucas.page.setViewportSize({ width: 1920, height: 1000 });
    // One after the other: a busy machine connects two browsers at once too slowly for the harness.
    await lucas.open(DOCUMENT);
    await mei.open(DOCUMENT);
    const p4 = await blockOf(mei, 4);

    // A comment card on paragraph 4, from another member's browser.
    const jonas = await signIn(suite.accord.url, demo.member2);
    const posted = await fetch(`${suite.accord.url}/api/documents/${DOCUMENT}/comments`, {
      method: 'POST',
      headers: sessionHeaders(jonas),
      body: JSON.stringify({ anchor: { kind: 'block', blockId: p4 }, body: 'Should this name the coalitions?' }),
    });
    expect(posted.status).toBe(201);

    // The member proposes a status from the panel.
    await mei.page.locator(`.status-marker[data-block-id="${p4}"]`).click();
    const meiPanel = mei.page.locator(`.cs-side[data-block-id="${p4}"]`);
    await meiPanel.getByRole('radio', { name: 'Under discussion' }).check();
    await meiPanel.getByLabel('Note').fill('The list of coalitions is still open.');
    await meiPanel.getByRole('button', { name: 'Propose' }).click();
    await meiPanel.locator('.cs-done').waitFor();

    // The coordinator sees the proposal marked in the margin, and opens the panel from it.
    const mark = lucas.page.locator(`.proposal-mark[data-block-id="${p4}"]`);
    await mark.waitFor({ timeout: 5000 });
    expect(await mark.getAttribute('aria-label')).toBe('Paragraph 4: Mei Tanaka proposes Under discussion, to decide');
    await mark.click();
    const panel = lucas.page.locator(`.cs-side[data-block-id="${p4}"]`);
    await panel.waitFor();
    expect(await panel.locator('.cs-proposals').textContent()).toMatch(
      /^Mei Tanaka \(.+\) proposes U Under discussion — “The list of coalitions is still open\.”/,
    );
    // Its history lists the proposal too.
    await eventually(async () =>
      expect(await panel.locator('.cs-history').textContent()).toContain('proposed Under discussion'),
    );

    // Beside the header, the paragraph and the card: never over them.
    const card = lucas.page.locator('.comment-margin .margin-slot').filter({ hasText: 'name the coalitions' });
    await card.waitFor();
    const panelBox = await box(lucas.page, `.cs-side[data-block-id="${p4}"]`);
    const header = await box(lucas.page, '.app-header');
    expect(panelBox.y).toBeGreaterThanOrEqual(header.y + header.height - 1);
    expect(overlaps(panelBox, await box(lucas.page, `.doc-content [data-block-id="${p4}"]`))).toBe(false);
    expect(overlaps(panelBox, (await card.boundingBox())!)).toBe(false);
    expect(overlaps(panelBox, await box(lucas.page, '.toolbar'))).toBe(false);
    expect(overlaps(panelBox, await box(lucas.page, '.comments-panel'))).toBe(false);
    expect(overlaps((await card.boundingBox())!, await box(lucas.page, '.comments-panel'))).toBe(false);
    await shoot(lucas.page, 'side-panel-1920.png');

    // Escape closes it and gives the focus back to the marker; the mark stays until decided.
    await lucas.page.keyboard.press('Escape');
    await panel.waitFor({ state: 'detached' });
    expect(await lucas.page.evaluate(`document.activeElement?.dataset.blockId`)).toBe(p4);
    await mark.click();
    await panel.getByRole('radio', { name: 'Under discussion' }).check();
    await panel.getByRole('button', { name: 'Set status' }).click();
    await mark.waitFor({ state: 'detached', timeout: 5000 });
    await panel.getByRole('button', { name: 'Close the paragraph panel' }).click();
    await panel.waitFor({ state: 'detached' });
  }, 90_000);

  it('leaves the text clickable while open: a member records a position, then types into the paragraph', async () => {
    const mei = await suite.person(demo.member);
    await mei.page.setViewportSize({ width: 1024, height: 768 });
    await mei.open(DOCUMENT);
    const p2 = await blockOf(mei, 2);
    await mei.page.locator(`.status-marker[data-block-id="${p2}"]`).click();
    const panel = mei.page.locator(`.cs-side[data-block-id="${p2}"]`);
    await panel.getByRole('radio', { name: 'Support with reservation' }).check();
    await panel.getByLabel('Reason').fill('Only if the dates hold.');
    await panel.getByRole('button', { name: 'Record position' }).click();
    await panel.locator('.my-position[data-position="support-with-reservation"]').waitFor();
    expect(await panel.locator('.score-line').textContent()).toMatch(
      /^Support from one group — 1 group in favour, with reservations$/,
    );

    // A real click on the paragraph's text (no forcing): nothing lies over it.
    const paragraph = mei.page.locator(`.doc-content [data-block-id="${p2}"]`);
    const target = await paragraph.boundingBox();
    expect(overlaps((await panel.boundingBox())!, target!)).toBe(false);
    await paragraph.click({ position: { x: 5, y: 8 } });
    await mei.page.locator(`.doc-content [data-block-id="${p2}"][data-current]`).waitFor();
    await selectInParagraph(mei.page, 2, 0, 0);
    await mei.page.keyboard.type('Typed beside the panel: ');
    await eventually(async () => expect(await paragraph.textContent()).toMatch(/^Typed beside the panel: /));
    await panel.waitFor(); // still open
    await shoot(mei.page, 'side-panel-1024.png');
  }, 60_000);

  it('keeps the breadcrumbs’ words and the Comments button inside the window with three people present', async () => {
    const [lucas, mei, jonas] = await Promise.all([
      suite.person(demo.coordinator),
      suite.person(demo.member),
      suite.person(demo.member2),
    ]);
    for (const p of [lucas, mei, jonas]) await p.open(DOCUMENT);
    await eventually(async () => expect(await lucas.page.locator('.presence-item[data-participant]').count()).toBe(3));
    expect(await lucas.page.locator('.presence-more').count()).toBe(0);
    for (const [width, height] of [
      [1280, 800],
      [1024, 768],
    ] as const) {
      await lucas.page.setViewportSize({ width, height });
      await lucas.page.locator(`.status-marker[data-block-id="${await blockOf(lucas, 3)}"]`).click();
      await lucas.page.locator('.cs-side').waitFor();
      const crumbs = await lucas.page.$$eval('.crumbs li', (items) =>
        items.map((li) => ({
          text: (li as unknown as { textContent: string }).textContent,
          clipped: (li as unknown as { scrollWidth: number }).scrollWidth,
          shown: (li as unknown as { clientWidth: number }).clientWidth,
        })),
      );
      expect(crumbs[0]!.text).toBe('IGF 2015 Multistakeholder Advisory Group (demo)');
      expect(crumbs[0]!.clipped, `workspace crumb at ${width}px`).toBeLessThanOrEqual(crumbs[0]!.shown);
      // The document's long title keeps most of its words even at 1024 px.
      expect(crumbs[1]!.shown, `title crumb at ${width}px`).toBeGreaterThanOrEqual(Math.min(crumbs[1]!.clipped, 400));
      const toggle = await box(lucas.page, '.comments-toggle');
      expect(toggle.x).toBeGreaterThanOrEqual(0);
      expect(toggle.x + toggle.width).toBeLessThanOrEqual(width);
      const me = await box(lucas.page, '.me .btn');
      expect(me.x + me.width, `Sign out at ${width}px`).toBeLessThanOrEqual(width);
      await shoot(lucas.page, `side-panel-${width}.png`);
      await lucas.page.keyboard.press('Escape');
    }
  }, 90_000);
});

/** Screenshots to look at, kept out of the repository. */
async function shoot(page: Page, name: string): Promise<void> {
  const dir = join(tmpdir(), 'accord-side-panel');
  mkdirSync(dir, { recursive: true });
  const path = join(dir, name);
  await page.screenshot({ path });
  console.log(`screenshot: ${path}`);
}
