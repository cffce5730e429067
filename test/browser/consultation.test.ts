/**
 * A whole consultation round in real browsers (issue 7): the coordinator types a draft, saves
 * it as a version and opens a round on it from the rounds page; a stranger with no account
 * registers on the public page on a phone, opens the confirmation link (logged: no SMTP here)
 * and comments on paragraph 3; the coordinator closes
 * the round, answers the comment "Accepted" with a response and edits paragraph 3 — the
 * processing view shows the paragraph as consulted beside the paragraph now — downloads the
 * report (comment, disposition and response in it), publishes the revised version; the public
 * page then says the round is closed and links the report. A member finds the round in the list
 * but cannot open one.
 */
import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { createDocument } from '../helpers/accord-process.js';
import { demo } from '../helpers/auth.js';
import { loggedLink } from '../helpers/participants.js';
import { eventually, pause, offerToReadme, screenshotDirs, selectInParagraph, type Person } from './harness.js';
import { browserSuite } from './suite.js';

const suite = browserSuite();

const P1 = 'The forum met three times and heard from every stakeholder group.';
const P2 = 'Participants described the practices that worked in their regions.';
const P3 = 'Platforms should publish how they handle reports of abuse.';
const P3_AFTER = 'Platforms should publish, every year, how they handle reports of abuse.';
const COMMENT = 'Say how often: once a year would let people compare platforms.';
const RESPONSE = 'Agreed: the paragraph now asks for yearly reports.';

/** The texts of the numbered paragraphs of `p`'s editor. */
const paragraphs = async (p: Person): Promise<string[]> =>
  (await p.blocks()).filter((b) => b.number !== null).map((b) => b.text);

/** A `datetime-local` value for `at` in the page's time zone. */
const localInput = (page: Page, at: Date): Promise<string> =>
  page.evaluate<string>(
    `(() => { const d = new Date(${at.getTime()}); const p = (n) => String(n).padStart(2, '0'); return d.getFullYear() + '-' + p(d.getMonth() + 1) + '-' + p(d.getDate()) + 'T' + p(d.getHours()) + ':' + p(d.getMinutes()); })()`,
  );

/** Screenshots `what` into test/browser/screenshots/ and offers it to the README (docs/images/`name`). */
async function keep(what: Page, name: string): Promise<void> {
  const [tempDir, keptDir] = screenshotDirs();
  const file = join(tempDir!, name);
  await what.screenshot({ path: file });
  copyFileSync(file, join(keptDir!, name));
  offerToReadme(file, name);
}

