/**
 * `npm start` ends here: read the environment, start Accord, and shut down cleanly on
 * SIGINT/SIGTERM (pending writes finish, documents are compacted) so a restart loses nothing.
 */
import { startAccord } from './accord.js';
import { ConfigError, loadConfig } from './config.js';
import { createLogger } from './logger.js';
import { storageLocation } from './storage/open.js';

let config: ReturnType<typeof loadConfig>;
try {
  config = loadConfig();
} catch (error) {
  if (error instanceof ConfigError) {
    process.stderr.write(`${error.message}\n`);
    process.exit(2);
  }
  throw error;
}

// Every line names the instance: with several behind a load balancer, logs are read together.
const logger = createLogger(config.logLevel).child({ instance: config.instanceId });
process.on('uncaughtException', (error) => {
  logger.error(
    'unexpected error; stopping. Stored data is intact: every acknowledged update was written before it was relayed',
    { error },
  );
  process.exit(1);
});

try {
  const accord = await startAccord(config, logger);
  // Since the process started (Node's own boot included): what the start-up benchmark measures from outside.
  logger.info('Accord is listening', {
    url: accord.url,
    storage: storageLocation(config),
    clientDir: config.clientDir,
    startupMs: Math.round(performance.now()),
  });
  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info('shutting down', { signal });
    accord.close().then(
      () => process.exit(0),
      (error: unknown) => {
        logger.error('shutdown failed', { error });
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));
} catch (error) {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'EADDRINUSE') logger.error(`port ${config.port} is already in use; stop the other process or set PORT`);
  else logger.error('could not start', { error });
  process.exit(1);
}
