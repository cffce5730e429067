/**
 * Serves the built browser client. Unknown paths outside /api fall back to index.html so
 * the client's own routes survive a reload; when the client is not built, `/` says how
 * to build it instead of a bare 404.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { serveStatic } from '@hono/node-server/serve-static';
import { Hono } from 'hono';

export function staticRoutes(clientDir: string): Hono {
  const app = new Hono();
  const indexFile = join(clientDir, 'index.html');
  if (!existsSync(clientDir)) {
    return app.get('*', (c) =>
      c.text('The browser client is not built. Run `npm start` (it builds it), or `pnpm --filter @accord/client build`.', 503),
    );
  }
  app.use('/assets/*', serveStatic({ root: clientDir, onFound: (_path, c) => c.header('cache-control', 'public, max-age=31536000, immutable') }));
  app.use('*', serveStatic({ root: clientDir }));
  app.get('*', (c) => {
    if (!existsSync(indexFile)) {
      return c.text('The browser client is not built. Run `npm start` (it builds it), or `pnpm --filter @accord/client build`.', 503);
    }
    return c.html(readFileSync(indexFile, 'utf8'));
  });
  return app;
}
