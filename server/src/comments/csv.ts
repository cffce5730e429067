/**
 * The comments export as CSV: one row per comment (a deleted one keeps its row, with an empty
 * body and its deletion time), RFC 4180 (CRLF line ends, fields with quotes, commas or line
 * breaks quoted, quotes doubled). Comment text is anyone's input, so cells a spreadsheet would
 * run as a formula (starting with = + - @, a tab or a carriage return) are prefixed with a
 * single quote, which spreadsheets show as text.
 */
import type { CommentThread } from '@accord/schema';

/** The header row, in column order. */
export const csvColumns = [
  'thread id',
  'paragraph number',
  'block id',
  'quote',
  'status',
  'text removed',
  'comment id',
  'author',
  'stakeholder group',
  'created at',
  'body',
  'deleted at',
] as const;

/** A cell a spreadsheet would not evaluate. */
export function neutralise(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

/** One field, quoted when RFC 4180 requires it. */
export function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

const row = (cells: readonly string[]): string => `${cells.map((cell) => csvField(neutralise(cell))).join(',')}\r\n`;

/** The export of these threads (as listed: resolved against the live document). */
export function commentsCsv(threads: readonly CommentThread[]): string {
  let csv = row(csvColumns);
  for (const thread of threads) {
    const quote = thread.anchor.kind === 'passage' ? thread.anchor.quote : '';
    const blockId = thread.location?.blockId ?? thread.anchor.blockId;
    // The number as readers see it: the label ("4bis") while numbering is frozen.
    const number = thread.location?.label ?? thread.location?.number;
    for (const comment of thread.comments) {
      csv += row([
        thread.id,
        number == null ? '' : String(number),
        blockId,
        quote,
        thread.status,
        thread.textRemoved ? 'yes' : 'no',
        comment.id,
        comment.author.name,
        comment.author.stakeholderGroup,
        comment.createdAt,
        comment.body,
        comment.deletedAt ?? '',
      ]);
    }
  }
  return csv;
}
