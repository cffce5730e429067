import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import * as encoding from 'lib0/encoding';
import * as decoding from 'lib0/decoding';
import * as syncProtocol from 'y-protocols/sync';
import * as authProtocol from 'y-protocols/auth';
import {
  decodeMessage,
  encodeAwareness,
  encodePermissionDenied,
  encodeQueryAwareness,
  encodeSyncStep1,
  encodeSyncStep2,
  encodeUpdate,
} from './codec.js';
import { ProtocolError } from './protocol-error.js';

/** Frames as y-websocket's own client builds them, for comparison byte by byte. */
function stockFrame(write: (e: encoding.Encoder) => void): Uint8Array {
  const e = encoding.createEncoder();
  write(e);
  return encoding.toUint8Array(e);
}

describe('decodeMessage', () => {
  it('reads literal frames of each kind', () => {
    expect(decodeMessage(Uint8Array.of(0, 0, 2, 7, 9))).toEqual({
      type: 'sync-step-1',
      stateVector: Uint8Array.of(7, 9),
    });
    expect(decodeMessage(Uint8Array.of(0, 1, 1, 5))).toEqual({ type: 'sync-step-2', update: Uint8Array.of(5) });
    expect(decodeMessage(Uint8Array.of(0, 2, 0))).toEqual({ type: 'update', update: new Uint8Array() });
    expect(decodeMessage(Uint8Array.of(1, 1, 0))).toEqual({ type: 'awareness', update: Uint8Array.of(0) });
    expect(decodeMessage(Uint8Array.of(3))).toEqual({ type: 'query-awareness' });
    expect(decodeMessage(Uint8Array.of(2, 0, 2, 0x68, 0x69))).toEqual({ type: 'permission-denied', reason: 'hi' });
  });

  it('reads the sync step 1 that the stock client sends on connect', () => {
    const doc = new Y.Doc();
    doc.getText('t').insert(0, 'hello');
    const frame = stockFrame((e) => {
      encoding.writeVarUint(e, 0);
      syncProtocol.writeSyncStep1(e, doc);
    });
    const message = decodeMessage(frame);
    expect(message.type).toBe('sync-step-1');
    if (message.type !== 'sync-step-1') return;
    expect(Y.decodeStateVector(message.stateVector).get(doc.clientID)).toBe(5);
  });

  it('reads an update from a real document unchanged', () => {
    const doc = new Y.Doc();
    const updates: Uint8Array[] = [];
    doc.on('update', (u: Uint8Array) => updates.push(u));
    doc.getMap('m').set('k', 'v');
    const frame = stockFrame((e) => {
      encoding.writeVarUint(e, 0);
      syncProtocol.writeUpdate(e, updates[0]!);
    });
    expect(decodeMessage(frame)).toEqual({ type: 'update', update: updates[0] });
  });

  it.each([
    ['an empty frame', new Uint8Array()],
    ['a sync message cut after its type', Uint8Array.of(0)],
    ['a payload longer than the frame', Uint8Array.of(0, 2, 10, 1, 2)],
    ['an unterminated varint', Uint8Array.of(0x80, 0x80)],
    ['an awareness message without payload', Uint8Array.of(1)],
  ])('rejects %s as truncated', (_name, frame) => {
    expect(() => decodeMessage(frame)).toThrow(ProtocolError);
  });

  it('names unknown message and sync types', () => {
    expect(() => decodeMessage(Uint8Array.of(7))).toThrow('unknown message type 7');
    expect(() => decodeMessage(Uint8Array.of(0, 3, 0))).toThrow('unknown sync message type 3');
    expect(() => decodeMessage(Uint8Array.of(2, 1, 0))).toThrow('unknown auth message type 1');
  });

  it('rejects trailing bytes (two messages in one frame)', () => {
    expect(() => decodeMessage(Uint8Array.of(3, 3))).toThrow(/trailing/);
    expect(() => decodeMessage(Uint8Array.of(0, 2, 0, 0, 2, 0))).toThrow(/trailing/);
  });
});

describe('encoders', () => {
  it('produce the bytes y-protocols produces', () => {
    const doc = new Y.Doc();
    doc.getText('t').insert(0, 'abc');
    const sv = Y.encodeStateVector(doc);
    const update = Y.encodeStateAsUpdate(doc);
    expect(encodeSyncStep1(sv)).toEqual(
      stockFrame((e) => {
        encoding.writeVarUint(e, 0);
        syncProtocol.writeSyncStep1(e, doc);
      }),
    );
    expect(encodeSyncStep2(update)).toEqual(
      stockFrame((e) => {
        encoding.writeVarUint(e, 0);
        syncProtocol.writeSyncStep2(e, doc);
      }),
    );
    expect(encodeUpdate(update)).toEqual(
      stockFrame((e) => {
        encoding.writeVarUint(e, 0);
        syncProtocol.writeUpdate(e, update);
      }),
    );
    expect(encodeQueryAwareness()).toEqual(Uint8Array.of(3));
    // Payloads longer than one varint byte and than lib0's first buffer take other paths.
    const large = new Y.Doc();
    large.getText('t').insert(
      0,
      'x'.repeat(40_000).replace(/x/g, () => String.fromCharCode(97 + Math.floor(Math.random() * 26))),
    );
    expect(encodeSyncStep2(Y.encodeStateAsUpdate(large))).toEqual(
      stockFrame((e) => {
        encoding.writeVarUint(e, 0);
        syncProtocol.writeSyncStep2(e, large);
      }),
    );
    expect(encodeAwareness(Uint8Array.of(0))).toEqual(Uint8Array.of(1, 1, 0));
  });

  it('encode a permission denial that y-protocols reads back with its reason', () => {
    const frame = encodePermissionDenied('document not found: x');
    const decoder = decoding.createDecoder(frame);
    expect(decoding.readVarUint(decoder)).toBe(2);
    let reason = '';
    authProtocol.readAuthMessage(decoder, new Y.Doc(), (_doc, r) => {
      reason = r;
    });
    expect(reason).toBe('document not found: x');
  });

  it('round-trip through decodeMessage', () => {
    const payload = Uint8Array.from({ length: 300 }, (_, i) => i % 256);
    expect(decodeMessage(encodeUpdate(payload))).toEqual({ type: 'update', update: payload });
    expect(decodeMessage(encodeSyncStep2(payload))).toEqual({ type: 'sync-step-2', update: payload });
    expect(decodeMessage(encodePermissionDenied('nope'))).toEqual({ type: 'permission-denied', reason: 'nope' });
  });
});
