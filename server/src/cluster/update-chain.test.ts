import { describe, expect, it } from 'vitest';
import { UpdateChain } from './update-chain.js';

const bytes = (n: number) => Uint8Array.of(n);

function chain(known = 0) {
  const applied: number[] = [];
  const c = new UpdateChain(known, (update) => applied.push(update[0]!));
  return { c, applied };
}

describe('UpdateChain', () => {
  it('applies batches that extend what it has, in order, and moves known on', () => {
    const { c, applied } = chain(3);
    c.offer({ previousSeq: 3, lastSeq: 5, update: bytes(5) });
    c.offer({ previousSeq: 5, lastSeq: 6, update: bytes(6) });
    expect(applied).toEqual([5, 6]);
    expect(c.known).toBe(6);
    expect(c.gap).toBe(false);
  });

  it('ignores a batch the loaded state already includes', () => {
    const { c, applied } = chain(10);
    c.offer({ previousSeq: 7, lastSeq: 9, update: bytes(9) });
    expect(applied).toEqual([]);
    expect(c.known).toBe(10);
  });

  it('holds a batch beyond a gap until the missing one arrives, then applies both in log order', () => {
    const { c, applied } = chain(1);
    c.offer({ previousSeq: 4, lastSeq: 6, update: bytes(6) });
    c.offer({ previousSeq: 6, lastSeq: 7, update: bytes(7) });
    expect(applied).toEqual([]);
    expect(c.gap).toBe(true);
    c.offer({ previousSeq: 1, lastSeq: 4, update: bytes(4) });
    expect(applied).toEqual([4, 6, 7]);
    expect(c.known).toBe(7);
    expect(c.gap).toBe(false);
  });

  it("moves on over this instance's own batches without applying them", () => {
    const { c, applied } = chain(2);
    c.offer({ previousSeq: 3, lastSeq: 4, update: bytes(4) });
    c.offer({ previousSeq: 2, lastSeq: 3 });
    expect(applied).toEqual([4]);
    expect(c.known).toBe(4);
  });

  it('after a repair, applies only what was held beyond what the repair read', () => {
    const { c, applied } = chain(0);
    c.offer({ previousSeq: 2, lastSeq: 3, update: bytes(3) });
    c.offer({ previousSeq: 5, lastSeq: 6, update: bytes(6) });
    c.caughtUp(5);
    expect(applied).toEqual([6]);
    expect(c.known).toBe(6);
    expect(c.gap).toBe(false);
  });
});
