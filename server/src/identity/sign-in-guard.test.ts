import { describe, expect, it } from 'vitest';
import { SignInGuard } from './sign-in-guard.js';

const t0 = 1_000_000;
const guard = () =>
  new SignInGuard(
    { failures: { perSecond: 6 / 60, burst: 3 }, slowMs: 1500, auditBudget: { perSecond: 1 / 60, burst: 4 } },
    t0,
  );

describe('SignInGuard', () => {
  it('refuses the address that failed too often for an email, and no other address', () => {
    const g = guard();
    for (let i = 0; i < 3; i++) {
      expect(g.check('ana@example.org', '10.0.0.1', t0)).toEqual({ refuse: false, delayMs: 0 });
      g.failed('ana@example.org', '10.0.0.1', t0);
    }
    expect(g.check('ANA@example.org', '10.0.0.1', t0)).toEqual({ refuse: true, retryAfterSeconds: 10 });
    expect(g.check('ana@example.org', '10.0.0.2', t0)).toMatchObject({ refuse: false });
    expect(g.check('ben@example.org', '10.0.0.1', t0)).toEqual({ refuse: false, delayMs: 0 });
    expect(g.check('ana@example.org', '10.0.0.1', t0 + 10_000)).toEqual({ refuse: false, delayMs: 0 });
  });

  it('only slows an email that fails from many addresses, never refuses it', () => {
    const g = guard();
    for (let i = 0; i < 30; i++) g.failed('ana@example.org', `10.0.1.${i}`, t0);
    expect(g.check('ana@example.org', '192.0.2.7', t0)).toEqual({ refuse: false, delayMs: 1500 });
    expect(g.check('ben@example.org', '192.0.2.7', t0)).toEqual({ refuse: false, delayMs: 0 });
  });

  it('audits failures up to the per-email and instance-wide budgets, then counts them and reports the count with the next audited one', () => {
    const g = guard();
    const audited = Array.from({ length: 5 }, (_, i) => g.failed('ana@example.org', `10.0.2.${i}`, t0).audit);
    expect(audited).toEqual([true, true, true, false, false]);
    expect(g.failed('ben@example.org', '10.0.2.9', t0)).toEqual({ audit: true, unauditedBefore: 2 });
    // The instance-wide budget (4) is spent: a spray over many emails is counted, not written.
    expect(g.failed('cy@example.org', '10.0.2.9', t0)).toEqual({ audit: false, unauditedBefore: 0 });
    expect(g.unaudited).toBe(1);
    expect(g.failed('cy@example.org', '10.0.2.9', t0 + 60_000)).toEqual({ audit: true, unauditedBefore: 1 });
  });
});
