/**
 * The schemas' own sentences about a field ("must not be empty", "must be after the opening
 * time") are catalog keys of the `errors` area, not English: whoever shows an issue — the
 * server answering a request, the page checking a form — puts it into its reader's language.
 * A sentence that needs values (a length limit) carries them after the key, as a query string:
 * `errors.field.tooLong?max=200`. zod's own messages (wrong type, unknown key) are left to
 * zod's locales; they are not keys.
 */
import type { MessageKey, MessageRef } from '@accord/i18n';

/** A key of the catalog's field sentences. */
export type FieldMessageKey = Extract<MessageKey, `errors.field.${string}`>;

/** A zod message that stands for a catalog sentence, with the values it needs. */
export function fieldMessage(key: FieldMessageKey, values?: Readonly<Record<string, number | string>>): string {
  if (!values || Object.keys(values).length === 0) return key;
  const pairs = Object.entries(values).map(([k, v]): [string, string] => [k, String(v)]);
  return `${key}?${new URLSearchParams(pairs).toString()}`;
}

/**
 * The catalog sentence an issue message stands for, values decoded (numbers as numbers);
 * undefined for any other message, which is shown as it is.
 */
export function readFieldMessage(message: string): MessageRef | undefined {
  const match = /^(errors\.field\.[A-Za-z0-9.]+)(?:\?(.*))?$/.exec(message);
  if (!match) return undefined;
  const key = match[1] as FieldMessageKey;
  if (match[2] === undefined) return { key };
  const values: Record<string, string | number> = {};
  for (const [name, value] of new URLSearchParams(match[2]))
    values[name] = /^-?\d+(\.\d+)?$/.test(value) ? Number(value) : value;
  return { key, values };
}

/** "must be at most {max} characters", for `.max(n, atMost(n))`. */
export const atMost = (max: number): string => fieldMessage('errors.field.tooLong', { max });

/** "must be at least {min} characters", for `.min(n, atLeast(n))`. */
export const atLeast = (min: number): string => fieldMessage('errors.field.tooShort', { min });
