/**
 * Accord in the six UN languages, in Chromium with each language as the browser's: the sign-in
 * page, a document (signed in) and the public page of a consultation round come in that
 * language — `<html lang dir>` (right to left for Arabic only) and their sentences as the
 * catalogs word them (read from the catalogs, never copied here). Text people wrote keeps its
 * own order inside a sentence of the other direction: an Arabic title in the English interface
 * and an English title in the Arabic one, checked by where the browser draws them. And a
 * language chosen in the switcher is remembered for the person: signing in from another
 * browser that prefers English opens in French.
 */
import { LOCALES, type Locale, type MessageKey } from '@accord/i18n';
import { catalogs, translatorFor } from '@accord/i18n/all';
import type { MessageValues } from '@accord/i18n';
import { demoPassword } from '@accord/server';
import type { BrowserContext, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { createDocument } from '../helpers/accord-process.js';
import { bearer, demo, tokenFor } from '../helpers/auth.js';
import { eventually } from './harness.js';
import { browserSuite } from './suite.js';

const suite = browserSuite();
const DOCUMENT = 'mag-2015-03-03-summary';

/** What the catalog of `locale` says for `key`, as the page formats it. */
function words(locale: Locale, key: MessageKey, values?: MessageValues): string {
  // A key missing from a language would quietly fall back to English: that is a failure here.
  expect(catalogs[locale][key], `${key} in ${locale}`).toBeTypeOf('string');
  return translatorFor(locale)(key, values);
}

/** A browser whose preferred language is `locale` (navigator.languages and Accept-Language). */
async function browserIn(locale: string): Promise<{ context: BrowserContext; page: Page; errors: Error[] }> {
  const context = await suite.browser.newContext({
    baseURL: suite.accord.url,
    locale,
    viewport: { width: 1280, height: 860 },
    deviceScaleFactor: 1,
  });
  suite.closeAfter(context);
  const page = await context.newPage();
  const errors: Error[] = [];
  page.on('pageerror', (error) => errors.push(error));
  return { context, page, errors };
}

/** Signs `email` in through the context's own request client: the page starts with the session cookie. */
async function signInContext(context: BrowserContext, email: string): Promise<void> {
  const response = await context.request.post('/api/session', { data: { email, password: demoPassword } });
  expect(response.status(), await response.text()).toBe(200);
}

/** `<html lang dir>` once the page has settled on `locale`. */
async function expectLanguage(page: Page, locale: Locale): Promise<void> {
  // A function, not a string: the page's CSP forbids eval, which a string predicate needs.
  await page.waitForFunction((want) => document.documentElement.lang === want, locale);
  expect(await page.evaluate('document.documentElement.dir')).toBe(locale === 'ar' ? 'rtl' : 'ltr');
  expect(await page.evaluate('getComputedStyle(document.body).direction')).toBe(locale === 'ar' ? 'rtl' : 'ltr');
}

const text = async (page: Page, selector: string): Promise<string> =>
  ((await page.locator(selector).first().textContent()) ?? '').trim();

interface Box {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

/**
 * Where the browser draws, inside the first `selector`: the text before its `<bdi>`, the
 * `<bdi>` itself, the text after it, and the bdi's first and last words.
 */
function layoutOf(
  page: Page,
  selector: string,
): Promise<{
  before: Box;
  bdi: Box;
  after: Box;
  firstWord: Box;
  lastWord: Box;
  bdiText: string;
}> {
  return page.evaluate(`(() => {
    const host = document.querySelector(${JSON.stringify(selector)});
    const bdi = host.querySelector('bdi');
    const box = (range) => {
      const r = range.getBoundingClientRect();
      return { left: r.left, right: r.right, top: r.top, bottom: r.bottom };
    };
    const around = (start) => {
      const range = document.createRange();
      if (start) { range.setStart(host, 0); range.setEndBefore(bdi); }
      else { range.setStartAfter(bdi); range.setEnd(host, host.childNodes.length); }
      return box(range);
    };
    const inside = bdi.firstChild;
    const words = inside.data.split(' ');
    const word = (first) => {
      const range = document.createRange();
      const at = first ? 0 : inside.data.length - words[words.length - 1].length;
      range.setStart(inside, at);
      range.setEnd(inside, first ? words[0].length : inside.data.length);
      return box(range);
    };
    const whole = document.createRange();
    whole.selectNodeContents(bdi);
    return {
      before: around(true),
      bdi: box(whole),
      after: around(false),
      firstWord: word(true),
      lastWord: word(false),
      bdiText: bdi.textContent,
    };
  })()`);
}

/** Saves a version of the demo summary and opens a public round on it, open now. */
async function openRound(title: string): Promise<string> {
  const token = await tokenFor(suite.accord.url, demo.coordinator);
  const api = (path: string, body: unknown) =>
    fetch(`${suite.accord.url}${path}`, { method: 'POST', headers: bearer(token), body: JSON.stringify(body) });
  const version = await api(`/api/documents/${DOCUMENT}/versions`, { name: title });
  expect(version.status, await version.clone().text()).toBe(201);
  const versionId = ((await version.json()) as { id: string }).id;
  const now = Date.now();
  const round = await api(`/api/documents/${DOCUMENT}/rounds`, {
    versionId,
    title,
    introduction: '',
    opensAt: new Date(now - 60_000).toISOString(),
    closesAt: new Date(now + 86_400_000).toISOString(),
  });
  expect(round.status, await round.clone().text()).toBe(201);
  return ((await round.json()) as { id: string }).id;
}

/** The browser's language as people set it: a regional variant, which the page maps to one of the six. */
const BROWSER_LOCALE: Record<Locale, string> = {
  ar: 'ar-EG',
  zh: 'zh-CN',
  en: 'en-US',
  fr: 'fr-FR',
  ru: 'ru-RU',
  es: 'es-AR',
};

let documentId = '';
let roundId = '';

beforeAll(async () => {
  documentId = await createDocument(suite.accord, 'Policy options for connecting the next billion');
  roundId = await openRound('Consultation on the meeting summary');
}, 60_000);

describe.each(LOCALES)('in %s', (locale) => {
  it('the sign-in page, a document and a consultation round speak the browser’s language', async () => {
    const { context, page, errors } = await browserIn(BROWSER_LOCALE[locale]);

    // The sign-in page, before anyone is known.
    await page.goto('/sign-in');
    await expectLanguage(page, locale);
    await page.locator('#sign-in-title').waitFor();
    expect(await text(page, '#sign-in-title')).toBe(words(locale, 'shell.signIn.title'));
    expect(await page.locator('form.sign-in-card button[type="submit"]').innerText()).toBe(
      words(locale, 'shell.signIn.submit'),
    );
    expect(await page.getByLabel(words(locale, 'shell.field.email'), { exact: true }).count()).toBe(1);
    await eventually(async () => expect(await page.title()).toBe(words(locale, 'shell.signIn.documentTitle')));
    // The switcher is there before signing in, showing the page's language.
    expect(await page.locator('.public-header .language-switcher select').inputValue()).toBe(locale);

    // A document, signed in.
    await signInContext(context, demo.member);
    await page.goto(`/d/${documentId}`);
    await expectLanguage(page, locale);
    await page.locator('.connection[data-phase="connected"]').waitFor({ timeout: 15_000 });
    await page.locator('.doc-content[contenteditable="true"]').waitFor();
    expect(await text(page, '.connection-label')).toBe(words(locale, 'shell.connection.connected'));
    expect(await page.locator('.app-header .me button').innerText()).toBe(words(locale, 'shell.header.signOut'));
    expect(await page.locator('.app-header .brand').getAttribute('aria-label')).toBe(
      words(locale, 'shell.header.brand'),
    );
    expect(await page.locator('.app-header nav.crumbs').getAttribute('aria-label')).toBe(
      words(locale, 'shell.header.breadcrumbs'),
    );
    expect(await text(page, '.me-role')).toBe(words(locale, 'shell.role.member'));
    expect(await page.locator('.app-header .language-switcher select').inputValue()).toBe(locale);
    // The document's own views, as the document page words them.
    expect(await page.locator('nav.doc-views').getAttribute('aria-label')).toBe(words(locale, 'document.views.label'));
    // The title people wrote is isolated in the breadcrumbs.
    expect(await text(page, '.crumbs li[aria-current="page"] bdi')).toBe(
      'Policy options for connecting the next billion',
    );

    // The public page of a round, signed out (another browser of the same language).
    const { page: publicPage, errors: publicErrors } = await browserIn(BROWSER_LOCALE[locale]);
    await publicPage.goto(`/consult/${roundId}`);
    await expectLanguage(publicPage, locale);
    await publicPage.locator('.consult-title').waitFor();
    expect(await text(publicPage, '.consult-kicker')).toBe(words(locale, 'rounds.consult.kicker'));
    expect(await text(publicPage, '.consult-title')).toBe('Consultation on the meeting summary');
    expect(await publicPage.locator('.consult-bar .language-switcher select').inputValue()).toBe(locale);

    expect([...errors, ...publicErrors]).toEqual([]);
  });
});

describe('text people wrote, inside sentences of the other direction', () => {
  it('keeps an Arabic title in order inside the English interface', async () => {
    const title = 'خيارات السياسات لربط المليار القادم';
    const arabicDocument = await createDocument(suite.accord, title);
    const { context, page, errors } = await browserIn('en-US');
    await signInContext(context, demo.member);
    await page.goto(`/d/${arabicDocument}/dashboard`);
    await expectLanguage(page, 'en');
    // "Where “…” stands", the title isolated in it.
    await page.locator('.dash-head h1 bdi').waitFor();
    const h1 = await text(page, '.dash-head h1');
    expect(h1).toBe(words('en', 'shell.dashboard.title', { title }));
    const layout = await layoutOf(page, '.dash-head h1');
    expect(layout.bdiText).toBe(title);
    // Left to right: the English words before it, the title, the words after it.
    expect(layout.before.right).toBeLessThanOrEqual(layout.bdi.left + 1);
    expect(layout.bdi.right).toBeLessThanOrEqual(layout.after.left + 1);
    // Inside, the title reads right to left: its first word is drawn to the right of its last.
    expect(layout.firstWord.left).toBeGreaterThan(layout.lastWord.right - 1);
    // The breadcrumbs isolate it too.
    expect(await page.locator('.crumbs bdi').nth(1).textContent()).toBe(title);
    expect(errors).toEqual([]);
  });

  it('keeps an English title in order inside the Arabic interface, mirrored', async () => {
    const title = 'Best practices on IXPs 2026';
    const englishDocument = await createDocument(suite.accord, title);
    const { context, page, errors } = await browserIn('ar-EG');
    await signInContext(context, demo.member);
    await page.goto(`/d/${englishDocument}/dashboard`);
    await expectLanguage(page, 'ar');
    await page.locator('.dash-head h1 bdi').waitFor();
    expect(await text(page, '.dash-head h1')).toBe(words('ar', 'shell.dashboard.title', { title }));
    const layout = await layoutOf(page, '.dash-head h1');
    expect(layout.bdiText).toBe(title);
    // Right to left: the Arabic words before it on the right, the title, then the closing quote on its left.
    expect(layout.before.left).toBeGreaterThanOrEqual(layout.bdi.right - 1);
    expect(layout.after.right).toBeLessThanOrEqual(layout.bdi.left + 1);
    // Inside, the English reads left to right, its number last.
    expect(layout.firstWord.right).toBeLessThanOrEqual(layout.lastWord.left + 1);
    // The header is mirrored: the brand on the right, the account on the left.
    const brand = await page.locator('.app-header .brand').boundingBox();
    const me = await page.locator('.app-header .me').boundingBox();
    expect(brand!.x).toBeGreaterThan(me!.x);
    expect(errors).toEqual([]);
  });
});

describe('the language a person chooses', () => {
  it('is remembered for them: another browser, preferring English, opens in French after signing in', async () => {
    const first = await browserIn('en-US');
    await signInContext(first.context, demo.member2);
    await first.page.goto('/');
    await expectLanguage(first.page, 'en');
    await first.page.locator('h1.page-title').waitFor();
    expect(await text(first.page, 'h1.page-title')).toBe(words('en', 'shell.workspaces.title'));

    const saved = first.page.waitForResponse(
      (r) => r.url().endsWith('/api/session/locale') && r.request().method() === 'PUT',
    );
    await first.page.locator('.app-header .language-switcher select').selectOption('fr');
    expect((await saved).status()).toBe(200);
    await expectLanguage(first.page, 'fr');
    // The French catalog comes as a chunk of its own, a moment after the switch.
    await eventually(async () =>
      expect(await text(first.page, 'h1.page-title')).toBe(words('fr', 'shell.workspaces.title')),
    );

    // Another browser, English by preference, signs in through the page.
    const second = await browserIn('en-US');
    await second.page.goto('/sign-in');
    await expectLanguage(second.page, 'en');
    await second.page.getByLabel('Email', { exact: true }).fill(demo.member2);
    await second.page.getByLabel('Password', { exact: true }).fill(demoPassword);
    await second.page.getByRole('button', { name: 'Sign in' }).click();
    await second.page.waitForURL((url) => url.pathname === '/');
    await expectLanguage(second.page, 'fr');
    await eventually(async () =>
      expect(await text(second.page, 'h1.page-title')).toBe(words('fr', 'shell.workspaces.title')),
    );
    expect(await second.page.locator('.app-header .me button').innerText()).toBe(words('fr', 'shell.header.signOut'));
    expect([...first.errors, ...second.errors]).toEqual([]);
  });
});
