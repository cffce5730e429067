/**
 * The page's polite voice for screen readers: what others do in the open document (a comment,
 * someone joining or leaving), worded in the page's language when it is said. A busy room does
 * not flood the listener: events are gathered for a moment and said together, at most one
 * announcement every few seconds, several alike summed up ("3 new comments"), and someone who
 * left and came back within the same moment (a reconnect) is not mentioned at all. What the
 * person asked for themselves (a shortcut's answer) is said at once.
 *
 * One announcer per page ({@link announcer}); `<LiveAnnouncer />` renders its region.
 */
import type { MessageKey } from '@accord/i18n';
import { translate as pageTranslate } from '../i18n/current.js';
import type { MessageValues } from '../i18n/useT.js';

export type AnnouncedEvent =
  /** A comment by someone else; `paragraph` is its paragraph's number or label ("4bis"), null for the whole document. */
  | { kind: 'comment'; name: string; paragraph: string | null; reply: boolean }
  | { kind: 'joined'; name: string }
  | { kind: 'left'; name: string };

export interface Spoken {
  /** Changes with every announcement, so the same words said twice are said twice. */
  id: number;
  lines: string[];
}

export interface AnnouncerOptions {
  translate?: (id: MessageKey, values?: MessageValues) => string;
  /** How long the first event of a burst waits for others (ms). */
  gatherMs?: number;
  /** The least time between two announcements of events (ms). */
  gapMs?: number;
  /** How long a said announcement stays in the region (ms): not read again later in browse mode. */
  clearMs?: number;
}

/** Words a burst of events: one sentence per kind, the specific one when it is alone. */
export function wordEvents(
  events: readonly AnnouncedEvent[],
  t: (id: MessageKey, values?: MessageValues) => string,
): string[] {
  const lines: string[] = [];
  const comments = events.filter((e) => e.kind === 'comment');
  if (comments.length === 1) {
    const { name, paragraph, reply } = comments[0]!;
    if (paragraph === null)
      lines.push(t(reply ? 'a11y.announce.repliedDocument' : 'a11y.announce.commentedDocument', { name }));
    else
      lines.push(
        t(reply ? 'a11y.announce.replied' : 'a11y.announce.commented', {
          name,
          paragraph: t('common.paragraph', { number: paragraph }),
        }),
      );
  } else if (comments.length > 1) {
    lines.push(t('a11y.announce.comments', { count: comments.length }));
  }
  // Presence: the net change per name over the burst (left and back again is no news).
  const net = new Map<string, number>();
  for (const e of events) {
    if (e.kind === 'joined') net.set(e.name, (net.get(e.name) ?? 0) + 1);
    else if (e.kind === 'left') net.set(e.name, (net.get(e.name) ?? 0) - 1);
  }
  const joined = [...net].filter(([, n]) => n > 0).map(([name]) => name);
  const left = [...net].filter(([, n]) => n < 0).map(([name]) => name);
  if (joined.length === 1) lines.push(t('a11y.announce.joined', { name: joined[0]! }));
  else if (joined.length > 1) lines.push(t('a11y.announce.joinedMany', { count: joined.length }));
  if (left.length === 1) lines.push(t('a11y.announce.left', { name: left[0]! }));
  else if (left.length > 1) lines.push(t('a11y.announce.leftMany', { count: left.length }));
  return lines;
}

export class Announcer {
  #translate: (id: MessageKey, values?: MessageValues) => string;
  #gatherMs: number;
  #gapMs: number;
  #clearMs: number;
  #pending: AnnouncedEvent[] = [];
  #timer: ReturnType<typeof setTimeout> | null = null;
  #clearTimer: ReturnType<typeof setTimeout> | null = null;
  #lastAt = Number.NEGATIVE_INFINITY;
  #spoken: Spoken = { id: 0, lines: [] };
  #listeners = new Set<() => void>();

  constructor({ translate = pageTranslate, gatherMs = 800, gapMs = 4000, clearMs = 8000 }: AnnouncerOptions = {}) {
    this.#translate = translate;
    this.#gatherMs = gatherMs;
    this.#gapMs = gapMs;
    this.#clearMs = clearMs;
  }

  /** Tells of something others did; said politely, with others of the moment. */
  announce(event: AnnouncedEvent): void {
    this.#pending.push(event);
    if (this.#timer !== null) return;
    const wait = Math.max(this.#gatherMs, this.#lastAt + this.#gapMs - Date.now());
    this.#timer = setTimeout(() => this.#flush(), wait);
  }

  /** Says `text` now: the answer to something the person asked (it does not wait for the gap). */
  say(text: string): void {
    this.#show([text]);
  }

  /** Forgets what waits to be said (the page that told of it went). */
  reset(): void {
    if (this.#timer !== null) clearTimeout(this.#timer);
    this.#timer = null;
    this.#pending = [];
  }

  getSnapshot = (): Spoken => this.#spoken;

  subscribe = (listener: () => void): (() => void) => {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  };

  #flush(): void {
    this.#timer = null;
    const events = this.#pending;
    this.#pending = [];
    const lines = wordEvents(events, this.#translate);
    if (lines.length === 0) return;
    this.#lastAt = Date.now();
    this.#show(lines);
  }

  #show(lines: string[]): void {
    this.#spoken = { id: this.#spoken.id + 1, lines };
    this.#emit();
    if (this.#clearTimer !== null) clearTimeout(this.#clearTimer);
    this.#clearTimer = setTimeout(() => {
      this.#clearTimer = null;
      this.#spoken = { id: this.#spoken.id + 1, lines: [] };
      this.#emit();
    }, this.#clearMs);
  }

  #emit(): void {
    for (const listener of [...this.#listeners]) listener();
  }
}

/** The page's announcer. */
export const announcer = new Announcer();
