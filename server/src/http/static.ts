/**
 * Serves the built browser client. Unknown paths outside /api fall back to index.html so
 * the client's own routes survive a reload; when the client is not built, `/` says how
 * to build it instead of a bare 404.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { serveStatic } from '@hono/node-server/serve-static';
import { Hono } from 'hono';

const NOT_BUILT = 'The browser client is not built. Run `npm start` (it builds it), or `pnpm --filter @accord/client build`.';

export function staticRoutes(clientDir: string): Hono {
  const app = new Hono();
  const indexFile = join(clientDir, 'index.html');
  if (existsSync(clientDir)) {
    app.use('/assets/*', serveStatic({ root: clientDir, onFound: (_path, c) => c.header('cache-control', 'public, max-age=31536000, immutable') }));
    app.use('*', serveStatic({ root: clientDir }));
  }
  // Read per request, not cached: a rebuilt client is served without a restart.
  app.get('*', (c) => (existsSync(indexFile) ? c.html(readFileSync(indexFile, 'utf8')) : c.text(NOT_BUILT, 503)));
  return app;
}
