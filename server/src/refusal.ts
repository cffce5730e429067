/**
 * The one way any part of the server says "no" to a request: what HTTP status that is, a
 * stable code for programs, and a sentence for people saying what happened and what to do.
 * Domain modules throw it (or a subclass naming their domain) without knowing about HTTP
 * routes; the app answers every one the same way (http/errors.ts), as Hono answers its own
 * `HTTPException`. It lives outside http/ so that comments, rounds, identity… need not
 * import the web layer to refuse something.
 */
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { english, type Msg } from './i18n/say.js';

export { msg, type Msg } from './i18n/say.js';

/** One problem with one field of a request, as the API's `issues` lists them. */
export interface FieldIssue {
  /** Dotted path of the field, e.g. `anchor.blockId`; `(body)` for the body as a whole. */
  path: string;
  /** In English inside the server; answered in the request's language when `ref` is given. */
  message: string;
  /** The catalog message the sentence is, for answering it in the reader's language. */
  ref?: Msg | undefined;
}

/** A field issue whose sentence is a catalog message. */
export const fieldIssue = (path: string, ref: Msg): FieldIssue => ({ path, message: english(ref), ref });

/** What a refusal may carry besides its status, code and message. */
export interface RefusalOptions {
  /** Field-level problems, answered as the error's `issues`. */
  details?: readonly FieldIssue[] | undefined;
  /** Seconds the caller should wait before trying again, answered as Retry-After. */
  retryAfter?: number | undefined;
  /** The error that led to this refusal, for the log; never shown to the caller. */
  cause?: unknown;
}

/**
 * A request refused for a reason the caller can act on; the app answers it with `status` and an
 * `ApiError` body. Its sentence is best a catalog message ({@link Msg}): the app answers
 * it in the request's language, while `message` (logs, tests, the command line) is its English.
 */
export class Refusal extends Error {
  override name = 'Refusal';
  readonly details: readonly FieldIssue[] | undefined;
  readonly retryAfter: number | undefined;
  /** The sentence as a catalog message, when it is one; undefined for a sentence given as text. */
  readonly ref: Msg | undefined;

  constructor(
    readonly status: ContentfulStatusCode,
    /** Stable and machine-readable, e.g. `not_found`; clients branch on it, so it never changes for a case. */
    readonly code: string,
    message: string | Msg,
    options: RefusalOptions = {},
  ) {
    const ref = typeof message === 'string' ? undefined : message;
    super(ref ? english(ref) : (message as string), options.cause === undefined ? undefined : { cause: options.cause });
    this.ref = ref;
    this.details = options.details;
    this.retryAfter = options.retryAfter;
  }
}

/** What a request may name that does not exist (or that the caller may not know exists). */
export type Missing =
  | 'workspace'
  | 'document'
  | 'bracket'
  | 'call'
  | 'comment'
  | 'commentThread'
  | 'contribution'
  | 'invitation'
  | 'paragraph'
  | 'person'
  | 'publishedVersion'
  | 'round'
  | 'silenceProcedure'
  | 'suggestion'
  | 'version';

/** The 404 for `what` `id` ("no document "d1""), the same whether it is unknown or hidden from the caller. */
export const notFound = (what: Missing, id: string): Refusal =>
  new Refusal(404, 'not_found', { key: `errors.notFound.${what}`, values: { id } });
