/** Turning a failed call into words for a form: the server's own message, field by field where it gave fields. */
import { RequestError } from './api.js';

/** One sentence for a form's error area. The server's message is shown as it wrote it. */
export function describeError(error: unknown): string {
  if (error instanceof RequestError) {
    if (error.status === 429)
      return error.retryAfter !== null
        ? `Too many attempts, try again in ${error.retryAfter} s.`
        : 'Too many attempts, try again in a minute.';
    return error.message;
  }
  // fetch rejects with a TypeError when the server cannot be reached at all.
  if (error instanceof TypeError) return 'Accord cannot be reached. Check your connection and try again.';
  return error instanceof Error ? error.message : String(error);
}

/** The server's field-level problems by field name (`email`, `password`, …); the first per field. */
export function fieldErrors(error: unknown): Record<string, string> {
  const fields: Record<string, string> = {};
  if (!(error instanceof RequestError)) return fields;
  for (const issue of error.issues) {
    const field = issue.path.split('.')[0] ?? '';
    if (field && !(field in fields)) fields[field] = issue.message;
  }
  return fields;
}

/** Field problems of a local zod check, the same shape as {@link fieldErrors}. */
export function zodFieldErrors(
  issues: ReadonlyArray<{ path: ReadonlyArray<PropertyKey>; message: string }>,
): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const issue of issues) {
    const field = String(issue.path[0] ?? '');
    if (field && !(field in fields)) fields[field] = issue.message;
  }
  return fields;
}
