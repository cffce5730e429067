import { describe, expect, it } from 'vitest';
import type { SuggestionRecord } from './api.js';
import { suggestionTitle } from './decorate.js';

const record: SuggestionRecord = {
  id: 's1',
  kind: 'insert',
  text: 'renewed',
  author: { id: 'priya', name: 'Priya Raman', stakeholderGroup: 'academia', groupName: 'Academia' },
  blockId: 'p3',
  paragraph: 3,
  createdAt: '2026-12-02T17:45:00.000Z',
};

describe('suggestionTitle', () => {
  it('names the author, group and time the server recorded', () => {
    const title = suggestionTitle('insert', 'renewed', record);
    expect(title).toMatch(/^Suggested insertion of ‘renewed’ by Priya Raman \(Academia\), /);
    expect(title).toContain('2026');
    expect(suggestionTitle('delete', 'agreed', record)).toMatch(/^Suggested deletion of ‘agreed’ by Priya Raman/);
  });

  it('names nobody before the server answered (a node’s author id is only a claim)', () => {
    expect(suggestionTitle('insert', 'renewed', undefined)).toBe('Suggested insertion of ‘renewed’');
  });
});
