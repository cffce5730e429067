/**
 * `node --import ./test/helpers/module-log.mjs …`: appends the URL of every module the process
 * (and each of its worker threads) resolves through the ES module loader to the file named by
 * ACCORD_MODULE_LOG, one per line, so a test can tell what a process loaded. Plain JavaScript:
 * it runs in processes that have no TypeScript loader.
 */
import { register } from 'node:module';

if (process.env.ACCORD_MODULE_LOG)
  register('./module-log-hooks.mjs', import.meta.url, { data: { file: process.env.ACCORD_MODULE_LOG } });
