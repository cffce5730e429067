/**
 * Fuzz of the update check (issue 12, "What to build" 2): a few hundred structurally invalid
 * Lexical-in-Yjs updates (unknown types, text under the root, blocks inside text, bad NodeState,
 * huge or malformed properties, type changes, foreign Yjs types, random byte
 * flips), each sent through a real WebSocket by a signed-in member. Every invalid one closes
 * its sender with 4400 and leaves nothing behind; meanwhile a member's real headless Lexical
 * editor keeps editing (typing, bold, links, lists, brackets, Enter, paste) without a single
 * refusal, and the document stays renderable, versionable and loadable from storage.
 * Seeded, so a failure replays exactly.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { checkDocumentState, MAX_PROPERTY_CHARS } from '@accord/editor';
import { CloseCode } from '@accord/protocol';
import { appendParagraphs, openTestClient, readBlocks } from '../packages/editor/src/testing/harness.js';
import { honestEdit } from '../packages/editor/src/schema-check-edits.js';
import { createDocument } from './helpers/accord-process.js';
import { castOf, type Cast } from './helpers/cast.js';
import { stockClient, synced, until, type StockClient } from './helpers/clients.js';
import { inProcessAccord, type InProcessAccord } from './helpers/in-process.js';
import { probeSocket } from './helpers/probe-socket.js';
import { createRng, type Rng } from '../packages/editor/src/testing/network.js';

const SEED = 20261202;
const CASES = 240;
/** Attackers connected at once, each with its own invalid update. */
const PARALLEL = 4;

// ---- Yjs shapes as @lexical/yjs writes them, and a walk over a doc's Lexical tree ----

const element = (type: string, attributes: Record<string, unknown> = {}): Y.XmlText => {
  const xml = new Y.XmlText();
  xml.setAttribute('__type', type);
  for (const [k, v] of Object.entries(attributes)) xml.setAttribute(k, v as string);
  return xml;
};
const textNode = (type = 'text'): Y.Map<unknown> =>
  new Y.Map<unknown>([
    ['__type', type],
    ['__format', 0],
    ['__style', ''],
    ['__mode', 0],
    ['__detail', 0],
  ]);

interface Tree {
  elements: Y.XmlText[];
  texts: Y.Map<unknown>[];
}
function walk(root: Y.XmlText): Tree {
  const tree: Tree = { elements: [], texts: [] };
  const visit = (xml: Y.XmlText): void => {
    tree.elements.push(xml);
    for (const { insert } of xml.toDelta() as { insert: unknown }[]) {
      if (insert instanceof Y.XmlText) visit(insert);
      else if (insert instanceof Y.Map) tree.texts.push(insert);
    }
  };
  visit(root);
  return tree;
}
const typeOf = (xml: Y.XmlText, root: Y.XmlText): string =>
  xml === root ? 'root' : String(xml.getAttribute('__type'));
const stateOf = (xml: Y.XmlText): Y.Map<unknown> | undefined =>
  xml.getAttribute('__state') as unknown as Y.Map<unknown> | undefined;

// ---- The invalid changes: each gets a replica's root and must make the document invalid ----

type Forge = (rnd: Rng, root: Y.XmlText, tree: Tree, doc: Y.Doc) => void;
const inlineHolders = (root: Y.XmlText, tree: Tree) =>
  tree.elements.filter((e) =>
    ['paragraph', 'heading', 'quote', 'link', 'autolink', 'accord-bracket'].includes(typeOf(e, root)),
  );
const blocksOf = (root: Y.XmlText, tree: Tree) =>
  tree.elements.filter((e) => ['paragraph', 'heading', 'quote', 'list', 'listitem'].includes(typeOf(e, root)));
const at = (rnd: Rng, xml: Y.XmlText) => rnd.int(xml.length + 1);
const junkType = (rnd: Rng) =>
  rnd.pick([
    'evil-widget',
    'image',
    'table',
    'code',
    'horizontalrule',
    'Paragraph',
    'artificial',
    'accord-unsupported-element',
    'constructor',
    'toString',
    '__proto__',
    '',
    `x${rnd.int(1e6)}`,
  ]);

