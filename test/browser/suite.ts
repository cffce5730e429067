/**
 * The lifecycle every browser test file shares: build the client into a directory of its
 * own, start a real Accord serving it and Debian's Chromium, open people who are closed after
 * each test (which must leave no uncaught error in any page), and clean everything up.
 */
import type { Browser } from 'playwright-core';
import { afterAll, afterEach, beforeAll, expect } from 'vitest';
import { removeDir, startAccord, type AccordProcess } from '../helpers/accord-process.js';
import { browserServerEnv, buildClient, isCachedBuild, launchChromium, openPerson, type Person } from './harness.js';

export interface BrowserSuite {
  /** The running server (inside tests and hooks); replaced by {@link BrowserSuite.crashAndRestart}. */
  readonly accord: AccordProcess;
  readonly browser: Browser;
  /** A demo person signed in, in a browser context of their own, closed after the test. */
  person(email: string, password?: string): Promise<Person>;
  /** Closes `closeable` (e.g. an anonymous context) after the test. */
  closeAfter(closeable: { close(): Promise<void> }): void;
  /** SIGKILLs the server, runs `meanwhile`, and starts it again on the same port and data. */
  crashAndRestart(meanwhile?: () => Promise<void>): Promise<void>;
}

export function browserSuite(): BrowserSuite {
  let accord: AccordProcess | undefined;
  let browser: Browser | undefined;
  let clientDist = '';
  let people: Person[] = [];
  const closeables: Array<{ close(): Promise<void> }> = [];
  const running = <T>(value: T | undefined, what: string): T => {
    if (value === undefined) throw new Error(`${what} is not running yet: use it inside tests and hooks`);
    return value;
  };

  beforeAll(async () => {
    clientDist = await buildClient();
    [accord, browser] = await Promise.all([startAccord({ env: browserServerEnv(clientDist) }), launchChromium()]);
  }, 90_000);

  afterEach(async () => {
    const errors = people.flatMap((p) => p.errors.map((e) => `${p.name}: ${e.message}`));
    await Promise.all([...people, ...closeables.splice(0)].map((p) => p.close()));
    people = [];
    expect(errors, 'uncaught errors in the pages').toEqual([]);
  });

  afterAll(async () => {
    await browser?.close();
    if (accord) {
      await accord.stop();
      removeDir(accord.dataDir);
    }
    if (clientDist && !isCachedBuild(clientDist)) removeDir(clientDist);
  });

  return {
    get accord() {
      return running(accord, 'Accord');
    },
    get browser() {
      return running(browser, 'Chromium');
    },
    async person(email, password) {
      const p = await openPerson(running(browser, 'Chromium'), running(accord, 'Accord').url, email, password);
      people.push(p);
      return p;
    },
    closeAfter(closeable) {
      closeables.push(closeable);
    },
    async crashAndRestart(meanwhile) {
      const { port, dataDir } = running(accord, 'Accord');
      await accord!.kill(); // SIGKILL: no shutdown hook runs
      await meanwhile?.();
      accord = await startAccord({ port, dataDir, env: browserServerEnv(clientDist) });
    },
  };
}
