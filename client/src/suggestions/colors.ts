/**
 * A suggestion's colours: its author's colour (the same as their caret and avatar, from
 * `colorFor`), so a reader links a change to a person at a glance. The ink is that colour a
 * little darker, so it reads at 4.5:1 or more on the paper and on the tint behind it; the
 * tint is the colour mixed into white. Colour is never the only sign: insertions are
 * underlined and deletions struck through, and each has an accessible description.
 */
import { colorFor } from '../identity.js';

export interface SuggestionColors {
  /** The text and its underline or strike. */
  ink: string;
  /** The background behind the text. */
  soft: string;
}

/** How much of the colour goes into the tint: enough to see, little enough to keep contrast. */
const TINT = 0.1;
/** How much darker the ink is than the palette colour (the palette is made for white initials on it). */
const SHADE = 0.12;

type Rgb = [number, number, number];

const parseHex = (hex: string): Rgb => {
  const n = Number.parseInt(hex.slice(1), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
};

const toHex = ([r, g, b]: Rgb): string => `#${[r, g, b].map((c) => c.toString(16).padStart(2, '0')).join('')}`;

/** `amount` of `hex` over white. */
const tint = (hex: string, amount: number): string =>
  toHex(parseHex(hex).map((c) => Math.round(255 - (255 - c) * amount)) as Rgb);

/** `amount` of black over `hex`. */
const shade = (hex: string, amount: number): string =>
  toHex(parseHex(hex).map((c) => Math.round(c * (1 - amount))) as Rgb);

/** The colours of a suggestion by `personId`. */
export function suggestionColors(personId: string): SuggestionColors {
  const color = colorFor(personId);
  return { ink: shade(color, SHADE), soft: tint(color, TINT) };
}

const channel = (c: number) => {
  const s = c / 255;
  return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
};

/** WCAG relative luminance of a `#rrggbb` colour. */
const luminance = (hex: string) => {
  const [r, g, b] = parseHex(hex).map(channel) as Rgb;
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
};

/** WCAG contrast ratio of two `#rrggbb` colours (1 to 21). */
export function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}
