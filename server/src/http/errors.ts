/**
 * Every HTTP error leaves as the `ApiError` shape from @accord/schema: a stable code, a
 * sentence saying what went wrong and what to do, and field issues for invalid bodies.
 */
import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { ApiError } from '@accord/schema';
import type { z } from 'zod';

/** Thrown by handlers; `app.onError` turns it into a JSON response. */
export class HttpError extends Error {
  override name = 'HttpError';
  constructor(
    readonly status: ContentfulStatusCode,
    readonly code: string,
    message: string,
    readonly issues?: { path: string; message: string }[],
    /** Extra response headers, e.g. Retry-After on a 429. */
    readonly headers?: Record<string, string>,
  ) {
    super(message);
  }
}

export const errorBody = (code: string, message: string, issues?: { path: string; message: string }[]): ApiError => ({
  error: issues ? { code, message, issues } : { code, message },
});

/** Reads and validates a JSON body; throws a 400 {@link HttpError} naming each bad field. */
export async function readJson<S extends z.ZodType>(c: Context, schema: S): Promise<z.output<S>> {
  const type = c.req.header('content-type') ?? '';
  if (!/^application\/json\b/i.test(type)) {
    throw new HttpError(415, 'unsupported_media_type', 'send the body as JSON with Content-Type: application/json');
  }
  let body: unknown;
  try {
    body = await c.req.json();
  } catch {
    throw new HttpError(400, 'invalid_json', 'the body is not valid JSON');
  }
  const result = schema.safeParse(body);
  if (!result.success) {
    const issues = result.error.issues.map((i) => ({ path: i.path.join('.') || '(body)', message: i.message }));
    throw new HttpError(
      400,
      'invalid_body',
      `the body is invalid: ${issues.map((i) => `${i.path} ${i.message}`).join('; ')}`,
      issues,
    );
  }
  return result.data;
}

/** Validates a path parameter with a schema; a bad one is a 404, as no such resource can exist. */
export function param<S extends z.ZodType>(c: Context, name: string, schema: S, what: string): z.output<S> {
  const value = c.req.param(name);
  const result = schema.safeParse(value);
  if (!result.success) throw new HttpError(404, 'not_found', `no ${what} ${JSON.stringify(value)}`);
  return result.data;
}
