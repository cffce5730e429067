import { describe, expect, it } from 'vitest';
import { CreatePersonBody, Email, Role, SetRoleBody, SignInBody, StakeholderGroupId } from './identity.js';

describe('Email', () => {
  it('trims and lower-cases, so one mailbox is one person', () => {
    expect(Email.parse('  Ana.Silva@Example.ORG ')).toBe('ana.silva@example.org');
  });
  it('refuses what is not an address', () => {
    for (const bad of [
      '',
      'ana',
      'ana@',
      '@example.org',
      'ana@example',
      'a b@example.org',
      'a@b@c.org',
      `${'x'.repeat(250)}@e.org`,
    ]) {
      expect(Email.safeParse(bad).success, bad).toBe(false);
    }
  });
});

describe('StakeholderGroupId', () => {
  it('accepts slugs and refuses others', () => {
    for (const ok of ['government', 'civil-society', 'youth2'])
      expect(StakeholderGroupId.safeParse(ok).success, ok).toBe(true);
    for (const bad of ['', 'Civil Society', '-x', 'x-', 'a--b', 'x'.repeat(65)])
      expect(StakeholderGroupId.safeParse(bad).success, bad).toBe(false);
  });
});

describe('CreatePersonBody', () => {
  it('normalises email and country and keeps optional fields optional', () => {
    expect(
      CreatePersonBody.parse({ email: 'A@B.org', name: ' Ana ', stakeholderGroup: 'academia', country: 'ke' }),
    ).toEqual({
      email: 'a@b.org',
      name: 'Ana',
      stakeholderGroup: 'academia',
      country: 'KE',
    });
  });
  it('refuses bad countries, empty or multi-line names, unknown roles and extra fields', () => {
    const base = { email: 'a@b.org', name: 'Ana', stakeholderGroup: 'academia' };
    for (const body of [
      { ...base, country: 'KEN' },
      { ...base, name: '  ' },
      { ...base, name: 'a\nb' },
      { ...base, role: 'admin' },
      { ...base, password: 'x' },
    ]) {
      expect(CreatePersonBody.safeParse(body).success, JSON.stringify(body)).toBe(false);
    }
  });
});

describe('SignInBody and SetRoleBody', () => {
  it('bound the password length and accept only known roles', () => {
    expect(SignInBody.safeParse({ email: 'a@b.org', password: 'correct horse' }).success).toBe(true);
    expect(SignInBody.safeParse({ email: 'a@b.org', password: '' }).success).toBe(false);
    expect(SignInBody.safeParse({ email: 'a@b.org', password: 'x'.repeat(1025) }).success).toBe(false);
    for (const role of Role.options) expect(SetRoleBody.parse({ role })).toEqual({ role });
    expect(SetRoleBody.safeParse({ role: 'owner' }).success).toBe(false);
  });
});
