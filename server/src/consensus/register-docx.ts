/**
 * The register of differences as a Word document (`docx`): title, date, and per contested or
 * bracketed paragraph its number and text (brackets in bold), the alternatives and who
 * proposed them, a table of positions by stakeholder group with the reasons, and the open
 * comment threads. Text goes into runs, never markup, so nothing typed is interpreted.
 */
import {
  AlignmentType,
  DeletedTextRun,
  Document,
  HeadingLevel,
  InsertedTextRun,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import type { Segment } from './document.js';
import {
  type CompiledRegisterEntry,
  entryName,
  holdersText,
  longDate,
  oneLine,
  positionLabels,
  registerIntro,
  silenceIntro,
  standingText,
  statusLabels,
  suggestionLabels,
  type Register,
} from './register.js';

const BRACKET_COLOUR = '8A3B00';

export async function registerDocx(register: Register): Promise<Buffer> {
  const group = (id: string): string => register.stakeholderGroups[id] ?? id;
  const children: Array<Paragraph | Table> = [
    new Paragraph({ text: 'Register of differences', heading: HeadingLevel.TITLE }),
    new Paragraph({ children: [new TextRun({ text: register.title, italics: true, size: 28 })] }),
    new Paragraph({
      children: [new TextRun({ text: `Generated on ${longDate(register.generatedAt)}.`, color: '555555' })],
    }),
    new Paragraph({ text: registerIntro }),
  ];
  if (register.entries.length === 0)
    children.push(new Paragraph({ text: 'No paragraph is contested and no text is bracketed.' }));
  for (const entry of register.entries)
    children.push(...entryBlocks(entry, register.segments.get(entry.blockId) ?? [], group));
  if (register.silence && register.silence.length > 0) {
    children.push(
      new Paragraph({ text: 'Silence broken', heading: HeadingLevel.HEADING_1 }),
      new Paragraph(silenceIntro),
    );
    for (const p of register.silence) {
      children.push(
        new Paragraph({
          text: `Version “${p.versionName}”, deadline ${longDate(p.deadline)}`,
          heading: HeadingLevel.HEADING_2,
        }),
      );
      for (const o of p.objections)
        children.push(
          new Paragraph({
            bullet: { level: 0 },
            children: [
              new TextRun(`Broke silence: ${oneLine(o.reason)}`),
              new TextRun({
                text: ` — ${o.by.name}, ${group(o.by.stakeholderGroup)}, ${longDate(o.at)}`,
                color: '555555',
              }),
            ],
          }),
        );
    }
  }
  const document = new Document({
    title: `Register of differences — ${register.title}`,
    creator: 'Accord',
    description: 'Contested and bracketed paragraphs with the positions held',
    sections: [{ children }],
  });
  return Packer.toBuffer(document);
}

/** A paragraph's text as runs, brackets in bold. */
function segmentRuns(segments: readonly Segment[]): TextRun[] {
  return segments.map((s) =>
    'bracketId' in s ? new TextRun({ text: `[${s.text}]`, bold: true, color: BRACKET_COLOUR }) : new TextRun(s.text),
  );
}

function entryBlocks(
  entry: CompiledRegisterEntry,
  segments: readonly Segment[],
  group: (id: string) => string,
): Array<Paragraph | Table> {
  const blocks: Array<Paragraph | Table> = [
    new Paragraph({ text: `${entryName(entry)} — ${statusLabels[entry.status]}`, heading: HeadingLevel.HEADING_1 }),
    new Paragraph({
      children: [
        ...(entry.number === null ? [] : [new TextRun({ text: `${entry.label ?? entry.number}. `, bold: true })]),
        ...segmentRuns(segments),
      ],
      indent: { left: 400 },
    }),
  ];
  if (entry.changedSinceAgreed)
    blocks.push(
      new Paragraph({ children: [new TextRun({ text: 'The text changed since it was agreed.', italics: true })] }),
    );
  const open = entry.brackets.filter((b) => b.state === 'open');
  if (open.length > 0) {
    blocks.push(new Paragraph({ text: 'Bracketed text', heading: HeadingLevel.HEADING_2 }));
    open.forEach((bracket, i) => {
      blocks.push(
        new Paragraph({
          children: [
            new TextRun(`${i + 1}. `),
            new TextRun({ text: `[${oneLine(bracket.text)}]`, bold: true, color: BRACKET_COLOUR }),
          ],
        }),
      );
      if (bracket.alternatives.length === 0)
        blocks.push(new Paragraph({ text: 'No alternative proposed yet.', bullet: { level: 0 } }));
      for (const alt of bracket.alternatives) {
        blocks.push(
          new Paragraph({
            bullet: { level: 0 },
            children: [
              new TextRun({ text: `${alt.label}: `, bold: true }),
              new TextRun(oneLine(alt.text)),
              new TextRun({
                text: ` — proposed by ${alt.proposedBy.name} (${group(alt.stakeholderGroup)})`,
                color: '555555',
              }),
            ],
          }),
        );
      }
    });
  }
  if (entry.suggestions && entry.suggestions.length > 0) {
    blocks.push(new Paragraph({ text: 'Wording proposals (pending suggestions)', heading: HeadingLevel.HEADING_2 }));
    entry.suggestions.forEach((s, i) => {
      // As Word tracked changes by their author, so Word's Review pane lists them too.
      const change = { id: i + 1, author: s.author.name, date: s.createdAt, text: oneLine(s.text) };
      blocks.push(
        new Paragraph({
          children: [
            new TextRun(`${i + 1}. ${suggestionLabels[s.kind]} `),
            s.kind === 'insert' ? new InsertedTextRun(change) : new DeletedTextRun(change),
            new TextRun({
              text: ` — proposed by ${s.author.name} (${group(s.author.stakeholderGroup)}), ${longDate(s.createdAt)}`,
              color: '555555',
            }),
          ],
        }),
      );
    });
  }
  if (entry.divergences && entry.divergences.length > 0) {
    blocks.push(new Paragraph({ text: 'Differences among contributions', heading: HeadingLevel.HEADING_2 }));
    if (entry.sources && entry.sources.length > 0)
      blocks.push(new Paragraph({ text: `Sources: ${holdersText(entry.sources)}` }));
    for (const d of entry.divergences) {
      d.views.forEach((v, i) =>
        blocks.push(
          new Paragraph({
            children: [
              new TextRun(`${i + 1}. ${oneLine(v.view)}`),
              new TextRun({ text: ` — held by ${holdersText(v.holders)}`, color: '555555' }),
            ],
          }),
        ),
      );
      if (d.note) blocks.push(new Paragraph({ children: [new TextRun({ text: oneLine(d.note), italics: true })] }));
    }
  }
  blocks.push(new Paragraph({ text: 'Positions', heading: HeadingLevel.HEADING_2 }));
  if (entry.groups.length === 0) {
    blocks.push(new Paragraph({ text: 'No positions recorded yet.' }));
  } else {
    const cell = (text: string, bold = false, right = false) =>
      new TableCell({
        children: [
          new Paragraph({
            alignment: right ? AlignmentType.RIGHT : AlignmentType.LEFT,
            children: [new TextRun({ text, bold })],
          }),
        ],
      });
    const header = new TableRow({
      tableHeader: true,
      children: ['Stakeholder group', 'Support', 'With reservation', 'Oppose', 'Abstain'].map((t) => cell(t, true)),
    });
    const rows = entry.groups.map(
      (g) =>
        new TableRow({
          children: [
            cell(g.name),
            cell(String(g.support), false, true),
            cell(String(g.supportWithReservation), false, true),
            cell(String(g.oppose), false, true),
            cell(String(g.abstain), false, true),
          ],
        }),
    );
    blocks.push(new Table({ rows: [header, ...rows], width: { size: 100, type: WidthType.PERCENTAGE } }));
    blocks.push(new Paragraph({ text: `Standing: ${standingText(entry)}` }));
    for (const p of entry.positions.filter((x) => x.reason.trim() !== '')) {
      blocks.push(
        new Paragraph({
          bullet: { level: 0 },
          children: [
            new TextRun({
              text: `${p.person.name} (${group(p.stakeholderGroup)}), ${positionLabels[p.position]}: `,
              bold: true,
            }),
            new TextRun(oneLine(p.reason)),
          ],
        }),
      );
    }
  }
  if (entry.threads.length > 0) {
    blocks.push(new Paragraph({ text: 'Open comment threads', heading: HeadingLevel.HEADING_2 }));
    for (const thread of entry.threads) {
      blocks.push(
        new Paragraph({
          bullet: { level: 0 },
          text: thread.quote === null ? 'On the paragraph' : `On “${oneLine(thread.quote)}”`,
        }),
      );
      for (const c of thread.comments) {
        blocks.push(
          new Paragraph({
            bullet: { level: 1 },
            children: [new TextRun({ text: `${c.author.name}: `, bold: true }), new TextRun(oneLine(c.body))],
          }),
        );
      }
    }
  }
  return blocks;
}
