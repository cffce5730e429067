import { describe, expect, it } from 'vitest';
import { MAX_UPLOAD_BYTES, uploadProblem } from './choices.js';

describe('the upload check', () => {
  it('takes DOCX, Markdown and text files up to 5 MB', () => {
    expect(uploadProblem({ name: 'Brazil IGF.DOCX', size: 1000 })).toBeNull();
    expect(uploadProblem({ name: 'notes.md', size: MAX_UPLOAD_BYTES })).toBeNull();
    expect(uploadProblem({ name: 'notes.txt', size: 10 })).toBeNull();
  });

  it('refuses other kinds, oversized and empty files', () => {
    expect(uploadProblem({ name: 'scan.pdf', size: 10 })).toMatch(/\.docx/);
    expect(uploadProblem({ name: 'big.docx', size: MAX_UPLOAD_BYTES + 1 })).toMatch(/5 MB/);
    expect(uploadProblem({ name: 'empty.txt', size: 0 })).toMatch(/empty/);
  });
});
