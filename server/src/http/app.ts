/**
 * The HTTP side of Accord as one Hono app: health and metrics for operators, the JSON API
 * under /api, and the browser client for everything else. WebSocket upgrades do not pass
 * through here; see ./websocket.ts.
 */
import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { HTTPException } from 'hono/http-exception';
import type { Logger } from '../logger.js';
import type { Registry } from '../metrics/registry.js';
import type { RecordStore } from '../storage/types.js';
import { HttpError, errorBody } from './errors.js';
import { healthRoutes } from './routes/health.js';
import { metricsRoutes } from './routes/metrics.js';
import { workspaceRoutes } from './routes/workspaces.js';
import { contentRoutes } from './routes/content.js';
import type { LiveState } from '../content/live-state.js';
import { staticRoutes } from './static.js';

const MAX_BODY_BYTES = 1024 * 1024;
const MAX_DRAIN_BYTES = 16 * 1024 * 1024;

/** Reads and discards a request body of at most `limit` bytes; false if it is larger or cannot be read. */
async function drainBody(request: Request, limit: number): Promise<boolean> {
  const declared = Number(request.headers.get('content-length') ?? NaN);
  if (!Number.isFinite(declared) || declared > limit || !request.body || request.bodyUsed) return false;
  try {
    const reader = request.body.getReader();
    for (let read = 0; ; ) {
      const { done, value } = await reader.read();
      if (done) return true;
      read += value.byteLength;
      if (read > limit) return false;
    }
  } catch {
    return false;
  }
}

export interface AppDeps {
  records: RecordStore;
  liveState: LiveState;
  registry: Registry;
  logger: Logger;
  version: string;
  startedAt: number;
  clientDir: string;
  checkStorage: () => Promise<void>;
}

export function createApp(deps: AppDeps): Hono {
  const app = new Hono();
  app.use(
    '/api/*',
    bodyLimit({
      maxSize: MAX_BODY_BYTES,
      onError: async (c) => {
        // A 413 that leaves the rest of the body unread breaks the keep-alive connection for
        // the client's next request; read it away when that is cheap, else say we close.
        const drained = await drainBody(c.req.raw, MAX_DRAIN_BYTES);
        return c.json(errorBody('body_too_large', 'the body is over 1 MiB'), 413, drained ? {} : { connection: 'close' });
      },
    }),
  );
  app.route('/', healthRoutes(deps));
  app.route('/', metricsRoutes(deps.registry));
  app.route('/api', workspaceRoutes(deps.records));
  app.route('/api', contentRoutes(deps.records, deps.liveState));
  app.all('/api/*', (c) => c.json(errorBody('not_found', `no API route ${c.req.method} ${c.req.path}`), 404));
  app.route('/', staticRoutes(deps.clientDir));

  app.onError((error, c) => {
    if (error instanceof HttpError) return c.json(errorBody(error.code, error.message, error.issues), error.status);
    if (error instanceof HTTPException) return c.json(errorBody('http_error', error.message), error.status);
    deps.logger.error('request failed', { method: c.req.method, path: c.req.path, error });
    return c.json(errorBody('internal', 'the server failed to answer this request; the log says why'), 500);
  });
  return app;
}
