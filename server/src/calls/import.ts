/**
 * A contribution's text from an uploaded file: DOCX (through mammoth), Markdown or plain
 * text, into paragraphs. The paragraph model is plain text, so headings, list items and
 * paragraphs each become a paragraph; bold and italics keep their text; a link keeps its text
 * followed by its address in parentheses ("IGF (https://igf.org)") unless the text is the
 * address. The file's kind is decided by its extension AND its content: a `.docx` must be a
 * zip holding `word/document.xml`; Markdown and text must be UTF-8 without NUL bytes. Anything
 * else is refused with what was wrong, before anything is stored.
 */
import mammoth from 'mammoth';
import { type Msg, Refusal } from '../refusal.js';
import type { ContributionSource } from './store.js';

/** The largest file taken. */
export const MAX_FILE_BYTES = 5 * 1024 * 1024;
/** The most paragraphs a contribution has. */
export const MAX_PARAGRAPHS = 500;
/** The longest paragraph. */
export const MAX_PARAGRAPH_CHARS = 10_000;
/** What a DOCX may unpack to: a 5 MB zip of repeated text could otherwise grow a hundredfold. */
const MAX_UNPACKED_BYTES = 64 * 1024 * 1024;

/** Why an import failed: a 400 saying what was wrong with the file. */
const failed = (message: Msg): Refusal => new Refusal(400, 'import_failed', message);

/** Paragraphs from a file named `name`; throws a {@link Refusal} (413, 400 `import_failed`) when it cannot be taken. */
export async function importFile(
  name: string,
  bytes: Uint8Array,
): Promise<{ source: Exclude<ContributionSource, 'typed'>; paragraphs: string[] }> {
  if (bytes.byteLength > MAX_FILE_BYTES)
    throw new Refusal(413, 'file_too_large', {
      key: 'errors.import.tooLarge',
      values: { size: MAX_FILE_BYTES / 1024 / 1024 },
    });
  if (bytes.byteLength === 0) throw failed({ key: 'errors.import.empty' });
  const extension = /\.([a-z0-9]+)$/i.exec(name)?.[1]?.toLowerCase() ?? '';
  let source: Exclude<ContributionSource, 'typed'>;
  let paragraphs: string[];
  if (extension === 'docx') {
    source = 'docx';
    paragraphs = await docxParagraphs(bytes);
  } else if (extension === 'md' || extension === 'markdown') {
    source = 'markdown';
    paragraphs = markdownParagraphs(utf8(bytes));
  } else if (extension === 'txt' || extension === 'text') {
    source = 'text';
    paragraphs = textParagraphs(utf8(bytes));
  } else {
    throw failed({ key: 'errors.import.unknownType', values: { name } });
  }
  if (paragraphs.length === 0) throw failed({ key: 'errors.import.noText' });
  if (paragraphs.length > MAX_PARAGRAPHS)
    throw failed({ key: 'errors.import.tooManyParagraphs', values: { count: paragraphs.length, max: MAX_PARAGRAPHS } });
  const long = paragraphs.findIndex((p) => p.length > MAX_PARAGRAPH_CHARS);
  if (long >= 0)
    throw failed({ key: 'errors.import.paragraphTooLong', values: { index: long + 1, max: MAX_PARAGRAPH_CHARS } });
  return { source, paragraphs };
}

/** The text of a Markdown or plain-text file; refused when it is not UTF-8 text. */
function utf8(bytes: Uint8Array): string {
  if (bytes.includes(0)) throw failed({ key: 'errors.import.binary' });
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    throw failed({ key: 'errors.import.notUtf8' });
  }
}

/** Blank-line separated paragraphs; the lines of one paragraph are joined with spaces. */
export function textParagraphs(text: string): string[] {
  return text
    .replace(/\r\n?/g, '\n')
    .split(/\n[ \t]*\n/)
    .map((block) => block.replace(/\s*\n\s*/g, ' ').trim())
    .filter((p) => p.length > 0);
}