const invalid: Record<string, Forge> = {
  'an element of an unregistered type': (rnd, root, tree) => {
    const parent = rnd.pick(tree.elements);
    parent.insertEmbed(at(rnd, parent), element(junkType(rnd)));
  },
  'an element without a type': (rnd, root, tree) => {
    const parent = rnd.pick(tree.elements);
    parent.insertEmbed(at(rnd, parent), new Y.XmlText());
  },
  'a text node of an unregistered type': (rnd, root, tree) => {
    const parent = rnd.pick(inlineHolders(root, tree));
    parent.insertEmbed(at(rnd, parent), textNode(junkType(rnd)));
  },
  'text directly under the root': (rnd, root) => {
    if (rnd.int(2)) root.insertEmbed(at(rnd, root), textNode(rnd.pick(['text', 'tab', 'linebreak'])));
    else root.insert(at(rnd, root), 'loose characters');
  },
  'a block inside text': (rnd, root, tree) => {
    const parent = rnd.pick(inlineHolders(root, tree));
    parent.insertEmbed(
      at(rnd, parent),
      element(rnd.pick(['paragraph', 'heading', 'quote', 'list', 'listitem', 'root'])),
    );
  },
  'an element inside a text node': (rnd, root, tree) => {
    rnd.pick(tree.texts).set(rnd.pick(['__child', '__type', '__text']), element('paragraph') as unknown);
  },
  'a list item outside a list, or a paragraph in a list': (rnd, root, tree) => {
    const lists = tree.elements.filter((e) => typeOf(e, root) === 'list');
    if (lists.length && rnd.int(2)) rnd.pick(lists).insertEmbed(0, element(rnd.pick(['paragraph', 'quote', 'link'])));
    else root.insertEmbed(at(rnd, root), element(rnd.pick(['listitem', 'link', 'autolink', 'accord-bracket'])));
  },
  'bad NodeState': (rnd, root, tree) => {
    const target = rnd.pick(blocksOf(root, tree));
    const [key, value] = rnd.pick<[string, unknown]>([
      ['pid', 42],
      ['pid', '<script>alert(1)</script>'],
      ['pid', 'p'.repeat(65)],
      ['pid', null],
      ['bid', 'b123'],
      ['evil', 'x'],
      ['__proto__', { polluted: true }],
      ['shadowRoot', true],
    ]);
    const state = stateOf(target);
    if (state instanceof Y.Map) state.set(key, value);
    else target.setAttribute('__state', new Y.Map([[key, value]]) as unknown as string);
  },
  'NodeState that is not a map': (rnd, root, tree) => {
    rnd
      .pick(blocksOf(root, tree))
      .setAttribute('__state', rnd.pick<unknown>(['pid', 7, new Y.Array(), new Y.XmlText()]) as string);
  },
  'a huge property': (rnd, root, tree) => {
    const huge = 'x'.repeat(MAX_PROPERTY_CHARS + 1 + rnd.int(100_000));
    if (rnd.int(2))
      rnd.pick(tree.elements.filter((e) => e !== root)).setAttribute(rnd.pick(['__style', '__textStyle']), huge);
    else rnd.pick(tree.texts.filter((t) => t.get('__type') === 'text')).set('__style', huge);
  },
  'a property of the wrong shape': (rnd, root, tree) => {
    const [key, value] = rnd.pick<[string, unknown]>([
      ['__format', 'bold'],
      ['__indent', 1.5],
      ['__dir', 'up'],
      ['__tag', 'script'],
      ['__listType', 'evil'],
      ['onclick', 'alert(1)'],
      ['__slots', 'x'],
      ['__format', new Uint8Array(3)],
    ]);
    rnd.pick(tree.elements.filter((e) => e !== root)).setAttribute(key, value as string);
  },
  'a changed or removed type': (rnd, root, tree) => {
    const choice = rnd.int(3);
    if (choice === 0)
      rnd.pick(blocksOf(root, tree)).setAttribute('__type', rnd.pick(['quote', 'heading', 'paragraph', 'evil']));
    else if (choice === 1) rnd.pick(blocksOf(root, tree)).removeAttribute(rnd.pick(['__type', '__format', '__indent']));
    else rnd.pick(tree.texts).delete('__type');
  },
  'a Yjs type Lexical never writes': (rnd, root, tree) => {
    const parent = rnd.pick(tree.elements);
    const choice = rnd.int(4);
    if (choice === 0) parent.insertEmbed(at(rnd, parent), new Y.XmlElement('img'));
    else if (choice === 1) parent.insertEmbed(at(rnd, parent), new Y.Array());
    else if (choice === 2) parent.insertEmbed(at(rnd, parent), { image: 'x' });
    else if (parent.length > 1) parent.format(0, 1 + rnd.int(parent.length - 1), { bold: true });
    else parent.insertEmbed(0, new Y.XmlFragment());
  },
  'elements nested too deep': (rnd, root) => {
    let parent = element('paragraph');
    root.insertEmbed(at(rnd, root), parent);
    for (let i = 0; i < 40 + rnd.int(200); i++) {
      const child = element(rnd.pick(['accord-bracket', 'link']));
      parent.insertEmbed(0, child);
      parent = child;
    }
  },
};

