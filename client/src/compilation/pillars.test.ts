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
});
