/**
 * Checks a Yjs update from a client before anything else sees it. Yjs itself trusts its
 * input: garbage can throw half-way through integration or be stored and poison every
 * later load. Decoding the whole update first catches truncation and nonsense cheaply
 * (updates from typing are tens of bytes).
 */
import * as Y from 'yjs';

/** The outcome of {@link checkUpdate}. */
export type UpdateCheck = { ok: true; empty: boolean } | { ok: false; reason: string };

/** Decodes `update` completely; `empty` means it carries no structs and no deletions. */
export function checkUpdate(update: Uint8Array): UpdateCheck {
  if (update.length < 2) return { ok: false, reason: 'Yjs update shorter than 2 bytes' };
  // The empty update [0, 0] is what clients send as sync step 2 when the server lacks nothing.
  if (update.length === 2 && update[0] === 0 && update[1] === 0) return { ok: true, empty: true };
  try {
    const { structs, ds } = Y.decodeUpdate(update);
    return { ok: true, empty: structs.length === 0 && ds.clients.size === 0 };
  } catch (error) {
    return { ok: false, reason: `malformed Yjs update (${update.length} bytes): ${error instanceof Error ? error.message : String(error)}` };
  }
}

/** Decodes a state vector from a sync step 1; returns undefined when it is malformed. */
export function checkStateVector(stateVector: Uint8Array): Map<number, number> | undefined {
  try {
    return Y.decodeStateVector(stateVector);
  } catch {
    return undefined;
  }
}
