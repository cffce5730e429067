/**
 * Keeps keep-alive connections usable after a request is answered without its body being read
 * (a bad token, a foreign origin, the rate limit, a gate refusal, no such route). The rest of the
 * body would otherwise sit on the socket in front of the client's next request, and the Node
 * adapter gives up on such a socket and closes it after the answer said keep-alive: the client's
 * next request on it fails. So, once, after every handler: a body nobody read is read away when
 * that is cheap (bounded in bytes and time), else the answer says `connection: close` honestly.
 */
import type { MiddlewareHandler } from 'hono';

export interface DrainOptions {
  /** Largest body read away; a larger (or unannounced larger) one closes the connection instead. */
  maxBytes: number;
  /** Longest wait for a slow sender; after it the connection is closed instead. */
  maxMs: number;
}

/** Reads and discards a request body of at most `limit` bytes within `maxMs`; false if it is larger, slower, or cannot be read. */
export async function drainBody(request: Request, limit: number, maxMs = 2_000): Promise<boolean> {
  const declared = Number(request.headers.get('content-length') ?? NaN);
  if (Number.isFinite(declared) && declared > limit) return false;
  if (!request.body || request.bodyUsed) return false;
  const reader = request.body.getReader();
  let timer: NodeJS.Timeout | undefined;
  const timedOut = new Promise<false>((resolve) => {
    timer = setTimeout(() => resolve(false), maxMs);
    timer.unref();
  });
  const read = (async () => {
    for (let total = 0; ; ) {
      const { done, value } = await reader.read();
      if (done) return true;
      total += value.byteLength;
      if (total > limit) return false;
    }
  })().catch(() => false);
  try {
    return await Promise.race([read, timedOut]);
  } finally {
    clearTimeout(timer);
    // An unfinished read is abandoned; the connection closes, so nothing waits for it.
    void reader.cancel().catch(() => {});
  }
}

/** Whether a request carries a body that nobody has read yet. */
function unreadBody(request: Request): boolean {
  if (request.method === 'GET' || request.method === 'HEAD') return false;
  const length = request.headers.get('content-length');
  if (length === '0' || (length === null && !request.headers.has('transfer-encoding'))) return false;
  return !request.bodyUsed;
}

/** After the handler: drains an unread body (see the module comment), else marks the answer `connection: close`. */
export function drainUnreadBody(options: DrainOptions): MiddlewareHandler {
  return async (c, next) => {
    await next();
    if (!unreadBody(c.req.raw)) return;
    if (await drainBody(c.req.raw, options.maxBytes, options.maxMs)) return;
    try {
      c.res.headers.set('connection', 'close');
    } catch {
      // Some responses have immutable headers: copy it.
      const copy = new Response(c.res.body, c.res);
      copy.headers.set('connection', 'close');
      c.res = undefined;
      c.res = copy;
    }
  };
}