function forge(base: Y.Doc, change: (root: Y.XmlText, tree: Tree, doc: Y.Doc) => void): Uint8Array {
  const replica = new Y.Doc();
  Y.applyUpdate(replica, Y.encodeStateAsUpdate(base));
  const before = Y.encodeStateVector(replica);
  const root = replica.get('root', Y.XmlText);
  replica.transact(() => change(root, walk(root), replica));
  return Y.encodeStateAsUpdate(replica, before);
}

// ---- The run ----

let server: InProcessAccord;
let cast: Cast;
let documentId: string;

beforeAll(async () => {
  server = await inProcessAccord({
    ACCORD_UNLOAD_GRACE_MS: '50',
    ACCORD_LIMIT_CONNECTS_PER_SECOND: '100000',
    ACCORD_LIMIT_CONNECTS_BURST: '100000',
    ACCORD_LIMIT_REQUESTS_PER_SECOND: '100000',
  });
  cast = await castOf(server);
  documentId = await createDocument(server, 'Fuzzed', 'demo', cast.token('coordinator'));
});
afterAll(() => server.close());

const closedWithin = (closed: Promise<{ code: number; reason: string }>, ms: number) =>
  Promise.race([
    closed,
    new Promise<{ code: number; reason: string }>((r) => setTimeout(() => r({ code: 0, reason: 'still open' }), ms)),
  ]);

