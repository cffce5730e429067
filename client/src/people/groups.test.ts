import { catalogs } from '@accord/i18n/all';
import { createIntl } from 'react-intl';
import { describe, expect, it } from 'vitest';
import type { T } from '../i18n/useT.js';
import { groupLabel } from './groups.js';

const fr = createIntl({ locale: 'fr', messages: catalogs.fr });
const t: T = (id, values) => fr.formatMessage({ id }, values);

describe('groupLabel', () => {
  it('translates a default group, keeps a renamed or added one as people named it', () => {
    const names = new Map([
      ['civil-society', 'Civil society'],
      ['government', 'Governments and parliaments'],
      ['youth', 'Youth'],
    ]);
    expect(groupLabel(t, 'civil-society', names)).toBe(fr.formatMessage({ id: 'rounds.group.civilSociety' }));
    expect(groupLabel(t, 'civil-society', names)).not.toBe('Civil society');
    expect(groupLabel(t, 'academia', names)).toBe(fr.formatMessage({ id: 'rounds.group.academia' }));
    expect(groupLabel(t, 'government', names)).toBe('Governments and parliaments');
    expect(groupLabel(t, 'youth', names)).toBe('Youth');
    expect(groupLabel(t, 'unknown', names)).toBe('unknown');
  });
});
