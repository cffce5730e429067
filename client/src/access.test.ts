import { catalogs } from '@accord/i18n/all';
import { createIntl } from 'react-intl';
import { afterEach, describe, expect, it } from 'vitest';
import { can, readOnlyExplanation, roleLabel, ROLE_LABELS, ROLE_SUMMARIES, ROLES } from './access.js';
import { setCurrentIntl } from './i18n/current.js';

const speak = (locale: 'en' | 'fr' | 'ar') => setCurrentIntl(createIntl({ locale, messages: catalogs[locale] }));
afterEach(() => speak('en'));

describe('access', () => {
  it('allows only what the server listed', () => {
    const access = { role: 'member' as const, allowed: ['document.read' as const, 'document.edit' as const] };
    expect(can(access, 'document.edit')).toBe(true);
    expect(can(access, 'document.create')).toBe(false);
    expect(can(null, 'document.read')).toBe(false);
    expect(can(undefined, 'document.read')).toBe(false);
  });

  it('names every role, in the page’s language', () => {
    expect(ROLES.map(roleLabel)).toEqual(['Secretariat', 'Coordinator', 'Member', 'Contributor', 'Observer']);
    speak('fr');
    expect(ROLES.map(roleLabel)).toEqual(ROLES.map((r) => catalogs.fr[ROLE_LABELS[r]]));
    expect(roleLabel('coordinator')).toBe('Coordonnateur');
    // Every role has a summary in every language.
    for (const role of ROLES) expect(catalogs.ar[ROLE_SUMMARIES[role]]).toMatch(/\p{Script=Arabic}/u);
  });

  it('explains a read-only editor by role', () => {
    expect(readOnlyExplanation('observer')).toBe(
      'You are an observer in this workspace: you can read and see who is here, but not edit.',
    );
    expect(readOnlyExplanation('contributor')).toMatch(
      /^You are a contributor in this workspace: .*not edit the text\.$/,
    );
    expect(readOnlyExplanation('member')).toMatch(
      /^You are a member in this workspace, but you cannot edit this document/,
    );
    expect(readOnlyExplanation('secretariat')).toMatch(/^You are part of the secretariat in this workspace, but/);
    expect(readOnlyExplanation('coordinator')).toMatch(/^You are a coordinator in this workspace, but/);
    speak('ar');
    expect(readOnlyExplanation('coordinator')).toMatch(/^أنت منسّق في مساحة العمل هذه/);
  });
});
