/**
 * Checks a Yjs update from a client before anything else sees it. Yjs itself trusts its
 * input: garbage can throw half-way through integration or be stored and poison every
 * later load. Decoding the whole update first catches truncation and nonsense cheaply
 * (updates from typing are tens of bytes).
 */
import * as Y from 'yjs';

/** A Yjs update decoded by {@link checkUpdate}, kept so later checks need not decode it again. */
export type DecodedUpdate = ReturnType<typeof Y.decodeUpdate>;

/** The outcome of {@link checkUpdate}. */
export type UpdateCheck = { ok: true; empty: boolean; decoded?: DecodedUpdate } | { ok: false; reason: string };

/** Decodes `update` completely; `empty` means it carries no structs and no deletions. */
export function checkUpdate(update: Uint8Array): UpdateCheck {
  if (update.length < 2) return { ok: false, reason: 'Yjs update shorter than 2 bytes' };
  // The empty update [0, 0] is what clients send as sync step 2 when the server lacks nothing.
  if (update.length === 2 && update[0] === 0 && update[1] === 0) return { ok: true, empty: true };
  try {
    const decoded = Y.decodeUpdate(update);
    return { ok: true, empty: decoded.structs.length === 0 && decoded.ds.clients.size === 0, decoded };
  } catch (error) {
    return {
      ok: false,
      reason: `malformed Yjs update (${update.length} bytes): ${error instanceof Error ? error.message : String(error)}`,
    };
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

/**
 * Whether `update` builds on structs a doc with the state `stateOf` lacks: a gap before its
 * own structs, an origin or parent it does not have, a deletion of something unknown. Yjs
 * would park such parts until the rest arrives; the server waits instead (see `Room`). Happens
 * when one client's change reaches the server before another's it saw first (two tabs of one
 * browser, a writer racing another in the benchmark).
 */
export function buildsOnMissing({ structs, ds }: DecodedUpdate, stateOf: (client: number) => number): boolean {
  const have = new Map<number, number>();
  for (const struct of structs) {
    if (struct instanceof Y.Skip) return true;
    const { client, clock } = struct.id;
    const known = have.get(client) ?? stateOf(client);
    if (clock > known) return true;
    have.set(client, Math.max(known, clock + struct.length));
  }
  const missing = (id: Y.ID | null): boolean => id !== null && id.clock >= (have.get(id.client) ?? stateOf(id.client));
  for (const struct of structs) {
    if (!(struct instanceof Y.Item)) continue;
    if (missing(struct.origin) || missing(struct.rightOrigin)) return true;
    if (struct.parent instanceof Y.ID && missing(struct.parent)) return true;
  }
  for (const [client, deletions] of ds.clients) {
    const known = have.get(client) ?? stateOf(client);
    for (const { clock, len } of deletions) if (clock + len > known) return true;
  }
  return false;
}
