import { AlignmentType, Document, ExternalHyperlink, HeadingLevel, Packer, Paragraph, TextRun } from 'docx';
import { describe, expect, it } from 'vitest';
import { Refusal } from '../refusal.js';
import { htmlParagraphs, importFile, markdownParagraphs, MAX_FILE_BYTES, textParagraphs } from './import.js';
import { pillarIds, slug } from './pillars.js';
import { storedZip } from './testing.js';

const bytes = (text: string) => new TextEncoder().encode(text);

async function refusal(promise: Promise<unknown>): Promise<Refusal> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof Refusal) return error;
    throw error;
  }
  throw new Error('expected a refusal');
}

describe('importing a contribution', () => {
  it('takes a DOCX: headings, list items and paragraphs as paragraphs, bold as text, links as "text (url)"', async () => {
    const doc = new Document({
      numbering: {
        config: [
          { reference: 'bullets', levels: [{ level: 0, format: 'bullet', text: '•', alignment: AlignmentType.LEFT }] },
        ],
      },
      sections: [
        {
          children: [
            new Paragraph({ text: 'Access & inclusion', heading: HeadingLevel.HEADING_1 }),
            new Paragraph({
              children: [
                new TextRun('Connectivity is '),
                new TextRun({ text: 'essential', bold: true }),
                new TextRun('.'),
              ],
            }),
            new Paragraph({ text: 'Community networks', numbering: { reference: 'bullets', level: 0 } }),
            new Paragraph({ text: 'Spectrum <policy>', numbering: { reference: 'bullets', level: 0 } }),
            new Paragraph({
              children: [
                new TextRun('See '),
                new ExternalHyperlink({ link: 'https://www.intgovforum.org/', children: [new TextRun('the IGF')] }),
              ],
            }),
          ],
        },
      ],
    });
    const imported = await importFile('Brazil.DOCX', await Packer.toBuffer(doc));
    expect(imported).toEqual({
      source: 'docx',
      paragraphs: [
        'Access & inclusion',
        'Connectivity is essential.',
        'Community networks',
        'Spectrum <policy>',
        'See the IGF (https://www.intgovforum.org/)',
      ],
    });
  });

  it('takes Markdown and plain text', async () => {
    expect(
      markdownParagraphs(
        '# Title #\n\nSome **bold** and _it_\ncontinued [IGF](https://igf.org).\n\n- one\n- two\n1. three\n\n---\n> quoted',
      ),
    ).toEqual(['Title', 'Some bold and it continued IGF (https://igf.org).', 'one', 'two', 'three', 'quoted']);
    expect(textParagraphs('\uFEFFa\r\nb\r\n\r\n \n\nc')).toEqual(['a b', 'c']);
    expect(await importFile('notes.md', bytes('## A\n\nB'))).toEqual({ source: 'markdown', paragraphs: ['A', 'B'] });
    expect(await importFile('notes.txt', bytes('A\n\nB'))).toEqual({ source: 'text', paragraphs: ['A', 'B'] });
    expect(htmlParagraphs('<p>a &amp; <a href="#fn1">b</a></p><ul><li>c<ul><li>d</li></ul></li></ul>')).toEqual([
      'a & b',
      'c',
      'd',
    ]);
  });

  it('refuses what it cannot take, saying what was wrong', async () => {
    const random = new Uint8Array(4096).map((_, i) => (i * 7919) % 251);
    expect(await refusal(importFile('x.docx', random))).toMatchObject({
      status: 400,
      code: 'import_failed',
      message: expect.stringMatching(/not a DOCX file/),
    });
    const zip = storedZip({ 'readme.txt': 'not a document' });
    expect(await refusal(importFile('x.docx', zip))).toMatchObject({
      code: 'import_failed',
      message: expect.stringMatching(/no word\/document\.xml/),
    });
    expect(
      await refusal(
        importFile('x.docx', storedZip({ '[Content_Types].xml': '<', 'word/document.xml': '<w:document' })),
      ),
    ).toMatchObject({ code: 'import_failed', message: expect.stringMatching(/could not be read/) });
    expect(await refusal(importFile('x.pdf', bytes('%PDF')))).toMatchObject({
      code: 'import_failed',
      message: expect.stringMatching(/not a DOCX, Markdown/),
    });
    expect(await refusal(importFile('x.txt', new Uint8Array([0x61, 0, 0x62])))).toMatchObject({
      message: expect.stringMatching(/binary/),
    });
    expect(await refusal(importFile('x.txt', new Uint8Array([0xff, 0xfe, 0x41])))).toMatchObject({
      message: expect.stringMatching(/UTF-8/),
    });
    expect(await refusal(importFile('x.txt', new Uint8Array(MAX_FILE_BYTES + 1).fill(0x61)))).toMatchObject({
      status: 413,
    });
    expect(await refusal(importFile('x.txt', bytes('\n\n')))).toMatchObject({
      message: expect.stringMatching(/no text/),
    });
    expect(
      await refusal(importFile('x.txt', bytes(Array.from({ length: 501 }, (_, i) => `p${i}`).join('\n\n')))),
    ).toMatchObject({
      message: expect.stringMatching(/501 paragraphs/),
    });
  });
});

describe('pillar ids', () => {
  it('are made from titles, unique within the call, and given ones are kept', () => {
    expect(slug('Accès & Inclusion!')).toBe('acces-inclusion');
    expect(slug('***')).toBe('pillar');
    expect(
      pillarIds([
        { title: 'Access', question: '' },
        { id: 'access', title: 'Given', question: '' },
        { title: 'Access', question: 'q' },
      ]).map((p) => p.id),
    ).toEqual(['access-2', 'access', 'access-3']);
    expect(() =>
      pillarIds([
        { id: 'a', title: 'A', question: '' },
        { id: 'a', title: 'B', question: '' },
      ]),
    ).toThrow(/two pillars/);
  });
});