describe('the update check under fuzz', () => {
  it(`refuses ${CASES} invalid updates with 4400 while a real editor keeps working, and the document stays intact`, {
    timeout: 240_000,
  }, async () => {
    const rnd = createRng(SEED);
    const member: StockClient = stockClient(server.wsUrl, documentId, { token: cast.token('member') });
    const closes: number[] = [];
    member.provider.on('connection-close', (event: CloseEvent | null) => closes.push(event?.code ?? -1));
    await synced(member);
    const honest = openTestClient(member.doc);
    appendParagraphs(honest.editor, 'The group met online and agreed.', 'Access is a right for everyone.');

    const names = Object.keys(invalid);
    const refusedBy = new Map<string, number>();
    const honestKinds = new Map<string, number>();
    let flipped = 0;
    const kinds = [...names, 'random byte flips'];
    /** One invalid update through a new member connection: refused with 4400 (byte flips may pass, then the doc must still be valid). */
    const attack = async (round: number, name: string): Promise<void> => {
      let update: Uint8Array;
      if (name === 'random byte flips') {
        update = forge(member.doc, (root, tree) => rnd.pick(inlineHolders(root, tree)).insert(0, 'flip'));
        for (let f = 0; f < 1 + rnd.int(3); f++) update[rnd.int(update.length)] = rnd.int(256);
      } else update = forge(member.doc, (root, tree, doc) => invalid[name]!(rnd, root, tree, doc));
      const attacker = await probeSocket(`${server.wsUrl}/${documentId}`, cast.token('member'));
      attacker.sendUpdate(update);
      if (name === 'random byte flips') {
        // A flip may still leave a valid update (a changed letter): then it is kept, like any edit.
        await Promise.race([attacker.roundTrip().catch(() => undefined), attacker.closed]);
        flipped++;
      } else {
        const closed = await closedWithin(attacker.closed, 5000);
        expect(closed.code, `${name} (round ${round}): ${closed.reason}`).toBe(CloseCode.BadMessage);
        expect(attacker.denials()[0] ?? '', name).toMatch(/^update refused/);
        refusedBy.set(name, (refusedBy.get(name) ?? 0) + 1);
      }
      attacker.socket.close();
    };
    for (let round = 0; round * PARALLEL < CASES; round++) {
      const kind = honestEdit(rnd.int, honest.editor, round);
      honestKinds.set(kind, (honestKinds.get(kind) ?? 0) + 1);
      // Every kind in turn, with random targets and values; a few attackers at once. Byte flips go
      // alone: one that passes may delete what a concurrent attack writes into, which Yjs then
      // integrates as deleted (harmless, but not a refusal).
      const group = Array.from({ length: PARALLEL }, (_, k) => kinds[(round * PARALLEL + k) % kinds.length]!);
      await Promise.all(group.filter((name) => name !== 'random byte flips').map((name) => attack(round, name)));
      if (group.includes('random byte flips')) await attack(round, 'random byte flips');

      // Nothing invalid was relayed to the honest editor, whose own edits are never refused.
      expect(checkDocumentState(Y.encodeStateAsUpdate(member.doc)), `after round ${round}`).toBeUndefined();
      expect(closes, `the honest member was disconnected in round ${round}`).toEqual([]);
      if (round % 10 === 9) {
        const content = await cast.api('member', 'GET', `/api/documents/${documentId}/content?format=json`);
        expect(content.status).toBe(200);
      }
    }

    // Everything the honest editor wrote is on the server, renders, and saves as a version.
    appendParagraphs(honest.editor, 'The last honest paragraph.');
    const markdown = async () =>
      (await cast.api('member', 'GET', `/api/documents/${documentId}/content?format=markdown`)).text();
    await until(
      async () => (await markdown()).includes('The last honest paragraph.'),
      'the last honest edit on the server',
    );
    const version = await cast.api('coordinator', 'POST', `/api/documents/${documentId}/versions`, {
      name: 'After the fuzz',
    });
    expect(version.status).toBe(201);

    // Another stock client edits on; then the document reloads from storage, valid and whole.
    const other = stockClient(server.wsUrl, documentId, { token: cast.token('coordinator') });
    await synced(other);
    const otherEditor = openTestClient(other.doc);
    appendParagraphs(otherEditor.editor, 'Edited by another client after the fuzz.');
    await until(
      () => readBlocks(honest.editor).some((b) => b.text === 'Edited by another client after the fuzz.'),
      'the other client’s edit at the honest member',
    );
    const expected = readBlocks(honest.editor).map((b) => b.text);
    otherEditor.close();
    other.destroy();
    honest.close();
    member.destroy();
    await until(() => server.accord.collab.room(documentId) === undefined, 'the document to unload');

    const reloaded = stockClient(server.wsUrl, documentId, { token: cast.token('member') });
    await synced(reloaded);
    expect(checkDocumentState(Y.encodeStateAsUpdate(reloaded.doc))).toBeUndefined();
    const reader = openTestClient(reloaded.doc);
    expect(readBlocks(reader.editor).map((b) => b.text)).toEqual(expected);
    reader.close();
    reloaded.destroy();

    // Every kind of invalid update and every kind of honest edit actually happened.
    expect([...refusedBy.keys()].sort()).toEqual([...names].sort());
    expect([...honestKinds.keys()].sort()).toEqual([
      'append',
      'bracket',
      'enter',
      'format',
      'link',
      'list',
      'paste',
      'type',
    ]);
    expect(flipped).toBeGreaterThan(0);
  });
});