/** Markdown's headings, list items and paragraphs, each a paragraph of plain text. */
export function markdownParagraphs(markdown: string): string[] {
  const paragraphs: string[] = [];
  let current: string[] = [];
  const flush = () => {
    const text = inlineMarkdown(current.join(' '));
    if (text) paragraphs.push(text);
    current = [];
  };
  for (const raw of markdown.replace(/\r\n?/g, '\n').split('\n')) {
    const line = raw.trim();
    if (line === '' || /^(```|~~~)/.test(line) || /^([-*_])(\s*\1){2,}$/.test(line)) {
      flush();
      continue;
    }
    const heading = /^#{1,6}\s+(.*?)\s*#*$/.exec(line);
    const item = /^(?:[-*+]|\d+[.)])\s+(.*)$/.exec(line);
    if (heading || item) {
      flush();
      current.push((heading ?? item)![1]!);
      if (heading) flush();
      continue;
    }
    current.push(line.replace(/^>\s?/, ''));
  }
  flush();
  return paragraphs;
}

/** Emphasis and code marks dropped; links as "text (url)"; images as their alt text. */
function inlineMarkdown(text: string): string {
  return text
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]+)\]\(([^)\s]+)[^)]*\)/g, (_m, label: string, url: string) => linkText(label, url))
    .replace(/(\*\*|__)(.+?)\1/g, '$2')
    .replace(/(\*|_)(\S(?:.*?\S)?)\1/g, '$2')
    .replace(/`([^`]+)`/g, '$1')
    .replace(/\s+/g, ' ')
    .trim();
}

const linkText = (label: string, url: string): string => (label.trim() === url ? url : `${label} (${url})`);

/** A DOCX's paragraphs, headings and list items through mammoth's HTML (which is simple and well formed). */
async function docxParagraphs(bytes: Uint8Array): Promise<string[]> {
  checkDocxZip(bytes);
  let html: string;
  try {
    html = (await mammoth.convertToHtml({ buffer: Buffer.from(bytes) })).value;
  } catch (error) {
    throw new Refusal(
      400,
      'import_failed',
      { key: 'errors.import.unreadable', values: { reason: (error as Error).message } },
      { cause: error },
    );
  }
  return htmlParagraphs(html);
}

/** Paragraphs from mammoth's HTML: every block element (p, h1–h6, li, table cell) starts one. */
export function htmlParagraphs(html: string): string[] {
  const text = html
    .replace(/<img\b[^>]*>/gi, '')
    .replace(/<a\b[^>]*\bhref="([^"]*)"[^>]*>(.*?)<\/a>/gis, (_m, href: string, inner: string) => {
      const label = stripTags(inner);
      const url = decodeEntities(href);
      // Mammoth's own footnote and bookmark anchors are not links a reader follows.
      return url.startsWith('#') ? label : linkText(label, url);
    })
    .replace(/<\/?(p|h[1-6]|li|ul|ol|table|tr|td|th|blockquote|br)\b[^>]*>/gi, '\n\n');
  return stripTags(text)
    .split(/\n\n+/)
    .map((p) => decodeEntities(p).replace(/\s+/g, ' ').trim())
    .filter((p) => p.length > 0);
}

const stripTags = (html: string): string => html.replace(/<[^>]*>/g, '');

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos|nbsp);/gi, (_m, entity: string) => {
    const e = entity.toLowerCase();
    if (e.startsWith('#x')) return safeChar(Number.parseInt(e.slice(2), 16));
    if (e.startsWith('#')) return safeChar(Number.parseInt(e.slice(1), 10));
    return ({ amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' } as Record<string, string>)[e]!;
  });
}

const safeChar = (code: number): string => (code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : '');

/**
 * Reads the zip's central directory before unpacking anything: a DOCX is a zip (it starts
 * with PK\x03\x04) holding `word/document.xml`, and what it unpacks to is bounded.
 */
export function checkDocxZip(bytes: Uint8Array): void {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (bytes.byteLength < 22 || view.getUint32(0, true) !== 0x04034b50) throw failed({ key: 'errors.import.notDocx' });
  let end = -1;
  for (let i = bytes.byteLength - 22; i >= Math.max(0, bytes.byteLength - 22 - 0xffff); i--) {
    if (view.getUint32(i, true) === 0x06054b50) {
      end = i;
      break;
    }
  }
  if (end < 0) throw failed({ key: 'errors.import.zipDirectoryMissing' });
  const entries = view.getUint16(end + 10, true);
  let at = view.getUint32(end + 16, true);
  let unpacked = 0;
  let hasDocument = false;
  for (let n = 0; n < entries; n++) {
    if (at + 46 > bytes.byteLength || view.getUint32(at, true) !== 0x02014b50)
      throw failed({ key: 'errors.import.zipDirectoryBroken' });
    unpacked += view.getUint32(at + 24, true);
    const nameLength = view.getUint16(at + 28, true);
    const name = new TextDecoder().decode(bytes.subarray(at + 46, at + 46 + nameLength));
    if (name === 'word/document.xml') hasDocument = true;
    at += 46 + nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  if (!hasDocument) throw failed({ key: 'errors.import.noDocument' });
  if (unpacked > MAX_UNPACKED_BYTES)
    throw failed({ key: 'errors.import.unpacksTooLarge', values: { size: MAX_UNPACKED_BYTES / 1024 / 1024 } });
}
