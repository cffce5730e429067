import { translatorFor } from '@accord/i18n/all';
import { describe, expect, it } from 'vitest';
import { formatInstant } from './dates.js';
import { english, say } from './say.js';

describe('say', () => {
  it('writes instants in the reader’s language with the zone named, UTC unless the reader’s is known', () => {
    const at = new Date('2026-12-01T09:05:00Z');
    expect(formatInstant('en', at)).toBe('December 1, 2026 at 09:05 UTC');
    expect(formatInstant('fr', at)).toBe('1 décembre 2026 à 09:05 UTC');
    expect(formatInstant('fr', at, 'Europe/Paris')).toMatch(/^1 décembre 2026 à 10:05 UTC\+1$/);
    expect(formatInstant('en', 'not a date')).toBe('not a date');
    expect(say({ locale: 'ru' }, { key: 'errors.round.notOpen', values: { opensAt: at } })).toBe(
      translatorFor('ru')('errors.round.notOpen', { opensAt: formatInstant('ru', at) }),
    );
  });

  it('lists names with the language’s own conjunction', () => {
    const organisations = ['EuroDIG', 'APrIGF', 'Brazil IGF'];
    expect(english({ key: 'errors.call.notInvited', values: { organisations } })).toBe(
      'this call is open to the invited organisations only (EuroDIG, APrIGF, and Brazil IGF); give one of them as your organisation',
    );
    expect(say('es', { key: 'errors.call.notInvited', values: { organisations } })).toContain(
      'EuroDIG, APrIGF y Brazil IGF',
    );
  });

  it('puts a nested message and several sentences into the same language', () => {
    const refusal = {
      key: 'errors.forbidden',
      values: { role: 'observer', action: { key: 'errors.action.document.edit' } },
    } as const;
    expect(english(refusal)).toBe('observers cannot edit this document');
    const ar = translatorFor('ar');
    expect(say('ar', refusal)).toBe(
      ar('errors.forbidden', { role: 'observer', action: ar('errors.action.document.edit') }),
    );
    const issues = {
      sentences: [
        { key: 'errors.field.noRole', values: { id: 'p1' } },
        { key: 'errors.field.noRole', values: { id: 'p2' } },
      ],
    } as const;
    expect(english({ key: 'errors.identity.audienceOutsiders', values: { issues } })).toBe(
      'an audience is made of the workspace’s people: p1 holds no role in this workspace; p2 holds no role in this workspace',
    );
    expect(say('zh', { key: 'errors.identity.audienceOutsiders', values: { issues } })).toContain(
      `${translatorFor('zh')('errors.field.noRole', { id: 'p1' })}；`,
    );
  });
});
