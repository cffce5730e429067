import { describe, expect, it } from 'vitest';
import { SignInBody } from '@accord/schema';
import { RequestError } from './api.js';
import { describeError, fieldErrors, zodFieldErrors } from './errors.js';

describe('describeError', () => {
  it('shows the server message as written', () => {
    expect(describeError(new RequestError('the email or password is wrong', 401, 'invalid_credentials'))).toBe(
      'the email or password is wrong',
    );
    expect(describeError(new RequestError('observers cannot edit this document', 403, 'forbidden'))).toBe(
      'observers cannot edit this document',
    );
  });

  it('says how long to wait after too many attempts', () => {
    expect(
      describeError(new RequestError('too many sign-in attempts; try again in 12 s', 429, 'too_many_requests', [], 12)),
    ).toBe('Too many attempts, try again in 12 s.');
    expect(describeError(new RequestError('slow down', 429, 'too_many_requests'))).toBe(
      'Too many attempts, try again in a minute.',
    );
  });

  it('names an unreachable server', () => {
    expect(describeError(new TypeError('Failed to fetch'))).toMatch(/cannot be reached/);
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
});
