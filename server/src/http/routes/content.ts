/**
 * `GET /api/documents/:id/content?format=json|markdown|html`: the live document rendered on the server, numbered, with block ids.
 * Numbered paragraphs carry their `label` beside the ordinal `number` ("4bis" while numbering is
 * frozen, else the ordinal; a language version's JSON carries its original's, issue 15); while
 * frozen, the JSON's `deleted` lists baseline paragraphs since
 * removed, and Markdown/HTML show them as "6 [deleted]" in their place.
 * Pending suggestions are not the text: every format shows the base text (proposed insertions
 * left out, text proposed for deletion kept), unless `?suggestions=include` asks Markdown and
 * HTML to mark them (CriticMarkup `{++…++}{>>author<<}` / `<ins>`, `<del>` with the author).
 */
import { Hono } from 'hono';
import { blockViews, labelParagraphs, labelsByBlock, renderYDoc, type SuggestionRendering } from '@accord/editor';
import * as Y from 'yjs';
import { ContentFormat, Id, type DocumentContent, type DocumentRecord } from '@accord/schema';
import type { LiveState } from '../../content/live-state.js';
import { deletedParagraphs, type NumberingService } from '../../numbering/service.js';
import type { AppEnv } from '../env.js';
import { invalidFormat, param } from '../errors.js';
import { Refusal } from '../../refusal.js';
import type { Gate } from '../gate.js';

export function contentRoutes(
  gate: Gate,
  state: LiveState,
  numbering?: Pick<NumberingService, 'baseline'>,
  /** Display names by person id, for the authors of included suggestions. */
  names?: (personIds: readonly string[]) => Promise<ReadonlyMap<string, string>>,
  /** A compilation's sources by block id (issue 14): JSON blocks carry them where there are some. */
  sources?: (
    documentId: string,
  ) => Promise<ReadonlyMap<string, ReadonlyArray<{ contributionId: string; organisation: string }>>>,
  /**
   * A language version's numbers are its original's, by block id (issue 15): the JSON labels its
   * paragraphs with them, and those the original lacks get none. Undefined for an original.
   */
  sharedNumbers?: (
    document: DocumentRecord,
  ) => Promise<ReadonlyMap<string, { number: number; label: string }> | undefined>,
): Hono<AppEnv> {
  return new Hono<AppEnv>().get('/documents/:documentId/content', async (c) => {
    const id = param(c, 'documentId', Id, 'document');
    // The format is checked first: a bad query says so even to someone without access.
    const format = ContentFormat.safeParse(c.req.query('format') ?? 'json');
    if (!format.success) throw invalidFormat(ContentFormat.options);
    const suggestions = c.req.query('suggestions') ?? 'base';
    if (suggestions !== 'base' && suggestions !== 'include')
      throw new Refusal(400, 'invalid_suggestions', { key: 'errors.http.suggestionsQuery' });
    const { document } = await gate.document(c, id, 'document.read');
    const update = await state(id);
    const baseline = await numbering?.baseline(id);
    const marked = { suggestions: suggestions as SuggestionRendering, authors: await authorsOf(update, suggestions) };
    switch (format.data) {
      case 'json': {
        const { paragraphs } = renderYDoc(update, 'json');
        const entries = labelParagraphs(paragraphs, baseline);
        const labels = labelsByBlock(entries);
        const shared = await sharedNumbers?.(document);
        const cited: ReadonlyMap<
          string,
          ReadonlyArray<{ contributionId: string; organisation: string }>
        > = (await sources?.(id)) ?? new Map();
        const body: DocumentContent = {
          documentId: id,
          title: document.title,
          paragraphs: paragraphs.map((p) => {
            const number = shared?.get(p.id);
            const labelled = shared
              ? { ...p, number: number?.number ?? null, ...(number ? { label: number.label } : {}) }
              : p.number === null
                ? p
                : { ...p, label: labels.get(p.id)! };
            const from = cited.get(p.id);
            return from?.length
              ? {
                  ...labelled,
                  sources: from.map((s) => ({ contributionId: s.contributionId, organisation: s.organisation })),
                }
              : labelled;
          }),
          ...(baseline ? { deleted: deletedParagraphs(entries) } : {}),
        };
        return c.json(body);
      }
      case 'markdown':
        return c.body(renderYDoc(update, 'markdown', { baseline, ...marked }), 200, {
          'content-type': 'text/markdown; charset=utf-8',
        });
      case 'html':
        return c.body(renderYDoc(update, 'html', { baseline, ...marked }), 200, {
          'content-type': 'text/html; charset=utf-8',
          // A fragment for embedding or download; never a page that runs anything.
          'content-security-policy': "default-src 'none'; style-src 'unsafe-inline'",
          'x-content-type-options': 'nosniff',
        });
    }
  });

  /** Names of the people whose suggestions an `include` rendering marks. */
  async function authorsOf(update: Uint8Array, suggestions: string): Promise<ReadonlyMap<string, string>> {
    if (suggestions !== 'include' || !names) return new Map();
    const doc = new Y.Doc();
    try {
      Y.applyUpdate(doc, update);
      return await names([...new Set(blockViews(doc).flatMap((b) => b.suggestions.map((s) => s.by)))]);
    } finally {
      doc.destroy();
    }
  }
}
