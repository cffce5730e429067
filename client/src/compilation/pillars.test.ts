import { describe, expect, it } from 'vitest';
import { pillarsFromText } from './CallForm.js';

describe('pillars typed one per line', () => {
  it('splits the title from its question at the first colon, and skips blank lines', () => {
    expect(
      pillarsFromText('Access: How do we connect the next billion?\n\n  Skills  \nRights: Which: and why?'),
    ).toEqual([
      { title: 'Access', question: 'How do we connect the next billion?' },
      { title: 'Skills', question: '' },
      { title: 'Rights', question: 'Which: and why?' },
    ]);
  });

  it('takes the full-width colon Chinese is typed with', () => {
    expect(pillarsFromText('接入：如何连接下一个十亿人？')).toEqual([
      { title: '接入', question: '如何连接下一个十亿人？' },
    ]);
  });
});
