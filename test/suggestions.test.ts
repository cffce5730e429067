/**
 * Suggestions end to end (issue 13): headless Lexical editors over the stock y-websocket
 * provider, as a contributor (who may only suggest) and a member, suggest in one paragraph at
 * the same time and converge; a coordinator accepts one and rejects the other through REST,
 * and everyone ends with the expected text. What the server refuses: an observer's raw frames
 * (read-only), a suggestion made or re-signed in someone else's name (4400, nothing stored), a
 * contributor's direct edit of the text (4400), a withdrawal by anyone but the author (403),
 * and — once the document says members suggest — a member's direct edit.
 */
import { join } from 'node:path';
import {
  $getSuggestionId,
  $isSuggestionNode,
  openHeadlessCollabEditor,
  $createSuggestionNode,
  suggestionByState,
} from '@accord/editor';
import { SuggestionList, SuggestionSettings } from '@accord/schema';
import {
  $createParagraphNode,
  $createTextNode,
  $getRoot,
  $getSelection,
  $isElementNode,
  $isRangeSelection,
  $setState,
  type LexicalNode,
} from 'lexical';
import * as Y from 'yjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { $suggestDelete, $suggestInsertText } from '../packages/editor/src/suggestions.js';
import { $blockAt, openTestClient, readBlocks, type TestClient } from '../packages/editor/src/testing/harness.js';
import { $marked, $select } from '../packages/editor/src/testing/suggestion-text.js';
import { createDocument, removeDir, startAccord, tempDataDir, type AccordProcess } from './helpers/accord-process.js';
import { bearer, demo, signIn, tokenFor } from './helpers/auth.js';
import { Database } from './helpers/cli.js';
import { stockClient, synced, until, type StockClient } from './helpers/clients.js';
import { probeSocket } from './helpers/probe-socket.js';
import { unzip } from './helpers/unzip.js';

const dataDir = tempDataDir();
let accord: AccordProcess;
let documentId: string;
const ids = new Map<keyof typeof demo, string>();
const BASE = 'The group met in Geneva on Monday.';

const api = async (who: keyof typeof demo, method: string, path: string, body?: unknown): Promise<Response> =>
  fetch(`${accord.url}${path}`, {
    method,
    headers: bearer(await tokenFor(accord.url, demo[who])),
    body: body === undefined ? undefined : JSON.stringify(body),
  });

const pending = async () =>
  SuggestionList.parse(await (await api('observer', 'GET', `/api/documents/${documentId}/suggestions`)).json())
    .suggestions;

/** The paragraphs' text as the content API gives it (the base text: pending suggestions are not the text). */
const contentText = async (): Promise<string[]> =>
  (
    (await (await api('observer', 'GET', `/api/documents/${documentId}/content?format=json`)).json()) as {
      paragraphs: { text: string }[];
    }
  ).paragraphs.map((p) => p.text);

interface Editor {
  client: StockClient;
  editor: TestClient;
  close(): void;
}

/** A stock provider as `who`, with a headless Lexical editor on its doc once synced. */
async function openAs(who: keyof typeof demo): Promise<Editor> {
  const client = stockClient(accord.wsUrl, documentId, { token: await tokenFor(accord.url, demo[who]) });
  await synced(client);
  const editor = openTestClient(client.doc);
  return {
    client,
    editor,
    close: () => {
      editor.close();
      client.destroy();
    },
  };
}

/** The stored update log's length: nothing refused may add to it. */
function storedUpdates(): number {
  const db = new Database(join(dataDir, 'accord.db'), { readonly: true });
  try {
    return (
      db.prepare('SELECT COUNT(*) AS n FROM document_updates WHERE document_id = ?').get(documentId) as {
        n: number;
      }
    ).n;
  } finally {
    db.close();
  }
}

/** The server's record of one suggestion. */
function recordOf(id: string): { status: string; decided_by: string | null; author_id: string; kind: string } {
  const db = new Database(join(dataDir, 'accord.db'), { readonly: true });
  try {
    return db.prepare('SELECT * FROM suggestions WHERE document_id = ? AND id = ?').get(documentId, id) as never;
  } finally {
    db.close();
  }
}

/** The update an edit makes on a private copy of `doc` (as a client would send it), made by a headless editor. */
function updateFrom(doc: Y.Doc, edit: () => void): Uint8Array {
  const copy = new Y.Doc();
  Y.applyUpdate(copy, Y.encodeStateAsUpdate(doc));
  const before = Y.encodeStateVector(copy);
  const session = openHeadlessCollabEditor(copy);
  session.editor.update(edit, { discrete: true });
  session.close();
  const update = Y.encodeStateAsUpdate(copy, before);
  copy.destroy();
  return update;
}

