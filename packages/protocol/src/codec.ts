/**
 * Encoding and decoding of whole y-websocket frames: one message per frame, binary only.
 * Decoding is strict (no trailing bytes, no unknown types) because every frame comes from
 * a peer we do not trust; the error says what was wrong so the server can use it as a
 * close reason.
 */
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import { AuthType, MessageType, SyncType } from './message-type.js';
import { ProtocolError } from './protocol-error.js';

/** A decoded frame. `update` and `stateVector` are views into the frame, not copies. */
export type Message =
  | { type: 'sync-step-1'; stateVector: Uint8Array }
  | { type: 'sync-step-2'; update: Uint8Array }
  | { type: 'update'; update: Uint8Array }
  | { type: 'awareness'; update: Uint8Array }
  | { type: 'query-awareness' }
  | { type: 'permission-denied'; reason: string };

/** Decodes one frame; throws {@link ProtocolError} on anything that is not exactly one valid message. */
export function decodeMessage(frame: Uint8Array): Message {
  const decoder = decoding.createDecoder(frame);
  let message: Message;
  try {
    message = readMessage(decoder);
  } catch (error) {
    if (error instanceof ProtocolError) throw error;
    throw new ProtocolError(`truncated or malformed frame (${frame.length} bytes)`);
  }
  if (decoding.hasContent(decoder)) {
    throw new ProtocolError(`${frame.length - decoder.pos} unexpected trailing bytes after a ${message.type} message`);
  }
  return message;
}

function readMessage(decoder: decoding.Decoder): Message {
  const type = decoding.readVarUint(decoder);
  switch (type) {
    case MessageType.Sync: {
      const syncType = decoding.readVarUint(decoder);
      const payload = decoding.readVarUint8Array(decoder);
      switch (syncType) {
        case SyncType.Step1:
          return { type: 'sync-step-1', stateVector: payload };
        case SyncType.Step2:
          return { type: 'sync-step-2', update: payload };
        case SyncType.Update:
          return { type: 'update', update: payload };
        default:
          throw new ProtocolError(`unknown sync message type ${syncType}`);
      }
    }
    case MessageType.Awareness:
      return { type: 'awareness', update: decoding.readVarUint8Array(decoder) };
    case MessageType.QueryAwareness:
      return { type: 'query-awareness' };
    case MessageType.Auth: {
      const authType = decoding.readVarUint(decoder);
      if (authType !== AuthType.PermissionDenied) throw new ProtocolError(`unknown auth message type ${authType}`);
      return { type: 'permission-denied', reason: decoding.readVarString(decoder) };
    }
    default:
      throw new ProtocolError(`unknown message type ${type}`);
  }
}

function frame(write: (encoder: encoding.Encoder) => void): Uint8Array {
  const encoder = encoding.createEncoder();
  write(encoder);
  return encoding.toUint8Array(encoder);
}

/**
 * A small header followed by a payload of any size, in one allocation and one copy: through
 * lib0's encoder a megabyte payload is copied into a grown buffer and then again into the result.
 */
function withPayload(writeHeader: (encoder: encoding.Encoder) => void, payload: Uint8Array): Uint8Array {
  const header = frame((e) => {
    writeHeader(e);
    encoding.writeVarUint(e, payload.length);
  });
  const out = new Uint8Array(header.length + payload.length);
  out.set(header);
  out.set(payload, header.length);
  return out;
}

function syncFrame(syncType: SyncType, payload: Uint8Array): Uint8Array {
  return withPayload((e) => {
    encoding.writeVarUint(e, MessageType.Sync);
    encoding.writeVarUint(e, syncType);
  }, payload);
}

/** Sync step 1: the sender's state vector (`Y.encodeStateVector`). */
export const encodeSyncStep1 = (stateVector: Uint8Array): Uint8Array => syncFrame(SyncType.Step1, stateVector);

/** Sync step 2: the update the receiver lacks (`Y.encodeStateAsUpdate(doc, theirStateVector)`). */
export const encodeSyncStep2 = (update: Uint8Array): Uint8Array => syncFrame(SyncType.Step2, update);

/** An incremental document update. */
export const encodeUpdate = (update: Uint8Array): Uint8Array => syncFrame(SyncType.Update, update);

/** An awareness update (see `encodeAwarenessUpdate`). */
export const encodeAwareness = (awarenessUpdate: Uint8Array): Uint8Array =>
  withPayload((e) => encoding.writeVarUint(e, MessageType.Awareness), awarenessUpdate);

/** Asks the receiver to send its awareness states. */
export const encodeQueryAwareness = (): Uint8Array =>
  frame((e) => encoding.writeVarUint(e, MessageType.QueryAwareness));

/** Tells the client it may not do what it tried; the stock client logs the reason. */
export const encodePermissionDenied = (reason: string): Uint8Array =>
  frame((e) => {
    encoding.writeVarUint(e, MessageType.Auth);
    encoding.writeVarUint(e, AuthType.PermissionDenied);
    encoding.writeVarString(e, reason);
  });
