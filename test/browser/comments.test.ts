/**
 * Comments in a real browser: two members on the demo MAG summary, each in their own Chromium
 * context. A selects a passage and comments; B sees the highlight and the thread within a
 * second and replies; A resolves and both see it resolved. Markup in a comment is shown as
 * text and runs nothing. Ends with a screenshot of the margin and the panel for the docs.
 */
import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { demo, sessionHeaders, signIn, type SignedIn } from '../helpers/auth.js';
import { eventually, pause, offerToReadme, screenshotDirs, selectInParagraph, type Person } from './harness.js';
import { browserSuite } from './suite.js';

const DOCUMENT = 'mag-2015-03-03-summary';

const suite = browserSuite();
const person = (email: string): Promise<Person> => suite.person(email);

/** The texts of the passages highlighted in the page, normal and active. */
const highlighted = (page: Page) =>
  page.evaluate<string[]>(
    `['accord-comment', 'accord-comment-active'].flatMap((name) => [...(CSS.highlights.get(name) ?? [])].map((range) => range.toString()))`,
  );

/** Opens the document and waits for the comments to be live. */
async function openWithComments(p: Person): Promise<void> {
  await p.open(DOCUMENT);
  await p.page.locator('.comments-panel .feed-live, .comments-tab').first().waitFor();
}

/** A comment on a passage through the shortcut; resolves to the new thread's id. */
async function commentOnPassage(
  p: Person,
  paragraph: number,
  start: number,
  end: number,
  body: string,
): Promise<string> {
  await p.editor().click();
  await selectInParagraph(p.page, paragraph, start, end);
  await p.page.keyboard.press('Control+Alt+KeyM');
  const box = p.page.getByRole('textbox', { name: 'Your comment on the selected text' });
  await box.waitFor();
  await expect.poll(() => box.evaluate((el) => el === el.ownerDocument.activeElement)).toBe(true);
  await box.fill(body);
  const posted = p.page.waitForResponse(
    (r) => r.url().endsWith(`/api/documents/${DOCUMENT}/comments`) && r.request().method() === 'POST',
  );
  await p.page.keyboard.press('Control+Enter');
  const response = await posted;
  expect(response.status()).toBe(201);
  return ((await response.json()) as { id: string }).id;
}

