/**
 * The one way any part of the server says "no" to a request: what HTTP status that is, a
 * stable code for programs, and a sentence for people saying what happened and what to do.
 * Domain modules throw it (or a subclass naming their domain) without knowing about HTTP
 * routes; the app answers every one the same way (http/errors.ts), as Hono answers its own
 * `HTTPException`. It lives outside http/ so that comments, rounds, identity… need not
 * import the web layer to refuse something.
 */
import type { ContentfulStatusCode } from 'hono/utils/http-status';

/** One problem with one field of a request, as the API's `issues` lists them. */
export interface FieldIssue {
  /** Dotted path of the field, e.g. `anchor.blockId`; `(body)` for the body as a whole. */
  path: string;
  message: string;
}

/** What a refusal may carry besides its status, code and message. */
export interface RefusalOptions {
  /** Field-level problems, answered as the error's `issues`. */
  details?: readonly FieldIssue[] | undefined;
  /** Seconds the caller should wait before trying again, answered as Retry-After. */
  retryAfter?: number | undefined;
  /** The error that led to this refusal, for the log; never shown to the caller. */
  cause?: unknown;
}

/** A request refused for a reason the caller can act on; the app answers it with `status` and an `ApiError` body. */
export class Refusal extends Error {
  override name = 'Refusal';
  readonly details: readonly FieldIssue[] | undefined;
  readonly retryAfter: number | undefined;

  constructor(
    readonly status: ContentfulStatusCode,
    /** Stable and machine-readable, e.g. `not_found`; clients branch on it, so it never changes for a case. */
    readonly code: string,
    message: string,
    options: RefusalOptions = {},
  ) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.details = options.details;
    this.retryAfter = options.retryAfter;
  }
}
