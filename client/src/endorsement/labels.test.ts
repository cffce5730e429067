import { describe, expect, it } from 'vitest';
import { objectionsLabel, procedureHeadline } from './labels.js';

describe('silence procedure labels', () => {
  it('names the version and the state in one sentence', () => {
    const base = { versionName: 'Draft 3', deadline: '2026-12-04T16:00:00Z' };
    expect(procedureHeadline({ ...base, state: 'running' })).toMatch(/^Silence procedure on “Draft 3” until .*2026/);
    expect(procedureHeadline({ ...base, state: 'endorsed' })).toMatch(
      /^“Draft 3” was endorsed by silence procedure on /,
    );
    expect(procedureHeadline({ ...base, state: 'not-endorsed' })).toBe(
      'Silence was broken on “Draft 3”: it was not endorsed',
    );
  });
  it('counts objections', () => {
    expect(objectionsLabel(0)).toBe('No one has broken silence.');
    expect(objectionsLabel(1)).toBe('1 member broke silence.');
    expect(objectionsLabel(3)).toBe('3 members broke silence.');
  });
});
