import { describe, expect, it } from 'vitest';
import { CreateDocumentBody, DocumentTitle, titleWithSuffix } from './document.js';
import { Id } from './ids.js';

describe('CreateDocumentBody', () => {
  it('trims the title and defaults the kind and the language', () => {
    expect(CreateDocumentBody.parse({ title: '  BPF on IXPs ' })).toEqual({
      title: 'BPF on IXPs',
      kind: 'outcome',
      language: 'en',
    });
    expect(CreateDocumentBody.parse({ title: 'BPF', language: 'fr' }).language).toBe('fr');
  });
  it('refuses empty, multi-line and overlong titles, unknown kinds and extra fields', () => {
    for (const body of [
      { title: '   ' },
      { title: 'a\nb' },
      { title: 'x'.repeat(301) },
      { title: 'ok', kind: 'novel' },
      { title: 'ok', language: 'de' },
      { title: 'ok', id: 'mine' },
      { title: 5 },
    ]) {
      expect(CreateDocumentBody.safeParse(body).success, JSON.stringify(body)).toBe(false);
    }
  });
});

describe('titleWithSuffix', () => {
  it('keeps the suffix and stays a valid title however long the title', () => {
    expect(titleWithSuffix('Summary report', ' (Français)')).toBe('Summary report (Français)');
    const long = titleWithSuffix('x'.repeat(300), ' — from Draft 2');
    expect(long).toHaveLength(300);
    expect(long.endsWith(' — from Draft 2')).toBe(true);
    expect(DocumentTitle.safeParse(long).success).toBe(true);
  });
});

describe('Id', () => {
  it('accepts URL-safe ids and refuses others', () => {
    expect(Id.safeParse('bpf-ixps-2015').success).toBe(true);
    for (const bad of ['', 'A', '-x', 'a/b', 'a b', '../x', 'x'.repeat(65)])
      expect(Id.safeParse(bad).success, bad).toBe(false);
  });
});
