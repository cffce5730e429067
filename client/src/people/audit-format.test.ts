import { describe, expect, it } from 'vitest';
import { actionLabel, actorLabel, detailText, targetLabel } from './audit-format.js';

describe('audit entries in words', () => {
  it('labels known actions and keeps unknown ones', () => {
    expect(actionLabel('role.change')).toBe('Role changed');
    expect(actionLabel('comment.moderate')).toBe('comment.moderate');
  });

  it('names the actor', () => {
    expect(actorLabel({ actorPersonId: 'p1', actorName: 'Amina Diallo' })).toBe('Amina Diallo');
    expect(actorLabel({ actorPersonId: 'p9', actorName: null })).toBe('person p9');
    expect(actorLabel({ actorPersonId: null, actorName: null })).toBe('System or command line');
  });

  it('names people targets and keeps others', () => {
    const names = new Map([['p4', 'Jonas Berg']]);
    expect(targetLabel('p4', names)).toBe('Jonas Berg');
    expect(targetLabel('policy-menus-cnb', names)).toBe('policy-menus-cnb');
    expect(targetLabel(null, names)).toBe('');
  });

  it('writes the detail as pairs', () => {
    expect(detailText({ role: 'observer', previous: 'member', via: 'api' })).toBe(
      'role: observer · previous: member · via: api',
    );
    expect(detailText({ previous: null, sessions: 2, tags: ['a'] })).toBe('previous: none · sessions: 2 · tags: ["a"]');
    expect(detailText({})).toBe('');
  });
});
