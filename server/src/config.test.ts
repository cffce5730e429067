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

  it('stores in SQLite unless a PostgreSQL URL is given, and takes Redis and the instance id', () => {
    const local = loadConfig({});
    expect(local.databaseUrl).toBeUndefined();
    expect(local.redisUrl).toBeUndefined();
    expect(local.instanceId).toMatch(new RegExp(`-${process.pid}-[0-9a-f]{6}$`));
    expect(loadConfig({}).instanceId).not.toBe(local.instanceId);
    const shared = loadConfig({
      ACCORD_DATABASE_URL: 'postgresql://accord:secret@db:5432/accord',
      ACCORD_REDIS_URL: 'rediss://cache:6380',
      ACCORD_INSTANCE_ID: 'web-1',
    });
    expect(shared).toMatchObject({
      databaseUrl: 'postgresql://accord:secret@db:5432/accord',
      redisUrl: 'rediss://cache:6380',
      instanceId: 'web-1',
    });
    expect(loadConfig({ ACCORD_DATABASE_URL: 'postgres://db/accord' }).databaseUrl).toBe('postgres://db/accord');
  });

  it('refuses other database and Redis URLs without showing their passwords', () => {
    let error: unknown;
    try {
      loadConfig({
        ACCORD_DATABASE_URL: 'mysql://accord:hunter2@db/accord',
        ACCORD_REDIS_URL: 'http://cache:6379',
        ACCORD_INSTANCE_ID: 'web 1',
      });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const message = (error as Error).message;
    expect(message).toContain(
      'ACCORD_DATABASE_URL="mysql://accord:***@db/accord": must be a postgres:// or postgresql:// URL',
    );
    expect(message).not.toContain('hunter2');
    expect(message).toContain('ACCORD_REDIS_URL="http://cache:6379": must be a redis:// or rediss:// URL');
    expect(message).toContain('ACCORD_INSTANCE_ID="web 1"');
  });

  it('never turns a guard off, whatever the other variables say', () => {
    const everyGuardOn = { checkUpdates: true, metrics: true, accessRechecks: true, rateLimits: true };
    expect(loadConfig({}).guards).toEqual(everyGuardOn);
    // Everything a deployment might set, at its most permissive, still leaves every guard on.
    const deployment = {
      HOST: '0.0.0.0',
      ACCORD_LOG_LEVEL: 'silent',
      ACCORD_SQLITE_SYNC: 'normal',
      ACCORD_SEED_DEMO: 'false',
      ACCORD_SECURE_COOKIES: 'true',
      ACCORD_METRICS_TOKEN: 'a-token-of-sixteen-or-more',
      ACCORD_LIMIT_MESSAGES_PER_SECOND: '10000000',
      ACCORD_LIMIT_MESSAGES_BURST: '10000000',
      ACCORD_LIMIT_BYTES_PER_SECOND: String(1024 * 1024 * 1024),
      ACCORD_BENCH_UNGUARDED: 'false',
    };
    const config = loadConfig(deployment);
    expect(config.guards).toEqual(everyGuardOn);
    expect(config.checkUpdates).toBe(true);
  });

  it('turns every guard off with ACCORD_BENCH_UNGUARDED on loopback only, for the benchmark', () => {
    for (const host of ['127.0.0.1', '::1', 'localhost']) {
      const config = loadConfig({ HOST: host, ACCORD_BENCH_UNGUARDED: 'true' });
      expect(config.guards).toEqual({ checkUpdates: false, metrics: false, accessRechecks: false, rateLimits: false });
      expect(config.checkUpdates).toBe(false);
    }
    for (const host of ['0.0.0.0', '::', '192.168.1.10', 'accord.example.org', '127.0.0.1.example.org']) {
      expect(() => loadConfig({ HOST: host, ACCORD_BENCH_UNGUARDED: 'true' })).toThrow(
        /ACCORD_BENCH_UNGUARDED="true": .*accepted only with a loopback HOST/,
      );
    }
  });

  it('accepts ACCORD_CHECK_UPDATES=false on loopback only', () => {
    expect(loadConfig({ ACCORD_CHECK_UPDATES: 'false' }).guards).toEqual({
      checkUpdates: false,
      metrics: true,
      accessRechecks: true,
      rateLimits: true,
    });
    expect(() => loadConfig({ HOST: '0.0.0.0', ACCORD_CHECK_UPDATES: 'false' })).toThrow(
      /ACCORD_CHECK_UPDATES="false": .*accepted only with a loopback HOST/,
    );
  });
});
