/**
 * Typed text to the API's paragraphs: the same rule as the server's plain-text import (a blank
 * line ends a paragraph), so typing and uploading a .txt give the same contribution. Line
 * breaks inside a paragraph become spaces: the paragraph model is plain text.
 */

/** The paragraphs of `text`, trimmed, empty ones dropped. */
export function splitParagraphs(text: string): string[] {
  return text
    .replace(/\r\n?/g, '\n')
    .split(/\n[ \t]*\n/)
    .map((p) => p.replace(/\s*\n\s*/g, ' ').trim())
    .filter((p) => p.length > 0);
}

/** Paragraphs back to text for editing: one blank line between them. */
export const joinParagraphs = (paragraphs: readonly { text: string }[]): string =>
  paragraphs.map((p) => p.text).join('\n\n');
