/**
 * Language versions of a document (issue 15), every route through the Gate:
 * - `POST /api/documents/:id/languages` (`translation.manage` on the original) makes a version;
 * - `GET /api/documents/:id/languages` (`document.read`) lists the family, from the original or
 *   any version, only what the caller may read;
 * - `GET /api/documents/:id/alignment` (`document.read` on the version and its original) sets
 *   each paragraph of the original beside the version's, with where it stands;
 * - `POST /api/documents/:id/alignment/:blockId/translated` (`document.edit` on the version)
 *   marks a paragraph up to date without editing it;
 * - `POST /api/documents/:id/alignment/sync` (`document.edit` on the version) adds the
 *   original's new paragraphs and removes the ones it no longer has, on the caller's behalf;
 * - `GET /api/documents/:id/paragraphs/:blockId/threads?languages=all|this` (`document.read`)
 *   lists a paragraph's comment threads across the family, each with its document's language.
 */
import type { Context } from 'hono';
import { Hono } from 'hono';
import {
  BlockId,
  CreateLanguageVersionBody,
  Id,
  SyncAlignmentBody,
  type DocumentRecord,
  type FamilyThread,
  type LanguageFamily,
  type ParagraphThreads,
} from '@accord/schema';
import type { CommentService } from '../../comments/service.js';
import type { Identity } from '../../identity/identity.js';
import type { LanguageService } from '../../languages/service.js';
import { msg, Refusal } from '../../refusal.js';
import type { RecordStore } from '../../storage/types.js';
import type { AppEnv } from '../env.js';
import { param, readJson } from '../errors.js';
import type { Gate } from '../gate.js';

export interface LanguageRouteDeps {
  gate: Gate;
  languages: LanguageService;
  comments: CommentService;
  identity: Identity;
  records: RecordStore;
}

export function languageRoutes({ gate, languages, comments, identity, records }: LanguageRouteDeps): Hono<AppEnv> {
  /** Whether the caller may read `document` (its audience included), for lists that leave out the rest. */
  const readable = (c: Context<AppEnv>) => {
    const auth = gate.signedIn(c);
    return async (document: DocumentRecord): Promise<boolean> =>
      gate.canRead(auth.principal, document, await identity.audiences.getDocumentAudience(document.id));
  };

  /** A language version the caller may perform `action` on, and its original, which they must be able to read. */
  const version = async (c: Context<AppEnv>, action: 'document.read' | 'document.edit') => {
    const id = param(c, 'documentId', Id, 'document');
    const { document, auth } = await gate.document(c, id, action);
    if (document.originalId === null)
      throw new Refusal(409, 'not_a_language_version', msg('languages.refusal.notAVersion'));
    const original = await languages.originalOf(document);
    if (!(await readable(c)(original))) throw new Refusal(404, 'not_found', msg('languages.refusal.originalHidden'));
    return { document, original, auth };
  };

  return new Hono<AppEnv>()
    .post('/documents/:documentId/languages', async (c) => {
      const { document, auth } = await gate.document(c, param(c, 'documentId', Id, 'document'), 'translation.manage');
      const body = await readJson(c, CreateLanguageVersionBody);
      const made = await languages.create(document, auth.person.id, body);
      return c.json(made, 201, { location: `/api/documents/${made.documentId}` });
    })
    .get('/documents/:documentId/languages', async (c) => {
      const { document } = await gate.document(c, param(c, 'documentId', Id, 'document'), 'document.read');
      return c.json((await languages.family(document, readable(c))) satisfies LanguageFamily);
    })
    .get('/documents/:documentId/alignment', async (c) => {
      const { document, original } = await version(c, 'document.read');
      return c.json(await languages.alignment(document, original));
    })
    .post('/documents/:documentId/alignment/sync', async (c) => {
      const { document, original, auth } = await version(c, 'document.edit');
      // The body is optional: without one, paragraphs added to the original arrive empty.
      const sent = c.req.header('transfer-encoding') !== undefined || Number(c.req.header('content-length') ?? 0) > 0;
      const body = sent ? await readJson(c, SyncAlignmentBody) : SyncAlignmentBody.parse({});
      return c.json(await languages.sync(document, original, auth.person.id, body.start));
    })
    .post('/documents/:documentId/alignment/:blockId/translated', async (c) => {
      const { document, original, auth } = await version(c, 'document.edit');
      const blockId = param(c, 'blockId', BlockId, 'paragraph');
      return c.json(await languages.markTranslated(document, original, blockId, auth.person.id));
    })
    .get('/documents/:documentId/paragraphs/:blockId/threads', async (c) => {
      const id = param(c, 'documentId', Id, 'document');
      const scope = c.req.query('languages') ?? 'all';
      if (scope !== 'all' && scope !== 'this')
        throw new Refusal(400, 'invalid_languages', msg('languages.refusal.threadsScope'));
      const { document } = await gate.document(c, id, 'document.read');
      const blockId = param(c, 'blockId', BlockId, 'paragraph');
      const canRead = readable(c);
      const family: DocumentRecord[] = [document];
      if (scope === 'all') {
        const original = await languages.originalOf(document);
        for (const d of [original, ...(await records.languageVersions(original.id))])
          if (d.id !== document.id && (await canRead(d))) family.push(d);
      }
      // Numbers are the original's in every language (a version's own would skip its empty paragraphs).
      const numbers = await languages.originalNumbers(document);
      const threads: FamilyThread[] = [];
      for (const d of family) {
        for (const thread of await comments.list(d.id)) {
          const on = thread.location?.blockId ?? thread.anchor.blockId;
          if (on !== blockId && thread.anchor.blockId !== blockId) continue;
          const shared = numbers.get(on);
          const location =
            d.originalId === null || !thread.location
              ? thread.location
              : { blockId: on, number: shared?.number ?? null, ...(shared ? { label: shared.label } : {}) };
          threads.push({ ...thread, ...(location === undefined ? {} : { location }), language: d.language });
        }
      }
      threads.sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id));
      const number = numbers.get(blockId);
      const body: ParagraphThreads = {
        blockId,
        number: number?.number ?? null,
        ...(number ? { label: number.label } : {}),
        threads,
      };
      return c.json(body);
    });
}