/** Sends `update` over a raw socket as `who`; resolves with the close code, or undefined when it stayed open. */
async function sendRaw(who: keyof typeof demo, update: Uint8Array): Promise<{ code?: number; denials: string[] }> {
  const socket = await probeSocket(`${accord.wsUrl}/${documentId}`, await tokenFor(accord.url, demo[who]));
  await socket.roundTrip();
  const echoes = () => socket.messages().filter((m) => m.type === 'update').length;
  const before = echoes();
  socket.sendUpdate(update);
  // A stored update comes back as an echo; a refused one closes the socket.
  let code: number | undefined;
  void socket.closed.then((c) => (code = c.code));
  await until(
    () => code !== undefined || echoes() > before || socket.denials().length > 0,
    'the update to be stored or refused',
  );
  // A refusal is a permissionDenied, then (unless the connection is only read-only) the close.
  if (socket.denials().length > 0) await Promise.race([socket.closed, socket.roundTrip()]);
  const outcome = code;
  const result = { ...(outcome === undefined ? {} : { code: outcome }), denials: socket.denials() };
  socket.socket.close();
  return result;
}

function $suggestionNodes(): LexicalNode[] {
  const found: LexicalNode[] = [];
  const visit = (node: LexicalNode): void => {
    if ($isSuggestionNode(node)) found.push(node);
    else if ($isElementNode(node)) node.getChildren().forEach(visit);
  };
  visit($getRoot());
  return found;
}

/** Block `blockIndex` as `e` shows it, suggestions marked with their authors (no caret). */
const shown = (e: Editor): string =>
  e.editor.editor.getEditorState().read(() => $marked(blockIndex, 'nobody').replace('|', ''));

let blockIndex = 0;
let blockId = '';

beforeAll(async () => {
  accord = await startAccord({ dataDir });
  documentId = await createDocument(accord, 'Suggested wording');
  for (const who of ['coordinator', 'member', 'member2', 'contributor', 'observer'] as const)
    ids.set(who, (await signIn(accord.url, demo[who])).personId);
  const coordinator = await openAs('coordinator');
  // "Geneva" in bold: three text nodes, so the two concurrent suggestions below touch different
  // ones (two clients splitting one text node at once re-insert its tail twice: @lexical/yjs).
  coordinator.editor.editor.update(
    () => {
      const paragraph = $createParagraphNode();
      paragraph.append(
        $createTextNode('The group met in '),
        $createTextNode('Geneva').toggleFormat('bold'),
        $createTextNode(' on Monday.'),
      );
      $getRoot().append(paragraph);
    },
    { discrete: true },
  );
  blockIndex = readBlocks(coordinator.editor.editor).length - 1;
  blockId = readBlocks(coordinator.editor.editor)[blockIndex]!.id;
  await until(async () => (await contentText()).includes(BASE), 'the paragraph on the server');
  coordinator.close();
});

afterAll(async () => {
  await accord?.stop();
  removeDir(dataDir);
});

