/**
 * F2 of issue 12: one WebSocket frame from a member broke a document for good. An update that
 * embeds a Lexical element of an unregistered `__type` was stored and relayed; content, versions
 * and the editors then failed on "Node … is not registered", also after a restart. The server
 * now checks every update against Accord's schema before storing it: a refused update closes
 * its sender with 4400, nothing of it is stored or relayed, and everyone else keeps editing.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { $createParagraphNode, $createTextNode, $getRoot } from 'lexical';
import * as Y from 'yjs';
import { checkDocumentState, openHeadlessCollabEditor, registerParagraphIds } from '@accord/editor';
import { CloseCode } from '@accord/protocol';
import { castOf, type Cast } from './helpers/cast.js';
import { createDocument } from './helpers/accord-process.js';
import { inProcessAccord, type InProcessAccord } from './helpers/in-process.js';
import { stockClient, synced, until } from './helpers/clients.js';
import { probeSocket } from './helpers/probe-socket.js';

let server: InProcessAccord;
let cast: Cast;

beforeAll(async () => {
  server = await inProcessAccord();
  cast = await castOf(server);
});
afterAll(() => server.close());

/** A member's Lexical editor on a stock y-websocket client, as the browser has one. */
async function lexicalMember(documentId: string) {
  const client = stockClient(server.wsUrl, documentId, { token: cast.token('member') });
  await synced(client);
  const session = openHeadlessCollabEditor(client.doc);
  const stopIds = registerParagraphIds(session.editor);
  const write = (text: string) =>
    session.editor.update(() => $getRoot().append($createParagraphNode().append($createTextNode(text))), {
      discrete: true,
    });
  return { client, session, write, close: () => (stopIds(), session.close(), client.destroy()) };
}

/** What a hand-made client sends: a change to a replica of `doc`, made with raw Yjs calls. */
function forge(doc: Y.Doc, change: (root: Y.XmlText) => void): Uint8Array {
  const replica = new Y.Doc();
  Y.applyUpdate(replica, Y.encodeStateAsUpdate(doc));
  const before = Y.encodeStateVector(replica);
  replica.transact(() => change(replica.get('root', Y.XmlText)));
  return Y.encodeStateAsUpdate(replica, before);
}

const closedWithin = (closed: Promise<{ code: number; reason: string }>, ms: number) =>
  Promise.race([
    closed,
    new Promise<{ code: number; reason: string }>((r) => setTimeout(() => r({ code: 0, reason: 'still open' }), ms)),
  ]);

describe('F2: an update that embeds an unregistered Lexical node', () => {
  it('is refused with 4400 and a reason; the document still renders, saves versions and takes edits', async () => {
    const documentId = await createDocument(server, 'Schema F2');
    const member = await lexicalMember(documentId);
    member.write('Before the attack.');
    const content = async () => cast.api('member', 'GET', `/api/documents/${documentId}/content?format=json`);
    await until(
      async () => JSON.stringify(await (await content()).json()).includes('Before the attack.'),
      'the first paragraph on the server',
    );

    const attacker = await probeSocket(`${server.wsUrl}/${documentId}`, cast.token('member'));
    attacker.sendUpdate(
      forge(member.client.doc, (root) => {
        const evil = new Y.XmlText();
        root.insertEmbed(root.length, evil);
        evil.setAttribute('__type', 'evil-widget');
      }),
    );
    const closed = await closedWithin(attacker.closed, 3000);

    const rendered = await content();
    expect(rendered.status).toBe(200);
    expect(closed.code).toBe(CloseCode.BadMessage);
    expect(closed.reason).toMatch(/unregistered type "evil-widget"/);
    expect(attacker.denials()[0]).toMatch(/unregistered type "evil-widget"/);

    const version = await cast.api('coordinator', 'POST', `/api/documents/${documentId}/versions`, {
      name: 'After the attack',
    });
    expect(version.status).toBe(201);

    // The honest member's socket stayed open and their next edit reaches a newcomer.
    member.write('After the attack.');
    const newcomer = stockClient(server.wsUrl, documentId, { token: cast.token('coordinator') });
    await synced(newcomer);
    await until(
      () => newcomer.doc.get('root', Y.XmlText).toString().includes('After the attack.'),
      'the edit made after the refusal',
    );
    expect(checkDocumentState(Y.encodeStateAsUpdate(newcomer.doc))).toBeUndefined();
    expect(member.client.provider.wsconnected).toBe(true);
    newcomer.destroy();
    member.close();
  });
});

