import { describe, expect, it } from 'vitest';
import { Confirmations } from './confirmations.js';

describe('Confirmations', () => {
  it('confirms what was sent before a probe once the probe is answered, not what came after', () => {
    const c = new Confirmations();
    c.sent();
    c.sent();
    expect(c.pending).toBe(2);
    expect(c.needsProbe).toBe(true);
    c.probe();
    expect(c.needsProbe).toBe(false);
    c.sent();
    expect(c.needsProbe).toBe(true);
    expect(c.answered()).toBe(true);
    expect(c.pending).toBe(1);
    c.probe();
    expect(c.answered()).toBe(true);
    expect(c.pending).toBe(0);
    expect(c.needsProbe).toBe(false);
  });

  it('ignores an answer it did not ask for', () => {
    const c = new Confirmations();
    c.sent(3);
    expect(c.answered()).toBe(false);
    expect(c.pending).toBe(3);
  });

  it('hands back the unconfirmed changes when the connection drops, and forgets its probes', () => {
    const c = new Confirmations();
    c.sent(2);
    c.probe();
    c.sent();
    expect(c.dropped()).toBe(3);
    expect(c.pending).toBe(0);
    expect(c.answered()).toBe(false);
  });
});
