/**
 * Language versions in Chromium (issue 15), against a real server: a coordinator makes the
 * French version of the demo summary from the document's languages menu and translates ¶2 in
 * it, the original beside each paragraph; a member changes ¶2 of the English original in a page
 * of their own, and the French page says "original changed since translated" with the change
 * marked, until the coordinator marks it up to date; a comment on French ¶2 is listed with the
 * English ¶2's, marked French, and the reverse. Every sentence looked for comes from the
 * catalogs. Ends with pictures of the side-by-side view, in English and in Arabic.
 */
import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Locale, MessageKey, MessageValues } from '@accord/i18n';
import { translatorFor } from '@accord/i18n/all';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { bearer, demo, sessionHeaders, signIn, tokenFor } from '../helpers/auth.js';
import { loggedLink } from '../helpers/participants.js';
import { axeAudit } from './axe.js';
import { eventually, offerToReadme, pause, screenshotDirs, selectInParagraph, type Person } from './harness.js';
import { browserSuite } from './suite.js';

const DOCUMENT = 'mag-2015-03-03-summary';
const FRENCH = 'Le Groupe consultatif multipartite a tenu sa première réunion ouverte de l’année à Genève.';
const suite = browserSuite();

const words = (key: MessageKey, values?: MessageValues, locale: Locale = 'en') => translatorFor(locale)(key, values);

/** Waits until the page's document has synced and can be written in. */
async function ready(p: Person): Promise<void> {
  await p.waitForPhase('connected');
  await p.page.locator('.doc-content[contenteditable="true"]').waitFor();
}

/** The text of numbered paragraph `n`. */
const textOf = (page: Page, n: number) => page.locator(`.doc-content [data-number="${n}"]`).innerText();

/** Replaces (or, with `append`, extends) paragraph `n`'s text by typing, as a person would. */
async function typeInto(p: Person, n: number, text: string, { append = false } = {}): Promise<void> {
  const length = (await textOf(p.page, n)).length;
  await p.editor().click();
  await selectInParagraph(p.page, n, append ? length : 0, length);
  await p.page.keyboard.type(text);
}

/** Posts a comment on paragraph `n`'s block over the API, as from another browser. */
async function commentOver(email: string, documentId: string, blockId: string, body: string): Promise<string> {
  const who = await signIn(suite.accord.url, email);
  const response = await fetch(`${suite.accord.url}/api/documents/${documentId}/comments`, {
    method: 'POST',
    headers: sessionHeaders(who),
    body: JSON.stringify({ anchor: { kind: 'block', blockId }, body }),
  });
  expect(response.status).toBe(201);
  return ((await response.json()) as { id: string }).id;
}

