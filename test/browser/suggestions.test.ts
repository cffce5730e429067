/**
 * Suggestions in a real browser (issue 13), on the demo MAG summary, three people in their own
 * Chromium contexts: a contributor — who may not edit — selects a word in ¶3 and types another,
 * which becomes a suggested replacement; the coordinator sees it in the contributor's colour,
 * struck through and underlined, named on its card, and accepts it; a member then reads the
 * accepted text, and the Text history of the paragraph names the contributor. Screenshots of each step.
 */
import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { demo } from '../helpers/auth.js';
import { eventually, offerToReadme, pause, screenshotDirs, selectInParagraph, type Person } from './harness.js';
import { browserSuite } from './suite.js';

const DOCUMENT = 'mag-2015-03-03-summary';
const suite = browserSuite();
const person = (email: string): Promise<Person> => suite.person(email);

/** The document's own text colour (--ink): a suggestion must not be drawn in it. */
const TEXT_INK = 'rgb(28, 34, 48)';

/** Paragraph 3's text, its block id, and its suggestions as the page draws them. */
async function paragraph3(page: Page) {
  return page.evaluate<{
    text: string;
    blockId: string;
    suggestions: {
      tag: string;
      kind: string;
      by: string;
      text: string;
      color: string;
      decoration: string;
      title: string;
    }[];
  }>(`(() => {
    const block = document.querySelector('.doc-content [data-number="3"]');
    return {
      text: block.innerText,
      blockId: block.getAttribute('data-block-id'),
      suggestions: [...block.querySelectorAll('.accord-suggestion')].map((el) => ({
        tag: el.tagName.toLowerCase(),
        kind: el.getAttribute('data-kind'),
        by: el.getAttribute('data-by'),
        text: el.textContent,
        color: getComputedStyle(el).color,
        decoration: getComputedStyle(el).textDecorationLine,
        title: el.title,
      })),
    };
  })()`);
}

async function shoot(page: Page, name: string): Promise<string> {
  const [tempDir, keptDir] = screenshotDirs();
  const file = join(tempDir!, name);
  await page.screenshot({ path: file });
  copyFileSync(file, join(keptDir!, name));
  return file;
}

/** Scrolls so paragraph 3 sits near the top, under the toolbar. */
const toParagraph3 = (page: Page) =>
  page.evaluate(
    `window.scrollBy(0, document.querySelector('.doc-content [data-number="3"]').getBoundingClientRect().top - 220)`,
  );

