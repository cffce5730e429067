/**
 * The drafting room mirrored for a right-to-left language, in Chromium: on an Arabic page the
 * toolbar runs from the right, the gutter with the paragraph numbers and status markers is on
 * the right of the text, the paragraph panel opens on the right — and the text people wrote
 * keeps its own direction (the English demo text stays left-to-right, its numbers still in the
 * page's gutter). The reverse holds too: an Arabic paragraph on an English page is drawn right
 * to left, its number in the left-hand gutter. Names and sentences come from the catalogs.
 */
import type { Locale, MessageKey, MessageValues } from '@accord/i18n';
import { translatorFor } from '@accord/i18n/all';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { demo } from '../helpers/auth.js';
import { eventually, selectInParagraph, type Person } from './harness.js';
import { browserSuite } from './suite.js';

const DOCUMENT = 'mag-2015-03-03-summary';
const ARABIC = 'نص عربي في وثيقة إنجليزية';
const suite = browserSuite();

const words = (locale: Locale, key: MessageKey, values?: MessageValues) => translatorFor(locale)(key, values);

/** `person` with the page in `locale` (what the switcher remembers in this browser). */
async function personIn(email: string, locale: Locale): Promise<Person> {
  const p = await suite.person(email);
  await p.page.addInitScript(`localStorage.setItem('accord.locale', ${JSON.stringify(locale)})`);
  return p;
}

interface Drawn {
  /** The block's box. */
  left: number;
  right: number;
  width: number;
  /** The block's own direction (dir="auto": its text's). */
  direction: string;
  /** Where its number (`::before`) is placed against it, in px: the used left and right. */
  numberLeft: number;
  numberRight: number;
}

/** How paragraph `n` and its margin number are drawn. */
const drawn = (page: Page, n: number): Promise<Drawn> =>
  page.evaluate(`(() => {
    const block = document.querySelector('.doc-content [data-number="${n}"]');
    const box = block.getBoundingClientRect();
    const number = getComputedStyle(block, '::before');
    return {
      left: box.left,
      right: box.right,
      width: box.width,
      direction: getComputedStyle(block).direction,
      numberLeft: parseFloat(number.left),
      numberRight: parseFloat(number.right),
    };
  })()`);

const boxOf = async (page: Page, selector: string) => {
  const box = await page.locator(selector).first().boundingBox();
  expect(box, selector).not.toBeNull();
  return box!;
};

describe('the drafting room in a right-to-left language', () => {
  it('mirrors the toolbar, the gutter, the markers and the panel in Arabic, and keeps English text left to right', async () => {
    const mei = await personIn(demo.member, 'ar');
    await mei.open(DOCUMENT);
    const { page } = mei;
    expect(await page.evaluate('document.documentElement.dir')).toBe('rtl');

    // The toolbar in Arabic, its first group (undo, redo) at the right end.
    const toolbar = page.getByRole('toolbar', { name: words('ar', 'document.toolbar.label') });
    await toolbar.getByRole('button', { name: words('ar', 'document.toolbar.bold') }).waitFor();
    // The mode toggle's group is `display: contents` (its button sits in the bar itself): skip it.
    const groups = page.locator('.toolbar > .tool-group:not(.tool-mode)');
    const first = await groups.first().boundingBox();
    const last = await groups.last().boundingBox();
    expect(first!.x).toBeGreaterThan(last!.x);
    expect(await page.locator('.doc-content').getAttribute('aria-label')).toBe(words('ar', 'document.editor.label'));

    // Paragraph 1 is English: left to right inside the Arabic page, its number in the right-hand gutter.
    const p1 = await drawn(page, 1);
    expect(p1.direction).toBe('ltr');
    expect(p1.numberLeft).toBeGreaterThan(p1.width);
    const blockId = (await page.locator('.doc-content [data-number="1"]').getAttribute('data-block-id'))!;
    const marker = page.locator(`.status-marker[data-block-id="${blockId}"]`);
    await marker.waitFor();
    const markerBox = await marker.boundingBox();
    expect(markerBox!.x).toBeGreaterThan(p1.right);
    // Named in Arabic, with the paragraph's number as the catalog writes it.
    expect(await marker.getAttribute('aria-label')).toMatch(
      new RegExp(`^${words('ar', 'common.paragraphLong', { number: 1 })}: `),
    );

    // The paragraph panel opens at the right edge, the text beside it.
    await marker.click();
    const panel = page.locator(`.cs-side[data-block-id="${blockId}"]`);
    await panel.waitFor();
    const panelBox = await boxOf(page, `.cs-side[data-block-id="${blockId}"]`);
    const viewport = page.viewportSize()!;
    expect(panelBox.x + panelBox.width).toBeGreaterThan(viewport.width - 2);
    expect(panelBox.x).toBeGreaterThan(viewport.width / 2);
    await panel.getByRole('button', { name: words('ar', 'consensus.panel.close') }).waitFor();
  });

  it('keeps an Arabic paragraph right to left on an English page, its number in the left-hand gutter', async () => {
    const lucas = await suite.person(demo.coordinator);
    await lucas.open(DOCUMENT);
    const { page } = lucas;
    // A new paragraph after ¶1, typed in Arabic.
    const first = (await lucas.blocks()).find((b) => b.number === '1')!;
    await lucas.editor().click();
    await selectInParagraph(page, 1, first.text.length, first.text.length);
    await page.keyboard.press('Enter');
    await page.keyboard.type(ARABIC, { delay: 10 });
    const added = page.locator('.doc-content [data-number]', { hasText: ARABIC });
    await added.waitFor();
    const n = Number(await added.getAttribute('data-number'));
    expect(n).toBe(2);
    await eventually(async () => {
      const added = await drawn(page, n);
      expect(added.direction).toBe('rtl');
      // Its start is on the right; the number sits beyond its left edge, in the gutter.
      expect(added.numberRight).toBeGreaterThan(added.width);
    });
    const p1 = await drawn(page, 1);
    expect(p1.direction).toBe('ltr');
    expect(p1.numberRight).toBeGreaterThan(p1.width);
  });
});
