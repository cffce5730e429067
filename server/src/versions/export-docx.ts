/**
 * A version as a Word document (`docx`, as the register of differences): title, version line,
 * then every block with its paragraph number, brackets in bold and the status in grey. Text
 * goes into runs, never markup, so nothing typed is interpreted.
 */
import { Document, HeadingLevel, Packer, Paragraph, TextRun } from 'docx';
import type { VersionBlock, VersionContent } from '@accord/schema';
import { statusLabels } from '../consensus/register.js';
import { versionCaption } from './export.js';

const BRACKET_COLOUR = '8A3B00';
const headings = [HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3, HeadingLevel.HEADING_4, HeadingLevel.HEADING_5, HeadingLevel.HEADING_6] as const;

function runs(block: VersionBlock): TextRun[] {
  return block.segments.flatMap((s) => {
    const lines = (s.bracket ? `[${s.text}]` : s.text).split('\n');
    return lines.map((text, i) => new TextRun({ text, break: i > 0 ? 1 : 0, ...(s.bracket ? { bold: true, color: BRACKET_COLOUR } : {}) }));
  });
}

export async function versionDocx(content: VersionContent): Promise<Buffer> {
  const children: Paragraph[] = [
    new Paragraph({ text: content.version.title, heading: HeadingLevel.TITLE }),
    new Paragraph({ children: [new TextRun({ text: versionCaption(content), italics: true, color: '555555' })] }),
  ];
  if (content.version.note) children.push(new Paragraph({ children: [new TextRun({ text: content.version.note, color: '555555' })] }));
  for (const block of content.paragraphs) {
    if (block.type === 'list') continue;
    if (block.type === 'heading') {
      children.push(new Paragraph({ heading: headings[Math.min(5, Math.max(0, Number(block.tag?.slice(1) ?? 1) - 1))], children: runs(block) }));
    } else if (block.type === 'listitem') {
      children.push(new Paragraph({ bullet: { level: 0 }, children: runs(block) }));
    } else {
      children.push(
        new Paragraph({
          ...(block.type === 'quote' ? { indent: { left: 600 } } : {}),
          children: [
            ...(block.number === null ? [] : [new TextRun({ text: `${block.number}. `, bold: true })]),
            ...runs(block),
            ...(block.status ? [new TextRun({ text: ` (${statusLabels[block.status]})`, color: '777777', italics: true })] : []),
          ],
        }),
      );
    }
  }
  const document = new Document({
    title: `${content.version.title} — ${content.version.name}`,
    creator: 'Accord',
    description: `Version “${content.version.name}” of ${content.version.title}`,
    sections: [{ children }],
  });
  return Packer.toBuffer(document);
}
