import { describe, expect, it } from 'vitest';
import { emptyNewPerson, newPersonBody } from './accept-body.js';

const filled = {
  ...emptyNewPerson,
  name: ' Ana Ruiz ',
  stakeholderGroup: 'civil-society',
  password: 'long enough pw',
  repeatPassword: 'long enough pw',
};

describe('newPersonBody', () => {
  it('leaves out empty optional fields and normalises what the schema normalises', () => {
    expect(newPersonBody(filled)).toEqual({
      ok: true,
      body: { name: 'Ana Ruiz', stakeholderGroup: 'civil-society', password: 'long enough pw' },
    });
    expect(newPersonBody({ ...filled, affiliation: ' Rede Aberta ', country: 'br' })).toEqual({
      ok: true,
      body: {
        name: 'Ana Ruiz',
        stakeholderGroup: 'civil-society',
        affiliation: 'Rede Aberta',
        country: 'BR',
        password: 'long enough pw',
      },
    });
  });

  it('names every missing or wrong field', () => {
    const result = newPersonBody({ ...emptyNewPerson, country: 'Kenya', password: 'short', repeatPassword: 'other' });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(Object.keys(result.errors).sort()).toEqual([
      'country',
      'name',
      'password',
      'repeatPassword',
      'stakeholderGroup',
    ]);
    expect(result.errors['password']).toMatch(/at least 10/);
    expect(result.errors['repeatPassword']).toBe('The two passwords differ.');
  });
});
