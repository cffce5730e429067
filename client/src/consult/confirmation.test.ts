import { translatorFor } from '@accord/i18n/all';
import { describe, expect, it } from 'vitest';
import { confirmationCode, confirmationNotice, withoutConfirmation } from './confirmation.js';

describe('the confirmation link on the public page', () => {
  const href = 'https://accord.example.org/consult/r1?confirm=Abc_def-1234567890&x=1#p3';

  it('reads the code and takes it out of the address, keeping the rest', () => {
    expect(confirmationCode(href)).toBe('Abc_def-1234567890');
    expect(withoutConfirmation(href)).toBe('/consult/r1?x=1#p3');
    expect(withoutConfirmation('https://a.example/consult/r1?confirm=Abc_def-1234567890')).toBe('/consult/r1');
  });

  it('ignores an address without a code, or with something that is not one', () => {
    expect(confirmationCode('https://a.example/consult/r1')).toBeNull();
    expect(confirmationCode('https://a.example/consult/r1?confirm=<script>')).toBeNull();
  });

  it('tells an unconfirmed participant to open the mail, and a just-confirmed one that it counts', () => {
    const en = translatorFor('en');
    expect(confirmationNotice({ confirmed: false }, false, en)).toMatch(/open the link/);
    expect(confirmationNotice({ confirmed: true }, true, en)).toMatch(/confirmed/);
    expect(confirmationNotice({ confirmed: true }, false, en)).toBeNull();
    expect(confirmationNotice({ confirmed: false }, false, translatorFor('es'))).toMatch(/enlace/);
  });
});
