/**
 * Suggestions: the pending ones with their authors (`document.read`), decisions by
 * coordinators and the secretariat (`suggestion.decide`: one, or all of a person's),
 * withdrawal by the author alone while they may still suggest (`document.suggest`), and the
 * document's rule for members (`status.set`: it is about how agreed paragraphs may change).
 * The suggestions themselves are made in the editor, as text.
 */
import type { Context } from 'hono';
import { Hono } from 'hono';
import { DecideAllBody, Id, SuggestionId, SuggestionSettingsBody, type SuggestionSettings } from '@accord/schema';
import type { SuggestionService } from '../../suggestions/service.js';
import type { AppEnv } from '../env.js';
import { param, readJson } from '../errors.js';
import type { Gate } from '../gate.js';

export function suggestionRoutes(deps: { gate: Gate; suggestions: SuggestionService }): Hono<AppEnv> {
  const { gate, suggestions } = deps;

  const ids = (c: Context<AppEnv>) => ({
    documentId: param(c, 'documentId', Id, 'document'),
    suggestionId: param(c, 'suggestionId', SuggestionId, 'suggestion'),
  });

  /** What the caller's connection may do, and the document's rule as it applies to them. */
  const settingsFor = async (c: Context<AppEnv>, documentId: string): Promise<SuggestionSettings> => {
    const { auth, resource } = await gate.document(c, documentId, 'document.read');
    const access = gate.access(auth, resource);
    const mode = access.allowed.includes('document.edit')
      ? 'edit'
      : access.allowed.includes('document.suggest')
        ? 'suggest'
        : 'read';
    return suggestions.settings(documentId, mode, access.role === 'member');
  };

  return new Hono<AppEnv>()
    .get('/documents/:documentId/suggestions', async (c) => {
      const documentId = param(c, 'documentId', Id, 'document');
      await gate.document(c, documentId, 'document.read');
      return c.json({ suggestions: await suggestions.pending(documentId) });
    })
    .post('/documents/:documentId/suggestions/decide', async (c) => {
      const documentId = param(c, 'documentId', Id, 'document');
      const { document, auth } = await gate.document(c, documentId, 'suggestion.decide');
      const body = await readJson(c, DecideAllBody);
      return c.json(
        await suggestions.decideAllBy(document.workspaceId, documentId, body.authorId, body.decision, auth.person.id),
      );
    })
    .post('/documents/:documentId/suggestions/:suggestionId/accept', async (c) => {
      const { documentId, suggestionId } = ids(c);
      const { document, auth } = await gate.document(c, documentId, 'suggestion.decide');
      return c.json(await suggestions.decide(document.workspaceId, documentId, suggestionId, 'accept', auth.person.id));
    })
    .post('/documents/:documentId/suggestions/:suggestionId/reject', async (c) => {
      const { documentId, suggestionId } = ids(c);
      const { document, auth } = await gate.document(c, documentId, 'suggestion.decide');
      return c.json(await suggestions.decide(document.workspaceId, documentId, suggestionId, 'reject', auth.person.id));
    })
    .post('/documents/:documentId/suggestions/:suggestionId/withdraw', async (c) => {
      const { documentId, suggestionId } = ids(c);
      const { document, auth, resource } = await gate.document(c, documentId, 'document.suggest');
      const author = await suggestions.authorOf(documentId, suggestionId);
      if (author !== auth.person.id)
        await gate.enforce(
          c,
          {
            allowed: false,
            reason: 'only its author can withdraw a suggestion; coordinators accept or reject it',
            ref: { key: 'errors.suggestion.notAuthor' },
          },
          'suggestion.withdraw',
          resource,
          { what: 'suggestion', id: suggestionId },
        );
      return c.json(
        await suggestions.decide(document.workspaceId, documentId, suggestionId, 'withdraw', auth.person.id),
      );
    })
    .get('/documents/:documentId/settings/suggestions', async (c) => {
      const documentId = param(c, 'documentId', Id, 'document');
      return c.json(await settingsFor(c, documentId));
    })
    .put('/documents/:documentId/settings/suggestions', async (c) => {
      const documentId = param(c, 'documentId', Id, 'document');
      const { document, auth } = await gate.document(c, documentId, 'status.set');
      const body = await readJson(c, SuggestionSettingsBody);
      await suggestions.setMembers(document.workspaceId, documentId, body.members, auth.person.id);
      return c.json(await settingsFor(c, documentId));
    });
}
