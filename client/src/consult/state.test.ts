import { translatorFor } from '@accord/i18n/all';
import { describe, expect, it } from 'vitest';
import { msUntil, roundStatus as statusIn } from './state.js';

const times = { opensAt: '2026-12-01T09:00:00Z', closesAt: '2026-12-15T17:00:00Z' };
const zone = { timeZone: 'Africa/Nairobi', locale: 'en-GB' };
const en = translatorFor('en');
const roundStatus = (round: Parameters<typeof statusIn>[0], serverTime: string, z = zone) =>
  statusIn(round, serverTime, en, z);

describe('roundStatus', () => {
  it('announces when a scheduled round opens, with writes off', () => {
    const status = roundStatus({ ...times, state: 'scheduled' }, '2026-11-28T10:00:00Z', zone);
    expect(status.acceptsInput).toBe(false);
    expect(status.message).toMatch(/^This consultation opens on 1 December 2026.*12:00 GMT\+3 \(09:00 UTC\)\.$/);
  });

  it('says until when an open round takes comments', () => {
    const status = roundStatus({ ...times, state: 'open' }, '2026-12-02T10:00:00Z', zone);
    expect(status.acceptsInput).toBe(true);
    expect(status.message).toMatch(/^Open until 15 December 2026.*20:00 GMT\+3/);
  });

  it('believes the server, not the times: an open round is open even if the browser thinks otherwise', () => {
    // The server time is before opensAt, yet the server says open: its word counts.
    expect(roundStatus({ ...times, state: 'open' }, '2026-11-01T00:00:00Z', zone).acceptsInput).toBe(true);
    expect(roundStatus({ ...times, state: 'closed' }, '2026-12-20T00:00:00Z', zone).acceptsInput).toBe(false);
  });

  it('says when a round closed on time', () => {
    expect(roundStatus({ ...times, state: 'closed' }, '2026-12-20T00:00:00Z', zone).message).toMatch(
      /^This consultation closed on 15 December 2026/,
    );
  });

  it('gives the real closing time of a round closed early, not the planned one', () => {
    const status = roundStatus(
      { ...times, state: 'closed', closedAt: '2026-12-05T10:00:00Z' },
      '2026-12-06T00:00:00Z',
      zone,
    );
    expect(status.message).toMatch(/closed early, on 5 December 2026/);
    expect(status.message).not.toContain('15 December');
  });
});

describe('roundStatus in the page’s language', () => {
  it('words the sentence and writes the time in that language, the zone named', () => {
    const fr = statusIn({ ...times, state: 'open' }, '2026-12-02T10:00:00Z', translatorFor('fr'), {
      timeZone: 'Africa/Nairobi',
      locale: 'fr',
    });
    expect(fr.message).toMatch(/^Ouvert.* 15 décembre 2026.*20:00 UTC\+3/);
    const ar = statusIn({ ...times, state: 'scheduled' }, '2026-11-28T10:00:00Z', translatorFor('ar'), {
      timeZone: 'Africa/Nairobi',
      locale: 'ar',
    });
    expect(ar.message).toContain('ديسمبر');
    expect(ar.message.replaceAll('UTC', '')).not.toMatch(/[A-Za-z]{2,}/);
  });
});

describe('msUntil', () => {
  it('counts from the server time', () => {
    expect(msUntil('2026-12-01T09:00:00Z', '2026-12-01T08:59:00Z')).toBe(60_000);
    expect(msUntil('2026-12-01T09:00:00Z', '2026-12-01T09:00:00Z')).toBeNull();
    expect(msUntil('not a time', '2026-12-01T09:00:00Z')).toBeNull();
  });
});
