/**
 * What a client may announce as its presence. Names come from the server (the signed-in
 * person), never from the client, so nobody can appear as someone else. A read-only
 * connection may announce only what a cursor needs; everyone's states are size-bounded,
 * and a connection may speak for at most two awareness client ids (its own, and the new
 * one Yjs picks after a client-id clash), so it cannot fill the room with phantoms. Cursor
 * fields of every connection must be Yjs relative positions (`checkCursor`), since every
 * peer's editor resolves them and throws on anything else.
 */
import { checkCursor, type AwarenessEntry } from '@accord/protocol';

/** Largest awareness state accepted, as JSON. Lexical's cursor state is well under 1 KiB. */
export const MAX_STATE_CHARS = 8 * 1024;
/** Awareness client ids one connection may speak for. */
export const MAX_CLIENT_IDS = 2;

/** Keys of Lexical's awareness state (`@lexical/yjs` initLocalState) and y-websocket's `user` convention. */
const CURSOR_KEYS = ['anchorPos', 'focusPos', 'focusing', 'color', 'name', 'user'] as const;
const COLOR = /^#[0-9a-fA-F]{3,8}$/;

export interface Speaker {
  /** The person's name as the server knows it. */
  name: string;
  readOnly: boolean;
  /** Client ids this connection announced so far; updated in place. */
  clientIds: Set<number>;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** A state with the server's name in place of the client's, reduced to cursor fields when read-only. */
function rewrite(state: Record<string, unknown>, speaker: Speaker): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  if (speaker.readOnly) {
    for (const key of CURSOR_KEYS) if (key in state) out[key] = state[key];
    if (typeof out.focusing !== 'boolean') delete out.focusing;
    if (out.color !== undefined && (typeof out.color !== 'string' || !COLOR.test(out.color))) delete out.color;
  } else {
    Object.assign(out, state);
  }
  out.name = speaker.name;
  if (isObject(state.user)) {
    const user: Record<string, unknown> = speaker.readOnly ? {} : { ...state.user };
    if (speaker.readOnly && typeof state.user.color === 'string' && COLOR.test(state.user.color))
      user.color = state.user.color;
    user.name = speaker.name;
    out.user = user;
  } else if ('user' in out) {
    delete out.user;
  }
  return checkCursor(out);
}

/** The entries to keep, rewritten; drops oversized states and client ids beyond {@link MAX_CLIENT_IDS}. */
export function sanitizeAwareness(entries: readonly AwarenessEntry[], speaker: Speaker): AwarenessEntry[] {
  const kept: AwarenessEntry[] = [];
  for (const entry of entries) {
    if (!speaker.clientIds.has(entry.clientId)) {
      if (speaker.clientIds.size >= MAX_CLIENT_IDS) continue;
      speaker.clientIds.add(entry.clientId);
    }
    if (entry.state === null) {
      kept.push(entry);
      continue;
    }
    if (JSON.stringify(entry.state).length > MAX_STATE_CHARS) continue;
    kept.push({ clientId: entry.clientId, clock: entry.clock, state: rewrite(entry.state, speaker) });
  }
  return kept;
}
