/**
 * A version as a Word document (`docx`, as the register of differences): title, version line,
 * then every block with its paragraph number, its formatting (bold, italics, underline,
 * strikethrough, code in a monospace font, links as external hyperlinks, numbered and bulleted
 * lists at their depth), brackets in bold and the status in grey. Text goes into runs, never
 * markup, so nothing typed is interpreted.
 */
import {
  AlignmentType,
  Document,
  ExternalHyperlink,
  FootnoteReferenceRun,
  HeadingLevel,
  LevelFormat,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  type ParagraphChild,
} from 'docx';
import type { Run } from '@accord/editor';
import type { VersionBlock, VersionContent } from '@accord/schema';
import { statusLabels } from '../consensus/register.js';
import { ANNEX_HEADERS, ANNEX_TITLE, annexRows } from '../endorsement/notes.js';
import type { CompilationExtras } from '../endorsement/types.js';
import { alternativeLines, stampLine, versionCaption, versionNotes } from './export.js';
import { bodyParts, placeOf, runsOf } from './export-runs.js';

const BRACKET_COLOUR = '8A3B00';
const NUMBERED = 'accord-numbered';
const headings = [
  HeadingLevel.HEADING_1,
  HeadingLevel.HEADING_2,
  HeadingLevel.HEADING_3,
  HeadingLevel.HEADING_4,
  HeadingLevel.HEADING_5,
  HeadingLevel.HEADING_6,
] as const;

function textRuns(run: Run, bracket: boolean): TextRun[] {
  const marks = new Set(run.marks ?? []);
  return run.text.split('\n').map(
    (text, i) =>
      new TextRun({
        text,
        break: i > 0 ? 1 : 0,
        ...(marks.has('bold') || bracket ? { bold: true } : {}),
        ...(marks.has('italic') ? { italics: true } : {}),
        ...(marks.has('underline') ? { underline: {} } : {}),
        ...(marks.has('strikethrough') ? { strike: true } : {}),
        ...(marks.has('code') ? { font: 'Courier New' } : {}),
        ...(bracket ? { color: BRACKET_COLOUR } : run.href ? { style: 'Hyperlink' } : {}),
      }),
  );
}

/** A block's runs as Word runs: links as hyperlinks, each bracket between visible [ and ]. */
function children(block: VersionBlock): ParagraphChild[] {
  const runs = runsOf(block);
  const out: ParagraphChild[] = [];
  runs.forEach((run, i) => {
    const bracket = run.bracket !== undefined;
    if (bracket && runs[i - 1]?.bracket !== run.bracket)
      out.push(new TextRun({ text: '[', bold: true, color: BRACKET_COLOUR }));
    // `runsOf` only keeps http, https and mailto targets.
    out.push(
      ...(run.href
        ? [new ExternalHyperlink({ link: run.href, children: textRuns(run, bracket) })]
        : textRuns(run, bracket)),
    );
    if (bracket && runs[i + 1]?.bracket !== run.bracket)
      out.push(new TextRun({ text: ']', bold: true, color: BRACKET_COLOUR }));
  });
  return out;
}

function alternatives(block: VersionBlock): Paragraph[] {
  return alternativeLines(block).map(
    (alts) =>
      new Paragraph({
        indent: { left: 600 },
        children: [new TextRun({ text: `Alternatives: ${alts.join(' / ')}`, color: BRACKET_COLOUR, italics: true })],
      }),
  );
}

/** The annex of a compilation: a heading and a table of its contributions. */
function annex(extras: CompilationExtras | undefined): (Paragraph | Table)[] {
  if (!extras || extras.annex.length === 0) return [];
  const row = (cells: readonly string[], header: boolean) =>
    new TableRow({
      tableHeader: header,
      children: cells.map(
        (text) => new TableCell({ children: [new Paragraph({ children: [new TextRun({ text, bold: header })] })] }),
      ),
    });
  return [
    new Paragraph({ text: ANNEX_TITLE, heading: HeadingLevel.HEADING_1 }),
    new Table({
      width: { size: 100, type: WidthType.PERCENTAGE },
      rows: [row(ANNEX_HEADERS, true), ...annexRows(extras.annex).map((cells) => row(cells, false))],
    }),
  ];
}

/**
 * The version as a Word document; a compilation's `extras` add real footnotes citing each
 * block's sources, the annex of contributions and the endorsement stamp.
 */
export async function versionDocx(content: VersionContent, extras?: CompilationExtras): Promise<Buffer> {
  const notes = versionNotes(content, extras);
  const ref = (block: VersionBlock): ParagraphChild[] => {
    const note = notes.get(block.id);
    return note ? [new FootnoteReferenceRun(note.n)] : [];
  };
  const stamp = stampLine(extras);
  const body: (Paragraph | Table)[] = [
    new Paragraph({ text: content.version.title, heading: HeadingLevel.TITLE }),
    new Paragraph({
      children: [new TextRun({ text: extras?.caption ?? versionCaption(content), italics: true, color: '555555' })],
    }),
    ...(stamp ? [new Paragraph({ children: [new TextRun({ text: stamp, bold: true, color: '1D5E20' })] })] : []),
  ];
  if (content.version.note)
    body.push(new Paragraph({ children: [new TextRun({ text: content.version.note, color: '555555' })] }));
  let lists = 0;
  for (const part of bodyParts(content.paragraphs)) {
    if (part.kind === 'list') {
      // Each list of the version is a numbering instance of its own, so each counts from 1.
      const instance = ++lists;
      for (const item of part.items) {
        const { ordered, depth } = placeOf(item);
        const level = Math.min(8, depth);
        body.push(
          new Paragraph({
            ...(ordered ? { numbering: { reference: NUMBERED, level, instance } } : { bullet: { level } }),
            children: [...children(item), ...ref(item)],
          }),
        );
      }
      continue;
    }
    const block = part.block;
    if (block.type === 'heading') {
      body.push(
        new Paragraph({
          heading: headings[Math.min(5, Math.max(0, Number(block.tag?.slice(1) ?? 1) - 1))],
          children: [...children(block), ...ref(block)],
        }),
      );
    } else {
      body.push(
        new Paragraph({
          ...(block.type === 'quote' ? { indent: { left: 600 } } : {}),
          children: [
            ...(block.number === null ? [] : [new TextRun({ text: `${block.label ?? block.number}. `, bold: true })]),
            ...children(block),
            ...ref(block),
            ...(block.status
              ? [new TextRun({ text: ` (${statusLabels[block.status]})`, color: '777777', italics: true })]
              : []),
          ],
        }),
      );
    }
    body.push(...alternatives(block));
  }
  body.push(...annex(extras));
  const footnotes = Object.fromEntries(
    [...notes.values()].map((note) => [note.n, { children: [new Paragraph(`Sources: ${note.text}`)] }]),
  );
  const document = new Document({
    title: `${content.version.title} — ${content.version.name}`,
    creator: 'Accord',
    ...(notes.size > 0 ? { footnotes } : {}),
    description: `Version “${content.version.name}” of ${content.version.title}`,
    numbering: {
      config: [
        {
          reference: NUMBERED,
          levels: Array.from({ length: 9 }, (_, level) => ({
            level,
            format: LevelFormat.DECIMAL,
            text: `%${level + 1}.`,
            alignment: AlignmentType.START,
            style: { paragraph: { indent: { left: 720 * (level + 1), hanging: 360 } } },
          })),
        },
      ],
    },
    sections: [{ children: body }],
  });
  return Packer.toBuffer(document);
}
