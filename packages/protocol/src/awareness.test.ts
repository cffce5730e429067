import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { Awareness, applyAwarenessUpdate, encodeAwarenessUpdate as stockEncode } from 'y-protocols/awareness';
import { decodeAwarenessUpdate, encodeAwarenessUpdate } from './awareness.js';
import { ProtocolError } from './protocol-error.js';

describe('awareness payloads', () => {
  it('decode what y-protocols encodes', () => {
    const awareness = new Awareness(new Y.Doc());
    awareness.setLocalState({ user: { name: 'Avri', color: '#c33' }, cursor: null });
    const entries = decodeAwarenessUpdate(stockEncode(awareness, [awareness.clientID]));
    expect(entries).toEqual([
      {
        clientId: awareness.clientID,
        clock: awareness.meta.get(awareness.clientID)!.clock,
        state: { user: { name: 'Avri', color: '#c33' }, cursor: null },
      },
    ]);
  });

  it('encode what y-protocols applies, including removals', () => {
    const awareness = new Awareness(new Y.Doc());
    applyAwarenessUpdate(
      awareness,
      encodeAwarenessUpdate([{ clientId: 42, clock: 3, state: { name: 'Markus' } }]),
      'test',
    );
    expect(awareness.getStates().get(42)).toEqual({ name: 'Markus' });
    applyAwarenessUpdate(awareness, encodeAwarenessUpdate([{ clientId: 42, clock: 4, state: null }]), 'test');
    expect(awareness.getStates().has(42)).toBe(false);
  });

  it('reject states that are not a JSON object or null', () => {
    expect(() =>
      decodeAwarenessUpdate(encodeAwarenessUpdate([{ clientId: 1, clock: 1, state: [1] as never }])),
    ).toThrow(ProtocolError);
    expect(() => decodeAwarenessUpdate(encodeAwarenessUpdate([{ clientId: 1, clock: 1, state: 5 as never }]))).toThrow(
      /JSON object/,
    );
  });

  it('reject malformed bytes and broken JSON', () => {
    expect(() => decodeAwarenessUpdate(Uint8Array.of(2, 1, 1))).toThrow(ProtocolError);
    expect(() => decodeAwarenessUpdate(Uint8Array.of(1, 1, 1, 1, 0x7b))).toThrow(/not valid JSON/);
    expect(() => decodeAwarenessUpdate(Uint8Array.of(0, 0))).toThrow(/trailing/);
  });
});
