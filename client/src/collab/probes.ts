/**
 * The confirmation probes of confirmations.ts on a y-websocket provider: a sync step 1 sent on
 * the open socket shortly after local edits, and the server's step 2 answers read back.
 */
import { encodeSyncStep1, MessageType, SyncType } from '@accord/protocol';
import type { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import type { Confirmations } from './confirmations.js';

/** How soon after local edits the server is asked to confirm them (at most one probe per period). */
export const PROBE_DELAY_MS = 500;

export interface Probes {
  /** Sends a probe after `delay` ms if one is needed then (one timer at a time). */
  schedule(delay?: number): void;
  dispose(): void;
}

/**
 * Counts a sync step 2 from the server as the answer to the oldest probe. Only while already
 * synced: the step 2 that completes a handshake answers the provider's own step 1, and probes
 * are sent only after it. Frames relayed by other tabs (BroadcastChannel) are not answers.
 * `onConfirmed` runs after each answered probe.
 */
export function attachProbes(
  provider: WebsocketProvider,
  confirmations: Confirmations,
  onConfirmed: () => void,
): Probes {
  let timer: ReturnType<typeof setTimeout> | null = null;
  const send = () => {
    const ws = provider.ws;
    if (!ws || !provider.wsconnected || !provider.synced || ws.readyState !== ws.OPEN) return;
    if (!confirmations.needsProbe) return;
    confirmations.probe();
    ws.send(encodeSyncStep1(Y.encodeStateVector(provider.doc)));
  };
  const schedule = (delay = PROBE_DELAY_MS) => {
    if (timer !== null) return;
    timer = setTimeout(() => {
      timer = null;
      send();
    }, delay);
  };

  const handlers = provider.messageHandlers;
  const original = handlers[MessageType.Sync]!;
  const replacement: typeof original = (encoder, decoder, p, fromServer, type) => {
    const probeAnswer = fromServer && provider.synced && decoder.arr[decoder.pos] === SyncType.Step2;
    original(encoder, decoder, p, fromServer, type);
    if (!probeAnswer || !confirmations.answered()) return;
    if (confirmations.needsProbe) schedule();
    onConfirmed();
  };
  handlers[MessageType.Sync] = replacement;

  return {
    schedule,
    dispose() {
      if (timer !== null) clearTimeout(timer);
      timer = null;
      if (handlers[MessageType.Sync] === replacement) handlers[MessageType.Sync] = original;
    },
  };
}
