import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Health } from '@accord/schema';
import { afterEach, describe, expect, it } from 'vitest';
import { PostgresSql } from '../../storage/sql/postgres.js';
import { SqliteSql } from '../../storage/sql/sqlite.js';
import { openDatabase } from '../../storage/sqlite/database.js';
import { healthRoutes } from './health.js';

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0)) await cleanup();
});

function sqlite(): SqliteSql {
  const dir = mkdtempSync(join(tmpdir(), 'accord-health-'));
  const sql = new SqliteSql(openDatabase(dir));
  cleanups.push(async () => {
    await sql.close().catch(() => {});
    rmSync(dir, { recursive: true, force: true });
  });
  return sql;
}

const ask = async (app: ReturnType<typeof healthRoutes>) => {
  const response = await app.request('/healthz');
  return { status: response.status, body: Health.parse(await response.json()) };
};

describe('GET /healthz', () => {
  it('answers 200 naming the instance and the database it reached', async () => {
    const app = healthRoutes({ version: '1.2.3', startedAt: Date.now(), instanceId: 'web-1', database: sqlite() });
    const { status, body } = await ask(app);
    expect(status).toBe(200);
    expect(body).toMatchObject({
      status: 'ok',
      version: '1.2.3',
      instance: 'web-1',
      database: { dialect: 'sqlite', ok: true },
    });
    expect(body.redis).toBeUndefined();
  });

  it('answers 503 with the reason when the database is down', async () => {
    // Nothing listens on port 1: the driver's own refusal is the reason.
    const down = new PostgresSql({ url: 'postgres://accord@127.0.0.1:1/accord', max: 1 });
    cleanups.push(() => down.close());
    const { status, body } = await ask(
      healthRoutes({ version: '1', startedAt: Date.now(), instanceId: 'web-2', database: down }),
    );
    expect(status).toBe(503);
    expect(body.status).toBe('unavailable');
    expect(body.database).toMatchObject({ dialect: 'postgres', ok: false });
    expect(body.database.error).toMatch(/ECONNREFUSED/);
  });

  it('reports the other checks under their names; Redis down is degraded, not a 503 that would empty the balancer', async () => {
    const database = sqlite();
    let redisUp = true;
    const app = healthRoutes({
      version: '1',
      startedAt: Date.now(),
      instanceId: 'web-3',
      database,
      checks: [
        {
          name: 'redis',
          check: async () => {
            if (!redisUp) throw new Error('Connection is closed.');
          },
        },
      ],
    });
    expect(await ask(app)).toMatchObject({ status: 200, body: { redis: { ok: true } } });
    redisUp = false;
    expect(await ask(app)).toMatchObject({
      status: 200,
      body: { status: 'degraded', database: { ok: true }, redis: { ok: false, error: 'Connection is closed.' } },
    });
  });
});
