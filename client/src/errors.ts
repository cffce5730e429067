/**
 * Turning a failed call into words for a form: the server's own message (it answers in the
 * page's language, sent as Accept-Language), field by field where it gave fields. The few
 * sentences the page words itself (too many attempts, server unreachable) and field messages
 * that are catalog keys (`errors.…`, from the shared schemas' local checks) are translated here.
 */
import type { MessageKey } from '@accord/i18n';
import { readFieldMessage } from '@accord/schema';
import { RequestError } from './api.js';
import { translate } from './i18n/current.js';
import type { MessageValues } from './i18n/useT.js';

/** One sentence for a form's error area. The server's message is shown as it wrote it. */
export function describeError(error: unknown): string {
  if (error instanceof RequestError) {
    if (error.status === 429)
      return error.retryAfter !== null
        ? translate('common.tooManyAttempts', { seconds: error.retryAfter })
        : translate('common.tooManyAttemptsMinute');
    return error.message;
  }
  // fetch rejects with a TypeError when the server cannot be reached at all.
  if (error instanceof TypeError) return translate('common.unreachable');
  return error instanceof Error ? error.message : String(error);
}

/** Whether a message is a key of the `errors` catalog area rather than a sentence. */
const isErrorKey = (message: string): message is MessageKey => /^errors\.[\w.-]+$/.test(message);

/**
 * An issue's message in the page's language: a schema's field sentence
 * (`errors.field.tooLong?max=200`, see @accord/schema's field-messages) or another catalog key
 * is translated, with the values it carries and the issue's own numbers and words (`{maximum}`,
 * `{minimum}`, …); a sentence is shown as written.
 */
export function issueMessage(issue: { message: string } & Record<string, unknown>): string {
  const field = readFieldMessage(issue.message);
  if (!field && !isErrorKey(issue.message)) return issue.message;
  const values: MessageValues = {};
  for (const [name, value] of Object.entries(issue)) {
    if (name === 'message') continue;
    if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') values[name] = value;
    else if (typeof value === 'bigint') values[name] = Number(value);
  }
  // A field sentence's own values are numbers and strings (readFieldMessage decodes nothing else).
  if (field) return translate(field.key, { ...values, ...(field.values as MessageValues | undefined) });
  return translate(issue.message as MessageKey, values);
}

/** The server's field-level problems by field name (`email`, `password`, …); the first per field. */
export function fieldErrors(error: unknown): Record<string, string> {
  const fields: Record<string, string> = {};
  if (!(error instanceof RequestError)) return fields;
  for (const issue of error.issues) {
    const field = issue.path.split('.')[0] ?? '';
    if (field && !(field in fields)) fields[field] = issueMessage(issue);
  }
  return fields;
}

/** Field problems of a local zod check, the same shape as {@link fieldErrors}, in the page's language. */
export function zodFieldErrors(
  issues: ReadonlyArray<{ path: ReadonlyArray<PropertyKey>; message: string }>,
): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const issue of issues) {
    const field = String(issue.path[0] ?? '');
    if (field && !(field in fields))
      fields[field] = issueMessage(issue as { message: string } & Record<string, unknown>);
  }
  return fields;
}
