/**
 * A public passage comment quotes the frozen paragraph: the server derives the quote from the
 * offsets and refuses a quote that says something else, so the official report never prints
 * invented words as "On the passage …". Offsets count UTF-16 code units, as the page's
 * selection (client/src/consult/passage.ts) and JavaScript strings do.
 */

/** Why a passage does not fit its paragraph; null when it does. */
export type PassageProblem = 'out_of_range' | 'split_character' | 'mismatch';

/** Checks `quote` against `text` between `start` and `end`; null when it is exactly that passage. */
export function passageProblem(text: string, start: number, end: number, quote: string): PassageProblem | null {
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end <= start || end > text.length)
    return 'out_of_range';
  // An offset between the two halves of a surrogate pair (an emoji, a rare CJK character) cuts a character in two.
  if (isLowSurrogate(text.charCodeAt(start)) || (end < text.length && isLowSurrogate(text.charCodeAt(end))))
    return 'split_character';
  return text.slice(start, end) === quote ? null : 'mismatch';
}

const isLowSurrogate = (unit: number): boolean => unit >= 0xdc00 && unit <= 0xdfff;
