/**
 * Paragraph consensus: the document's consensus view and dashboard data, a paragraph's status (set by
 * coordinators: `status.set`; proposed by members: `status.propose`), positions (each person
 * their own: `position.record`) and a paragraph's history. Every route asks the Gate; the
 * paragraph is named by its stable block id.
 */
import type { Context } from 'hono';
import { Hono } from 'hono';
import {
  BlockId,
  Id,
  PositionBody,
  StatusBody,
  type ConsensusDashboard,
  type DocumentConsensus,
  type ParagraphHistory,
} from '@accord/schema';
import type { Action } from '../../authz/policy.js';
import type { ConsensusService } from '../../consensus/service.js';
import type { AppEnv } from '../env.js';
import { param, readJson } from '../errors.js';
import type { Gate } from '../gate.js';

export function consensusRoutes(deps: { gate: Gate; consensus: ConsensusService }): Hono<AppEnv> {
  const { gate, consensus } = deps;

  /** The document and paragraph of a `/documents/:documentId/paragraphs/:blockId/…` route, if the caller may perform `action`. */
  const paragraphFor = async (c: Context<AppEnv>, action: Action) => {
    const documentId = param(c, 'documentId', Id, 'document');
    const blockId = param(c, 'blockId', BlockId, 'paragraph');
    return { documentId, blockId, ...(await gate.document(c, documentId, action)) };
  };

  return new Hono<AppEnv>()
    .get('/documents/:documentId/consensus', async (c) => {
      const { document } = await gate.document(c, param(c, 'documentId', Id, 'document'), 'document.read');
      return c.json((await consensus.document(document.id, document.title)) satisfies DocumentConsensus);
    })
    .get('/documents/:documentId/consensus/dashboard', async (c) => {
      const { document } = await gate.document(c, param(c, 'documentId', Id, 'document'), 'document.read');
      return c.json((await consensus.dashboard(document.id, document.title)) satisfies ConsensusDashboard);
    })
    .put('/documents/:documentId/paragraphs/:blockId/status', async (c) => {
      const { documentId, blockId, auth } = await paragraphFor(c, 'status.set');
      const body = await readJson(c, StatusBody);
      return c.json(await consensus.setStatus(documentId, blockId, body.status, body.note, auth.person.id));
    })
    .post('/documents/:documentId/paragraphs/:blockId/status-proposals', async (c) => {
      const { documentId, blockId, auth } = await paragraphFor(c, 'status.propose');
      const body = await readJson(c, StatusBody);
      return c.json(await consensus.proposeStatus(documentId, blockId, body.status, body.note, auth.person.id), 201);
    })
    .put('/documents/:documentId/paragraphs/:blockId/position', async (c) => {
      const { documentId, blockId, auth } = await paragraphFor(c, 'position.record');
      const body = await readJson(c, PositionBody);
      return c.json(await consensus.recordPosition(documentId, blockId, auth.person.id, body.position, body.reason));
    })
    .get('/documents/:documentId/paragraphs/:blockId/history', async (c) => {
      const { documentId, blockId } = await paragraphFor(c, 'document.read');
      return c.json((await consensus.history(documentId, blockId)) satisfies ParagraphHistory);
    });
}