describe('comments in the browser', () => {
  // First, while the demo document has only these threads: the picture in the docs.
  it('looks calm: threads beside their paragraphs and the panel (screenshot)', async () => {
    const lucas = await person(demo.coordinator);
    await lucas.page.setViewportSize({ width: 1680, height: 1000 });
    await openWithComments(lucas);
    const threadId = await commentOnPassage(
      lucas,
      2,
      0,
      48,
      'Could we name the **working groups** here, as in the annex?',
    );

    // Two others take part over the API, as from their own browsers.
    const [jonas, mei] = await Promise.all([
      signIn(suite.accord.url, demo.member2),
      signIn(suite.accord.url, demo.member),
    ]);
    const post = async (who: SignedIn, path: string, body: unknown) => {
      const response = await fetch(`${suite.accord.url}${path}`, {
        method: 'POST',
        headers: sessionHeaders(who),
        body: JSON.stringify(body),
      });
      expect(response.status).toBe(201);
      return (await response.json()) as { id: string };
    };
    const blockOf = (n: number) =>
      lucas.page.locator(`.doc-content [data-number="${n}"]`).getAttribute('data-block-id');
    await post(jonas, `/api/comment-threads/${threadId}/replies`, {
      body: 'Agreed. The BPF pages could be linked too: https://www.intgovforum.org/',
    });
    await post(jonas, `/api/documents/${DOCUMENT}/comments`, {
      anchor: { kind: 'block', blockId: await blockOf(3) },
      body: 'This repeats part of ¶ 2 — could the two be *merged*?',
    });
    const resolved = await post(mei, `/api/documents/${DOCUMENT}/comments`, {
      anchor: { kind: 'block', blockId: await blockOf(4) },
      body: 'Typo: “Secretarait”.',
    });
    const resolve = await fetch(`${suite.accord.url}/api/comment-threads/${resolved.id}/resolve`, {
      method: 'POST',
      headers: sessionHeaders(mei),
    });
    expect(resolve.status).toBe(200);

    const card = lucas.page.locator(`.comment-margin article[data-thread-id="${threadId}"]`);
    await eventually(async () => expect(await card.textContent()).toContain('Agreed. The BPF pages'), 2000);
    await lucas.page.locator('.comment-margin [data-thread-id]').nth(1).waitFor();
    // Paragraph 2 near the top, the mouse out of the way.
    await lucas.page.evaluate(
      `window.scrollBy(0, document.querySelector('.doc-content [data-number="2"]').getBoundingClientRect().top - 190)`,
    );
    await lucas.page.mouse.move(1660, 980);
    await pause(lucas.page, 400);

    const [tempDir, keptDir] = screenshotDirs();
    const file = join(tempDir!, 'comments.png');
    await lucas.page.screenshot({ path: file });
    copyFileSync(file, join(keptDir!, 'comments.png'));
    offerToReadme(file, 'comments.png');
  });

  it('A comments on a passage; B sees it within a second and replies; A resolves; both see it resolved', async () => {
    const [a, b] = await Promise.all([person(demo.member), person(demo.member2)]);
    await Promise.all([openWithComments(a), openWithComments(b)]);

    const quote = await selectInParagraph(a.page, 1, 4, 40);
    expect(quote.length).toBe(36);
    const threadId = await commentOnPassage(a, 1, 4, 40, 'Is *this* the right wording for the meeting?');
    const posted = Date.now();

    // B: the highlight and the card, within a second of the server's answer.
    const bCard = b.page.locator(`.comment-margin [data-thread-id="${threadId}"]`);
    await bCard.waitFor({ timeout: 1000 });
    await eventually(async () => expect(await highlighted(b.page)).toContain(quote), 1000);
    expect(Date.now() - posted).toBeLessThan(1000);
    await expect.poll(() => bCard.textContent()).toContain('Is this the right wording for the meeting?');
    expect(await b.page.locator(`.comment-badge[data-block-id]`).first().textContent()).toContain('1');

    // B opens the thread and replies.
    await bCard.click();
    const thread = b.page.locator(`.comment-margin article[data-thread-id="${threadId}"]`);
    await thread.waitFor();
    await thread
      .getByRole('textbox', { name: `Reply to ${a.name}` })
      .fill('Yes — **agreed**, with a [link](https://www.intgovforum.org/).');
    const replied = Date.now();
    await thread.getByRole('button', { name: 'Reply' }).click();
    const aCard = a.page.locator(`.comment-margin [data-thread-id="${threadId}"]`);
    // A's thread is still open from writing it: the reply appears in it.
    await eventually(async () => expect(await aCard.textContent()).toContain('Yes — agreed, with a link.'), 1000);
    expect(Date.now() - replied).toBeLessThan(1500);
    // Formatting is rendered as elements; the link opens apart from the page.
    const link = thread.locator('.comment-text a');
    await expect.poll(() => link.getAttribute('rel')).toBe('noopener noreferrer nofollow');
    expect(await thread.locator('.comment-text strong').textContent()).toBe('agreed');

    // A resolves it.
    const aThread = a.page.locator(`.comment-margin article[data-thread-id="${threadId}"]`);
    await aThread.getByRole('button', { name: /Resolve/ }).click();
    await eventually(async () => expect(await aThread.getAttribute('data-status')).toBe('resolved'), 1000);
    await eventually(async () => expect(await thread.getAttribute('data-status')).toBe('resolved'), 1000);
    await expect.poll(() => thread.textContent()).toContain(`Resolved by ${a.name}`);
    // Resolved passages are no longer highlighted for those not looking at them.
    await b.page.keyboard.press('Escape');
    await thread.getByRole('button', { name: 'Close thread' }).click();
    await eventually(async () => expect(await highlighted(b.page)).not.toContain(quote), 1000);
  });

  it('shows HTML and script in a comment as text, and runs nothing', async () => {
    const [a, b] = await Promise.all([person(demo.member), person(demo.member2)]);
    await Promise.all([openWithComments(a), openWithComments(b)]);
    const body =
      'Careful: <img src=x onerror=window.__pwned=1> and <script>window.__pwned=1</script> [x](javascript:window.__pwned=1)';
    const threadId = await commentOnPassage(a, 3, 0, 20, body);

    const card = b.page.locator(`.comment-margin [data-thread-id="${threadId}"]`);
    await card.waitFor({ timeout: 1000 });
    await card.click();
    const text = b.page.locator(`article[data-thread-id="${threadId}"] .comment-text`);
    await expect.poll(() => text.textContent()).toBe(body);
    for (const p of [a, b]) {
      expect(await p.page.evaluate('typeof window.__pwned')).toBe('undefined');
      expect(
        await p.page.locator('.comment-text img, .comment-text script, .comment-text a[href^="javascript"]').count(),
      ).toBe(0);
    }
  });

  it('keeps a comment written offline, visibly not sent, and sends it when back online', async () => {
    const [a, b] = await Promise.all([person(demo.member), person(demo.member2)]);
    await Promise.all([openWithComments(a), openWithComments(b)]);
    await a.editor().click();
    await selectInParagraph(a.page, 4, 0, 12);
    await a.context.setOffline(true);
    await a.waitForPhase('offline');
    await a.page.keyboard.press('Control+Alt+KeyM');
    await a.page.getByRole('textbox', { name: 'Your comment on the selected text' }).fill('Written on the train');
    await a.page.keyboard.press('Control+Enter');
    const pending = a.page.locator('.thread-pending', { hasText: 'Written on the train' });
    await expect.poll(() => pending.textContent()).toContain('Not sent yet');
    expect(await pending.getByRole('button', { name: 'Discard' }).count()).toBe(1);

    await a.context.setOffline(false);
    await eventually(async () => expect(await a.page.locator('.thread-pending').count()).toBe(0), 5000);
    await b.page
      .locator('.comment-margin [data-thread-id]', { hasText: 'Written on the train' })
      .waitFor({ timeout: 5000 });
  });

  it('lets a contributor comment from the editor they suggest in', async () => {
    const contributor = await person(demo.contributor);
    await contributor.page.goto(`/d/${DOCUMENT}`);
    await contributor.waitForPhase('connected');
    // Contributors' edits are suggestions (issue 13): their editor is writable, in suggesting mode.
    await contributor.page.locator('.doc-content[contenteditable="true"] [data-number="5"]').waitFor();
    await selectInParagraph(contributor.page, 5, 0, 15);
    // The button under the selection, this time.
    await contributor.page.locator('.comment-on-selection').click();
    await contributor.page
      .getByRole('textbox', { name: 'Your comment on the selected text' })
      .fill('A contributor’s view');
    await contributor.page.keyboard.press('Control+Enter');
    await contributor.page
      .locator('.comment-margin article[data-thread-id]', { hasText: 'A contributor’s view' })
      .waitFor({ timeout: 5000 });
  });

  it('lets an observer read comments but offers nothing to write', async () => {
    const observer = await person(demo.observer);
    await observer.page.goto(`/d/${DOCUMENT}`);
    await observer.waitForPhase('connected');
    await observer.page.locator('.comment-badge').first().waitFor();
    await observer.page.locator('.comment-margin .thread-collapsed').first().click();
    await observer.page.locator('.comment-margin article').first().waitFor();
    expect(await observer.page.locator('.comment-margin textarea').count()).toBe(0);
    await selectInParagraph(observer.page, 2, 0, 10);
    expect(await observer.page.locator('.comment-on-selection').count()).toBe(0);
  });
});
