/**
 * The suggestions extension in a real room's pipeline, with the SQL store on each dialect:
 * the document's rules are loaded before any update is checked and let go when it unloads,
 * and what stored updates did to suggestions is recorded after them, in order, even when a
 * later batch is stored before the record of an earlier one is written.
 */
import { $getRoot } from 'lexical';
import * as Y from 'yjs';
import { afterEach, describe, expect, it } from 'vitest';
import { $listSuggestions, $rejectSuggestion } from '../../../packages/editor/src/suggestion-decisions.js';
import { $suggestInsertText } from '../../../packages/editor/src/suggestions.js';
import { appendParagraphs, openTestClient, type TestClient } from '../../../packages/editor/src/testing/harness.js';
import { Hooks } from '../collab/hooks.js';
import { Room } from '../collab/room.js';
import { ConsensusHub } from '../consensus/live.js';
import { DocumentSchema } from '../extensions/document-schema.js';
import { OnBehalfOf } from '../extensions/on-behalf-of.js';
import { createLogger } from '../logger.js';
import { newId } from '../storage/ids.js';
import { dialects, seedTwoPeople, testDatabase } from '../storage/testing.js';
import { SuggestionsExtension } from './extension.js';
import { SuggestionRules } from './rules.js';
import { SqlSuggestionStore } from './store.js';

const log = createLogger('silent');
const open: TestClient[] = [];
afterEach(() => {
  for (const client of open.splice(0)) client.close();
});

describe.each(dialects)('SuggestionsExtension on %s', (dialect) => {
  const t = testDatabase(dialect, 'suggestions-extension');

  it('holds the rules while the document is open, and records its suggestions in the order they were stored', async () => {
    await seedTwoPeople(t.sql);
    // Suggestion nodes name their authors by ids of the schema's shape.
    const [ana, ben] = [newId(), newId()];
    for (const id of [ana, ben])
      await t.sql.run('INSERT INTO people (id, email, name, stakeholder_group, created_at) VALUES (?, ?, ?, ?, ?)', [
        id,
        `${id}@example.org`,
        id,
        'government',
        '2026-12-01T08:00:00.000Z',
      ]);
    const store = new SqlSuggestionStore(t.sql);
    await store.setMembers('d', 'agreed', ana);
    const hub = new ConsensusHub();
    const rules = new SuggestionRules({ store, events: hub, logger: log, refreshMs: 0 });
    const extension = new SuggestionsExtension({ store, rules, logger: log });
    const room = new Room('d', new Hooks([new DocumentSchema(), extension]), log, {
      unloadGraceMs: 60_000,
      onGone: () => {},
    });
    await room.loaded;
    expect([rules.members('d'), hub.count('d')]).toEqual(['agreed', 1]);

    const editor = openTestClient(new Y.Doc());
    open.push(editor);
    /** Stores what the editor has and the room lacks, after `edit`, as a server write on `personId`'s behalf. */
    const send = async (personId: string, action: string, edit: () => void): Promise<void> => {
      edit();
      // The editor writes to Yjs once its update is committed: let it.
      await new Promise((resolve) => setImmediate(resolve));
      const update = Y.encodeStateAsUpdate(editor.doc, Y.encodeStateVector(room.doc));
      await room.submitServerUpdate(update, new OnBehalfOf(personId, action));
    };
    await send(ana, 'test', () => appendParagraphs(editor.editor, 'Base text.'));
    await send(ana, 'test', () =>
      editor.editor.update(
        () => {
          $getRoot().getLastChildOrThrow().selectEnd();
          $suggestInsertText(' More.', { personId: ana });
        },
        { discrete: true },
      ),
    );
    const [made] = editor.editor.read(() => $listSuggestions());
    const id = made!.id;
    // Stored right after the batch that made it, before that batch's record need be written.
    await send(ben, 'suggestion.reject', () =>
      editor.editor.update(() => void $rejectSuggestion(id), { discrete: true }),
    );
    await extension.recorded('d');
    expect((await store.events('d', id)).map((e) => [e.event, e.actorId])).toEqual([
      ['created', ana],
      ['rejected', ben],
    ]);

    await room.unload();
    expect([rules.size, hub.count('d')]).toEqual([0, 0]);
    expect(() => rules.members('d')).toThrow(/not loaded/);
  });
});
