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
    session.editor.update(() => $getRoot().append($createParagraphNode().append($createTextNode(text))), { discrete: true });
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
  Promise.race([closed, new Promise<{ code: number; reason: string }>((r) => setTimeout(() => r({ code: 0, reason: 'still open' }), ms))]);

describe('F2: an update that embeds an unregistered Lexical node', () => {
  it('is refused with 4400 and a reason; the document still renders, saves versions and takes edits', async () => {
    const documentId = await createDocument(server, 'Schema F2');
    const member = await lexicalMember(documentId);
    member.write('Before the attack.');
    const content = async () => cast.api('member', 'GET', `/api/documents/${documentId}/content?format=json`);
    await until(async () => JSON.stringify(await (await content()).json()).includes('Before the attack.'), 'the first paragraph on the server');

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

    const version = await cast.api('coordinator', 'POST', `/api/documents/${documentId}/versions`, { name: 'After the attack' });
    expect(version.status).toBe(201);

    // The honest member's socket stayed open and their next edit reaches a newcomer.
    member.write('After the attack.');
    const newcomer = stockClient(server.wsUrl, documentId, { token: cast.token('coordinator') });
    await synced(newcomer);
    await until(() => newcomer.doc.get('root', Y.XmlText).toString().includes('After the attack.'), 'the edit made after the refusal');
    expect(checkDocumentState(Y.encodeStateAsUpdate(newcomer.doc))).toBeUndefined();
    expect(member.client.provider.wsconnected).toBe(true);
    newcomer.destroy();
    member.close();
  });
});
