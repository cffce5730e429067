/**
 * Browser-test harness: builds the client, starts a real Accord serving it, launches Debian's
 * Chromium through playwright-core (never a downloaded browser), and opens people — each in a
 * browser context of their own, signed in as one of the seeded demo people, so they share no
 * cookies, storage or BroadcastChannel, and every edit between them goes through the server.
 */
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, relative, resolve } from 'node:path';
import { promisify } from 'node:util';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { vi } from 'vitest';
import { demoPassword } from '@accord/server';

export const repoRoot = resolve(import.meta.dirname, '../..');
export const clientDir = join(repoRoot, 'client');

/**
 * Builds the client once per content: the build lands in a cache directory named by a hash of
 * everything it is made from (client/, the shared packages' sources, the lockfile), so the
 * browser files of one run — and reruns that changed no client code — share one build instead
 * of paying seconds each. A stale dist cannot be served: any change to those inputs is a new
 * hash. Test files run in parallel, so each build goes to a directory of its own and is renamed
 * into place; two files that build at once both succeed and one keeps its copy.
 */
export async function buildClient(): Promise<string> {
  const cacheRoot = join(tmpdir(), 'accord-client-builds');
  const target = join(cacheRoot, clientInputsHash());
  if (existsSync(join(target, 'index.html'))) return target;
  mkdirSync(cacheRoot, { recursive: true });
  const outDir = mkdtempSync(join(cacheRoot, 'building-'));
  await promisify(execFile)(
    join(clientDir, 'node_modules/.bin/vite'),
    ['build', '--logLevel', 'warn', '--outDir', outDir, '--emptyOutDir'],
    {
      cwd: clientDir,
      env: { ...process.env, NODE_ENV: 'production' },
      maxBuffer: 16 * 1024 * 1024,
    },
  );
  pruneOldBuilds(cacheRoot);
  try {
    renameSync(outDir, target);
    return target;
  } catch {
    // Another file finished the same build first; keep serving ours, it is identical.
    return outDir;
  }
}

/** Whether `dir` is a build {@link buildClient} keeps for later runs (callers must not delete it). */
export const isCachedBuild = (dir: string): boolean => basename(dir).length === 64;

/** Builds of earlier client code pile up in tmp; drop those untouched for a day. */
function pruneOldBuilds(cacheRoot: string): void {
  const dayAgo = Date.now() - 24 * 60 * 60 * 1000;
  for (const name of readdirSync(cacheRoot)) {
    const path = join(cacheRoot, name);
    if (statSync(path).mtimeMs < dayAgo) rmSync(path, { recursive: true, force: true });
  }
}

function clientInputsHash(): string {
  const hash = createHash('sha256');
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      if (entry.name === 'node_modules' || entry.name === 'dist' || entry.name.startsWith('.')) continue;
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.isFile())
        hash.update(relative(repoRoot, path)).update('\0').update(readFileSync(path)).update('\0');
    }
  };
  walk(clientDir);
  for (const pkg of readdirSync(join(repoRoot, 'packages'))) walk(join(repoRoot, 'packages', pkg));
  hash.update(readFileSync(join(repoRoot, 'pnpm-lock.yaml')));
  return hash.digest('hex');
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.ACCORD_CHROMIUM ?? '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
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
