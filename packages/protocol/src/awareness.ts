/**
 * The payload of an awareness message: a list of (client id, clock, JSON state) entries,
 * where a `null` state means "this client left". Decoded here rather than through
 * y-protocols' `Awareness` so the server can inspect and police each entry.
 */
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import { ProtocolError } from './protocol-error.js';

/** One client's presence. `state` is the parsed JSON object, or `null` when the client left. */
export interface AwarenessEntry {
  clientId: number;
  clock: number;
  state: Record<string, unknown> | null;
}

/** Decodes an awareness update; throws {@link ProtocolError} on malformed bytes or a state that is not a JSON object or null. */
export function decodeAwarenessUpdate(update: Uint8Array): AwarenessEntry[] {
  const decoder = decoding.createDecoder(update);
  const entries: AwarenessEntry[] = [];
  try {
    const count = decoding.readVarUint(decoder);
    for (let i = 0; i < count; i++) {
      const clientId = decoding.readVarUint(decoder);
      const clock = decoding.readVarUint(decoder);
      const json = decoding.readVarString(decoder);
      entries.push({ clientId, clock, state: parseState(json) });
    }
  } catch (error) {
    if (error instanceof ProtocolError) throw error;
    throw new ProtocolError(`malformed awareness update (${update.length} bytes)`);
  }
  if (decoding.hasContent(decoder)) throw new ProtocolError('unexpected trailing bytes in awareness update');
  return entries;
}

function parseState(json: string): Record<string, unknown> | null {
  let state: unknown;
  try {
    state = JSON.parse(json);
  } catch {
    throw new ProtocolError('awareness state is not valid JSON');
  }
  if (state === null) return null;
  if (typeof state !== 'object' || Array.isArray(state))
    throw new ProtocolError('awareness state must be a JSON object or null');
  return state as Record<string, unknown>;
}

/** Encodes entries in the layout y-protocols' `applyAwarenessUpdate` reads. */
export function encodeAwarenessUpdate(entries: readonly AwarenessEntry[]): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, entries.length);
  for (const entry of entries) {
    encoding.writeVarUint(encoder, entry.clientId);
    encoding.writeVarUint(encoder, entry.clock);
    encoding.writeVarString(encoder, JSON.stringify(entry.state));
  }
  return encoding.toUint8Array(encoder);
}