/** A call as the coordinator, from a script of theirs (a bearer token). */
async function asCoordinator<T>(method: string, path: string, body?: unknown): Promise<T> {
  const token = await tokenFor(suite.accord.url, demo.coordinator);
  const response = await fetch(`${suite.accord.url}${path}`, {
    method,
    headers: bearer(token),
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  expect(response.ok, `${method} ${path}: ${await response.clone().text()}`).toBe(true);
  return (await response.json()) as T;
}

/** The original's card of the block `blockId` beside the version's text. */
const cardOf = (page: Page, blockId: string) => page.locator(`.lv-layer .lv-card[data-block-id="${blockId}"]`);

describe('language versions in the browser', () => {
  it('a French version: translated ¶2 shows "original changed" after the original changed, and its comments sit with the English ones', async () => {
    const lucas = await suite.person(demo.coordinator);
    await lucas.page.setViewportSize({ width: 1680, height: 1000 });
    await lucas.open(DOCUMENT);
    const { page } = lucas;

    // The languages menu: the document is in English, no versions yet; make the French one from the original's text.
    const menuButton = page.getByRole('button', {
      name: words('languages.menu.button', { name: words('languages.name', { language: 'en' }) }),
    });
    await menuButton.click();
    await page.getByText(words('languages.family.none')).waitFor();
    const form = page.locator('.lv-create');
    await form.getByLabel(words('languages.create.language'), { exact: true }).selectOption('fr');
    expect(await form.getByLabel(words('languages.create.startOriginal')).isChecked()).toBe(true);
    const made = page.waitForResponse(
      (r) => r.url().endsWith(`/api/documents/${DOCUMENT}/languages`) && r.request().method() === 'POST',
    );
    await form.getByRole('button', { name: words('languages.create.submit') }).click();
    const response = await made;
    expect(response.status()).toBe(201);
    const french = ((await response.json()) as { documentId: string }).documentId;
    await page.waitForURL(`**/d/${french}`);
    await ready(lucas);

    // The version's bar names its original; every paragraph has its original beside it, not yet translated.
    const versionOf = words('languages.bar.versionOf', { language: 'fr', title: '' }).trim();
    await eventually(async () => expect(await page.locator('.lv-bar-title').innerText()).toContain(versionOf));
    const p2 = await page.locator('.doc-content [data-number="2"]').getAttribute('data-block-id');
    expect(p2).toBeTruthy();
    const card = cardOf(page, p2!);
    await card.waitFor();
    expect(await card.getAttribute('data-status')).toBe('untranslated');
    expect(await card.locator('.lv-status').innerText()).toBe(words('languages.status.untranslated'));
    const original = await card.locator('.lv-original').innerText();
    expect(original).toBe(await textOf(page, 2)); // copied from the original
    expect(await card.locator('.lv-original').getAttribute('lang')).toBe('en');
    expect(await card.locator('.lv-original').getAttribute('dir')).toBe('auto');
    // Side by side: the card level with its paragraph, at the paper's inline end (right, in English).
    await eventually(async () => {
      const [cardBox, blockBox] = await Promise.all([
        card.boundingBox(),
        page.locator(`.doc-content [data-block-id="${p2}"]`).boundingBox(),
      ]);
      expect(Math.abs(cardBox!.y - blockBox!.y)).toBeLessThan(2);
      expect(cardBox!.x).toBeGreaterThan(blockBox!.x + blockBox!.width);
    }, 3000);

    // Translates ¶2: the original beside it says so once the server has recorded it.
    await typeInto(lucas, 2, FRENCH);
    await eventually(async () => expect(await card.getAttribute('data-status')).toBe('translated'), 10_000);
    expect(await card.locator('.lv-status').innerText()).toBe(words('languages.status.translated'));
    expect(await textOf(page, 2)).toBe(FRENCH);
    // Numbers are the original's.
    expect(await page.locator(`.doc-content [data-block-id="${p2}"]`).getAttribute('data-number')).toBe('2');

    // A member changes ¶2 of the English original in a page of their own.
    const mei = await suite.person(demo.member);
    await mei.open(DOCUMENT);
    await typeInto(mei, 2, ' Amended in Geneva.', { append: true });
    await eventually(async () => expect(await textOf(mei.page, 2)).toContain('Amended in Geneva.'));

    // The French ¶2: "original changed since translated", the added words marked as inserted.
    await eventually(async () => expect(await card.getAttribute('data-status')).toBe('original-changed'), 10_000);
    expect(await card.locator('.lv-status').innerText()).toBe(words('languages.status.originalChanged'));
    expect(await card.locator('ins').innerText()).toContain('Amended in Geneva.');
    await page
      .locator('.lv-bar')
      .getByText(words('languages.bar.changed', { count: 1 }))
      .waitFor();
    // Still right after the change: marked up to date.
    await card.getByRole('button', { name: words('languages.mark') }).click();
    await eventually(async () => expect(await card.getAttribute('data-status')).toBe('translated'));

    // The original gains a paragraph after ¶2: the French page lists it as missing, and adds it (empty) on request.
    const gained = 'A paragraph added to the original.';
    await mei.editor().click();
    const end = (await textOf(mei.page, 2)).length;
    await selectInParagraph(mei.page, 2, end, end);
    await mei.page.keyboard.press('Enter');
    await mei.page.keyboard.type(gained);
    const missing = page.locator('.lv-missing');
    await missing.getByText(words('languages.sync.missing', { count: 1 })).waitFor({ timeout: 10_000 });
    await eventually(async () => expect(await missing.locator('li').innerText()).toContain(gained));
    await missing.getByRole('button', { name: words('languages.sync.button') }).click();
    await missing.waitFor({ state: 'detached' });
    // The new paragraph is ¶3 in French too, empty and numbered as the original numbers it; the old ¶3 is ¶4.
    await eventually(async () => expect((await textOf(page, 3)).trim()).toBe(''));
    const p3 = await page.locator('.doc-content [data-number="3"]').getAttribute('data-block-id');
    expect(await cardOf(page, p3!).locator('.lv-original').innerText()).toBe(gained);
    expect(await cardOf(page, p3!).getAttribute('data-status')).toBe('untranslated');

    // A comment on French ¶2 and one on English ¶2.
    const frenchThread = await commentOver(demo.member2, french, p2!, 'Faut-il préciser « ouverte » ?');
    const englishThread = await commentOver(demo.member2, DOCUMENT, p2!, 'Should “open” be explained?');

    // In the English page, the comments filtered to ¶2: its own thread, and the French one with it, marked French.
    await mei.page.locator('.comments-tab').click();
    await mei.page
      .locator('.comments-panel')
      .getByLabel(words('comments.filter.paragraph'))
      .selectOption({ label: words('common.paragraph', { number: 2 }) });
    const panel = mei.page.locator('.comments-panel');
    await panel.locator(`.thread-list [data-thread-id="${englishThread}"]`).waitFor();
    const other = panel.locator(`.lv-threads [data-thread-id="${frenchThread}"]`);
    await other.waitFor();
    expect(await other.getAttribute('data-language')).toBe('fr');
    expect(await other.locator('.lv-lang-tag').innerText()).toBe(words('languages.name', { language: 'fr' }));
    expect(await other.innerText()).toContain('Faut-il préciser « ouverte » ?');
    expect(await panel.locator('.lv-threads h3').innerText()).toBe(words('languages.threads.heading', { count: 1 }));
    const link = other.getByRole('link', { name: words('languages.threads.open', { language: 'fr' }) });
    expect(await link.getAttribute('href')).toBe(`/d/${french}`);

    // And in the French page's paragraph panel of ¶2, the English thread.
    await page.locator(`.status-marker[data-block-id="${p2}"]`).click();
    const side = page.locator(`.cs-side[data-block-id="${p2}"]`);
    await side.waitFor();
    await side.locator(`.lv-threads [data-thread-id="${englishThread}"][data-language="en"]`).waitFor();
  });

  it('the side-by-side view, in English and in Arabic (screenshots)', async () => {
    const [tempDir, keptDir] = screenshotDirs();
    for (const locale of ['en', 'ar'] as const) {
      const lucas = await suite.person(demo.coordinator);
      await lucas.page.addInitScript(`localStorage.setItem('accord.locale', ${JSON.stringify(locale)})`);
      await lucas.page.setViewportSize({ width: 1680, height: 1000 });
      await lucas.open(DOCUMENT);
      // The French version made by the test above.
      const menu = lucas.page.locator('.lv-menu-button');
      await menu.click();
      await lucas.page.locator('.lv-family a').nth(1).click();
      await ready(lucas);
      await lucas.page.locator('.lv-layer .lv-card').first().waitFor();
      expect(await lucas.page.evaluate('document.documentElement.dir')).toBe(locale === 'ar' ? 'rtl' : 'ltr');
      expect(await lucas.page.locator('.lv-toggle').innerText()).toBe(words('languages.bar.showOriginal', {}, locale));
      // The comments panel closed: the text and its original have the width.
      const closePanel = lucas.page.locator('.comments-panel .panel-head .icon-button');
      if (await closePanel.count()) await closePanel.click();
      await lucas.page.mouse.move(1660, 980);
      await pause(lucas.page, 400);
      const name = `language-versions-${locale}.png`;
      const file = join(tempDir!, name);
      await lucas.page.screenshot({ path: file });
      copyFileSync(file, join(keptDir!, name));
      offerToReadme(file, name);
      // In Arabic the original's column is on the left of the text, mirrored.
      await eventually(async () => {
        const [cardBox, textBox] = await Promise.all([
          lucas.page.locator('.lv-layer .lv-card').first().boundingBox(),
          lucas.page.locator('.doc-content').boundingBox(),
        ]);
        if (locale === 'ar') expect(cardBox!.x + cardBox!.width).toBeLessThan(textBox!.x);
        else expect(cardBox!.x).toBeGreaterThan(textBox!.x + textBox!.width);
      }, 3000);
      // Nothing serious for axe, the original beside the text and the languages menu open.
      await lucas.page.locator('.lv-menu-button').click();
      await lucas.page.locator('.lv-family').waitFor();
      expect((await axeAudit(lucas.page, `French version, ${locale}`)).failures).toEqual([]);
      await lucas.close();
    }

    // A narrow screen: no room for the column; the original shows above the paragraph being written.
    const mei = await suite.person(demo.member);
    await mei.page.setViewportSize({ width: 700, height: 900 });
    await mei.open(DOCUMENT);
    await mei.page.locator('.lv-menu-button').click();
    await mei.page.locator('.lv-family a').nth(1).click();
    await ready(mei);
    const layer = mei.page.locator('.lv-layer[data-mode="focus"]');
    await layer.waitFor({ state: 'attached' });
    expect(await layer.locator('.lv-card').count()).toBe(0);
    await mei.editor().click();
    await selectInParagraph(mei.page, 2, 3, 3);
    const p2 = await mei.page.locator('.doc-content [data-number="2"]').getAttribute('data-block-id');
    const card = layer.locator(`.lv-card[data-block-id="${p2}"]`);
    await card.waitFor();
    const [cardBox, blockBox] = await Promise.all([
      card.boundingBox(),
      mei.page.locator(`.doc-content [data-block-id="${p2}"]`).boundingBox(),
    ]);
    expect(cardBox!.y + cardBox!.height).toBeLessThanOrEqual(blockBox!.y + 1);
    await mei.page.evaluate(
      `window.scrollBy(0, document.querySelector('.lv-layer .lv-card').getBoundingClientRect().top - 160)`,
    );
    await pause(mei.page, 300);
    const file = join(tempDir!, 'language-versions-narrow.png');
    await mei.page.screenshot({ path: file });
    copyFileSync(file, join(keptDir!, 'language-versions-narrow.png'));
    expect((await axeAudit(mei.page, 'French version, narrow, original in focus')).failures).toEqual([]);
    // Focus elsewhere: the card goes.
    await mei.page.locator('.lv-toggle').focus();
    await card.waitFor({ state: 'detached' });
  });

  it('a consultation offered in English and French: the commenter reads the French text, and comments on it', async () => {
    // The French version (made above) saved; a round on the English text.
    const family = await asCoordinator<{ versions: { documentId: string; language: string }[] }>(
      'GET',
      `/api/documents/${DOCUMENT}/languages`,
    );
    const french = family.versions.find((v) => v.language === 'fr')!.documentId;
    const frenchSaved = await asCoordinator<{ id: string }>('POST', `/api/documents/${french}/versions`, {
      name: 'Texte consulté',
    });
    const saved = await asCoordinator<{ id: string }>('POST', `/api/documents/${DOCUMENT}/versions`, {
      name: 'Consulted text',
    });
    const round = await asCoordinator<{ id: string }>('POST', `/api/documents/${DOCUMENT}/rounds`, {
      versionId: saved.id,
      title: 'Consultation in two languages',
      introduction: '',
      opensAt: new Date(Date.now() - 60_000).toISOString(),
      closesAt: new Date(Date.now() + 86_400_000).toISOString(),
    });

    // On the round's page, the coordinator offers the French text beside the English one.
    const lucas = await suite.person(demo.coordinator);
    await lucas.page.goto(`/d/${DOCUMENT}/rounds/${round.id}`);
    const offer = lucas.page.getByRole('form', { name: words('languages.round.offerHeading') });
    await offer.getByLabel(words('languages.round.offerLanguage')).selectOption('fr');
    const savedChoice = offer.getByLabel(words('languages.round.offerVersion'));
    await eventually(async () => expect(await savedChoice.inputValue()).toBe(frenchSaved.id));
    await offer.getByRole('button', { name: words('languages.round.offerSubmit') }).click();
    const publicFrench = lucas.page.getByRole('link', {
      name: words('languages.round.openPublic', { language: 'fr' }),
    });
    await publicFrench.waitFor();
    expect(await publicFrench.getAttribute('href')).toBe(`/consult/${round.id}?language=fr`);
    expect(await offer.count()).toBe(0); // nothing left to offer
    expect((await axeAudit(lucas.page, 'round page, two languages')).failures).toEqual([]);

    const context = await suite.browser.newContext({
      baseURL: suite.accord.url,
      viewport: { width: 390, height: 850 },
    });
    suite.closeAfter(context);
    const page = await context.newPage();
    const errors: Error[] = [];
    page.on('pageerror', (e) => errors.push(e));
    await page.goto(`/consult/${round.id}`);

    // The choice of the text's language, each named in itself; the round's own first.
    const choice = page.getByLabel(words('languages.consult.choose'));
    await choice.waitFor();
    expect(await choice.locator('option').allInnerTexts()).toEqual(['English', 'Français']);
    expect(await choice.inputValue()).toBe('en');
    expect((await axeAudit(page, 'consultation in two languages')).failures).toEqual([]);
    await choice.selectOption('fr');
    await eventually(async () => expect(await page.locator('#p2').innerText()).toContain(FRENCH));
    expect(new URL(page.url()).searchParams.get('language')).toBe('fr');
    // The address keeps it: a reload (or a shared link) reads French.
    await page.reload();
    await eventually(async () => expect(await page.locator('#p2').innerText()).toContain(FRENCH));
    expect(await page.getByLabel(words('languages.consult.choose')).inputValue()).toBe('fr');

    // Registered and confirmed, the commenter comments on French ¶2: the comment goes to the French text.
    const form = page.getByRole('form', { name: 'Take part' });
    await form.getByLabel('Name', { exact: true }).fill('Amélie Dubois');
    await form.getByLabel('Email', { exact: true }).fill('amelie@example.org');
    await form.getByLabel('Stakeholder group', { exact: true }).selectOption('civil-society');
    await form.getByLabel('Country', { exact: true }).selectOption('SN');
    await form.getByLabel('Show my name, group and country with my comments').check();
    await form.getByRole('button', { name: 'Register' }).click();
    await page.getByText('You are taking part as Amélie Dubois.').waitFor();
    await page.goto(loggedLink(suite.accord.output(), 'amelie@example.org'));
    await page.getByText('Your email is confirmed: your comments and your agree/disagree now count.').waitFor();
    // The mailed link names no language: this browser remembers the choice.
    await eventually(async () => expect(await page.locator('#p2').innerText()).toContain(FRENCH));

    await page.getByRole('button', { name: 'Comment on ¶2' }).click();
    await page.getByLabel('Your comment on ¶2').fill('Préciser la nature de la réunion.');
    const sent = page.waitForRequest(
      (r) => r.url().endsWith(`/api/public/rounds/${round.id}/comments`) && r.method() === 'POST',
    );
    await page.locator('#p2').getByRole('button', { name: 'Send comment' }).click();
    expect((await sent).postDataJSON()).toMatchObject({ language: 'fr', anchor: { kind: 'block' } });
    const onP2 = page.getByRole('list', { name: 'Comments on ¶2' });
    await onP2.waitFor();
    expect(await onP2.locator('.consult-comment-meta').innerText()).toContain(
      words('languages.consult.commentIn', { language: 'fr' }),
    );
    expect(errors).toEqual([]);
  });
});
