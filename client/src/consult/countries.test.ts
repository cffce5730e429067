import { describe, expect, it } from 'vitest';
import { countryName, countryOptions } from './countries.js';

describe('countries', () => {
  it('names a country in the given language', () => {
    expect(countryName('KE', 'en')).toBe('Kenya');
    expect(countryName('de', 'fr')).toBe('Allemagne');
  });

  it('falls back to the code for something that is not a country', () => {
    expect(countryName('12345', 'en')).toBe('12345');
  });

  it('offers every country once, sorted by name, as two-letter codes', () => {
    const options = countryOptions('en');
    expect(options.length).toBe(249);
    expect(new Set(options.map((o) => o.code)).size).toBe(249);
    expect(options.every((o) => /^[A-Z]{2}$/.test(o.code))).toBe(true);
    const names = options.map((o) => o.name);
    expect(names).toEqual([...names].sort(new Intl.Collator('en').compare));
    expect(options.find((o) => o.code === 'BR')?.name).toBe('Brazil');
  });

  it('names and sorts them in the page’s language', () => {
    const fr = countryOptions('fr');
    expect(fr.find((o) => o.code === 'DE')?.name).toBe('Allemagne');
    // Sorted by the language's rules: "Égypte" among the E, not after Z.
    const names = fr.map((o) => o.name);
    expect(names.indexOf('Égypte')).toBeLessThan(names.indexOf('Zambie'));
    expect(names.indexOf('Égypte')).toBeGreaterThan(names.indexOf('Danemark'));
    const ar = countryOptions('ar');
    expect(ar.find((o) => o.code === 'KE')?.name).toBe('كينيا');
    expect(ar.map((o) => o.name)).toEqual([...ar.map((o) => o.name)].sort(new Intl.Collator('ar').compare));
    expect(countryOptions('zh').find((o) => o.code === 'CN')?.name).toBe('中国');
  });
});
