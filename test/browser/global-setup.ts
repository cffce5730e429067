/**
 * Once per run of the browser project: build the client and start one Chromium that every
 * browser test file connects to, instead of each file building (a race when two files start
 * together) and paying a browser launch of its own. Each file still opens its own contexts,
 * and closing its connected Browser only disconnects it (see shared-chromium.test.ts).
 */
import { chromium } from 'playwright-core';
import type { TestProject } from 'vitest/node';
import { buildClientCached, chromiumLaunchOptions } from './client-build.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The client build every browser file serves (absent when a file runs outside this project). */
    accordClientDist?: string;
    /** Where the run's shared Chromium listens for Playwright clients. */
    accordChromiumWsEndpoint?: string;
  }
}

/** Vitest's global setup: provides the build and the browser, and returns their teardown. */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const started = performance.now();
  const [clientDist, server] = await Promise.all([buildClientCached(), chromium.launchServer(chromiumLaunchOptions())]);
  project.provide('accordClientDist', clientDist);
  project.provide('accordChromiumWsEndpoint', server.wsEndpoint());
  console.log(`browser tests: client built and Chromium started in ${Math.round(performance.now() - started)} ms`);
  return () => server.close();
}
