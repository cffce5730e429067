/**
 * Every HTTP error leaves as the `ApiError` shape from @accord/schema: a stable code, a
 * sentence saying what went wrong and what to do, and field issues for invalid bodies. A
 * {@link Refusal} thrown anywhere below a route is answered here, once, with its own status.
 */
import type { Context, ErrorHandler } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { ApiError } from '@accord/schema';
import type { z } from 'zod';
import type { Logger } from '../logger.js';
import { Refusal, type FieldIssue } from '../refusal.js';

export const errorBody = (code: string, message: string, issues?: readonly FieldIssue[]): ApiError => ({
  error: issues ? { code, message, issues: [...issues] } : { code, message },
});

/**
 * The app's error handler: a {@link Refusal} is answered with its status, code, message, issues
 * and Retry-After; Hono's own exceptions with theirs; anything else is logged and answered with
 * a 500 that tells the caller nothing about the server's insides.
 */
export function answerErrors(logger: Logger): ErrorHandler {
  return (error, c) => {
    if (error instanceof Refusal) {
      const headers: Record<string, string> =
        error.retryAfter === undefined ? {} : { 'retry-after': String(error.retryAfter) };
      return c.json(errorBody(error.code, error.message, error.details), error.status, headers);
    }
    if (error instanceof HTTPException) return c.json(errorBody('http_error', error.message), error.status);
    logger.error('request failed', { method: c.req.method, path: c.req.path, error });
    return c.json(errorBody('internal', 'the server failed to answer this request; the log says why'), 500);
  };
}

/** Reads and validates a JSON body; throws a 400 {@link Refusal} naming each bad field. */
export async function readJson<S extends z.ZodType>(c: Context, schema: S): Promise<z.output<S>> {
  const type = c.req.header('content-type') ?? '';
  if (!/^application\/json\b/i.test(type)) {
    throw new Refusal(415, 'unsupported_media_type', 'send the body as JSON with Content-Type: application/json');
  }
  let body: unknown;
  try {
    body = await c.req.json();
  } catch {
    throw new Refusal(400, 'invalid_json', 'the body is not valid JSON');
  }
  const result = schema.safeParse(body);
  if (!result.success) {
    const issues = result.error.issues.map((i) => ({ path: i.path.join('.') || '(body)', message: i.message }));
    throw new Refusal(
      400,
      'invalid_body',
      `the body is invalid: ${issues.map((i) => `${i.path} ${i.message}`).join('; ')}`,
      { details: issues },
    );
  }
  return result.data;
}

/** Validates a path parameter with a schema; a bad one is a 404, as no such resource can exist. */
export function param<S extends z.ZodType>(c: Context, name: string, schema: S, what: string): z.output<S> {
  const value = c.req.param(name);
  const result = schema.safeParse(value);
  if (!result.success) throw new Refusal(404, 'not_found', `no ${what} ${JSON.stringify(value)}`);
  return result.data;
}
