import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config.js';

describe('loadConfig', () => {
  it('has defaults that work on a laptop', () => {
    const config = loadConfig({}, '/srv/accord');
    expect(config.port).toBe(8787);
    expect(config.dataDir).toBe('/srv/accord/data');
    expect(config.sqliteSync).toBe('full');
    expect(config.seedDemo).toBe(true);
  });

  it('reads the documented variables', () => {
    const config = loadConfig(
      {
        PORT: '9000',
        ACCORD_DATA_DIR: '/var/lib/accord',
        ACCORD_MAX_MESSAGE_BYTES: '65536',
        ACCORD_LOG_LEVEL: 'warn',
        ACCORD_SEED_DEMO: 'false',
      },
      '/x',
    );
    expect(config).toMatchObject({
      port: 9000,
      dataDir: '/var/lib/accord',
      maxMessageBytes: 65536,
      logLevel: 'warn',
      seedDemo: false,
    });
  });

  it('names every bad variable and what it accepts', () => {
    let error: unknown;
    try {
      loadConfig({
        PORT: 'eighty',
        ACCORD_MAX_MESSAGE_BYTES: '10',
        ACCORD_LOG_LEVEL: 'loud',
        ACCORD_METRICS_TOKEN: 'short',
      });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const message = (error as Error).message;
    expect(message).toContain('PORT="eighty": must be a whole number');
    expect(message).toContain('ACCORD_MAX_MESSAGE_BYTES="10": must be at least 1024');
    expect(message).toContain('ACCORD_LOG_LEVEL="loud"');
    expect(message).toContain('ACCORD_METRICS_TOKEN="short": must be at least 16 characters');
  });
});
