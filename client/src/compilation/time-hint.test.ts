import { describe, expect, it } from 'vitest';
import { localInputToUtc } from '../rounds/datetime.js';
import { typedTime } from './TimeHint.js';

describe('a typed date-time read back', () => {
  it('words the time in the page’s language and names the zone with its offset then', () => {
    expect(typedTime('2026-12-01T09:00', 'Africa/Nairobi', 'fr')).toEqual({
      when: 'mardi 1 décembre 2026 à 09:00',
      zone: 'Africa/Nairobi (UTC+03:00)',
    });
    // Summer time in Geneva: the offset of the typed day, not today's.
    expect(typedTime('2026-07-01T09:00', 'Europe/Zurich', 'en').zone).toBe('Europe/Zurich (UTC+02:00)');
    expect(typedTime('2026-12-01T09:00', 'Europe/Zurich', 'en').zone).toBe('Europe/Zurich (UTC+01:00)');
    expect(typedTime('', 'Europe/Zurich', 'en').when).toBe('');
  });

  it('is the instant the form sends, in UTC', () => {
    expect(localInputToUtc('2026-12-01T09:00', 'Africa/Nairobi')).toBe('2026-12-01T06:00:00Z');
    expect(localInputToUtc('2026-07-01T09:00', 'America/Sao_Paulo')).toBe('2026-07-01T12:00:00Z');
  });
});
