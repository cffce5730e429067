import { translatorFor } from '@accord/i18n/all';
import { describe, expect, it } from 'vitest';
import { MAX_UPLOAD_BYTES, uploadProblem } from './choices.js';

const english = translatorFor('en');

describe('the upload check', () => {
  it('takes DOCX, Markdown and text files up to 5 MB', () => {
    expect(uploadProblem({ name: 'Brazil IGF.DOCX', size: 1000 })).toBeNull();
    expect(uploadProblem({ name: 'notes.md', size: MAX_UPLOAD_BYTES })).toBeNull();
    expect(uploadProblem({ name: 'notes.txt', size: 10 })).toBeNull();
  });

  it('refuses other kinds, oversized and empty files, saying why', () => {
    const why = (file: { name: string; size: number }) => english(uploadProblem(file)!);
    expect(why({ name: 'scan.pdf', size: 10 })).toMatch(/\.docx/);
    expect(why({ name: 'big.docx', size: MAX_UPLOAD_BYTES + 1 })).toMatch(/5 MB/);
    expect(why({ name: 'empty.txt', size: 0 })).toMatch(/empty/);
  });
});