describe('suggestions in the browser', () => {
  // Three people and a server write between them: more than the default minute on a loaded two-core machine.
  it('a contributor suggests a replacement in ¶3; the coordinator sees who, accepts; a member reads it and its history', {
    timeout: 120_000,
  }, async () => {
    const [ana, lucas, mei] = await Promise.all([
      person(demo.contributor),
      person(demo.coordinator),
      person(demo.member),
    ]);
    for (const p of [ana, lucas]) await p.page.setViewportSize({ width: 1480, height: 900 });

    // 1. The contributor's editor is writable, held in suggesting mode, and says why.
    await ana.open(DOCUMENT);
    const toggle = ana.page.getByRole('button', { name: 'Suggesting' });
    await expect.poll(() => toggle.getAttribute('aria-pressed')).toBe('true');
    expect(await toggle.getAttribute('aria-disabled')).toBe('true');
    expect(await ana.page.locator('.mode-why').textContent()).toContain('your changes are suggestions');

    // 2. She selects a word of ¶3 and types another.
    const before = await paragraph3(ana.page);
    const match = /\b[a-z]{6,}\b/.exec(before.text);
    expect(match, `a word to replace in ¶3: ${before.text}`).not.toBeNull();
    const oldWord = match![0];
    const newWord = 'renewed';
    await ana.editor().click();
    expect(await selectInParagraph(ana.page, 3, match!.index, match!.index + oldWord.length)).toBe(oldWord);
    await ana.page.keyboard.type(newWord, { delay: 20 });
    const typed = await eventually(async () => {
      const { suggestions } = await paragraph3(ana.page);
      expect(suggestions.map((s) => [s.kind, s.text])).toEqual([
        ['delete', oldWord],
        ['insert', newWord],
      ]);
      return suggestions;
    });
    // Her colour, the same on every screen (from her person id).
    const ink = typed[0]!.color;
    expect(ink).not.toBe(TEXT_INK);
    expect(typed[1]!.color).toBe(ink);
    await toParagraph3(ana.page);
    await ana.page.locator(`.suggestion-card:has-text("${newWord}")`).waitFor();
    await pause(ana.page, 300);
    await shoot(ana.page, 'suggestion-typed.png');

    // 3. The coordinator sees it in her colour, struck through and underlined, with her name.
    await lucas.open(DOCUMENT);
    await eventually(async () => {
      const { suggestions } = await paragraph3(lucas.page);
      expect(suggestions.map((s) => [s.tag, s.text, s.by, s.color])).toEqual([
        ['del', oldWord, ana.id, ink],
        ['ins', newWord, ana.id, ink],
      ]);
      expect(suggestions[0]!.decoration).toBe('line-through');
      expect(suggestions[1]!.decoration).toBe('underline');
      // The tooltip names her from the server's record, not from the node's claim.
      for (const s of suggestions) expect(s.title).toContain(ana.name);
    });
    // He may edit: the toggle is his to switch, by its shortcut too.
    const mode = lucas.page.getByRole('button', { name: 'Suggesting' });
    expect(await mode.getAttribute('aria-pressed')).toBe('false');
    await lucas.editor().click();
    for (const pressed of ['true', 'false']) {
      await lucas.page.keyboard.press('Control+Alt+KeyS');
      await expect.poll(() => mode.getAttribute('aria-pressed')).toBe(pressed);
    }
    const card = lucas.page.locator('.suggestion-card', { hasText: newWord });
    await eventually(async () => {
      const text = await card.textContent();
      expect(text).toContain(ana.name);
      expect(text).toContain(`‘${oldWord}’ with ‘${newWord}’`);
    });
    // The picture: the paper and the margin, without the comments panel.
    await lucas.page.getByRole('button', { name: 'Close the comments panel' }).click();
    await toParagraph3(lucas.page);
    await lucas.page.mouse.move(1460, 880);
    await pause(lucas.page, 300);
    const coordinatorView = await shoot(lucas.page, 'suggestions.png');
    offerToReadme(coordinatorView, 'suggestions.png');

    // 4. He accepts: the text is hers for everyone, with no suggestion left.
    await card.getByRole('button', { name: 'Accept' }).click();
    for (const p of [lucas, ana]) {
      await eventually(async () => {
        const { text, suggestions } = await paragraph3(p.page);
        expect(suggestions).toEqual([]);
        expect(text).toContain(newWord);
        expect(text).not.toMatch(new RegExp(`\\b${oldWord}\\b`));
      }, 20_000);
    }
    await eventually(async () => expect(await lucas.page.locator('.suggestion-card').count()).toBe(0));
    await pause(lucas.page, 200);
    await shoot(lucas.page, 'suggestion-accepted.png');

    // 5. A member reads the accepted text; the paragraph's history names the contributor.
    await mei.open(DOCUMENT);
    const seen = await paragraph3(mei.page);
    expect(seen.text).toContain(newWord);
    expect(seen.suggestions).toEqual([]);
    // Through the paragraph panel's Text history tab, as a member would look.
    await mei.page.locator(`.status-marker[data-block-id="${seen.blockId}"]`).click();
    const panel = mei.page.locator('.cs-side');
    await panel.getByRole('tab', { name: 'Text history' }).click();
    await eventually(async () => {
      const who = await panel.locator('.text-history-entry .text-history-who').allTextContents();
      expect(who.join('\n')).toContain(ana.name);
    }, 20_000);
  });
});
