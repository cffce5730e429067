/**
 * The compilation desk in the browser (issue 14): a call on the Policy Menus compilation with
 * two contributions (made through the API, as contributors would), the coordinator puts the
 * caret in ¶2, opens the desk, ticks two paragraphs of Brazil IGF's contribution and one of
 * EuroDIG's and inserts them "after ¶2": the paragraphs arrive in the text through the
 * collaboration channel, right after ¶2 and in order, each with its source under it in the
 * margin ("Source: Brazil IGF"); the desk then lists what is not yet reflected. Screenshot.
 */
import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { createDocument } from '../helpers/accord-process.js';
import { bearer, demo, tokenFor } from '../helpers/auth.js';
import { eventually, offerToReadme, pause, screenshotDirs } from './harness.js';
import { browserSuite } from './suite.js';

const suite = browserSuite();

async function shoot(page: Page, name: string): Promise<void> {
  const [tempDir, keptDir] = screenshotDirs();
  const file = join(tempDir!, name);
  await page.screenshot({ path: file });
  copyFileSync(file, join(keptDir!, name));
  console.log(`screenshot: ${file}`);
  if (name === 'compilation-desk.png') offerToReadme(file, 'compilation-desk.png');
}
const documentId = 'policy-menus-cnb';

const brazil = [
  'Community networks should be recognised in national broadband plans.',
  'Spectrum for community operators should be licensed at nominal cost.',
  'Local content in Portuguese and indigenous languages drives adoption.',
];
const eurodig = [
  'Digital skills programmes should reach older people and rural areas.',
  'Public access points in libraries remain a bridge for the unconnected.',
];

async function post(path: string, token: string, body: unknown): Promise<unknown> {
  const response = await fetch(`${suite.accord.url}${path}`, {
    method: 'POST',
    headers: bearer(token),
    body: JSON.stringify(body),
  });
  const text = await response.text();
  if (response.status !== 201 && response.status !== 200)
    throw new Error(`${path} answered ${response.status}: ${text}`);
  return JSON.parse(text);
}

