/**
 * Serves the built browser client. Unknown paths outside /api fall back to index.html so
 * the client's own routes survive a reload; when the client is not built, `/` says how
 * to build it instead of a bare 404. Hashed assets are cached for good; the files that name
 * them (the page, the service worker, the web manifest) are revalidated on every use, so a new
 * build reaches people at their next visit.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { serveStatic } from '@hono/node-server/serve-static';
import { Hono } from 'hono';

/** Files whose name stays the same across builds: browsers must ask before reusing them. */
const REVALIDATED = /(?:^|\/)(?:index\.html|sw\.js|registerSW\.js|manifest\.webmanifest)$/;

const NOT_BUILT =
  'The browser client is not built. Run `npm start` (it builds it), or `pnpm --filter @accord/client build`.';

export function staticRoutes(clientDir: string): Hono {
  const app = new Hono();
  const indexFile = join(clientDir, 'index.html');
  if (existsSync(clientDir)) {
    app.use(
      '/assets/*',
      serveStatic({
        root: clientDir,
        onFound: (_path, c) => c.header('cache-control', 'public, max-age=31536000, immutable'),
      }),
    );
    app.use(
      '*',
      serveStatic({
        root: clientDir,
        onFound: (path, c) => void (REVALIDATED.test(path) && c.header('cache-control', 'no-cache')),
      }),
    );
  }
  // Read per request, not cached: a rebuilt client is served without a restart.
  app.get('*', (c) =>
    existsSync(indexFile)
      ? c.html(readFileSync(indexFile, 'utf8'), 200, { 'cache-control': 'no-cache' })
      : c.text(NOT_BUILT, 503),
  );
  return app;
}
