/**
 * Comments in Arabic (issue 15): the page is right-to-left and the comment margin is its mirror
 * image — thread cards on the text's inline-end side (left of the paper), the panel at the left
 * edge — while a comment written in English keeps its own direction. The words are the
 * catalog's, the paragraph number is the page's ("الفقرة ٢"), and a thread card's accessible
 * name is what it shows. The same page in English has the cards on the right, for contrast.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { demo, sessionHeaders, signIn } from '../helpers/auth.js';
import type { Person } from './harness.js';
import { browserSuite } from './suite.js';

const DOCUMENT = 'mag-2015-03-03-summary';
const ENGLISH_BODY = 'Please keep “working groups” as in the annex.';

const suite = browserSuite();

/** A coordinator on a wide window (cards in the margin and the panel open), in `locale`. */
async function coordinatorIn(locale: 'ar' | 'en'): Promise<Person> {
  const lucas = await suite.person(demo.coordinator);
  await lucas.page.addInitScript(`localStorage.setItem('accord.locale', '${locale}')`);
  await lucas.page.setViewportSize({ width: 1680, height: 1000 });
  return lucas;
}

/** A thread on the whole of paragraph 2, opened by another member over the API. */
async function threadOnParagraph2(page: Page): Promise<string> {
  const blockId = await page.locator('.doc-content [data-number="2"]').getAttribute('data-block-id');
  const jonas = await signIn(suite.accord.url, demo.member2);
  const response = await fetch(`${suite.accord.url}/api/documents/${DOCUMENT}/comments`, {
    method: 'POST',
    headers: sessionHeaders(jonas),
    body: JSON.stringify({ anchor: { kind: 'block', blockId }, body: ENGLISH_BODY }),
  });
  expect(response.status).toBe(201);
  return ((await response.json()) as { id: string }).id;
}

const box = async (page: Page, selector: string) => {
  const found = await page.locator(selector).first().boundingBox();
  if (!found) throw new Error(`${selector} is not shown`);
  return found;
};

describe('comments in a right-to-left page', () => {
  it('mirrors the margin and the panel in Arabic, keeps an English comment left-to-right, names cards by what they show', async () => {
    const lucas = await coordinatorIn('ar');
    await lucas.open(DOCUMENT);
    expect(await lucas.page.evaluate(() => [document.documentElement.lang, document.documentElement.dir])).toEqual([
      'ar',
      'rtl',
    ]);
    const threadId = await threadOnParagraph2(lucas.page);
    const card = lucas.page.locator(`.comment-margin [data-thread-id="${threadId}"]`);
    await card.waitFor();

    // The cards are left of the text, the panel at the window's left edge.
    const paper = await box(lucas.page, '.paper');
    const cardBox = await box(lucas.page, `.comment-margin [data-thread-id="${threadId}"]`);
    const panel = await box(lucas.page, '.comments-panel');
    expect(cardBox.x + cardBox.width).toBeLessThanOrEqual(paper.x);
    expect(panel.x).toBe(0);
    expect(panel.x + panel.width).toBeLessThanOrEqual(cardBox.x);
    // The badge is on the paper's inline-end side too (its left half).
    const badge = await box(lucas.page, '.comment-badge');
    expect(badge.x + badge.width / 2).toBeLessThan(paper.x + paper.width / 2);

    // Arabic words; the English comment reads left to right inside the Arabic card.
    await expect.poll(() => lucas.page.locator('.comments-panel h2').textContent()).toBe('التعليقات');
    const panelCard = lucas.page.locator(`.comments-panel [data-thread-id="${threadId}"]`);
    expect(await panelCard.locator('.thread-number').textContent()).toMatch(/^الفقرة [٢2]$/);
    expect(await panelCard.locator('.thread-preview').evaluate((el) => getComputedStyle(el).direction)).toBe('ltr');
    expect(await panelCard.locator('.thread-preview').textContent()).toBe(ENGLISH_BODY);

    // Label in name: a collapsed card is named by its visible text, a badge's name starts with its count.
    const name = await panelCard.evaluate((el) => el.getAttribute('aria-label'));
    expect(name).toBeNull();
    const badgeText = (await lucas.page.locator('.comment-badge').first().textContent())!.trim();
    const badgeName = await lucas.page.locator('.comment-badge').first().getAttribute('aria-label');
    expect(badgeName?.startsWith(badgeText), `${badgeName} starts with ${badgeText}`).toBe(true);

    // Opened, the thread is named by its heading and its opener; the reply box follows what is typed.
    await panelCard.click();
    const thread = lucas.page.locator(`article[data-thread-id="${threadId}"]`).first();
    await thread.waitFor();
    const labelledBy = (await thread.getAttribute('aria-labelledby'))!.split(' ');
    const named = await lucas.page.evaluate(
      (ids) => ids.map((id) => document.getElementById(id)?.textContent ?? '').join(' '),
      labelledBy,
    );
    expect(named).toMatch(/^الفقرة [٢2] /);
    expect(named).toContain('Jonas');
    const reply = thread.getByRole('textbox', { name: /^الردّ على / });
    expect(await reply.getAttribute('dir')).toBe('auto');
    await reply.fill('نوافق على ذلك.');
    expect(await reply.evaluate((el) => getComputedStyle(el).direction)).toBe('rtl');
  });

  it('has the cards right of the text in English', async () => {
    const lucas = await coordinatorIn('en');
    await lucas.open(DOCUMENT);
    expect(await lucas.page.evaluate(() => document.documentElement.dir)).toBe('ltr');
    const threadId = await threadOnParagraph2(lucas.page);
    await lucas.page.locator(`.comment-margin [data-thread-id="${threadId}"]`).waitFor();
    const paper = await box(lucas.page, '.paper');
    const cardBox = await box(lucas.page, `.comment-margin [data-thread-id="${threadId}"]`);
    const panel = await box(lucas.page, '.comments-panel');
    expect(cardBox.x).toBeGreaterThanOrEqual(paper.x + paper.width);
    expect(panel.x + panel.width).toBe(1680);
    const panelCard = lucas.page.locator(`.comments-panel [data-thread-id="${threadId}"]`);
    expect(await panelCard.locator('.thread-number').textContent()).toBe('¶2');
  });
});
