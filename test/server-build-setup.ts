/**
 * Vitest global setup of the e2e and browser projects: builds the server once per run (skipped
 * when server/dist/ is current), before any file starts an Accord process from it.
 */
import { ensureServerBuilt, testServer } from './helpers/server-build.js';

export default async function setup(): Promise<void> {
  if (testServer() === 'tsx') return;
  const started = performance.now();
  const said = await ensureServerBuilt();
  console.log(`${said} (${Math.round(performance.now() - started)} ms)`);
}
