import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { encodeSyncStep2 } from '@accord/protocol';
import { INTEGRATION_ORIGIN, RoomDocument } from './room-document.js';

/** A document state with two clients' text, and a client that holds only the first client's part. */
function states() {
  const a = new Y.Doc();
  a.clientID = 1;
  a.getText('t').insert(0, 'hello ');
  const partial = Y.encodeStateVector(a);
  const b = new Y.Doc();
  b.clientID = 2;
  Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
  b.getText('t').insert(6, 'world');
  return { whole: Y.encodeStateAsUpdate(b), partial, text: 'hello world' };
}

describe('RoomDocument', () => {
  it('serves a deferred state from its bytes and rebuilds the doc only when it is looked at', () => {
    const { whole, partial, text } = states();
    const document = new RoomDocument();
    document.defer(whole);
    expect(document.encoded()).toBe(whole);
    expect(document.raw.getText('t').toString()).toBe('');
    expect(Y.decodeStateVector(document.stateVector())).toEqual(
      new Map([
        [1, 6],
        [2, 5],
      ]),
    );

    const half = new Y.Doc();
    const first = new Y.Doc();
    first.clientID = 1;
    first.getText('t').insert(0, 'hello ');
    Y.applyUpdate(half, Y.encodeStateAsUpdate(first));
    Y.applyUpdate(half, document.diff(partial));
    expect(half.getText('t').toString()).toBe(text);
    expect(document.deferred).toBe(true);

    const seen: unknown[] = [];
    document.raw.on('update', (_u: Uint8Array, origin: unknown) => seen.push(origin));
    expect(document.doc.getText('t').toString()).toBe(text);
    expect(document.deferred).toBe(false);
    expect(seen).toEqual([INTEGRATION_ORIGIN]);
  });

  it('encodes the whole state once between changes, and again after one', () => {
    const document = new RoomDocument();
    document.doc.getText('t').insert(0, 'a');
    const first = document.encoded();
    expect(document.encoded()).toBe(first);
    document.doc.getText('t').insert(1, 'b');
    const second = document.encoded();
    expect(second).not.toBe(first);
    const copy = new Y.Doc();
    Y.applyUpdate(copy, second);
    expect(copy.getText('t').toString()).toBe('ab');
  });

  it('answers an empty state vector with the cached bytes and a malformed one with an error', () => {
    const { whole } = states();
    const document = new RoomDocument();
    document.defer(whole);
    expect(document.diff(Uint8Array.of(0))).toBe(whole);
    const frame = document.answer(Uint8Array.of(0));
    expect(document.answer(Uint8Array.of(0))).toBe(frame);
    expect(frame).toEqual(encodeSyncStep2(whole));
    document.doc.getText('t').insert(0, '!');
    expect(document.answer(Uint8Array.of(0))).not.toBe(frame);
    expect(() => document.diff(Uint8Array.of(5, 255))).toThrow();
  });
});
