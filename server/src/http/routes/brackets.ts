/**
 * Bracketed text: alternatives (`bracket.alternative`, attributed to the proposer and their
 * stakeholder group) and resolution by a coordinator (`bracket.resolve`), which edits the
 * live document for everyone. Making a bracket is an edit of the text (`document.edit`, in
 * the editor); the bracket is named by its stable id.
 */
import type { Context } from 'hono';
import { Hono } from 'hono';
import { AlternativeBody, BracketId, Id, ResolveBracketBody } from '@accord/schema';
import type { Action } from '../../authz/policy.js';
import type { ConsensusService } from '../../consensus/service.js';
import type { AppEnv } from '../env.js';
import { param, readJson } from '../errors.js';
import type { Gate } from '../gate.js';

export function bracketRoutes(deps: { gate: Gate; consensus: ConsensusService }): Hono<AppEnv> {
  const { gate, consensus } = deps;

  const bracketFor = async (c: Context<AppEnv>, action: Action) => {
    const documentId = param(c, 'documentId', Id, 'document');
    const bracketId = param(c, 'bracketId', BracketId, 'bracket');
    return { documentId, bracketId, ...(await gate.document(c, documentId, action)) };
  };

  return new Hono<AppEnv>()
    .post('/documents/:documentId/brackets/:bracketId/alternatives', async (c) => {
      const { documentId, bracketId, auth } = await bracketFor(c, 'bracket.alternative');
      const body = await readJson(c, AlternativeBody);
      return c.json(await consensus.addAlternative(documentId, bracketId, body.text, auth.person.id), 201);
    })
    .post('/documents/:documentId/brackets/:bracketId/resolution', async (c) => {
      const { documentId, bracketId, auth } = await bracketFor(c, 'bracket.resolve');
      const body = await readJson(c, ResolveBracketBody);
      return c.json(await consensus.resolve(documentId, bracketId, body, auth.person.id));
    });
}
