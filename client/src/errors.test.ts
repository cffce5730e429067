import { catalogs, translatorFor } from '@accord/i18n/all';
import { atMost, SignInBody } from '@accord/schema';
import { createIntl } from 'react-intl';
import { afterEach, describe, expect, it } from 'vitest';
import * as z from 'zod';
import { RequestError } from './api.js';
import { describeError, fieldErrors, issueMessage, zodFieldErrors } from './errors.js';
import { setCurrentIntl } from './i18n/current.js';

const speak = (locale: 'fr' | 'ar' | 'en') => setCurrentIntl(createIntl({ locale, messages: catalogs[locale] }));

afterEach(() => speak('en'));

describe('describeError', () => {
  it('shows the server message as written', () => {
    expect(describeError(new RequestError('the email or password is wrong', 401, 'invalid_credentials'))).toBe(
      'the email or password is wrong',
    );
    expect(describeError(new RequestError('observers cannot edit this document', 403, 'forbidden'))).toBe(
      'observers cannot edit this document',
    );
  });

  it('says how long to wait after too many attempts, in the page’s language', () => {
    const tooMany = new RequestError('too many sign-in attempts; try again in 12 s', 429, 'too_many_requests', [], 12);
    expect(describeError(tooMany)).toBe('Too many attempts, try again in 12 seconds.');
    expect(describeError(new RequestError('wait', 429, 'too_many_requests', [], 1))).toBe(
      'Too many attempts, try again in 1 second.',
    );
    expect(describeError(new RequestError('slow down', 429, 'too_many_requests'))).toBe(
      'Too many attempts, try again in a minute.',
    );
    speak('fr');
    expect(describeError(tooMany)).toBe(translatorFor('fr')('common.tooManyAttempts', { seconds: 12 }));
    expect(describeError(tooMany)).toMatch(/12 secondes/);
  });

  it('names an unreachable server', () => {
    expect(describeError(new TypeError('Failed to fetch'))).toMatch(/cannot be reached/);
    speak('ar');
    expect(describeError(new TypeError('Failed to fetch'))).toBe(catalogs.ar['common.unreachable']);
  });
});

describe('field errors', () => {
  it('keeps the first problem per field, from the server or from a local check', () => {
    const error = new RequestError('invalid', 400, 'invalid_body', [
      { path: 'email', message: 'must be an email address' },
      { path: 'email', message: 'second' },
      { path: 'password', message: 'must not be empty' },
    ]);
    expect(fieldErrors(error)).toEqual({ email: 'must be an email address', password: 'must not be empty' });
    expect(fieldErrors(new Error('x'))).toEqual({});

    const local = SignInBody.safeParse({ email: 'nope', password: '' });
    expect(local.success).toBe(false);
    expect(Object.keys(zodFieldErrors(local.error!.issues)).sort()).toEqual(['email', 'password']);
  });

  it('translates a message that is a catalog key, with the issue’s values', () => {
    expect(issueMessage({ message: 'must be an email address' })).toBe('must be an email address');
    expect(issueMessage({ message: atMost(200) })).toBe('must be at most 200 characters');
    expect(issueMessage({ message: 'errors.field.empty' })).toBe('must not be empty');
    speak('ar');
    expect(issueMessage({ message: atMost(200) })).toBe(translatorFor('ar')('errors.field.tooLong', { max: 200 }));
    expect(issueMessage({ message: atMost(200) })).toMatch(/\p{Script=Arabic}/u);
    speak('fr');
    // A local check of a shared schema speaks the page's language too.
    const local = z.object({ title: z.string().max(3, atMost(3)) }).safeParse({ title: 'long' });
    expect(zodFieldErrors(local.error!.issues).title).toBe(translatorFor('fr')('errors.field.tooLong', { max: 3 }));
    // A message that only looks like a key is someone's sentence, shown as written.
    expect(issueMessage({ message: 'errors. are hard' })).toBe('errors. are hard');
  });
});
