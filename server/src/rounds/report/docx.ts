/**
 * The comment-response report as a Word document (`docx`, as the register of differences):
 * title and dates, the statistics as tables, then each section with the paragraph as consulted
 * and a table of its comments (author, comment, disposition, response). Text goes into runs,
 * never markup, so nothing typed is interpreted.
 */
import {
  AlignmentType,
  Document,
  HeadingLevel,
  Packer,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import {
  authorLine,
  buildReport,
  OTHER_NOTE,
  type ReportEntry,
  type ReportInput,
  type ReportSection,
} from './model.js';
import {
  dispositionText,
  emptyReport,
  generatedLine,
  introSentence,
  periodLine,
  revisionLine,
  statTables,
  submittedLine,
  tallyLine,
  tallyTable,
  totalsLine,
  versionLine,
  type StatTable,
  type TallyTable,
} from './words.js';

const GREY = '555555';
const HEADER_FILL = 'E8EDF3';
// Characters XML 1.0 cannot hold: Word refuses a document that has them.
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

/** Text as runs, its line breaks kept. */
function runs(text: string, style: { bold?: boolean; italics?: boolean; color?: string } = {}): TextRun[] {
  return text
    .replace(NOT_XML, '')
    .replace(/\r\n?/g, '\n')
    .trim()
    .split('\n')
    .map((line, i) => new TextRun({ text: line, break: i > 0 ? 1 : 0, ...style }));
}

const para = (text: string, style: { bold?: boolean; italics?: boolean; color?: string } = {}): Paragraph =>
  new Paragraph({ children: runs(text, style) });

const cell = (children: Paragraph[], header = false): TableCell =>
  new TableCell({
    children,
    ...(header ? { shading: { type: ShadingType.CLEAR, color: 'auto', fill: HEADER_FILL } } : {}),
  });

const textCell = (text: string, bold = false, right = false): TableCell =>
  cell(
    [new Paragraph({ alignment: right ? AlignmentType.RIGHT : AlignmentType.LEFT, children: runs(text, { bold }) })],
    bold,
  );

function statBlocks(table: StatTable): Array<Paragraph | Table> {
  const rows = table.rows.length === 0 ? [{ label: 'None', count: 0 }] : table.rows;
  const blocks: Array<Paragraph | Table> = [new Paragraph({ text: table.title, heading: HeadingLevel.HEADING_2 })];
  if (table.note) blocks.push(para(table.note, { color: GREY }));
  blocks.push(
    new Table({
      width: { size: 60, type: WidthType.PERCENTAGE },
      rows: [
        new TableRow({
          tableHeader: true,
          children: [textCell(table.columns[0], true), textCell(table.columns[1], true, true)],
        }),
        ...rows.map((r) => new TableRow({ children: [textCell(r.label), textCell(String(r.count), false, true)] })),
      ],
    }),
  );
  return blocks;
}

function tallyBlocks(table: TallyTable): Array<Paragraph | Table> {
  const last = table.rows.length - 1;
  return [
    new Paragraph({ text: table.title, heading: HeadingLevel.HEADING_2 }),
    para(table.note, { color: GREY }),
    new Table({
      width: { size: 60, type: WidthType.PERCENTAGE },
      rows: [
        new TableRow({
          tableHeader: true,
          children: table.columns.map((c, i) => textCell(c, true, i > 0)),
        }),
        ...table.rows.map(
          (r, i) =>
            new TableRow({
              children: [
                textCell(r.label, i === last),
                textCell(String(r.agree), i === last, true),
                textCell(String(r.disagree), i === last, true),
              ],
            }),
        ),
      ],
    }),
  ];
}

const COMMENT_COLUMNS = ['#', 'Author', 'Comment', 'Disposition', 'Response'] as const;
// Twips across an A4 page with Word's default margins (about 9000 in all).
const COMMENT_WIDTHS = [450, 1800, 3100, 1450, 2200];

function commentRow(n: number, e: ReportEntry): TableRow {
  const comment: Paragraph[] = [];
  if (e.quote !== null)
    comment.push(
      new Paragraph({
        children: [
          new TextRun({ text: 'On the passage “', italics: true }),
          ...runs(e.quote, { italics: true }),
          new TextRun({ text: '”:', italics: true }),
        ],
      }),
    );
  comment.push(para(e.text), para(submittedLine(e), { color: GREY }));
  const response = e.decision?.response.trim() ? e.decision.response : '';
  return new TableRow({
    children: [
      textCell(String(n)),
      cell([para(authorLine(e.author))]),
      cell(comment),
      cell([para(dispositionText(e))]),
      cell([para(response)]),
    ],
  });
}

function sectionBlocks(section: ReportSection, first: number): Array<Paragraph | Table> {
  const blocks: Array<Paragraph | Table> = [new Paragraph({ text: section.title, heading: HeadingLevel.HEADING_1 })];
  if (section.kind === 'other') blocks.push(para(OTHER_NOTE, { italics: true, color: GREY }));
  if (section.text !== null) {
    blocks.push(
      new Paragraph({
        indent: { left: 400 },
        shading: { type: ShadingType.CLEAR, color: 'auto', fill: 'F4F4F2' },
        children: [
          ...(section.number === null
            ? []
            : [new TextRun({ text: `${section.label ?? section.number}. `, bold: true })]),
          ...runs(section.text),
        ],
      }),
    );
  }
  if (section.tally) blocks.push(para(tallyLine(section.tally), { color: GREY }));
  blocks.push(
    new Paragraph({ text: '' }),
    new Table({
      width: { size: 100, type: WidthType.PERCENTAGE },
      columnWidths: COMMENT_WIDTHS,
      rows: [
        new TableRow({ tableHeader: true, children: COMMENT_COLUMNS.map((c) => textCell(c, true)) }),
        ...section.entries.map((e, i) => commentRow(first + i, e)),
      ],
    }),
  );
  return blocks;
}

/** The report as a .docx file. */
export async function reportDocx(input: ReportInput): Promise<Uint8Array> {
  const report = buildReport(input);
  const children: Array<Paragraph | Table> = [
    new Paragraph({ heading: HeadingLevel.TITLE, children: runs(report.title) }),
    para(versionLine(report), { bold: true }),
    para(`${periodLine(report)} ${generatedLine(report)}`, { color: GREY }),
    para(revisionLine(report), { color: GREY }),
    para(introSentence),
    new Paragraph({ text: 'Participation', heading: HeadingLevel.HEADING_1 }),
    para(totalsLine(report.stats)),
    ...statTables(report.stats).flatMap(statBlocks),
    ...tallyBlocks(tallyTable(report.stats)),
  ];
  if (report.sections.length === 0) children.push(para(emptyReport));
  let n = 1;
  for (const section of report.sections) {
    children.push(...sectionBlocks(section, n));
    n += section.entries.length;
  }
  const document = new Document({
    title: report.title.replace(NOT_XML, ''),
    creator: 'Accord',
    description: `Comment-response report on ${report.documentTitle}, version ${report.versionName}`.replace(
      NOT_XML,
      '',
    ),
    sections: [{ children }],
  });
  return Packer.toBuffer(document);
}
