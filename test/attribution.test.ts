/**
 * Attribution the server vouches for (issue 13): a member types through a stock y-websocket
 * provider with their token, and the paragraph's history names them. A second member who
 * claims to be the first — their name in awareness, and the first member's Yjs client id on
 * their doc — is still recorded as themselves. The history is a table of its own: after the
 * update log was compacted away and the server restarted, it reads the same.
 */
import { join } from 'node:path';
import { $getSelection, $isRangeSelection, type LexicalEditor } from 'lexical';
import type * as Y from 'yjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ParagraphChanges } from '@accord/schema';
import { $blockAt, appendParagraphs, openTestClient, readBlocks } from '../packages/editor/src/testing/harness.js';
import { createDocument, removeDir, startAccord, tempDataDir, type AccordProcess } from './helpers/accord-process.js';
import { bearer, demo, signIn, tokenFor } from './helpers/auth.js';
import { Database } from './helpers/cli.js';
import { stockClient, synced, until, type StockClient } from './helpers/clients.js';

const env = { ACCORD_COMPACT_EVERY: '5', ACCORD_UNLOAD_GRACE_MS: '50' };
const dataDir = tempDataDir();
let accord: AccordProcess;
let documentId: string;
let memberId: string;
let member2Id: string;

const changesOf = async (blockId: string): Promise<ParagraphChanges> => {
  const response = await fetch(`${accord.url}/api/documents/${documentId}/paragraphs/${blockId}/changes`, {
    headers: bearer(await tokenFor(accord.url, demo.observer)),
  });
  expect(response.status).toBe(200);
  return ParagraphChanges.parse(await response.json());
};

/** Types `text` at the end of block `index`, one update per character, as a person at a keyboard. */
function typeAtEnd(editor: LexicalEditor, index: number, text: string): void {
  for (const character of text) {
    editor.update(
      () => {
        $blockAt(index).selectEnd();
        const selection = $getSelection();
        if ($isRangeSelection(selection)) selection.insertText(character);
      },
      { discrete: true },
    );
  }
}

/** A stock provider as `email`, with a headless Lexical editor on its doc once synced. */
async function openAs(email: string, doc?: Y.Doc): Promise<StockClient> {
  const client = stockClient(accord.wsUrl, documentId, {
    token: await tokenFor(accord.url, email),
    ...(doc && { doc }),
  });
  await synced(client);
  return client;
}

beforeAll(async () => {
  accord = await startAccord({ dataDir, env });
  documentId = await createDocument(accord, 'Who wrote what');
  memberId = (await signIn(accord.url, demo.member)).personId;
  member2Id = (await signIn(accord.url, demo.member2)).personId;
});

afterAll(async () => {
  await accord?.stop();
  removeDir(dataDir);
});

describe('attribution', () => {
  let blockId = '';

  it("names the member who typed a paragraph, from the server's own knowledge of the connection", async () => {
    const member = await openAs(demo.member);
    const editor = openTestClient(member.doc);
    appendParagraphs(editor.editor, '');
    const index = readBlocks(editor.editor).length - 1;
    typeAtEnd(editor.editor, index, 'The member wrote this.');
    blockId = readBlocks(editor.editor)[index]!.id;
    expect(blockId).not.toBe('');

    await until(async () => (await changesOf(blockId)).changes[0]?.after === 'The member wrote this.', 'the change');
    const { changes } = await changesOf(blockId);
    // Twenty-odd keystrokes are one change: one person, one paragraph, one run.
    expect(changes).toHaveLength(1);
    expect(changes[0]).toMatchObject({
      person: { id: memberId, name: expect.any(String), stakeholderGroup: expect.any(String) },
      after: 'The member wrote this.',
      diff: [{ op: 'insert', text: 'The member wrote this.' }],
    });
    expect(changes[0]!.before ?? '').toBe('');
    editor.close();
    member.destroy();
  });

  it("records a second member as themselves although they claim the first member's name and Yjs client id", async () => {
    const member = await openAs(demo.member);
    // The first member's client id, taken over by the second member's doc after it synced
    // (Yjs itself would pick a new id if it saw its own id arrive from elsewhere).
    const forgedId = member.doc.clientID;
    const member2 = await openAs(demo.member2);
    member2.provider.awareness.setLocalStateField('user', { name: 'Member One', color: '#000000' });
    member2.doc.clientID = forgedId;
    const editor = openTestClient(member2.doc);
    const index = readBlocks(editor.editor).findIndex((b) => b.id === blockId);
    typeAtEnd(editor.editor, index, ' Amended by member two.');

    await until(async () => (await changesOf(blockId)).changes.length === 2, 'the second change');
    await until(
      async () => (await changesOf(blockId)).changes[1]!.after === 'The member wrote this. Amended by member two.',
      'the whole second change',
    );
    const { changes } = await changesOf(blockId);
    expect(changes.map((c) => c.person?.id)).toEqual([memberId, member2Id]);
    expect(changes[1]).toMatchObject({
      before: 'The member wrote this.',
      after: 'The member wrote this. Amended by member two.',
      diff: [
        { op: 'equal', text: 'The member wrote this.' },
        { op: 'insert', text: ' Amended by member two.' },
      ],
    });
    expect(new Date(changes[1]!.at).getTime()).toBeGreaterThanOrEqual(new Date(changes[0]!.endedAt).getTime());
    editor.close();
    // Both docs' ids moved (Yjs gives the first member's doc a new one when it sees its id come
    // from elsewhere); the providers say goodbye under the ids their presence started with.
    for (const client of [member2, member]) {
      client.doc.clientID = client.provider.awareness.clientID;
      client.destroy();
    }
  });

  it('keeps the history through compaction and a restart', async () => {
    const before = await changesOf(blockId);
    await accord.stop();
    // The update log was folded into a snapshot (every 5 updates, and at shutdown): the history does not come from it.
    const db = new Database(join(dataDir, 'accord.db'), { readonly: true });
    try {
      const logged = db.prepare('SELECT COUNT(*) AS n FROM document_updates WHERE document_id = ?').get(documentId);
      const snapshot = db.prepare('SELECT COUNT(*) AS n FROM document_snapshots WHERE document_id = ?').get(documentId);
      expect(logged).toEqual({ n: 0 });
      expect(snapshot).toEqual({ n: 1 });
      const open = db.prepare('SELECT COUNT(*) AS n FROM paragraph_changes WHERE closed = 0').get();
      expect(open).toEqual({ n: 0 });
    } finally {
      db.close();
    }
    accord = await startAccord({ dataDir, env });
    expect(await changesOf(blockId)).toEqual(before);
  });
});
