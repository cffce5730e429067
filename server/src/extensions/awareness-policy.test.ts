import { describe, expect, it } from 'vitest';
import { MAX_STATE_CHARS, sanitizeAwareness, type Speaker } from './awareness-policy.js';

const speaker = (readOnly: boolean): Speaker => ({ name: 'Mei Tanaka', readOnly, clientIds: new Set() });
const lexicalState = {
  anchorPos: { type: null, tname: 'root', item: { client: 1, clock: 4 }, assoc: 0 },
  focusPos: null,
  focusing: true,
  color: '#2563eb',
  name: 'The Chair',
  awarenessData: { x: 1 },
};

describe('sanitizeAwareness', () => {
  it('replaces a spoofed name with the server’s, at the top level and in `user`', () => {
    const [entry] = sanitizeAwareness(
      [{ clientId: 7, clock: 1, state: { ...lexicalState, user: { name: 'Chair', color: '#fff', extra: 1 } } }],
      speaker(false),
    );
    expect(entry!.state).toMatchObject({
      name: 'Mei Tanaka',
      user: { name: 'Mei Tanaka', color: '#fff', extra: 1 },
      awarenessData: { x: 1 },
    });
  });

  it('keeps only cursor fields from a read-only connection', () => {
    const [entry] = sanitizeAwareness(
      [
        {
          clientId: 7,
          clock: 1,
          state: {
            ...lexicalState,
            color: 'url(javascript:x)',
            big: 'x',
            user: { name: 'X', color: '#abc', html: '<b>' },
          },
        },
      ],
      speaker(true),
    );
    expect(entry!.state).toEqual({
      anchorPos: lexicalState.anchorPos,
      focusPos: null,
      focusing: true,
      name: 'Mei Tanaka',
      user: { name: 'Mei Tanaka', color: '#abc' },
    });
  });

  it('replaces a malformed cursor by no cursor, for editors and read-only connections alike', () => {
    for (const readOnly of [false, true]) {
      const [entry] = sanitizeAwareness(
        [{ clientId: 7, clock: 1, state: { ...lexicalState, anchorPos: {}, focusPos: lexicalState.anchorPos } }],
        speaker(readOnly),
      );
      expect(entry!.state).toMatchObject({ anchorPos: null, focusPos: null, focusing: true, name: 'Mei Tanaka' });
    }
    const [kept] = sanitizeAwareness(
      [{ clientId: 7, clock: 1, state: { ...lexicalState, focusPos: lexicalState.anchorPos } }],
      speaker(true),
    );
    expect(kept!.state).toMatchObject({ anchorPos: lexicalState.anchorPos, focusPos: lexicalState.anchorPos });
  });

  it('drops oversized states and client ids beyond the second, but lets removals through', () => {
    const s = speaker(false);
    const kept = sanitizeAwareness(
      [
        { clientId: 1, clock: 1, state: { name: 'a' } },
        { clientId: 2, clock: 1, state: { pad: 'x'.repeat(MAX_STATE_CHARS) } },
        { clientId: 3, clock: 1, state: { name: 'c' } },
        { clientId: 1, clock: 2, state: null },
      ],
      s,
    );
    expect(kept.map((e) => [e.clientId, e.clock])).toEqual([
      [1, 1],
      [1, 2],
    ]);
  });
});
