/**
 * "Changes since my last visit" (issue 13): the server remembers when each person last opened a
 * document and answers, at the next visit, the paragraphs others changed since — never the
 * person's own changes. And a server write made at someone's request (a coordinator resolving a
 * bracket, or resetting the document to a version) is attributed to that person, not to the system.
 */
import { $getSelection, $isRangeSelection, type LexicalEditor } from 'lexical';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DocumentVisit, ParagraphChanges } from '@accord/schema';
import {
  $blockAt,
  appendParagraphs,
  openTestClient,
  readBlocks,
  type TestClient,
} from '../packages/editor/src/testing/harness.js';
import { createDocument } from './helpers/accord-process.js';
import { bracketOverSocket } from './helpers/brackets.js';
import { castOf, type Cast, type Who } from './helpers/cast.js';
import { stockClient, synced, until, type StockClient } from './helpers/clients.js';
import { inProcessAccord, type InProcessAccord } from './helpers/in-process.js';

let server: InProcessAccord;
let cast: Cast;
let documentId: string;
const open: Array<{ client: StockClient; editor: TestClient }> = [];
let alpha = '';
let bravo = '';

const json = async <T>(response: Response, status = 200): Promise<T> => {
  const body = await response.text();
  expect(response.status, body).toBe(status);
  return JSON.parse(body) as T;
};
const visit = async (who: Who) =>
  DocumentVisit.parse(await json(await cast.api(who, 'POST', `/api/documents/${documentId}/visits`)));
const changesOf = async (blockId: string) =>
  ParagraphChanges.parse(
    await json(await cast.api('observer', 'GET', `/api/documents/${documentId}/paragraphs/${blockId}/changes`)),
  ).changes;

async function editorOf(who: Who): Promise<LexicalEditor> {
  const client = stockClient(server.wsUrl, documentId, { token: cast.token(who) });
  await synced(client);
  const editor = openTestClient(client.doc);
  open.push({ client, editor });
  return editor.editor;
}

function typeAtEnd(editor: LexicalEditor, blockId: string, text: string): void {
  const index = readBlocks(editor).findIndex((b) => b.id === blockId);
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

beforeAll(async () => {
  server = await inProcessAccord({ ACCORD_LIMIT_REQUESTS_PER_SECOND: '1000' });
  cast = await castOf(server);
  documentId = await createDocument(server, 'Visited', 'demo', cast.token('coordinator'));
  const editor = await editorOf('member');
  appendParagraphs(editor, 'Alpha.', 'Bravo.');
  const blocks = readBlocks(editor);
  alpha = blocks.find((b) => b.text === 'Alpha.')!.id;
  bravo = blocks.find((b) => b.text === 'Bravo.')!.id;
  await until(async () => (await changesOf(bravo)).length === 1, 'the paragraphs to be recorded');
});

afterAll(async () => {
  for (const { client, editor } of open) {
    editor.close();
    client.destroy();
  }
  await server?.close();
});

describe('changes since my last visit', () => {
  it('answers nothing at a first visit, then the paragraphs others changed since, with who', async () => {
    expect(await visit('member2')).toEqual({ previousVisit: null, changed: [] });
    expect(await visit('member')).toEqual({ previousVisit: null, changed: [] });

    typeAtEnd(await editorOf('member'), alpha, ' More.');
    await until(async () => (await changesOf(alpha)).at(-1)?.after === 'Alpha. More.', "the member's change");

    const seen = await visit('member2');
    expect(seen.previousVisit).toEqual(expect.any(String));
    expect(seen.changed).toEqual([
      {
        blockId: alpha,
        people: [{ id: cast.id('member'), name: expect.any(String), stakeholderGroup: expect.any(String) }],
        lastAt: expect.any(String),
      },
    ]);
    expect(Date.parse(seen.changed[0]!.lastAt)).toBeGreaterThan(Date.parse(seen.previousVisit!));
  });

  it("leaves out the visitor's own changes and what was already seen", async () => {
    typeAtEnd(await editorOf('member2'), bravo, ' Amended.');
    await until(async () => (await changesOf(bravo)).at(-1)?.after === 'Bravo. Amended.', "member2's change");

    // The member changed Alpha themselves: only member2's Bravo is news to them.
    const member = await visit('member');
    expect(member.changed.map((c) => [c.blockId, c.people.map((p) => p.id)])).toEqual([[bravo, [cast.id('member2')]]]);
    // member2 saw Alpha at their last visit and made the Bravo change: nothing is news.
    expect((await visit('member2')).changed).toEqual([]);
  });
});

describe('server writes', () => {
  it('attribute a reset to the version to the coordinator who asked for it, not to the system', async () => {
    const version = await json<{ id: string }>(
      await cast.api('coordinator', 'POST', `/api/documents/${documentId}/versions`, { name: 'Before the change' }),
      201,
    );
    typeAtEnd(await editorOf('member2'), bravo, ' Again.');
    await until(async () => (await changesOf(bravo)).at(-1)?.after === 'Bravo. Amended. Again.', 'the later change');

    await json(await cast.api('coordinator', 'POST', `/api/documents/${documentId}/versions/${version.id}/reset`));
    await until(async () => (await changesOf(bravo)).at(-1)?.after === 'Bravo. Amended.', 'the reset to be recorded');
    const last = (await changesOf(bravo)).at(-1)!;
    expect(last.person?.id).toBe(cast.id('coordinator'));
    expect(last.before).toBe('Bravo. Amended. Again.');
  });

  it('attribute a bracket resolution to the coordinator who chose the alternative', async () => {
    const bracketId = await bracketOverSocket(server, cast.token('member'), documentId, alpha, 0, 'Alpha'.length);
    const alternative = await json<{ id: string }>(
      await cast.api('member2', 'POST', `/api/documents/${documentId}/brackets/${bracketId}/alternatives`, {
        text: 'Omega',
      }),
      201,
    );
    await json(
      await cast.api('coordinator', 'POST', `/api/documents/${documentId}/brackets/${bracketId}/resolution`, {
        choice: 'alternative',
        alternativeId: alternative.id,
      }),
    );
    await until(async () => (await changesOf(alpha)).at(-1)?.after === 'Omega. More.', 'the resolution to be recorded');
    const last = (await changesOf(alpha)).at(-1)!;
    expect(last.person?.id).toBe(cast.id('coordinator'));
    expect(last.before).toBe('Alpha. More.');
  });
});
