/**
 * Comments written but not yet accepted by the server. A comment is never dropped silently:
 * offline (or when the request fails on the network) it waits in the outbox, shown as "not
 * sent" with Retry and Discard, and is sent again when the browser is back online. It is kept
 * in localStorage too, so a reload or a closed tab does not lose it.
 *
 * Pure functions over an array of entries; the comments room does the sending.
 */
import type { CommentAnchor } from '@accord/schema';
import { RequestError } from '../api.js';

export type OutboxTarget =
  | {
      kind: 'thread';
      anchor: CommentAnchor;
      /** The quote, to show what it is about; empty for a whole block. */
      about: string;
      /** The block's number when it was written; absent in entries kept by older pages. */
      number?: number | null;
    }
  | { kind: 'reply'; threadId: string };

export interface OutboxEntry {
  id: string;
  documentId: string;
  target: OutboxTarget;
  body: string;
  mentions: string[];
  createdAt: string;
  /** `sending` now; `waiting` for the network; `failed`: the server refused it (see `problem`). */
  state: 'sending' | 'waiting' | 'failed';
  problem: string | null;
  attempts: number;
}

/** What to do after a send failed. */
export type SendFailure =
  | { kind: 'network' }
  | { kind: 'soon'; delayMs: number }
  | { kind: 'refused'; message: string };

/** Attempts in a row that a 409 "not saved yet" is retried before it is shown as a problem. */
export const MAX_QUICK_RETRIES = 8;

/** Tells network trouble (wait and resend) from a refusal (show it) from "try again shortly". */
export function classifyFailure(error: unknown, attempts: number): SendFailure {
  if (!(error instanceof RequestError)) return { kind: 'network' };
  if (error.status === 409 && error.code === 'anchor_not_synced' && attempts < MAX_QUICK_RETRIES)
    return { kind: 'soon', delayMs: 250 * 2 ** Math.min(attempts, 3) };
  if (error.status === 429) return { kind: 'soon', delayMs: (error.retryAfter ?? 2) * 1000 };
  if (error.status >= 500) return { kind: 'network' };
  return { kind: 'refused', message: error.message };
}

let counter = 0;
/** A local id for a new entry (never sent to the server). */
export const localId = (now = Date.now()) =>
  `local-${now.toString(36)}-${(++counter).toString(36)}-${Math.random().toString(36).slice(2, 8)}`;

export function enqueue(
  entries: readonly OutboxEntry[],
  entry: Omit<OutboxEntry, 'state' | 'problem' | 'attempts'>,
  online: boolean,
): OutboxEntry[] {
  return [...entries, { ...entry, state: online ? 'sending' : 'waiting', problem: null, attempts: 0 }];
}

/** Replaces one entry's fields; unknown ids change nothing. */
export function update(
  entries: readonly OutboxEntry[],
  id: string,
  change: Partial<Pick<OutboxEntry, 'state' | 'problem' | 'attempts'>>,
): OutboxEntry[] {
  return entries.map((e) => (e.id === id ? { ...e, ...change } : e));
}

export const remove = (entries: readonly OutboxEntry[], id: string): OutboxEntry[] =>
  entries.filter((e) => e.id !== id);

/** Entries to send when the network is back: those waiting for it. */
export const waiting = (entries: readonly OutboxEntry[]): OutboxEntry[] => entries.filter((e) => e.state === 'waiting');

/** Where one person's outbox for one document is kept in localStorage. */
export const storageKey = (personId: string, documentId: string) => `accord.comments.outbox.${personId}.${documentId}`;

/** The stored entries; an entry cut off mid-send by a reload counts as waiting (it may have to be sent again). */
export function loadOutbox(storage: Pick<Storage, 'getItem'> | null, key: string): OutboxEntry[] {
  try {
    const raw = storage?.getItem(key);
    const parsed: unknown = raw ? JSON.parse(raw) : [];
    if (!Array.isArray(parsed)) return [];
    return parsed.filter(isEntry).map((e) => (e.state === 'sending' ? { ...e, state: 'waiting' as const } : e));
  } catch {
    return [];
  }
}

export function saveOutbox(
  storage: Pick<Storage, 'setItem' | 'removeItem'> | null,
  key: string,
  entries: readonly OutboxEntry[],
): void {
  try {
    if (entries.length === 0) storage?.removeItem(key);
    else storage?.setItem(key, JSON.stringify(entries));
  } catch {
    // Storage full or disabled: the entries stay on the page, shown as not sent.
  }
}

function isEntry(value: unknown): value is OutboxEntry {
  if (typeof value !== 'object' || value === null) return false;
  const e = value as Partial<OutboxEntry>;
  const target = e.target as Partial<OutboxTarget> | undefined;
  return (
    typeof e.id === 'string' &&
    typeof e.documentId === 'string' &&
    typeof e.body === 'string' &&
    Array.isArray(e.mentions) &&
    typeof e.createdAt === 'string' &&
    (e.state === 'sending' || e.state === 'waiting' || e.state === 'failed') &&
    (target?.kind === 'thread' || target?.kind === 'reply')
  );
}