describe('the compilation desk', () => {
  it('inserts two contributed paragraphs after the caret’s paragraph and shows their sources in the margin', async () => {
    const coordinatorToken = await tokenFor(suite.accord.url, demo.coordinator);
    const now = Date.now();
    const call = (await post(`/api/documents/${documentId}/calls`, coordinatorToken, {
      title: 'Policy Menus: contributions from the initiatives',
      introduction: 'Send your pillars, messages and conclusions.',
      pillars: [{ title: 'Access', question: 'How do we connect the next billion?' }],
      opensAt: new Date(now - 3_600_000).toISOString(),
      closesAt: new Date(now + 30 * 86_400_000).toISOString(),
      participation: 'public',
    })) as { id: string; pillars: Array<{ id: string }> };
    const memberToken = await tokenFor(suite.accord.url, demo.member);
    const contribute = (organisation: string, kind: string, country: string, paragraphs: string[]) =>
      post(`/api/calls/${call.id}/contributions`, memberToken, {
        title: `${organisation} messages`,
        organisation,
        kind,
        country,
        pillars: [call.pillars[0]!.id],
        paragraphs,
      });
    await contribute('Brazil IGF', 'national', 'BR', brazil);
    await contribute('EuroDIG', 'regional', 'Europe', eurodig);

    // Mei (a member) has the compilation open meanwhile: the sources reach her margin too.
    const mei = await suite.person(demo.member);
    await mei.open(documentId);
    const lucas = await suite.person(demo.coordinator);
    await lucas.open(documentId);
    const page = lucas.page;
    // The caret at the end of ¶2 (a click, as a person would).
    const two = page.locator('.doc-content [data-number="2"]');
    const twoId = await two.getAttribute('data-block-id');
    await two.click();
    await page.keyboard.press('End');
    await pause(page, 50);

    await page.getByRole('button', { name: 'Compilation desk' }).click();
    const desk = page.getByRole('complementary', { name: 'Compilation desk' });
    const brazilCard = desk.getByRole('article', { name: 'Brazil IGF messages' });
    await brazilCard.getByText(brazil[0]!).waitFor();
    await brazilCard.getByLabel(brazil[0]!).check();
    await brazilCard.getByLabel(brazil[2]!).check();
    await desk.getByRole('article', { name: 'EuroDIG messages' }).getByLabel(eurodig[1]!).check();
    // Filters narrow the list: EuroDIG alone is regional.
    await desk.getByLabel('Kind').selectOption('regional');
    await expect.poll(() => desk.getByRole('article').count()).toBe(1);
    await desk.getByLabel('Kind').selectOption('');
    await shoot(page, 'compilation-desk-selected.png');
    await desk.getByRole('button', { name: 'Insert the 3 selected paragraphs after ¶2' }).click();
    await desk.getByText('Inserted after ¶2.').waitFor();

    // The paragraphs came through the collaboration channel, right after ¶2, in order.
    await eventually(async () => {
      const blocks = await lucas.blocks();
      const at = blocks.findIndex((b) => b.id === twoId);
      expect(blocks.slice(at + 1, at + 4).map((b) => b.text)).toEqual([brazil[0], brazil[2], eurodig[1]]);
    });
    const blocks = await lucas.blocks();
    const at = blocks.findIndex((b) => b.id === twoId);
    const [first, second, third] = blocks.slice(at + 1, at + 4).map((b) => b.id!);
    // Their sources, under each in the margin.
    const note = (blockId: string) => page.locator(`.source-note[data-block-id="${blockId}"]`);
    await eventually(async () => {
      expect(await note(first!).textContent()).toBe('Source: Brazil IGF');
      expect(await note(second!).textContent()).toBe('Source: Brazil IGF');
      expect(await note(third!).textContent()).toBe('Source: EuroDIG');
    });
    await eventually(async () =>
      expect((await mei.page.locator('.source-note').allTextContents()).sort()).toEqual([
        'Source: Brazil IGF',
        'Source: Brazil IGF',
        'Source: EuroDIG',
      ]),
    );
    // She may not catalogue divergences: her notes are text, not buttons.
    expect(await mei.page.locator('button.source-note').count()).toBe(0);
    // The note sits under its paragraph's last line, inside the paragraph's box.
    const [box, noteBox] = await Promise.all([
      page.locator(`.doc-content [data-block-id="${first}"]`).boundingBox(),
      note(first!).boundingBox(),
    ]);
    expect(noteBox!.y).toBeGreaterThan(box!.y);
    expect(noteBox!.y + noteBox!.height).toBeLessThanOrEqual(box!.y + box!.height + 1);

    // What is left: the three paragraphs not used.
    await desk.getByRole('button', { name: 'Not yet reflected' }).click();
    await desk.getByRole('heading', { name: 'Not yet reflected: 2 paragraphs' }).waitFor();
    await desk.getByText(brazil[1]!).waitFor();
    await desk.getByText(eurodig[0]!).waitFor();

    await shoot(page, 'compilation-desk.png');

    // The coordinator records that contributions diverge on EuroDIG's paragraph, from its sources.
    await note(third!).click();
    const form = desk.getByRole('region', { name: /^Where contributions diverge on ¶/ });
    for (const [n, view, holder] of [
      [1, 'Public access points are the priority.', 'EuroDIG'],
      [2, 'Community networks matter more than public access points.', 'Brazil IGF'],
    ] as const) {
      const fieldset = form.getByRole('group', { name: `View ${n}`, exact: true });
      await fieldset.getByLabel('The view, in a sentence').fill(view);
      await fieldset.getByLabel(holder).check();
    }
    await form.getByRole('button', { name: 'Record the divergence' }).click();
    await form.getByText(/is recorded in the register of differences/).waitFor();
    await eventually(async () => expect(await note(third!).textContent()).toBe('Source: EuroDIG · 1 divergence'));
    await shoot(page, 'compilation-divergence.png');
  });

  it('a silence procedure started on the versions page: a member breaks silence from the document’s banner', async () => {
    const coordinatorToken = await tokenFor(suite.accord.url, demo.coordinator);
    await post(`/api/documents/${documentId}/versions`, coordinatorToken, { name: 'Compilation for endorsement' });
    const lucas = await suite.person(demo.coordinator);
    await lucas.page.goto(`/d/${documentId}/versions`);
    const section = lucas.page.getByRole('region', { name: 'Endorsement by silence procedure' });
    const start = section.getByRole('form', { name: 'Start a silence procedure' });
    await start.getByLabel('Version').selectOption({ label: 'Compilation for endorsement' });
    await start.getByLabel('Note to the members (optional)').fill('Silence until the end of the month.');
    await start.getByRole('button', { name: 'Start the silence procedure' }).click();
    await section.getByText(/^Silence procedure on “Compilation for endorsement” until /).waitFor();

    const mei = await suite.person(demo.member);
    await mei.open(documentId);
    const banner = mei.page.getByRole('region', { name: /^Silence procedure on “Compilation for endorsement” until / });
    await banner.getByText('No one has broken silence.').waitFor();
    await banner.getByLabel('Why you break silence').fill('The access pillar omits the youth initiatives’ messages.');
    await banner.getByRole('button', { name: 'Break silence' }).click();
    await banner.getByText('1 member broke silence.').waitFor();
    await banner.getByText('The access pillar omits the youth initiatives’ messages.').waitFor();
    await shoot(mei.page, 'compilation-silence.png');

    // The coordinator's list says so too.
    await lucas.page.reload();
    await section.getByText('1 member broke silence.').waitFor();
  });

  it('a coordinator creates a call from the desk and gets its public link', async () => {
    const fresh = await createDocument(suite.accord, 'Best practices on local content');
    const lucas = await suite.person(demo.coordinator);
    await lucas.open(fresh);
    await lucas.page.getByRole('button', { name: 'Compilation desk' }).click();
    const desk = lucas.page.getByRole('complementary', { name: 'Compilation desk' });
    await desk.getByText('There is no call for contributions on this document yet.').waitFor();
    await desk.getByRole('button', { name: 'Calls' }).click();
    const form = desk.getByRole('form', { name: 'New call for contributions' });
    await form.getByLabel('Title').fill('Local content: your experience');
    await form
      .getByLabel('Pillars')
      .fill('Languages: Which languages lack content?\nHosting: Where is content hosted?');
    await form.getByLabel('Anyone who confirms an email address').check();
    await form.getByRole('button', { name: 'Create the call' }).click();
    const link = desk.getByLabel('Public page');
    await link.waitFor();
    expect(await link.inputValue()).toMatch(new RegExp(`^${suite.accord.url}/contribute/[^/]+$`));
    const calls = (await (
      await fetch(`${suite.accord.url}/api/documents/${fresh}/calls`, {
        headers: bearer(await tokenFor(suite.accord.url, demo.coordinator)),
      })
    ).json()) as { calls: Array<{ title: string; pillars: Array<{ title: string; question: string }> }> };
    expect(calls.calls.map((c) => [c.title, c.pillars.map((p) => p.title)])).toEqual([
      ['Local content: your experience', ['Languages', 'Hosting']],
    ]);
    await shoot(lucas.page, 'compilation-call.png');
  });
});
