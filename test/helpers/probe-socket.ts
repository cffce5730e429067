/**
 * A raw WebSocket that speaks just enough y-websocket to probe the server: send a hand-made
 * update, wait for a `permissionDenied`, and make a round trip that proves every earlier
 * frame was processed (the server answers frames of one socket in order).
 */
import * as Y from 'yjs';
import { decodeMessage, encodeSyncStep1, encodeUpdate, type Message } from '@accord/protocol';
import { rawClient, until, type RawClient } from './clients.js';

export interface ProbeSocket extends RawClient {
  messages(): Message[];
  /** Reasons of every permissionDenied received. */
  denials(): string[];
  /** Sends a Yjs update as an `update` message. */
  sendUpdate(update: Uint8Array): void;
  /** Sends sync step 1 and waits for its answer: every frame sent before has been handled. */
  roundTrip(): Promise<void>;
}

/** A Yjs update no real client would send: one map entry, from a fresh client id. */
export function handMadeUpdate(key: string, value: string): Uint8Array {
  const doc = new Y.Doc();
  doc.getMap('probe').set(key, value);
  const update = Y.encodeStateAsUpdate(doc);
  doc.destroy();
  return update;
}

export async function probeSocket(url: string, token?: string, headers?: Record<string, string>): Promise<ProbeSocket> {
  const raw = await rawClient(url, token, headers);
  const messages = () =>
    raw.frames.flatMap((f) => {
      try {
        return [decodeMessage(f)];
      } catch {
        return [];
      }
    });
  return {
    ...raw,
    messages,
    denials: () => messages().flatMap((m) => (m.type === 'permission-denied' ? [m.reason] : [])),
    sendUpdate: (update) => raw.send(encodeUpdate(update)),
    roundTrip: async () => {
      const before = messages().filter((m) => m.type === 'sync-step-2').length;
      raw.send(encodeSyncStep1(new Uint8Array([0])));
      await until(
        () => messages().filter((m) => m.type === 'sync-step-2').length > before,
        'the answer to sync step 1',
      );
    },
  };
}
