import { Hono } from 'hono';
import type { Health, HealthCheck } from '@accord/schema';
import type { Dialect } from '../../storage/sql/types.js';

/** Something `/healthz` asks besides the database (e.g. `redis`), reported under its name. */
export interface NamedCheck {
  name: 'redis';
  /** Resolves when the dependency answers; rejects with the reason when not. */
  check(): Promise<void>;
}

export interface HealthDeps {
  version: string;
  startedAt: number;
  instanceId: string;
  database: { readonly dialect: Dialect; ping(): Promise<void> };
  checks?: readonly NamedCheck[];
}

/** A check that hangs (a database behind a dead network) counts as down after this long, so a load balancer's probe gets an answer. */
const CHECK_TIMEOUT_MS = 2_000;

async function run(check: () => Promise<void>): Promise<HealthCheck> {
  let timer: NodeJS.Timeout | undefined;
  try {
    await Promise.race([
      check(),
      new Promise((_, reject) => {
        timer = setTimeout(() => reject(new Error(`no answer within ${CHECK_TIMEOUT_MS} ms`)), CHECK_TIMEOUT_MS);
      }),
    ]);
    return { ok: true };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  } finally {
    clearTimeout(timer);
  }
}

/**
 * `GET /healthz`: 200 when the process serves requests and its database answers; 503 with the
 * reason when the database does not, so a load balancer takes the instance out until it
 * recovers. Redis down is `degraded` but still 200: every instance shares one Redis, so a 503
 * would take them all out at once, while each goes on serving — other instances' edits reach
 * it from the database within seconds (the relay's periodic check) until Redis is back.
 */
export function healthRoutes(deps: HealthDeps): Hono {
  return new Hono().get('/healthz', async (c) => {
    const [database, ...others] = await Promise.all([
      run(() => deps.database.ping()),
      ...(deps.checks ?? []).map((named) => run(() => named.check())),
    ]);
    const body: Health = {
      status: 'ok',
      version: deps.version,
      uptimeSeconds: Math.round((Date.now() - deps.startedAt) / 1000),
      instance: deps.instanceId,
      database: { dialect: deps.database.dialect, ...database! },
    };
    (deps.checks ?? []).forEach((named, i) => {
      body[named.name] = others[i]!;
    });
    if (!database!.ok) body.status = 'unavailable';
    else if (!others.every((o) => o.ok)) body.status = 'degraded';
    return c.json(body, database!.ok ? 200 : 503);
  });
}
