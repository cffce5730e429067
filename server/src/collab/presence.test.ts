import { describe, expect, it } from 'vitest';
import { Presence, onlyCursorChanged } from './presence.js';

describe('Presence', () => {
  it('keeps the newest state of each client and relays only changes', () => {
    const presence = new Presence();
    const a = {};
    expect(presence.apply(a, [{ clientId: 1, clock: 1, state: { name: 'A' } }])).toHaveLength(1);
    expect(presence.apply(a, [{ clientId: 1, clock: 1, state: { name: 'stale' } }])).toHaveLength(0);
    expect(presence.apply(a, [{ clientId: 1, clock: 0, state: { name: 'older' } }])).toHaveLength(0);
    expect(presence.apply(a, [{ clientId: 1, clock: 2, state: { name: 'A2' } }])).toHaveLength(1);
    expect(presence.all()).toEqual([{ clientId: 1, clock: 2, state: { name: 'A2' } }]);
  });

  it("refuses to let one connection overwrite or remove another's client", () => {
    const presence = new Presence();
    const a = {};
    const b = {};
    presence.apply(a, [{ clientId: 1, clock: 1, state: { name: 'A' } }]);
    expect(presence.apply(b, [{ clientId: 1, clock: 9, state: { name: 'spoof' } }])).toEqual([]);
    expect(presence.apply(b, [{ clientId: 1, clock: 9, state: null }])).toEqual([]);
    expect(presence.all()[0]?.state).toEqual({ name: 'A' });
  });

  it('removes all of an owner’s clients with a higher clock when it leaves', () => {
    const presence = new Presence();
    const a = {};
    const b = {};
    presence.apply(a, [
      { clientId: 1, clock: 4, state: { name: 'A' } },
      { clientId: 2, clock: 1, state: { name: 'A second tab' } },
    ]);
    presence.apply(b, [{ clientId: 3, clock: 1, state: { name: 'B' } }]);
    expect(presence.removeOwner(a)).toEqual([
      { clientId: 1, clock: 5, state: null, cursorOnly: false },
      { clientId: 2, clock: 2, state: null, cursorOnly: false },
    ]);
    expect(presence.all().map((e) => e.clientId)).toEqual([3]);
    expect(presence.removeOwner(a)).toEqual([]);
  });

  it('lets a client remove itself, after which its id can be reused', () => {
    const presence = new Presence();
    const a = {};
    const b = {};
    presence.apply(a, [{ clientId: 1, clock: 1, state: { name: 'A' } }]);
    expect(presence.apply(a, [{ clientId: 1, clock: 2, state: null }])).toHaveLength(1);
    expect(presence.size).toBe(0);
    expect(presence.apply(b, [{ clientId: 1, clock: 1, state: { name: 'B' } }])).toHaveLength(1);
  });

  it('marks a change cursor-only when nothing but the cursor (or nothing at all) changed', () => {
    const presence = new Presence();
    const a = {};
    const cursor = (clock: number) => ({ type: null, tname: 'root', item: { client: 1, clock }, assoc: 0 });
    const state = { name: 'A', color: '#123456', anchorPos: cursor(1), focusPos: cursor(1), focusing: true };
    expect(presence.apply(a, [{ clientId: 1, clock: 1, state }])[0]?.cursorOnly).toBe(false);
    const moved = { ...state, anchorPos: cursor(2), focusPos: cursor(3) };
    expect(presence.apply(a, [{ clientId: 1, clock: 2, state: moved }])[0]?.cursorOnly).toBe(true);
    // A renewal: the same state with the next clock.
    expect(presence.apply(a, [{ clientId: 1, clock: 3, state: { ...moved } }])[0]?.cursorOnly).toBe(true);
    expect(presence.apply(a, [{ clientId: 1, clock: 4, state: { ...moved, focusing: false } }])[0]?.cursorOnly).toBe(
      false,
    );
    expect(presence.apply(a, [{ clientId: 1, clock: 5, state: null }])[0]?.cursorOnly).toBe(false);
  });
});

describe('onlyCursorChanged', () => {
  it('compares every other field by value, nested ones too', () => {
    expect(onlyCursorChanged({ user: { name: 'A' }, cursor: 1 }, { user: { name: 'A' }, cursor: 2 })).toBe(true);
    expect(onlyCursorChanged({ user: { name: 'A' } }, { user: { name: 'B' } })).toBe(false);
    expect(onlyCursorChanged({ name: 'A' }, { name: 'A', typing: true })).toBe(false);
    expect(onlyCursorChanged({ name: 'A', typing: true }, { name: 'A' })).toBe(false);
  });
});
