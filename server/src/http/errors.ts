/**
 * Every HTTP error leaves as the `ApiError` shape from @accord/schema: a stable code, a
 * sentence saying what went wrong and what to do, and field issues for invalid bodies. A
 * {@link Refusal} thrown anywhere below a route is answered here, once, with its own status,
 * its sentence in the request's language (middleware/locale.ts) when it is a catalog message.
 */
import type { Context, ErrorHandler } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { Locale } from '@accord/i18n';
import type { ApiError } from '@accord/schema';
import type { z } from 'zod';
import type { Logger } from '../logger.js';
import { type Msg, say } from '../i18n/say.js';
import { issueText, zodErrors } from '../i18n/zod.js';
import { type FieldIssue, type Missing, Refusal, notFound } from '../refusal.js';
import { localeOf } from './middleware/locale.js';

type AnsweredIssue = { path: string; message: string };

export const errorBody = (code: string, message: string, issues?: readonly AnsweredIssue[]): ApiError => ({
  error: issues
    ? { code, message, issues: issues.map(({ path, message: m }) => ({ path, message: m })) }
    : { code, message },
});

/** An `ApiError` body whose sentence is a catalog message, in the request's language. */
export const errorBodyIn = (c: Context, code: string, message: Msg): ApiError =>
  errorBody(code, say(localeOf(c), message));

/** A refusal's sentence and issues in `locale`: catalog messages translated, plain text as it is. */
function refusalIn(locale: Locale, error: Refusal): { message: string; issues?: AnsweredIssue[] } {
  const message = error.ref ? say(locale, error.ref) : error.message;
  if (!error.details) return { message };
  const issues = error.details.map((i) => ({ path: i.path, message: i.ref ? say(locale, i.ref) : i.message }));
  return { message, issues };
}

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
      const { message, issues } = refusalIn(localeOf(c), error);
      return c.json(errorBody(error.code, message, issues), error.status, headers);
    }
    if (error instanceof HTTPException) return c.json(errorBody('http_error', error.message), error.status);
    logger.error('request failed', { method: c.req.method, path: c.req.path, error });
    return c.json(errorBodyIn(c, 'internal', { key: 'errors.http.internal' }), 500);
  };
}

/**
 * The 400 for a body that does not match its schema: each field's issue in the request's
 * language (zod's own words from its locale, the schemas' sentences from the catalog).
 */
export function invalidBody(c: Context, error: z.ZodError): Refusal {
  const locale = localeOf(c);
  const issues: FieldIssue[] = error.issues.map((i) => ({
    path: i.path.join('.') || '(body)',
    message: issueText(locale, i.message),
  }));
  const list = issues
    .map((i) => say(locale, { key: 'errors.http.issue', values: { path: i.path, message: i.message } }))
    .join(say(locale, { key: 'errors.http.issueSeparator' }));
  return new Refusal(
    400,
    'invalid_body',
    { key: 'errors.http.invalidBody', values: { issues: list } },
    { details: issues },
  );
}

/** Validates `value` with `schema`, zod's messages in the request's language; throws {@link invalidBody}. */
export function parseBody<S extends z.ZodType>(c: Context, schema: S, value: unknown): z.output<S> {
  const result = schema.safeParse(value, { error: zodErrors(localeOf(c)) });
  if (!result.success) throw invalidBody(c, result.error);
  return result.data;
}

/** Reads and validates a JSON body; throws a 400 {@link Refusal} naming each bad field. */
export async function readJson<S extends z.ZodType>(c: Context, schema: S): Promise<z.output<S>> {
  const type = c.req.header('content-type') ?? '';
  if (!/^application\/json\b/i.test(type)) {
    throw new Refusal(415, 'unsupported_media_type', { key: 'errors.http.notJson' });
  }
  let body: unknown;
  try {
    body = await c.req.json();
  } catch {
    throw new Refusal(400, 'invalid_json', { key: 'errors.http.invalidJson' });
  }
  return parseBody(c, schema, body);
}

/** Validates a path parameter with a schema; a bad one is a 404, as no such resource can exist. */
export function param<S extends z.ZodType>(c: Context, name: string, schema: S, what: Missing): z.output<S> {
  const value = c.req.param(name);
  const result = schema.safeParse(value);
  if (!result.success) throw notFound(what, value ?? '');
  return result.data;
}

/** The 400 for a `format` query parameter outside `formats`. */
export const invalidFormat = (formats: readonly string[]): Refusal =>
  new Refusal(400, 'invalid_format', { key: 'errors.http.format', values: { formats: formats.join(', ') } });
