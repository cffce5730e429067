import type { DocumentKind } from '@accord/schema';

/**
 * One block of seed content. Deliberately smaller than what the editor can hold: these are
 * the shapes the demo needs, and each maps onto exactly one Lexical node type, so the Yjs
 * encoding in `../lexical-content.ts` has no room for interpretation. Texts are single
 * lines of plain text; paragraph numbers are never part of the text (the editor derives them).
 */
export type SeedBlock =
  | { type: 'heading'; level: 1 | 2 | 3; text: string }
  | { type: 'paragraph'; text: string }
  | { type: 'bullet-list'; items: string[] };

/**
 * A demo document. `id` follows the project's id rule (lower-case letters, digits and
 * dashes, at most 64 characters) because it becomes part of URLs and room names.
 */
export interface SeedDocument {
  id: string;
  title: string;
  kind: DocumentKind;
  blocks: SeedBlock[];
}
