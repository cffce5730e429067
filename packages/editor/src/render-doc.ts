import type * as Y from 'yjs';
import { openHeadlessCollabEditor } from './headless.js';
import type { BaselineParagraph } from './labels.js';
import { readableCopy } from './readable-copy.js';
import { $renderHtml, $renderJson, $renderMarkdown, type RenderedDocument } from './render.js';
import { $withSuggestions, type SuggestionRenderOptions } from './suggestion-rendering.js';

/** The formats of `GET /api/documents/:id/content?format=…`. */
export type ContentFormat = 'json' | 'markdown' | 'html';

/** How to render: `baseline` is a frozen numbering (labels.ts), labelling Markdown and HTML ("4bis", "6 [deleted]"). */
export interface RenderOptions extends SuggestionRenderOptions {
  baseline?: readonly BaselineParagraph[] | null | undefined;
}

/**
 * Renders a whole document held in Yjs: a live `Y.Doc` or an encoded update / stored state.
 *
 * The content is copied into a private doc first. `@lexical/yjs` keeps its node bookkeeping on
 * the shared types themselves, so a second binding on a doc that already has one (the
 * collaboration server's live doc, bound or not later) would read and corrupt the other's
 * state; the copy also guarantees that rendering never writes to the source.
 */
export function renderYDoc(source: Y.Doc | Uint8Array, format: 'json', options?: RenderOptions): RenderedDocument;
export function renderYDoc(source: Y.Doc | Uint8Array, format: 'markdown' | 'html', options?: RenderOptions): string;
export function renderYDoc(
  source: Y.Doc | Uint8Array,
  format: ContentFormat,
  options?: RenderOptions,
): RenderedDocument | string;
export function renderYDoc(
  source: Y.Doc | Uint8Array,
  format: ContentFormat,
  options: RenderOptions = {},
): RenderedDocument | string {
  // A node no editor could load becomes a visible placeholder in the copy (readable-copy.ts).
  const doc = readableCopy(source);
  const session = openHeadlessCollabEditor(doc);
  try {
    return session.editor.read(() =>
      // Pending suggestions are left out (the base text) unless `options.suggestions` is 'include'.
      $withSuggestions(options, () => {
        switch (format) {
          case 'json':
            return $renderJson();
          case 'markdown':
            return $renderMarkdown(options.baseline);
          case 'html':
            return $renderHtml(options.baseline);
        }
      }),
    );
  } finally {
    session.close();
    doc.destroy();
  }
}
