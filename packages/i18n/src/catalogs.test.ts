/**
 * The catalogs' own rules: every language has exactly English's keys, every message is valid
 * ICU with the same placeholders as English, plurals name every form the language has (Arabic
 * has six, Russian four), and a message is not left in English where the language has words.
 */
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { IntlMessageFormat } from 'intl-messageformat';
import { describe, expect, it } from 'vitest';
import { catalogs } from './all-catalogs.js';
import { LOCALES, type Locale } from './locales.js';

type Element = {
  type: number;
  value?: string;
  options?: Record<string, { value: Element[] }>;
  children?: Element[];
  pluralType?: string;
};

// intl-messageformat's element types: argument, number, date, time, select, plural, tag.
const NAMED = new Set([1, 2, 3, 4, 5, 6, 8]);

function placeholders(ast: Element[], into = new Set<string>()): Set<string> {
  for (const el of ast) {
    if (NAMED.has(el.type) && el.value) into.add(`${el.type === 8 ? '<>' : ''}${el.value}`);
    for (const option of Object.values(el.options ?? {})) placeholders(option.value, into);
    if (el.children) placeholders(el.children, into);
  }
  return into;
}

function plurals(ast: Element[], into: Element[] = []): Element[] {
  for (const el of ast) {
    if (el.type === 6) into.push(el);
    for (const option of Object.values(el.options ?? {})) plurals(option.value, into);
    if (el.children) plurals(el.children, into);
  }
  return into;
}

const english = catalogs.en as Record<string, string>;
const keys = Object.keys(english).sort();
const areasDir = fileURLToPath(new URL('./messages/en/', import.meta.url));
const areas = readdirSync(areasDir)
  .filter((f) => f.endsWith('.ts') && f !== 'index.ts')
  .map((f) => f.replace(/\.ts$/, ''));

// Words that are the same in every language: names, formats, standards.
const UNTRANSLATED = new Set([
  'accord',
  'docx',
  'csv',
  'html',
  'markdown',
  'json',
  'url',
  'utc',
  'iso',
  'pdf',
  'smtp',
  'word',
  'yjs',
  'id',
]);

// French and Spanish 'many' is only for millions written out ("1 million de"); 'other' reads right there.
const ROUND_MANY = new Set<Locale>(['fr', 'es']);

describe('catalogs', () => {
  it('every key starts with the name of the area it is written in', async () => {
    for (const area of areas) {
      const { default: messages } = (await import(`./messages/en/${area}.ts`)) as { default: Record<string, string> };
      for (const key of Object.keys(messages)) expect(key.startsWith(`${area}.`), `${key} in ${area}.ts`).toBe(true);
    }
  });

  it.each(LOCALES.filter((l) => l !== 'en'))('%s has exactly the English keys', (locale) => {
    expect(Object.keys(catalogs[locale]).sort()).toEqual(keys);
  });

  it.each(LOCALES)('%s: every message is valid ICU with the placeholders of the English one', (locale) => {
    const problems: string[] = [];
    const messages = catalogs[locale] as Record<string, string>;
    for (const key of keys) {
      const source = messages[key];
      if (source === undefined) continue;
      try {
        const ast = new IntlMessageFormat(source, locale).getAst() as Element[];
        const want = [...placeholders(new IntlMessageFormat(english[key]!, 'en').getAst() as Element[])].sort();
        const got = [...placeholders(ast)].sort();
        if (want.join() !== got.join()) problems.push(`${key}: has {${got}} where English has {${want}}`);
      } catch (error) {
        problems.push(`${key}: ${(error as Error).message}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it.each(LOCALES)('%s: each plural names every plural form of the language', (locale: Locale) => {
    const problems: string[] = [];
    for (const [key, source] of Object.entries(catalogs[locale] as Record<string, string>)) {
      for (const plural of plurals(new IntlMessageFormat(source, locale).getAst() as Element[])) {
        const rules = new Intl.PluralRules(locale, { type: plural.pluralType === 'ordinal' ? 'ordinal' : 'cardinal' });
        const given = Object.keys(plural.options ?? {});
        const missing = rules
          .resolvedOptions()
          .pluralCategories.filter((c) => !given.includes(c) && !(c === 'many' && ROUND_MANY.has(locale)));
        if (missing.length > 0) problems.push(`${key}: no ${missing.join(', ')}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it.each(['ar', 'zh', 'ru'] as const)('%s: no message is left in English', (locale) => {
    const left = Object.entries(catalogs[locale] as Record<string, string>).filter(([key, text]) => {
      if (text !== english[key]) return false;
      const words = text.replace(/\{[^}]*\}|<[^>]*>/g, ' ').match(/[A-Za-z]{2,}/g) ?? [];
      return words.some((w) => !UNTRANSLATED.has(w.toLowerCase()));
    });
    expect(left.map(([key]) => key)).toEqual([]);
  });

  it.each(['fr', 'es'] as const)('%s: hardly any message is the same as in English', (locale) => {
    const same = Object.entries(catalogs[locale] as Record<string, string>).filter(
      // Placeholders and tags are names, not words: "{name} ({group})" is the same everywhere.
      ([key, text]) =>
        text === english[key] && /[A-Za-z]{3,}.*\s.*[A-Za-z]{3,}/.test(text.replace(/\{[^{}]*\}|<[^>]*>/g, ' ')),
    );
    // A few short labels are spelled alike ("Version", "Consultation"); sentences never are.
    expect(same.map(([key]) => key)).toEqual([]);
  });
});
