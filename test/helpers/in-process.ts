/**
 * Accord started inside the test process: the same `startAccord` as `npm start`, on loopback
 * with a real SQLite file, for tests that need to look at the live document or the routes
 * (cross-process tests that kill the server use ./accord-process.ts instead).
 */
import { createLogger, loadConfig, startAccord, type Accord } from '@accord/server';
import { removeDir, tempDataDir } from './accord-process.js';

export interface InProcessAccord {
  accord: Accord;
  url: string;
  wsUrl: string;
  dataDir: string;
  close(): Promise<void>;
}

/** Starts Accord in process; `options.now` replaces the server clock (consultation rounds open and close by it), `options.roundLimits` the public rounds' rate limits. */
export async function inProcessAccord(
  env: Record<string, string> = {},
  options: Parameters<typeof startAccord>[2] = {},
): Promise<InProcessAccord> {
  const dataDir = tempDataDir();
  const config = loadConfig({
    PORT: '0',
    HOST: '127.0.0.1',
    ACCORD_DATA_DIR: dataDir,
    ACCORD_CLIENT_DIR: `${dataDir}/no-client`,
    ...env,
  });
  const accord = await startAccord(config, createLogger('warn'), options);
  return {
    accord,
    url: accord.url,
    wsUrl: `${accord.url.replace(/^http/, 'ws')}/collab`,
    dataDir,
    close: async () => {
      await accord.close();
      removeDir(dataDir);
    },
  };
}