describe('a consultation round in the browser', () => {
  it('runs from a saved version to the published report, coordinator and stranger side by side', async () => {
    const documentId = await createDocument(suite.accord, 'BPF draft for consultation');
    const lucas = await suite.person(demo.coordinator);
    await lucas.open(documentId);
    await lucas.editor().click();
    await lucas.page.keyboard.press('Control+End');
    for (const [i, text] of [P1, P2, P3].entries()) {
      if (i > 0) await lucas.page.keyboard.press('Enter');
      await lucas.page.keyboard.type(text);
    }
    await eventually(async () => expect(await paragraphs(lucas)).toEqual([P1, P2, P3]), 5000);

    // A version, saved from the Versions page.
    await lucas.page.getByRole('link', { name: 'Versions', exact: true }).click();
    const save = lucas.page.getByRole('form', { name: 'Save a version' });
    await save.getByLabel('Name').fill('Draft for public consultation');
    await save.getByRole('button', { name: 'Save version' }).click();
    await lucas.page.locator('.version-list li', { hasText: 'Draft for public consultation' }).waitFor();

    // The round, opened from the rounds page: open now, closing in a week.
    await lucas.page.getByRole('link', { name: 'Consultation rounds' }).first().click();
    await lucas.page.waitForURL(`**/d/${documentId}/rounds**`);
    const open = lucas.page.getByRole('form', { name: 'Open a consultation round' });
    await open.getByLabel('Version').selectOption({ label: 'Draft for public consultation' });
    await open.getByLabel('Title').fill('Public review of the BPF draft');
    await open.getByLabel('Introduction').fill('Comment on any paragraph.');
    await open.getByLabel('Opens').fill(await localInput(lucas.page, new Date(Date.now() - 5 * 60_000)));
    await open.getByLabel('Closes').fill(await localInput(lucas.page, new Date(Date.now() + 7 * 86_400_000)));
    const opened = lucas.page.waitForResponse(
      (r) => r.url().endsWith(`/api/documents/${documentId}/rounds`) && r.request().method() === 'POST',
    );
    await open.getByRole('button', { name: 'Open the round' }).click();
    const created = await opened;
    expect(created.status(), await created.text()).toBe(201);
    const roundId = ((await created.json()) as { id: string }).id;

    // A stranger on a phone, no account: registers and comments on ¶3.
    const context = await suite.browser.newContext({
      baseURL: suite.accord.url,
      viewport: { width: 375, height: 800 },
      isMobile: true,
      hasTouch: true,
      locale: 'en-GB',
    });
    suite.closeAfter(context);
    const stranger = await context.newPage();
    const strangerErrors: Error[] = [];
    stranger.on('pageerror', (e) => strangerErrors.push(e));
    await stranger.goto(`/consult/${roundId}`);
    await stranger.getByRole('heading', { level: 1, name: 'Public review of the BPF draft' }).waitFor();
    expect(await stranger.locator('.consult-state').getAttribute('data-state')).toBe('open');
    const register = stranger.getByRole('form', { name: 'Take part' });
    await register.getByLabel('Name', { exact: true }).fill('Wanjiru Kamau');
    await register.getByLabel('Email', { exact: true }).fill('wanjiru@example.org');
    await register.getByLabel('Stakeholder group', { exact: true }).selectOption('civil-society');
    await register.getByLabel('Country', { exact: true }).selectOption('KE');
    await register.getByRole('button', { name: 'Register' }).click();
    await stranger.getByText('You are taking part as Wanjiru Kamau.').waitFor();
    await stranger.goto(loggedLink(suite.accord.output(), 'wanjiru@example.org'));
    await stranger.getByText('Your email is confirmed: your comments and your agree/disagree now count.').waitFor();
    await stranger.getByRole('button', { name: 'Comment on ¶3' }).click();
    await stranger.getByLabel('Your comment on ¶3').fill(COMMENT);
    await stranger.locator('#p3').getByRole('button', { name: 'Send comment' }).click();
    await stranger.getByRole('list', { name: 'Comments on ¶3' }).getByText(COMMENT).waitFor();
    await stranger.locator('#p3').scrollIntoViewIfNeeded();
    await pause(stranger, 200);
    await keep(stranger, 'consultation-phone.png');

    // The coordinator closes the round from its page.
    await lucas.page.goto(`/d/${documentId}/rounds/${roundId}`);
    lucas.page.once('dialog', (dialog) => void dialog.accept());
    await lucas.page.getByRole('button', { name: 'Close the round now' }).click();
    await lucas.page.getByText(/0 of 1 comments? processed/).waitFor();

    // …edits ¶3 in the document…
    await lucas.open(documentId);
    const at = P3.indexOf('publish') + 'publish'.length;
    await selectInParagraph(lucas.page, 3, at, at);
    await lucas.page.keyboard.type(', every year,');
    await eventually(async () => expect(await paragraphs(lucas)).toEqual([P1, P2, P3_AFTER]), 5000);

    // …and answers the comment, seeing ¶3 as consulted beside ¶3 now.
    await lucas.page.goto(`/d/${documentId}/rounds/${roundId}`);
    // ¶3 now marks what was typed since (its words as the server's diff splits them).
    await lucas.page.locator('.processing-text ins', { hasText: 'every year,' }).waitFor();
    expect(await lucas.page.locator('.processing-text del').allTextContents()).toEqual(['publish']);
    expect(await lucas.page.getByText(P3, { exact: true }).count()).toBeGreaterThan(0);
    // The comment as processed (moderation lists it too, without a disposition form).
    const item = lucas.page
      .locator('li, article', { hasText: COMMENT, has: lucas.page.getByLabel('Disposition') })
      .last();
    await item.getByLabel('Disposition').selectOption({ label: 'Accepted' });
    await item.getByLabel('Response').fill(RESPONSE);
    const changed = item.getByLabel('Changed paragraph (optional)');
    await changed.selectOption((await changed.locator('option', { hasText: '¶3 —' }).getAttribute('value'))!);
    await item.getByRole('button', { name: 'Save' }).click();
    await lucas.page.getByText(/1 of 1 comments? processed/).waitFor();
    await lucas.page.evaluate(
      `window.scrollBy(0, document.getElementById('round-processing').getBoundingClientRect().top - 80)`,
    );
    await pause(lucas.page, 200);
    await keep(lucas.page, 'consultation-processing.png');

    // The report, downloaded: the comment, the disposition and the response.
    const href = await lucas.page.getByRole('link', { name: 'Markdown' }).getAttribute('href');
    const report = await lucas.page.request.get(href!);
    expect(report.status()).toBe(200);
    const markdown = await report.text();
    expect(markdown).toContain('Wanjiru Kamau');
    expect(markdown).toContain('Accepted');
    expect(markdown).toContain('the paragraph now asks for yearly reports');
    expect(markdown).toContain('once a year would let people compare platforms');
    expect(markdown).toContain('Changed paragraph 3 of the consulted text');

    // The revised version, published with the report.
    await lucas.page.getByRole('button', { name: 'Publish the revised version' }).click();
    await lucas.page.getByText(/Revised version.*published/).waitFor();

    // The public page: closed, with the report.
    await stranger.reload();
    await stranger.locator('.consult-state[data-state="closed"]').waitFor();
    const link = stranger.getByRole('link', { name: /HTML|web page/i }).first();
    const html = await stranger.request.get((await link.getAttribute('href'))!);
    expect(html.status()).toBe(200);
    const published = await html.text();
    expect(published).toContain('once a year would let people compare platforms');
    expect(published).toContain('the paragraph now asks for yearly reports');
    expect(strangerErrors).toEqual([]);

    // A member (an editor) finds the round in the list to answer comments, but opens none.
    const mei = await suite.person(demo.member);
    await mei.page.goto(`/d/${documentId}/rounds`);
    await mei.page
      .getByRole('list', { name: 'Rounds' })
      .getByRole('link', { name: 'Public review of the BPF draft' })
      .waitFor();
    expect(await mei.page.getByRole('form', { name: 'Open a consultation round' }).count()).toBe(0);
    // Two people, two browsers and a mailed link to open: longer than the default on a loaded machine.
  }, 120_000);
});
