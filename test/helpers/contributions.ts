/**
 * Contributions to calls (issue 14) as people send them: a real DOCX made with the `docx`
 * library (a heading, a bulleted list, bold and a link), a zip that is not a DOCX, multipart
 * forms, and the confirmation code mailed to a public contributor (read from the outbox).
 */
import { AlignmentType, Document, ExternalHyperlink, HeadingLevel, Packer, Paragraph, TextRun } from 'docx';
import { readOutbox } from '@accord/server';
import type { InProcessAccord } from './in-process.js';

/** A multipart contribution: the fields and one file. */
export function form(fields: Record<string, string | string[]>, file: { name: string; bytes: Uint8Array }): FormData {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields))
    for (const v of Array.isArray(value) ? value : [value]) data.append(name, v);
  data.append('file', new Blob([new Uint8Array(file.bytes)]), file.name);
  return data;
}

/** A real DOCX: a heading, a bulleted list, bold and a link. */
export async function brazilDocx(): Promise<Uint8Array> {
  const doc = new Document({
    numbering: {
      config: [
        {
          reference: 'bullets',
          levels: [{ level: 0, format: 'bullet', text: '•', alignment: AlignmentType.LEFT }],
        },
      ],
    },
    sections: [
      {
        children: [
          new Paragraph({ text: 'Access and affordability', heading: HeadingLevel.HEADING_1 }),
          new Paragraph({
            children: [
              new TextRun('Community networks are '),
              new TextRun({ text: 'key', bold: true }),
              new TextRun(' to connect the next billion.'),
            ],
          }),
          new Paragraph({ text: 'Spectrum for community use', numbering: { reference: 'bullets', level: 0 } }),
          new Paragraph({ text: 'Local content in local languages', numbering: { reference: 'bullets', level: 0 } }),
          new Paragraph({
            children: [
              new TextRun('Read more at '),
              new ExternalHyperlink({ link: 'https://forumdainternet.cgi.br/', children: [new TextRun('the forum')] }),
            ],
          }),
        ],
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}

/** A zip archive with one stored entry that is not a DOCX document. */
export function plainZip(): Uint8Array {
  const name = Buffer.from('readme.txt');
  const data = Buffer.from('hello');
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(20, 4);
  local.writeUInt32LE(data.length, 18);
  local.writeUInt32LE(data.length, 22);
  local.writeUInt16LE(name.length, 26);
  const central = Buffer.alloc(46);
  central.writeUInt32LE(0x02014b50, 0);
  central.writeUInt32LE(data.length, 20);
  central.writeUInt32LE(data.length, 24);
  central.writeUInt16LE(name.length, 28);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(1, 8);
  end.writeUInt16LE(1, 10);
  end.writeUInt32LE(46 + name.length, 12);
  end.writeUInt32LE(30 + name.length + data.length, 16);
  return new Uint8Array(Buffer.concat([local, name, data, central, name, end]));
}

/** The code in the newest mail to `email` on `server`. */
export async function mailedCode(server: InProcessAccord, email: string): Promise<string> {
  const mail = (await readOutbox(server.accord.sql)).filter((m) => m.to === email).at(-1);
  const code = mail && /code is: (\d{8})/.exec(mail.text)?.[1];
  if (!code) throw new Error(`no code mailed to ${email}`);
  return code;
}
