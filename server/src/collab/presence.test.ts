import { describe, expect, it } from 'vitest';
import { Presence } from './presence.js';

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
      { clientId: 1, clock: 5, state: null },
      { clientId: 2, clock: 2, state: null },
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
});
