import { $getNodeByKey, $isElementNode } from 'lexical';
import type { BlockType } from './blocks.js';
import { $listBlocks } from './numbering.js';
import { $blockRuns, $listPlace, type ListPlace, type Run } from './runs.js';

export { $renderHtml } from './render-html.js';
export { $renderMarkdown } from './render-markdown.js';

/** One block of the JSON export. */
export interface RenderedBlock {
  id: string;
  /** The paragraph number, null for blocks that are not numbered. */
  number: number | null;
  type: BlockType;
  /** `h1`–`h6` for headings, `ul` / `ol` for lists; absent otherwise. */
  tag?: string;
  /** Plain text; line breaks as `\n`. A list's text is empty: its items follow it. */
  text: string;
  /** The text with its marks, links and brackets; absent for lists (their items follow). */
  runs?: Run[];
  /** A list item's list and depth. */
  list?: ListPlace;
}

/** The JSON export: `GET /api/documents/:id/content?format=json`. */
export interface RenderedDocument {
  /** Every block in document order (paragraphs, headings, quotes, lists, list items). */
  paragraphs: RenderedBlock[];
}

/** Renders the active editor state as JSON. Call inside `editor.read` or `editorState.read`. */
export function $renderJson(): RenderedDocument {
  return {
    paragraphs: $listBlocks().map(({ key, id, number, type, tag, text }) => {
      const node = $getNodeByKey(key);
      const element = $isElementNode(node) ? node : null;
      const list = element ? $listPlace(element) : undefined;
      const runs = element && type !== 'list' ? $blockRuns(element) : undefined;
      return {
        id,
        number,
        type,
        ...(tag === undefined ? {} : { tag }),
        // The runs' text: without pending suggestions unless the rendering includes them (suggestion-rendering.ts).
        text: runs ? runs.map((run) => run.text).join('') : text,
        ...(runs ? { runs } : {}),
        ...(list ? { list } : {}),
      };
    }),
  };
}
