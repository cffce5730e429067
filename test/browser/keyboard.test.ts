/**
 * Accord with the keyboard alone (issue 15): no mouse, no `.click()` — only keys, as someone who
 * cannot use a pointer works. A member signs in, goes to the workspace and opens a document
 * through the skip link and Tab, moves paragraph by paragraph to ¶3 (hearing its number and
 * status in the live region), comments on it with Ctrl+Alt+M, replies in the thread, opens the
 * paragraph's status and positions with Ctrl+Alt+P, records "Support", and Escape brings the
 * focus back to the text. Then the other two things the issue names: a coordinator answers a
 * public comment's disposition on a closed round's page, and a contributor suggests wording in
 * ¶2 — keys only again. What was written is checked on the server.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { bearer, demo, signIn, tokenFor } from '../helpers/auth.js';
import { demoPassword } from '@accord/server';
import { eventually, openContext, pause } from './harness.js';
import { publicComment } from './public-comments.js';
import { browserSuite } from './suite.js';

const suite = browserSuite();
const DOC = 'mag-2015-03-03-summary';
const COMMENT = 'Name the three coalitions here, keyboard only.';
const REPLY = 'Seconded, and link to their charters.';

interface Focused {
  tag: string;
  type: string | null;
  name: string | null;
  value: string | null;
  text: string;
  href: string | null;
  /** The text of the field's label, if it has one. */
  label: string;
  ariaLabel: string | null;
  classes: string;
  /** The closest element with one of the classes the test asks about, if any. */
  within: string[];
}

/** What has the focus now. */
const focused = (page: Page): Promise<Focused> =>
  page.evaluate<Focused>(`(() => {
    const el = document.activeElement;
    return {
      tag: el.tagName.toLowerCase(),
      type: el.getAttribute('type'),
      name: el.getAttribute('name'),
      value: el.getAttribute('value'),
      text: (el.innerText || '').trim().slice(0, 200),
      href: el.getAttribute('href'),
      label: el.labels && el.labels[0] ? el.labels[0].innerText.trim() : '',
      ariaLabel: el.getAttribute('aria-label'),
      classes: typeof el.className === 'string' ? el.className : '',
      within: ['thread-expanded', 'cs-side', 'doc-content', 'comments-panel'].filter((c) => el.closest('.' + c)),
    };
  })()`);

/** Presses `key` (Tab by default) until `wanted` holds for the focused element; fails after `max` presses. */
async function pressUntil(
  page: Page,
  wanted: (f: Focused) => boolean,
  what: string,
  { key = 'Tab', max = 80 }: { key?: string; max?: number } = {},
): Promise<Focused> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press(key);
    const now = await focused(page);
    if (wanted(now)) return now;
  }
  throw new Error(`${key} × ${max} never reached ${what}; the focus is on ${JSON.stringify(await focused(page))}`);
}

/** The number of the paragraph holding the caret (CurrentBlockPlugin marks it). */
const currentParagraph = (page: Page) =>
  page.evaluate<string | null>(
    `document.querySelector('.doc-content [data-current]')?.getAttribute('data-number') ?? null`,
  );

/** What the page's polite live region says now. */
const liveRegion = (page: Page) =>
  page.evaluate<string>(`document.querySelector('[data-live-announcer]')?.textContent ?? ''`);

