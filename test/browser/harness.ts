/**
 * Browser-test harness: builds the client, starts a real Accord serving it, launches Debian's
 * Chromium through playwright-core (never a downloaded browser), and opens people — each in a
 * browser context of their own, signed in as one of the seeded demo people, so they share no
 * cookies, storage or BroadcastChannel, and every edit between them goes through the server.
 */
import { copyFileSync, mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { inject, vi } from 'vitest';
import { demoPassword } from '@accord/server';
import { buildClientCached, chromiumLaunchOptions, repoRoot } from './client-build.js';

export { clientDir, isCachedBuild, repoRoot } from './client-build.js';

/**
 * The client build to serve: the one the browser project's global setup made for this run, or,
 * when a file runs without it, a build of the current sources (cached by their content hash).
 */
export async function buildClient(): Promise<string> {
  return inject('accordClientDist') ?? buildClientCached();
}

/**
 * Chromium for one test file: a connection to the run's shared browser when the global setup
 * started one — closing it then only closes this file's contexts and disconnects — else a
 * browser of the file's own.
 */
export function launchChromium(): Promise<Browser> {
  const wsEndpoint = inject('accordChromiumWsEndpoint');
  return wsEndpoint ? chromium.connect(wsEndpoint) : chromium.launch(chromiumLaunchOptions());
}

/**
 * The server's environment for browser tests: the built client, and abuse limits lifted —
 * every browser context signs in and connects from 127.0.0.1, faster than any person would.
 */
export const browserServerEnv = (clientDist: string): Record<string, string> => ({
  ACCORD_CLIENT_DIR: clientDist,
  ACCORD_LIMIT_SIGNINS_PER_MINUTE: '100000',
  ACCORD_LIMIT_REQUESTS_PER_SECOND: '100000',
  ACCORD_LIMIT_CONNECTS_PER_SECOND: '100000',
  ACCORD_LIMIT_CONNECTS_BURST: '100000',
});

export interface Person {
  /** The name the server knows them by (and stamps on their presence). */
  name: string;
  email: string;
  id: string;
  context: BrowserContext;
  page: Page;
  /** Uncaught exceptions in the page: a passing test must have none. */
  errors: Error[];
  /** The document's contenteditable. */
  editor(): ReturnType<Page['locator']>;
  /** Opens a document and waits until it has synced and is editable. */
  open(documentId: string): Promise<void>;
  /** Waits for the connection status to show `phase`. */
  waitForPhase(phase: 'connected' | 'reconnecting' | 'offline' | 'connecting' | 'closed'): Promise<void>;
  /** The document's top-level blocks in order: text, margin number, id. */
  blocks(): Promise<Block[]>;
  close(): Promise<void>;
}

export interface Block {
  text: string;
  number: string | null;
  id: string | null;
  tag: string;
}

/** Runs in every page before its own scripts (CDP injects it, past the CSP): reports each violation on the console. */
const CSP_REPORTER = `document.addEventListener('securitypolicyviolation', (e) => console.error('CSP violation: ' + e.effectiveDirective + ' blocked ' + (e.blockedURI || 'inline code') + ' at ' + e.sourceFile + ':' + e.lineNumber));`;

/** A fresh browser context with one page, signed in as nobody yet. */
export async function openContext(
  browser: Browser,
  baseUrl: string,
): Promise<{ context: BrowserContext; page: Page; errors: Error[] }> {
  const context = await browser.newContext({
    baseURL: baseUrl,
    viewport: { width: 1280, height: 860 },
    deviceScaleFactor: 1,
  });
  const page = await context.newPage();
  const errors: Error[] = [];
  page.on('pageerror', (error) => errors.push(error));
  // A CSP violation is no exception, only a console line: count it as one, so a policy that
  // blocks part of the app (or code that needs more than the policy allows) fails the test.
  await page.addInitScript({ content: CSP_REPORTER });
  page.on('console', (message) => {
    if (message.type() === 'error' && /Content Security Policy|^CSP violation/.test(message.text()))
      errors.push(new Error(message.text()));
  });
  return { context, page, errors };
}

/**
 * A person in a fresh browser context, signed in as `email` (a demo person by default
 * password). The sign-in goes through the context's own request client, which shares the
 * context's cookie jar, so the page starts with the HttpOnly session cookie as after a
 * sign-in on the page; the sign-in page itself has tests of its own.
 */
export async function openPerson(
  browser: Browser,
  baseUrl: string,
  email: string,
  password: string = demoPassword,
): Promise<Person> {
  const { context, page, errors } = await openContext(browser, baseUrl);
  const response = await context.request.post('/api/session', { data: { email, password } });
  if (response.status() !== 200)
    throw new Error(`signing in as ${email} answered ${response.status()}: ${await response.text()}`);
  const { person: who } = (await response.json()) as { person: { id: string; name: string } };
  const person: Person = {
    name: who.name,
    email,
    id: who.id,
    context,
    page,
    errors,
    editor: () => page.locator('.doc-content'),
    async open(documentId) {
      await page.goto(`/d/${encodeURIComponent(documentId)}`);
      await person.waitForPhase('connected');
      await page.locator('.doc-content[contenteditable="true"]').waitFor();
    },
    async waitForPhase(phase) {
      await page.locator(`.connection[data-phase="${phase}"]`).waitFor({ timeout: 15_000 });
    },
    blocks: () =>
      page.$$eval('.doc-content > *', (elements) =>
        elements.map((el) => ({
          text: (el as unknown as { innerText: string }).innerText.trim(),
          number: el.getAttribute('data-number'),
          id: el.getAttribute('data-block-id'),
          tag: el.tagName.toLowerCase(),
        })),
      ),
    close: () => context.close(),
  };
  return person;
}

/** Retries `check` (assertions inside) until it passes. */
export function eventually<T>(check: () => Promise<T> | T, timeout = 10_000): Promise<T> {
  return vi.waitFor(check, { timeout, interval: 100 });
}

/**
 * Offers a screenshot to the README: copied to docs/images/`name` only when the run was asked
 * for pictures (`pnpm screenshots` sets ACCORD_README_SCREENSHOTS=1), so `npm test` leaves the
 * checkout as it found it.
 */
export function offerToReadme(file: string, name: string): void {
  if (process.env.ACCORD_README_SCREENSHOTS !== '1') return;
  mkdirSync(join(repoRoot, 'docs/images'), { recursive: true });
  copyFileSync(file, join(repoRoot, 'docs/images', name));
  console.log(`screenshot: docs/images/${name} refreshed`);
}

/** Where screenshots go: a fresh temp dir (printed) and test/browser/screenshots/. */
export function screenshotDirs(): string[] {
  const kept = join(repoRoot, 'test/browser/screenshots');
  mkdirSync(kept, { recursive: true });
  return [mkdtempSync(join(tmpdir(), 'accord-screens-')), kept];
}

/**
 * Selects characters [start, end) of numbered paragraph `n`'s own text, as a person dragging
 * over them would, and waits for the page's selectionchange handlers. Returns the selected text.
 */
export async function selectInParagraph(page: Page, n: number, start: number, end: number): Promise<string> {
  // Runs in the page (a string: this project has no DOM types).
  const selected = await page.evaluate<string>(`(() => {
    const [n, start, end] = ${JSON.stringify([n, start, end])};
    const block = document.querySelector('.doc-content [data-number="' + n + '"]');
    if (!block) throw new Error('no paragraph ' + n);
    const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT);
    const texts = [];
    for (let node = walker.nextNode(); node; node = walker.nextNode()) texts.push(node);
    const at = (offset) => {
      let rest = offset;
      for (const text of texts) {
        if (rest <= text.data.length) return [text, rest];
        rest -= text.data.length;
      }
      throw new Error('paragraph ' + n + ' has no offset ' + offset);
    };
    const [from, fromOffset] = at(start);
    const [to, toOffset] = at(end);
    window.getSelection().setBaseAndExtent(from, fromOffset, to, toOffset);
    return window.getSelection().toString();
  })()`);
  await pause(page, 50);
  return selected;
}

/** Waits a frame and then `ms` in the page. */
export const pause = (page: Page, ms: number): Promise<unknown> =>
  page.evaluate(`new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, ${ms})))`);
