import { describe, expect, it } from 'vitest';
import { localInputToUtc, utcToLocalInput } from './datetime.js';

describe('localInputToUtc', () => {
  it('reads the wall clock in the given zone and answers UTC with Z', () => {
    expect(localInputToUtc('2026-12-01T09:00', 'Africa/Nairobi')).toBe('2026-12-01T06:00:00Z');
    expect(localInputToUtc('2026-12-01T09:00', 'America/New_York')).toBe('2026-12-01T14:00:00Z');
    expect(localInputToUtc('2026-12-01T09:00', 'UTC')).toBe('2026-12-01T09:00:00Z');
  });

  it('uses the offset in force on that date (summer time)', () => {
    expect(localInputToUtc('2026-07-01T09:00', 'Europe/Paris')).toBe('2026-07-01T07:00:00Z');
    expect(localInputToUtc('2026-01-15T09:00', 'Europe/Paris')).toBe('2026-01-15T08:00:00Z');
  });

  it('crosses the date line when the zone is far from UTC', () => {
    expect(localInputToUtc('2026-12-01T05:30', 'Asia/Kolkata')).toBe('2026-12-01T00:00:00Z');
    expect(localInputToUtc('2026-12-01T01:00', 'Pacific/Auckland')).toBe('2026-11-30T12:00:00Z');
  });

  it('keeps a time skipped by the spring change on the earlier offset', () => {
    // 02:30 does not exist in Paris on 29 March 2026; browsers read it as 02:30 CET = 01:30 UTC.
    expect(localInputToUtc('2026-03-29T02:30', 'Europe/Paris')).toBe('2026-03-29T01:30:00Z');
  });

  it('answers null for empty or unreadable values', () => {
    expect(localInputToUtc('', 'UTC')).toBeNull();
    expect(localInputToUtc('tomorrow', 'UTC')).toBeNull();
  });
});

describe('utcToLocalInput', () => {
  it('is the inverse of localInputToUtc', () => {
    expect(utcToLocalInput('2026-12-01T06:00:00Z', 'Africa/Nairobi')).toBe('2026-12-01T09:00');
    expect(utcToLocalInput('2026-07-01T07:00:00Z', 'Europe/Paris')).toBe('2026-07-01T09:00');
    expect(utcToLocalInput('2026-11-30T12:00:00Z', 'Pacific/Auckland')).toBe('2026-12-01T01:00');
    expect(utcToLocalInput('2026-12-01T00:00:00Z', 'UTC')).toBe('2026-12-01T00:00');
  });

  it('answers empty for an unreadable instant', () => {
    expect(utcToLocalInput('nope', 'UTC')).toBe('');
  });
});

describe('the autumn overlap', () => {
  it('takes the earlier of the two instants, as browsers do', () => {
    // 02:30 happens twice in Paris on 25 October 2026: first at +02:00.
    expect(localInputToUtc('2026-10-25T02:30', 'Europe/Paris')).toBe('2026-10-25T00:30:00Z');
  });
});