async function api<T>(path: string, method = 'GET', body?: unknown): Promise<T> {
  const token = await tokenFor(suite.accord.url, demo.coordinator);
  const response = await fetch(`${suite.accord.url}${path}`, {
    method,
    headers: bearer(token),
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  expect(response.status, await response.clone().text()).toBeLessThan(300);
  return (await response.json()) as T;
}

/** Puts the focus in the document's text by the keyboard: the skip link, then Tab. */
async function intoText(page: Page): Promise<void> {
  await pressUntil(page, (f) => f.classes.includes('skip-link'), 'the skip link', { max: 150 });
  await page.keyboard.press('Enter');
  await pressUntil(page, (f) => f.classes.includes('doc-content'), 'the document text');
}

/** Ctrl+Home, then Ctrl+↓ until the caret is in paragraph `n`. */
async function toParagraph(page: Page, n: number): Promise<void> {
  // The caret at the top, once the editor has taken it (the block with the caret is marked).
  await eventually(async () => {
    await page.keyboard.press('Control+Home');
    expect(await page.locator('.doc-content [data-current]').count()).toBe(1);
  }, 5_000);
  const seen: Array<string | null> = [];
  for (let i = 0; i < 12 && (await currentParagraph(page)) !== String(n); i++) {
    await page.keyboard.press('Control+ArrowDown');
    await pause(page, 30);
    seen.push(await currentParagraph(page));
  }
  expect(
    await currentParagraph(page),
    `paragraphs passed: ${JSON.stringify(seen)}; focus: ${JSON.stringify(await focused(page))}`,
  ).toBe(String(n));
}

describe('the keyboard alone', () => {
  it('signs in, opens a document, moves to ¶3, comments, replies and records a position', async () => {
    const { context, page, errors } = await openContext(suite.browser, suite.accord.url);
    suite.closeAfter(context);

    // Signing in: the email field has the focus; Tab to the password, Enter to send.
    await page.goto('/sign-in');
    await page.locator('input[type="email"]').waitFor();
    await eventually(async () => expect((await focused(page)).type).toBe('email'));
    await page.keyboard.type(demo.member);
    await page.keyboard.press('Tab');
    expect((await focused(page)).type).toBe('password');
    await page.keyboard.type(demoPassword);
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.pathname === '/');

    // The workspaces: the skip link first, then into the page to the workspace's link.
    await page.locator('main .card').first().waitFor();
    await page.keyboard.press('Tab');
    const skip = await focused(page);
    expect(skip.text).toBe('Skip to content');
    expect(await page.locator('.skip-link').isVisible()).toBe(true);
    await page.keyboard.press('Enter');
    expect((await focused(page)).tag).toBe('main');
    await pressUntil(page, (f) => f.href === '/w/demo', 'the demo workspace');
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.pathname === '/w/demo');
    await page.locator('.doc-row').first().waitFor();
    await pressUntil(page, (f) => f.href === `/d/${DOC}`, 'the MAG summary');
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.pathname === `/d/${DOC}`);
    await page.locator('.connection[data-phase="connected"]').waitFor({ timeout: 15_000 });
    await page.locator('.doc-content[contenteditable="true"]').waitFor();
    await page.locator('.status-marker').first().waitFor();

    // The document's shortcuts are listed behind a button of its views row: Enter opens, Escape closes.
    await pressUntil(page, (f) => f.ariaLabel === 'Keyboard shortcuts', 'the keyboard shortcuts button');
    await page.keyboard.press('Enter');
    const sheet = page.getByRole('region', { name: 'Keyboard shortcuts' });
    expect(await sheet.innerText()).toContain('Ctrl+Alt+P');
    await page.keyboard.press('Escape');
    await sheet.waitFor({ state: 'detached' });
    expect((await focused(page)).ariaLabel).toBe('Keyboard shortcuts');

    // Into the text: skip link, the main landmark (toolbar and text), Tab to the text.
    await intoText(page);

    // Paragraph by paragraph to ¶3: Ctrl+↓ from the top; the live region names where the caret settled.
    await toParagraph(page, 3);
    await eventually(async () => expect(await liveRegion(page)).toMatch(/Paragraph 3\b/));
    // Ctrl+Alt+W says it again on demand.
    await pause(page, 100);
    await page.keyboard.press('Control+Alt+KeyW');
    await eventually(async () => expect(await liveRegion(page)).toMatch(/Paragraph 3\b/));
    const p3 = (await page.locator('.doc-content [data-number="3"]').getAttribute('data-block-id'))!;
    // Its number and status are the paragraph's description for assistive technology, outside the text.
    const describedBy = await page.locator('.doc-content [data-number="3"]').getAttribute('aria-describedby');
    expect(describedBy).toBeTruthy();
    expect(await page.locator(`[id="${describedBy}"]`).textContent()).toMatch(/^Paragraph 3: /);
    expect(await page.locator(`.doc-content [id="${describedBy}"]`).count()).toBe(0);

    // A comment on ¶3: Ctrl+Alt+M opens the draft with the focus in it, Ctrl+Enter sends it.
    await page.keyboard.press('Control+Alt+KeyM');
    await eventually(async () => expect((await focused(page)).tag).toBe('textarea'));
    await page.keyboard.type(COMMENT);
    await page.keyboard.press('Control+Enter');
    const threadOf = async () =>
      (
        await api<{ threads: Array<{ id: string; anchor: { blockId: string }; comments: Array<{ body: string }> }> }>(
          `/api/documents/${DOC}/comments`,
        )
      ).threads.find((t) => t.comments[0]?.body === COMMENT);
    const thread = await eventually(async () => {
      const found = await threadOf();
      expect(found?.anchor.blockId).toBe(p3);
      return found!;
    });

    // A reply in the thread: Tab to its reply box (the posted thread is open), type, Ctrl+Enter.
    const card = page.locator(`.thread-expanded[data-thread-id="${thread.id}"]`);
    await card.waitFor();
    await pressUntil(
      page,
      (f) => f.tag === 'textarea' && f.within.includes('thread-expanded'),
      'the reply box of the thread',
      { max: 40 },
    );
    await page.keyboard.type(REPLY);
    await page.keyboard.press('Control+Enter');
    await eventually(async () => expect((await threadOf())?.comments.map((c) => c.body)).toEqual([COMMENT, REPLY]));

    // Back to the text (Escape closes the thread; the skip link and Tab lead to the text), to ¶3 again.
    await page.keyboard.press('Escape');
    await intoText(page);
    await toParagraph(page, 3);

    // Its status and positions: Ctrl+Alt+P opens the panel with the focus in it.
    await page.keyboard.press('Control+Alt+KeyP');
    const panel = page.locator(`.cs-side[data-block-id="${p3}"]`);
    await panel.waitFor();
    await eventually(async () => expect((await focused(page)).within).toContain('cs-side'));
    await pressUntil(
      page,
      (f) => f.type === 'radio' && (f.name ?? '').startsWith('position-'),
      'the position choices',
      { max: 40 },
    );
    // Arrows move within the choices and check the one they reach; Support is the first.
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowLeft');
    expect((await focused(page)).value).toBe('support');
    await pressUntil(page, (f) => f.tag === 'button' && f.text === 'Record position', 'Record position');
    await page.keyboard.press('Enter');
    await eventually(async () => {
      const consensus = await api<{
        paragraphs: Array<{ blockId: string; positions: Array<{ person: { name: string }; position: string }> }>;
      }>(`/api/documents/${DOC}/consensus`);
      const mine = consensus.paragraphs
        .find((p) => p.blockId === p3)
        ?.positions.find((p) => p.person.name === 'Mei Tanaka');
      expect(mine?.position).toBe('support');
    });

    // Escape closes the panel and puts the focus back in the text, where it was.
    await page.keyboard.press('Escape');
    await panel.waitFor({ state: 'detached' });
    await eventually(async () => expect((await focused(page)).classes).toContain('doc-content'));
    expect(await currentParagraph(page)).toBe('3');
    expect(errors).toEqual([]);
  }, 120_000);
});