describe('an update that builds on one the server has not received', () => {
  /** Two updates from one replica of `base`: the second builds on the first. */
  function chain(base: Y.Doc, second: (root: Y.XmlText, paragraph: Y.XmlText) => void) {
    const replica = new Y.Doc();
    Y.applyUpdate(replica, Y.encodeStateAsUpdate(base));
    const root = replica.get('root', Y.XmlText);
    const start = Y.encodeStateVector(replica);
    const paragraph = new Y.XmlText();
    replica.transact(() => {
      root.insertEmbed(root.length, paragraph);
      for (const [k, v] of Object.entries({
        __type: 'paragraph',
        __format: 0,
        __style: '',
        __indent: 0,
        __dir: null,
        __textFormat: 0,
        __textStyle: '',
      }))
        paragraph.setAttribute(k, v as string);
      paragraph.insertEmbed(
        0,
        new Y.Map<unknown>([
          ['__type', 'text'],
          ['__format', 0],
          ['__style', ''],
          ['__mode', 0],
          ['__detail', 0],
        ]),
      );
      paragraph.insert(1, 'First half.');
    });
    const middle = Y.encodeStateVector(replica);
    const first = Y.encodeStateAsUpdate(replica, start);
    replica.transact(() => second(root, paragraph));
    return { first, second: Y.encodeStateAsUpdate(replica, middle) };
  }

  it('waits for it when it arrives first over another socket (two tabs), then both are stored', async () => {
    const documentId = await createDocument(server, 'Out of order');
    const member = await lexicalMember(documentId);
    member.write('Existing.');
    await until(
      async () =>
        (
          await (await cast.api('member', 'GET', `/api/documents/${documentId}/content?format=markdown`)).text()
        ).includes('Existing.'),
      'the first paragraph',
    );
    const { first, second } = chain(member.client.doc, (_root, paragraph) =>
      paragraph.insert(paragraph.length, ' Second half.'),
    );
    const late = await probeSocket(`${server.wsUrl}/${documentId}`, cast.token('member'));
    const early = await probeSocket(`${server.wsUrl}/${documentId}`, cast.token('member'));
    early.sendUpdate(second);
    await early.roundTrip();
    late.sendUpdate(first);
    await until(
      () => member.client.doc.get('root', Y.XmlText).toString().includes('First half. Second half.'),
      'both halves at the member',
    );
    expect(checkDocumentState(Y.encodeStateAsUpdate(member.client.doc))).toBeUndefined();
    expect(await closedWithin(early.closed, 300)).toEqual({ code: 0, reason: 'still open' });
    early.socket.close();
    late.socket.close();
    member.close();
  });

  it('takes the missing update from the same socket after it (a reconnecting client that typed before its sync step 2)', async () => {
    const documentId = await createDocument(server, 'Out of order, one socket');
    const member = await lexicalMember(documentId);
    member.write('Existing.');
    await until(
      async () =>
        (
          await (await cast.api('member', 'GET', `/api/documents/${documentId}/content?format=markdown`)).text()
        ).includes('Existing.'),
      'the first paragraph',
    );
    const { first, second } = chain(member.client.doc, (_root, paragraph) =>
      paragraph.insert(paragraph.length, ' Second half.'),
    );
    // The stock client sends a keystroke at once, and its offline edits (what the keystroke
    // builds on) only when it answers the server's sync step 1: on one socket, in that order.
    const tab = await probeSocket(`${server.wsUrl}/${documentId}`, cast.token('member'));
    tab.sendUpdate(second);
    tab.sendUpdate(first);
    await until(
      () => member.client.doc.get('root', Y.XmlText).toString().includes('First half. Second half.'),
      'both halves at the member',
    );
    expect(await closedWithin(tab.closed, 300)).toEqual({ code: 0, reason: 'still open' });
    tab.socket.close();
    member.close();
  });

  it('is checked once what it builds on arrives: an invalid one is refused then, and never stored', async () => {
    const documentId = await createDocument(server, 'Out of order, invalid');
    const member = await lexicalMember(documentId);
    member.write('Existing.');
    const { first, second } = chain(member.client.doc, (root) => root.insert(0, 'text straight under the root'));
    const attacker = await probeSocket(`${server.wsUrl}/${documentId}`, cast.token('member'));
    const helper = await probeSocket(`${server.wsUrl}/${documentId}`, cast.token('member'));
    attacker.sendUpdate(second);
    await attacker.roundTrip();
    helper.sendUpdate(first);
    const closed = await closedWithin(attacker.closed, 3000);
    expect(closed.code).toBe(CloseCode.BadMessage);
    expect(closed.reason).toMatch(/text directly into a root/);
    await until(
      () => member.client.doc.get('root', Y.XmlText).toString().includes('First half.'),
      'the valid first half at the member',
    );
    expect(member.client.doc.get('root', Y.XmlText).toString()).not.toContain('straight under');
    helper.socket.close();
    member.close();
  });

  it('sends its sender away to resync (4501) when what it builds on never comes, and stores nothing of it', async () => {
    const documentId = await createDocument(server, 'Never completed');
    const member = await lexicalMember(documentId);
    member.write('Existing.');
    const { second } = chain(member.client.doc, (_root, paragraph) => paragraph.insert(paragraph.length, ' Orphan.'));
    const orphan = await probeSocket(`${server.wsUrl}/${documentId}`, cast.token('member'));
    orphan.sendUpdate(second);
    const closed = await closedWithin(orphan.closed, 6000);
    expect(closed.code).toBe(CloseCode.StoreFailed);
    expect(closed.reason).toMatch(/reconnecting sends them again/);
    expect(member.client.doc.get('root', Y.XmlText).toString()).not.toContain('Orphan');
    member.close();
  });
});
