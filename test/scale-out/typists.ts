/**
 * Stock clients that type for the scale-out tests: each appends numbered tokens (`name.n;`) to
 * the shared text at a steady pace, so that what every client typed and saw can be compared
 * with what survives, and counts its provider's connections (a reconnect is a second one).
 */
import type { StockClient } from '../helpers/clients.js';

/** One client typing. */
export interface Typist {
  readonly name: string;
  readonly client: StockClient;
  /** Tokens this client typed, in order. */
  readonly typed: string[];
  /** How many times its provider reached `connected`. */
  readonly connects: number;
  /** Starts typing one token every `everyMs` (again after {@link pause}). */
  type(everyMs?: number): void;
  pause(): void;
  /** The tokens in this client's text now. */
  tokens(): string[];
  /** The client's text. */
  text(): string;
}

/** Tokens of a text made of `name.n;` tokens. */
export const tokensOf = (text: string): string[] => text.split(';').filter(Boolean);

/**
 * Makes `client` a typist named `name`; every token any client holds at any moment goes into
 * `seen` (what some client saw must survive anything).
 */
export function typist(name: string, client: StockClient, seen?: Set<string>): Typist {
  const text = client.doc.getText('text');
  const typed: string[] = [];
  let connects = 0;
  let timer: NodeJS.Timeout | undefined;
  client.provider.on('status', (event: { status: string }) => {
    if (event.status === 'connected') connects++;
  });
  if (seen) text.observe(() => tokensOf(text.toString()).forEach((t) => seen.add(t)));
  return {
    name,
    client,
    typed,
    get connects() {
      return connects;
    },
    type(everyMs = 25) {
      if (timer) return;
      timer = setInterval(() => {
        const token = `${name}.${typed.length}`;
        typed.push(token);
        text.insert(text.length, `${token};`);
      }, everyMs);
    },
    pause() {
      clearInterval(timer);
      timer = undefined;
    },
    tokens: () => tokensOf(text.toString()),
    text: () => text.toString(),
  };
}

/** Tokens of `expected` missing from `actual`, for a readable failure. */
export function missing(expected: Iterable<string>, actual: Iterable<string>): string[] {
  const have = new Set(actual);
  return [...expected].filter((t) => !have.has(t));
}
