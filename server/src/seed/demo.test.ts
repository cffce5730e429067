import { DocumentKind, DocumentTitle, Id } from '@accord/schema';
import { describe, expect, it } from 'vitest';
import { demoDocuments, demoWorkspace } from './demo.js';

describe('demo workspace content', () => {
  it('uses ids, titles and kinds the API accepts', () => {
    expect(Id.safeParse(demoWorkspace.id).success).toBe(true);
    for (const d of demoDocuments) {
      expect(Id.safeParse(d.id).success, d.id).toBe(true);
      expect(DocumentTitle.parse(d.title)).toBe(d.title);
      expect(DocumentKind.parse(d.kind)).toBe(d.kind);
    }
    expect(new Set(demoDocuments.map((d) => d.id)).size).toBe(demoDocuments.length);
  });

  it('lists the meeting summary first, then the compilation and the six BPF outcome documents', () => {
    expect(demoDocuments.map((d) => [d.id, d.kind])).toEqual([
      ['mag-2015-03-03-summary', 'summary'],
      ['policy-menus-cnb', 'compilation'],
      ['bpf-spam', 'outcome'],
      ['bpf-csirts', 'outcome'],
      ['bpf-multistakeholder', 'outcome'],
      ['bpf-women-online', 'outcome'],
      ['bpf-ipv6', 'outcome'],
      ['bpf-ixps', 'outcome'],
    ]);
  });

  it('gives every outcome document a heading structure and 3–6 paragraphs', () => {
    for (const d of demoDocuments.filter((doc) => doc.kind === 'outcome')) {
      const headings = d.blocks.filter((b) => b.type === 'heading').map((b) => b.text);
      expect(headings, d.id).toEqual(expect.arrayContaining(['Introduction', 'Methodology', 'Emerging practices']));
      const paragraphs = d.blocks.filter((b) => b.type === 'paragraph').length;
      expect(paragraphs, d.id).toBeGreaterThanOrEqual(3);
      expect(paragraphs, d.id).toBeLessThanOrEqual(6);
    }
  });

  it('keeps contributors named in the text of contributed compilation paragraphs', () => {
    const compilation = demoDocuments.find((d) => d.kind === 'compilation')!;
    const contributed = compilation.blocks.filter((b) => b.type === 'paragraph' && /^Suggested by /.test(b.text));
    expect(contributed.length).toBeGreaterThanOrEqual(2);
  });
});