describe('suggestions', () => {
  let insertId = '';
  let deleteId = '';

  it('a contributor and a member suggest in one paragraph at once, and everyone converges', async () => {
    const contributor = await openAs('contributor');
    const member = await openAs('member');
    const contributorId = ids.get('contributor')!;
    const memberId = ids.get('member')!;
    // Both edit before hearing of the other: "met" gets " (Switzerland)"; "Monday" is struck.
    contributor.editor.editor.update(
      () => {
        $select(blockIndex, 'The group met'.length);
        $suggestInsertText(' (Switzerland)', { personId: contributorId });
      },
      { discrete: true },
    );
    member.editor.editor.update(
      () => {
        $select(blockIndex, 'The group met in Geneva on '.length, 'The group met in Geneva on Monday'.length);
        $suggestDelete(true, { personId: memberId });
      },
      { discrete: true },
    );
    const expected = `The group met{+${contributorId}: (Switzerland)+} in Geneva on [-${memberId}:Monday-].`;
    await until(() => shown(contributor) === expected && shown(member) === expected, 'both editors to converge');

    await until(async () => (await pending()).length === 2, 'the server to list both suggestions');
    const listed = await pending();
    expect(listed.map((s) => [s.kind, s.text, s.author.id, s.blockId])).toEqual([
      ['insert', ' (Switzerland)', contributorId, blockId],
      ['delete', 'Monday', memberId, blockId],
    ]);
    expect(listed[0]!.author.name).not.toBe(contributorId);
    expect(listed[0]!.author.groupName).not.toBe('');
    insertId = listed[0]!.id;
    deleteId = listed[1]!.id;
    expect(recordOf(insertId)).toMatchObject({ status: 'pending', author_id: contributorId, kind: 'insert' });

    // A suggestion's own comment thread: opened on its paragraph, listed with it.
    const thread = await api('member', 'POST', `/api/documents/${documentId}/comments`, {
      anchor: { kind: 'block', blockId },
      body: 'Why Switzerland?',
      suggestionId: insertId,
    });
    expect(thread.status).toBe(201);
    const { id: threadId, suggestionId } = (await thread.json()) as { id: string; suggestionId: string };
    expect(suggestionId).toBe(insertId);
    expect((await pending()).find((s) => s.id === insertId)?.threadId).toBe(threadId);
    const elsewhere = await api('member', 'POST', `/api/documents/${documentId}/comments`, {
      anchor: { kind: 'block', blockId },
      body: 'Not here',
      suggestionId: 'sNotInThisParagraph',
    });
    expect(elsewhere.status).toBe(400);
    // Pending proposals are not the text: exports show the base text unless asked to include them.
    expect(await contentText()).toContain(BASE);
    const names = Object.fromEntries(listed.map((s) => [s.author.id, s.author.name]));
    const exported = async (format: string, query = '') =>
      (await api('observer', 'GET', `/api/documents/${documentId}/content?format=${format}${query}`)).text();
    expect(await exported('markdown')).toContain('The group met in **Geneva** on Monday.');
    expect(await exported('markdown', '&suggestions=include')).toContain(
      `The group met{++ (Switzerland)++}{>>${names[contributorId]}<<} in **Geneva** on {--Monday--}{>>${names[memberId]}<<}.`,
    );
    const html = await exported('html', '&suggestions=include');
    expect(html).toContain(
      `<ins class="suggestion" data-suggestion-id="${insertId}" data-by="${contributorId}" title="Suggested insertion by ${names[contributorId]}"> (Switzerland)</ins>`,
    );
    expect(html).toContain(`<del class="suggestion" data-suggestion-id="${deleteId}"`);
    expect(await exported('html')).not.toContain('Switzerland');

    // The register of differences lists the paragraph with its wording proposals, in every rendering.
    const register = (await (await api('observer', 'GET', `/api/documents/${documentId}/register`)).json()) as {
      entries: { blockId: string; suggestions?: { kind: string; text: string; author: { name: string } }[] }[];
    };
    expect(register.entries.find((e) => e.blockId === blockId)?.suggestions).toEqual([
      expect.objectContaining({
        kind: 'insert',
        text: ' (Switzerland)',
        author: expect.objectContaining({ name: names[contributorId] }),
      }),
      expect.objectContaining({
        kind: 'delete',
        text: 'Monday',
        author: expect.objectContaining({ name: names[memberId] }),
      }),
    ]);
    const registerMarkdown = await (
      await api('observer', 'GET', `/api/documents/${documentId}/register?format=markdown`)
    ).text();
    expect(registerMarkdown).toContain('### Wording proposals (pending suggestions)');
    expect(registerMarkdown).toContain(`Insert {++(Switzerland)++} — proposed by ${names[contributorId]}`);
    const docx = unzip(
      new Uint8Array(
        await (await api('observer', 'GET', `/api/documents/${documentId}/register?format=docx`)).arrayBuffer(),
      ),
    );
    const body = docx.get('word/document.xml')!.toString('utf8');
    expect(body).toMatch(new RegExp(`<w:ins [^>]*w:author="${names[contributorId]}"`));
    expect(body).toContain('<w:delText xml:space="preserve">Monday</w:delText>');
    contributor.close();
    member.close();
  });

  it('an observer can neither accept through REST nor through raw frames', async () => {
    const refused = await api('observer', 'POST', `/api/documents/${documentId}/suggestions/${insertId}/accept`);
    expect(refused.status).toBe(403);
    const observer = await openAs('observer');
    const accepting = updateFrom(observer.client.doc, () => {
      for (const node of $suggestionNodes()) {
        if (!$isElementNode(node)) continue;
        for (const child of node.getChildren()) node.insertBefore(child);
        node.remove();
      }
    });
    const before = storedUpdates();
    const outcome = await sendRaw('observer', accepting);
    expect(outcome.denials).toEqual(['observers cannot edit this document']);
    expect(storedUpdates()).toBe(before);
    expect((await pending()).map((s) => s.id)).toEqual([insertId, deleteId]);
    observer.close();
  });

  it("refuses a member's suggestion made in someone else's name, and re-signing an existing one (4400, nothing stored)", async () => {
    const member = await openAs('member');
    const forged = updateFrom(member.client.doc, () => {
      const block = $blockAt(blockIndex);
      const suggestion = $createSuggestionNode({
        id: 'sForgedByMember1',
        kind: 'insert',
        by: ids.get('contributor')!,
        at: 1,
      });
      block.append(suggestion.append($createTextNode(' Forged.')));
    });
    const resigned = updateFrom(member.client.doc, () => {
      const node = $suggestionNodes().find((n) => $isSuggestionNode(n) && $getSuggestionId(n) === deleteId)!;
      $setState(node, suggestionByState, ids.get('member2')!);
    });
    member.close();
    const before = storedUpdates();
    expect((await sendRaw('member', forged)).code).toBe(4400);
    expect((await sendRaw('member', resigned)).code).toBe(4400);
    expect(storedUpdates()).toBe(before);
    expect((await pending()).map((s) => [s.id, s.author.id])).toEqual([
      [insertId, ids.get('contributor')],
      [deleteId, ids.get('member')],
    ]);
  });

  it("refuses a contributor's direct edit of the text (4400, nothing stored)", async () => {
    const contributor = await openAs('contributor');
    const direct = updateFrom(contributor.client.doc, () => {
      $select(blockIndex, 0, 'The'.length);
      const selection = $getSelection();
      if ($isRangeSelection(selection)) selection.insertText('A');
    });
    contributor.close();
    const before = storedUpdates();
    expect((await sendRaw('contributor', direct)).code).toBe(4400);
    expect(storedUpdates()).toBe(before);
    expect(await contentText()).toContain(BASE);
  });

  it('lets only the author withdraw (403 for anyone else)', async () => {
    for (const who of ['member2', 'coordinator'] as const) {
      const response = await api(who, 'POST', `/api/documents/${documentId}/suggestions/${insertId}/withdraw`);
      expect(response.status, who).toBe(403);
    }
    expect((await pending()).length).toBe(2);
  });

  it('a coordinator accepts one and rejects the other: the expected text for everyone', async () => {
    const contributor = await openAs('contributor');
    const member = await openAs('member');
    const accepted = await api('coordinator', 'POST', `/api/documents/${documentId}/suggestions/${insertId}/accept`);
    expect(accepted.status, await accepted.clone().text()).toBe(200);
    expect(await accepted.json()).toEqual({ decision: 'accept', decided: [insertId] });
    const rejected = await api('coordinator', 'POST', `/api/documents/${documentId}/suggestions/${deleteId}/reject`);
    expect(rejected.status).toBe(200);

    const text = 'The group met (Switzerland) in Geneva on Monday.';
    await until(() => shown(contributor) === text && shown(member) === text, 'both editors to show the decided text');
    expect(await pending()).toEqual([]);
    expect(await contentText()).toContain(text);
    const coordinatorId = ids.get('coordinator')!;
    expect(recordOf(insertId)).toMatchObject({ status: 'accepted', decided_by: coordinatorId });
    expect(recordOf(deleteId)).toMatchObject({ status: 'rejected', decided_by: coordinatorId });
    // Decided is decided: a second decision finds nothing pending.
    const again = await api('coordinator', 'POST', `/api/documents/${documentId}/suggestions/${insertId}/reject`);
    expect(again.status).toBe(409);
    const unknown = await api('coordinator', 'POST', `/api/documents/${documentId}/suggestions/sNeverMade/accept`);
    expect(unknown.status).toBe(404);
    contributor.close();
    member.close();
  });

  it('the author withdraws their own suggestion', async () => {
    const contributor = await openAs('contributor');
    contributor.editor.editor.update(
      () => {
        $select(blockIndex, 0);
        $suggestInsertText('Finally, ', { personId: ids.get('contributor')! });
      },
      { discrete: true },
    );
    await until(async () => (await pending()).length === 1, 'the new suggestion');
    const [mine] = await pending();
    contributor.close();
    const withdrawn = await api('contributor', 'POST', `/api/documents/${documentId}/suggestions/${mine!.id}/withdraw`);
    expect(withdrawn.status).toBe(200);
    expect(await pending()).toEqual([]);
    expect(recordOf(mine!.id)).toMatchObject({ status: 'withdrawn', decided_by: ids.get('contributor') });
    contributor.close();
  });

  it('an accept while a member types right beside the suggestion: both texts, once each, for everyone', async () => {
    const contributor = await openAs('contributor');
    const member = await openAs('member');
    const before = shown(member);
    const at = before.indexOf(' (Switzerland)');
    contributor.editor.editor.update(
      () => {
        $select(blockIndex, at);
        $suggestInsertText(' today', { personId: ids.get('contributor')! });
      },
      { discrete: true },
    );
    await until(async () => (await pending()).length === 1, 'the suggestion');
    await until(() => shown(member).includes(' today'), 'the member to see it');
    const [suggestion] = await pending();
    // The member types right after the suggestion while the coordinator accepts it.
    const accepting = api('coordinator', 'POST', `/api/documents/${documentId}/suggestions/${suggestion!.id}/accept`);
    member.editor.editor.update(
      () => {
        $select(blockIndex, at + ' today'.length);
        const selection = $getSelection();
        if ($isRangeSelection(selection)) selection.insertText(' indeed');
      },
      { discrete: true },
    );
    expect((await accepting).status).toBe(200);
    const fresh = await openAs('observer');
    await until(
      () => shown(contributor) === shown(member) && shown(member) === shown(fresh) && !shown(fresh).includes('{+'),
      'everyone to converge on the accepted text',
    );
    const text = shown(fresh);
    expect(text.split(' today').length - 1).toBe(1);
    expect(text.split(' indeed').length - 1).toBe(1);
    expect(text.replace(' today', '').replace(' indeed', '')).toBe(before);
    expect(await pending()).toEqual([]);
    for (const e of [contributor, member, fresh]) e.close();
  });

  it('undoing one’s suggestion takes it back, and redoing brings it back pending', async () => {
    const contributor = await openAs('contributor');
    const { undoManager } = contributor.editor;
    undoManager.stopCapturing();
    contributor.editor.editor.update(
      () => {
        $select(blockIndex, 0);
        $suggestInsertText('Again, ', { personId: ids.get('contributor')! });
      },
      { discrete: true },
    );
    await until(async () => (await pending()).length === 1, 'the suggestion');
    const [mine] = await pending();
    undoManager.undo();
    await until(async () => (await pending()).length === 0, 'the undo to reach the server');
    await until(() => recordOf(mine!.id).status === 'withdrawn', 'the record to say withdrawn');
    expect(recordOf(mine!.id)).toMatchObject({ decided_by: ids.get('contributor') });
    undoManager.redo();
    await until(async () => (await pending()).map((s) => s.id).join() === mine!.id, 'the redo to reach the server');
    await until(() => recordOf(mine!.id).status === 'pending', 'the record to say pending again');
    const withdrawn = await api('contributor', 'POST', `/api/documents/${documentId}/suggestions/${mine!.id}/withdraw`);
    expect(withdrawn.status).toBe(200);
    contributor.close();
  });

  it('once the document says members always suggest, a member’s direct edit is refused and a suggestion is not', async () => {
    const set = await api('coordinator', 'PUT', `/api/documents/${documentId}/settings/suggestions`, {
      members: 'all',
    });
    expect(set.status).toBe(200);
    const asMember = SuggestionSettings.parse(
      await (await api('member', 'GET', `/api/documents/${documentId}/settings/suggestions`)).json(),
    );
    expect(asMember).toMatchObject({ members: 'all', mode: 'edit', suggestOnly: 'all' });
    expect(
      (await (await api('contributor', 'GET', `/api/documents/${documentId}/settings/suggestions`)).json()) as unknown,
    ).toMatchObject({ mode: 'suggest', suggestOnly: 'all' });
    expect(
      (await api('member', 'PUT', `/api/documents/${documentId}/settings/suggestions`, { members: 'open' })).status,
    ).toBe(403);

    const member = await openAs('member');
    const direct = updateFrom(member.client.doc, () => {
      $select(blockIndex, 0, 'The'.length);
      const selection = $getSelection();
      if ($isRangeSelection(selection)) selection.insertText('A');
    });
    const suggested = updateFrom(member.client.doc, () => {
      $select(blockIndex, 0);
      $suggestInsertText('Today ', { personId: ids.get('member')! });
    });
    member.close();
    const before = storedUpdates();
    expect((await sendRaw('member', direct)).code).toBe(4400);
    expect(storedUpdates()).toBe(before);
    expect((await sendRaw('member', suggested)).code).toBeUndefined();
    await until(async () => (await pending()).length === 1, 'the member’s suggestion');
    expect(
      (await api('coordinator', 'PUT', `/api/documents/${documentId}/settings/suggestions`, { members: 'open' }))
        .status,
    ).toBe(200);
  });
});
