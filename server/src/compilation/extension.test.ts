/**
 * The compilation extension in a real room's pipeline, with the SQL store on each dialect:
 * a paragraph merged into the previous one (Backspace at its start) gives that one its
 * sources; a paragraph deleted outright keeps its sources, recorded as removed; an edit inside
 * a cited paragraph or a new paragraph changes nothing.
 */
import { DELETE_CHARACTER_COMMAND, $getSelection, $isRangeSelection } from 'lexical';
import * as Y from 'yjs';
import { afterEach, describe, expect, it } from 'vitest';
import {
  $blockAt,
  appendParagraphs,
  openTestClient,
  readBlocks,
  type TestClient,
} from '../../../packages/editor/src/testing/harness.js';
import { Hooks } from '../collab/hooks.js';
import { Room } from '../collab/room.js';
import { DocumentSchema } from '../extensions/document-schema.js';
import { OnBehalfOf } from '../extensions/on-behalf-of.js';
import { createLogger } from '../logger.js';
import { dialects, seedTwoPeople, testDatabase } from '../storage/testing.js';
import { CompilationExtension } from './extension.js';
import { SqlCompilationStore } from './store.js';

const log = createLogger('silent');
const open: TestClient[] = [];
afterEach(() => {
  for (const client of open.splice(0)) client.close();
});

describe.each(dialects)('CompilationExtension on %s', (dialect) => {
  const t = testDatabase(dialect, 'compilation-extension');

  it('moves a merged paragraph’s sources to the paragraph it joined, and keeps a deleted one’s as removed', async () => {
    const { ana } = await seedTwoPeople(t.sql);
    const store = new SqlCompilationStore(t.sql);
    const extension = new CompilationExtension({ store, logger: log });
    const room = new Room('d', new Hooks([new DocumentSchema(), extension]), log, {
      unloadGraceMs: 60_000,
      onGone: () => {},
    });
    await room.loaded;
    const editor = openTestClient(new Y.Doc());
    open.push(editor);
    const send = async (edit: () => void): Promise<void> => {
      edit();
      await new Promise((resolve) => setImmediate(resolve));
      const update = Y.encodeStateAsUpdate(editor.doc, Y.encodeStateVector(room.doc));
      await room.submitServerUpdate(update, new OnBehalfOf(ana, 'test'));
      await extension.recorded('d');
    };
    await send(() => appendParagraphs(editor.editor, 'Intro.', 'From Brazil.', 'From EuroDIG.', 'From Kenya.'));
    const [, brazil, eurodig, kenya] = readBlocks(editor.editor).map((b) => b.id) as [string, string, string, string];
    const cite = (blockId: string, contributionId: string, organisation: string) => ({
      blockId,
      contributionId,
      paragraph: 0,
      organisation,
    });
    await store.cite(
      'd',
      [cite(brazil, 'c-br', 'Brazil IGF'), cite(eurodig, 'c-eu', 'EuroDIG'), cite(kenya, 'c-ke', 'Kenya IGF')],
      ana,
    );
    const sources = async () =>
      Object.fromEntries(
        [...(await store.sourcesOf('d'))].map(([id, list]) => [id, list.map((s) => s.contributionId)]),
      );

    // Typing inside a cited paragraph, and a new paragraph: nothing moves.
    await send(() =>
      editor.editor.update(
        () => {
          $blockAt(1).selectEnd();
          const selection = $getSelection();
          if ($isRangeSelection(selection)) selection.insertText(' Edited.');
        },
        { discrete: true },
      ),
    );
    await send(() => appendParagraphs(editor.editor, 'Closing.'));
    expect(await sources()).toEqual({ [brazil]: ['c-br'], [eurodig]: ['c-eu'], [kenya]: ['c-ke'] });

    // Backspace at the start of EuroDIG's paragraph: it joins Brazil's, with its source.
    await send(() => {
      editor.editor.update(() => $blockAt(2).selectStart(), { discrete: true });
      editor.editor.dispatchCommand(DELETE_CHARACTER_COMMAND, true);
    });
    expect(readBlocks(editor.editor).find((b) => b.id === brazil)?.text).toBe('From Brazil. Edited.From EuroDIG.');
    expect(await sources()).toEqual({ [brazil]: ['c-br', 'c-eu'], [kenya]: ['c-ke'] });

    // Kenya's paragraph deleted outright: its source is kept, as removed.
    await send(() => editor.editor.update(() => $blockAt(2).remove(), { discrete: true }));
    expect(readBlocks(editor.editor).map((b) => b.id)).not.toContain(kenya);
    expect(await sources()).toEqual({ [brazil]: ['c-br', 'c-eu'] });
    const kept = await t.sql.all<{ removed_at: string | null }>(
      'SELECT removed_at FROM compilation_sources WHERE block_id = ?',
      [kenya],
    );
    expect(kept).toHaveLength(1);
    expect(kept[0]!.removed_at).not.toBeNull();
    await room.unload();
  });
});
