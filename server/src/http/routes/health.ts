import { Hono } from 'hono';
import type { Health } from '@accord/schema';

/** `GET /healthz`: answers 200 when the process serves requests and its database answers. */
export function healthRoutes(deps: { version: string; startedAt: number; checkStorage: () => Promise<void> }): Hono {
  return new Hono().get('/healthz', async (c) => {
    await deps.checkStorage();
    const body: Health = {
      status: 'ok',
      version: deps.version,
      uptimeSeconds: Math.round((Date.now() - deps.startedAt) / 1000),
    };
    return c.json(body);
  });
}