describe('the keyboard alone, for the rest', () => {
  it('answers a public comment’s disposition, and suggests wording as a contributor', async () => {
    // A round on the IXP report with a public comment on its first paragraph, closed: to be processed.
    const DOCUMENT = 'bpf-ixps';
    const paragraphs = (
      await api<{ paragraphs: Array<{ blockId: string; number: number | null }> }>(
        `/api/documents/${DOCUMENT}/consensus`,
      )
    ).paragraphs.filter((p) => p.number !== null);
    const version = await api<{ id: string }>(`/api/documents/${DOCUMENT}/versions`, 'POST', { name: 'Consulted' });
    const round = await api<{ id: string }>(`/api/documents/${DOCUMENT}/rounds`, 'POST', {
      versionId: version.id,
      title: 'Review of the IXP report',
      introduction: '',
      opensAt: new Date(Date.now() - 60_000).toISOString(),
      closesAt: new Date(Date.now() + 86_400_000).toISOString(),
    });
    const COMMENT_TEXT = 'Add the African exchanges.';
    await publicComment(
      suite.accord,
      round.id,
      { name: 'Kofi Mensah', email: 'kofi@example.org' },
      paragraphs[0]!.blockId,
      COMMENT_TEXT,
    );
    await api(`/api/rounds/${round.id}/close`, 'POST', {});

    const lucas = await suite.person(demo.coordinator);
    const page = lucas.page;
    await page.goto(`/d/${DOCUMENT}/rounds/${round.id}`);
    await page.locator('#round-processing').waitFor();
    await page.getByText(COMMENT_TEXT).first().waitFor();
    // Tab to the disposition, choose with the arrows, write the response, Tab to Save, Enter.
    await pressUntil(page, (f) => f.tag === 'select' && f.label.startsWith('Disposition'), 'the disposition');
    await page.keyboard.press('ArrowDown');
    await pressUntil(page, (f) => f.tag === 'textarea' && f.label.startsWith('Response'), 'the response', { max: 5 });
    await page.keyboard.type('Added in the revised text.');
    await pressUntil(page, (f) => f.tag === 'button' && f.text === 'Save', 'Save', { max: 5 });
    await page.keyboard.press('Enter');
    await eventually(async () => {
      const processing = await api<{
        paragraphs: Array<{
          comments: Array<{ text: string; disposition: { disposition: string; response: string } | null }>;
        }>;
      }>(`/api/rounds/${round.id}/processing`);
      const answered = processing.paragraphs.flatMap((p) => p.comments).find((c) => c.text === COMMENT_TEXT);
      expect(answered?.disposition).toMatchObject({ disposition: 'accepted', response: 'Added in the revised text.' });
    });

    // A contributor (who may only suggest) adds words to ¶2 of the MAG summary.
    const priya = await suite.person(demo.contributor);
    await priya.page.goto(`/d/${DOC}`);
    await priya.page.locator('.connection[data-phase="connected"]').waitFor({ timeout: 15_000 });
    await priya.page.locator('.doc-content[contenteditable="true"]').waitFor();
    await priya.page.locator('.status-marker').first().waitFor();
    await intoText(priya.page);
    await toParagraph(priya.page, 2);
    // The caret is at the start of ¶2: the words go there, as a suggestion.
    await priya.page.keyboard.type('As agreed by all, ');
    const priyaId = (await signIn(suite.accord.url, demo.contributor)).personId;
    await eventually(async () => {
      const { suggestions } = await api<{ suggestions: Array<{ text: string; author: { id: string } }> }>(
        `/api/documents/${DOC}/suggestions`,
      );
      expect(suggestions.some((s) => s.author.id === priyaId && s.text.includes('agreed by all'))).toBe(true);
    });
  }, 120_000);
});
