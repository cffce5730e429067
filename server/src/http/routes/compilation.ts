/**
 * The compilation desk's server side (issue 14): inserting contributed paragraphs
 * (`compilation.edit`), the sources of the compilation's blocks (`document.read`), a call's
 * coverage (`call.manage` on the call's document), and the divergences catalogued on compiled
 * paragraphs (recording: `compilation.edit`; reading: `document.read`).
 */
import { Hono } from 'hono';
import { BlockId, DivergenceBody, Id, InsertContributionBody } from '@accord/schema';
import type { CompilationService } from '../../compilation/service.js';
import type { AppEnv } from '../env.js';
import { param, readJson } from '../errors.js';
import type { Gate } from '../gate.js';

export function compilationRoutes(deps: { gate: Gate; compilation: CompilationService }): Hono<AppEnv> {
  const { gate, compilation } = deps;
  return new Hono<AppEnv>()
    .post('/documents/:documentId/compilation/insert', async (c) => {
      const documentId = param(c, 'documentId', Id, 'document');
      const { document, auth } = await gate.document(c, documentId, 'compilation.edit');
      const body = await readJson(c, InsertContributionBody);
      const blockIds = await compilation.insert(document.workspaceId, documentId, body, auth.person.id);
      return c.json({ blockIds }, 201);
    })
    .get('/documents/:documentId/compilation/sources', async (c) => {
      const documentId = param(c, 'documentId', Id, 'document');
      await gate.document(c, documentId, 'document.read');
      return c.json({ blocks: Object.fromEntries(await compilation.sources(documentId)) });
    })
    .get('/calls/:callId/coverage', async (c) => {
      const callId = param(c, 'callId', Id, 'call');
      gate.signedIn(c); // before the lookup: who is not signed in learns nothing of which calls exist
      const documentId = await compilation.documentOfCall(callId);
      await gate.document(c, documentId, 'call.manage');
      return c.json(await compilation.coverage(callId));
    })
    .post('/documents/:documentId/paragraphs/:blockId/divergences', async (c) => {
      const documentId = param(c, 'documentId', Id, 'document');
      const blockId = param(c, 'blockId', BlockId, 'paragraph');
      const { document, auth } = await gate.document(c, documentId, 'compilation.edit');
      const body = await readJson(c, DivergenceBody);
      return c.json(
        await compilation.recordDivergence(document.workspaceId, documentId, blockId, body, auth.person.id),
        201,
      );
    })
    .get('/documents/:documentId/divergences', async (c) => {
      const documentId = param(c, 'documentId', Id, 'document');
      await gate.document(c, documentId, 'document.read');
      return c.json({ divergences: await compilation.divergences(documentId) });
    });
}
