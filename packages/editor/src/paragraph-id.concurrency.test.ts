import { $createListItemNode, $createListNode, $isListNode } from '@lexical/list';
import { $createHeadingNode } from '@lexical/rich-text';
import {
  $createParagraphNode,
  $createTextNode,
  $getRoot,
  $getSelection,
  $isParagraphNode,
  $isRangeSelection,
  $parseSerializedNode,
  type ElementNode,
} from 'lexical';
import { afterAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { $collectBlocks } from './blocks.js';
import { openHeadlessCollabEditor } from './headless.js';
import { $getBlockId, PARAGRAPH_ID_REPAIR_TAG } from './paragraph-id.js';
import { $renderJson } from './render.js';
import {
  $caretAt,
  $serializeTree,
  copyOf,
  expectValidIds,
  openTestClient,
  pressBackspace,
  pressEnter,
  type TestClient,
} from './testing/harness.js';
import { createRng, SimulatedNetwork, type Rng } from './testing/network.js';

// Two headless editors, each with its own Y.Doc, edit concurrently while a simulated network
// delivers their updates late and out of order. After every epoch the network drains and both
// must show the same document with valid, unique ids, and every block that existed before the
// epoch and still exists keeps its id, unless Enter at its very start moved the id to its text
// or an undo/redo restored an earlier one.

const SEEDS = [11, 23, 37, 41, 59];
const EPOCHS = 5;
const ROUNDS = 12;

interface Peer {
  readonly name: string;
  readonly client: TestClient;
}

/** A block's identity across replicas: the Yjs item id of its XmlText. */
function $yjsIdentity(peer: Peer, block: ElementNode): string {
  const collab = peer.client.binding.collabNodeMap.get(block.getKey());
  const item = collab && '_xmlText' in collab ? collab._xmlText._item : null;
  if (!item) throw new Error(`${peer.name}: block ${block.getKey()} has no Yjs item`);
  return `${item.id.client}:${item.id.clock}`;
}

function identities(peer: Peer): Map<string, string> {
  return peer.client.editor.read(
    () => new Map($collectBlocks().map((block) => [$yjsIdentity(peer, block), $getBlockId(block)])),
  );
}

/** Blocks that hold text directly (not lists, not list items that only hold a nested list). */
function $textBlocks(): ElementNode[] {
  return $collectBlocks().filter(
    (b) => !$isListNode(b) && !(b.getFirstChild() !== null && $isListNode(b.getFirstChild())),
  );
}

const WORDS = ['consensus ', 'stakeholder ', 'forum ', 'draft ', 'agreed ', 'text '];

/** One random user action by `peer`. Records blocks whose id may legitimately move away. */
function randomEdit(peer: Peer, rng: Rng, mayRename: Set<string>): void {
  const { editor, undoManager } = peer.client;
  undoManager.stopCapturing();
  const roll = rng.next();
  const blocks = editor.read(() =>
    $textBlocks().map((b) => ({ index: $collectBlocks().indexOf(b), size: b.getTextContentSize() })),
  );
  const target = rng.pick(blocks);
  if (roll < 0.25) {
    editor.update(
      () => {
        $caretAt(target.index, rng.int(target.size + 1));
        const selection = $getSelection();
        if ($isRangeSelection(selection)) selection.insertText(rng.pick(WORDS));
      },
      { discrete: true },
    );
  } else if (roll < 0.45) {
    const offset = rng.pick([0, rng.int(target.size + 1), target.size]);
    if (offset === 0 && target.size > 0) {
      editor.read(() => mayRename.add($yjsIdentity(peer, $collectBlocks()[target.index]!)));
    }
    pressEnter(editor, target.index, offset);
  } else if (roll < 0.55) {
    const mergeable = editor.read(() =>
      $collectBlocks().flatMap((b, index) => {
        const prev = b.getPreviousSibling();
        return $isParagraphNode(b) && prev !== null && ($isParagraphNode(prev) || prev.getType() === 'heading')
          ? [index]
          : [];
      }),
    );
    if (mergeable.length > 0) pressBackspace(editor, rng.pick(mergeable), 0);
  } else if (roll < 0.65) {
    if (blocks.length > 4) editor.update(() => $collectBlocks()[target.index]!.remove(), { discrete: true });
  } else if (roll < 0.75) {
    editor.update(
      () => {
        const anchor = rng.pick($getRoot().getChildren());
        anchor.insertAfter($createParagraphNode().append($createTextNode(rng.pick(WORDS))));
      },
      { discrete: true },
    );
  } else if (roll < 0.9) {
    // Copy or move a top-level paragraph: the node carries its id, like a paste from the
    // clipboard. Moving the first paragraph is likelier, so both peers often move the same one.
    const copy = rng.next() < 0.4;
    editor.update(
      () => {
        const paragraphs = $getRoot().getChildren().filter($isParagraphNode);
        if (paragraphs.length < 2) return;
        const source = rng.next() < 0.5 ? paragraphs[0]! : rng.pick(paragraphs);
        const json = $serializeTree(source);
        const anchor = rng.pick(
          $getRoot()
            .getChildren()
            .filter((n) => !n.is(source)),
        );
        if (!copy) source.remove();
        anchor.insertAfter($parseSerializedNode(json));
      },
      { discrete: true },
    );
  } else {
    // Undo and redo restore earlier ids on purpose (an undone Enter at the start gives the text
    // its id back), so the blocks they rename are exempt from the stability check.
    const before = identities(peer);
    if (roll < 0.96) undoManager.undo();
    else undoManager.redo();
    for (const [identity, id] of identities(peer)) {
      if (before.has(identity) && before.get(identity) !== id) mayRename.add(identity);
    }
  }
}

/** Lets pending editor updates commit, as the browser's microtask checkpoint would. */
async function settle(peers: Peer[]): Promise<void> {
  await Promise.resolve();
  for (const peer of peers) peer.client.editor.read(() => undefined);
}

/** Delivers everything, including the repairs that deliveries trigger, until all is quiet. */
async function drain(network: SimulatedNetwork, peers: Peer[]): Promise<void> {
  for (let i = 0; i < 1000; i++) {
    await settle(peers);
    if (network.pending === 0) return;
    network.tick();
  }
  throw new Error('network did not drain');
}

function setUp(seed: number): { peers: Peer[]; network: SimulatedNetwork; rng: Rng } {
  const rng = createRng(seed);
  const a = openTestClient();
  a.editor.update(
    () => {
      $getRoot().append(
        $createHeadingNode('h1').append($createTextNode('Outcome document')),
        ...['Introduction.', 'Scope of the work.', 'Findings.', 'Recommendations.'].map((t) =>
          $createParagraphNode().append($createTextNode(t)),
        ),
        $createListNode('bullet').append(
          $createListItemNode().append($createTextNode('first item')),
          $createListItemNode().append($createTextNode('second item')),
        ),
        $createParagraphNode().append($createTextNode('Conclusion.')),
      );
    },
    { discrete: true },
  );
  a.undoManager.clear();
  const b = openTestClient(copyOf(a.doc));
  const network = new SimulatedNetwork(rng);
  network.connect(a.doc, b.doc);
  return {
    peers: [
      { name: 'A', client: a },
      { name: 'B', client: b },
    ],
    network,
    rng,
  };
}

describe('concurrent editing over an async, reordering network', () => {
  it.each(SEEDS)(
    'converges with valid, unique, stable ids (seed %i)',
    async (seed) => {
      const { peers, network, rng } = setUp(seed);
      const [a, b] = peers as [Peer, Peer];
      for (const peer of peers) {
        peer.client.editor.registerUpdateListener(({ tags }) => {
          if (tags.has(PARAGRAPH_ID_REPAIR_TAG)) repairsSeen++;
        });
      }
      for (let epoch = 0; epoch < EPOCHS; epoch++) {
        const before = identities(a);
        const mayRename = new Set<string>();
        for (let round = 0; round < ROUNDS; round++) {
          for (const peer of rng.shuffle(peers)) {
            for (let n = 1 + rng.int(2); n > 0; n--) randomEdit(peer, rng, mayRename);
          }
          for (let t = rng.int(3); t > 0; t--) network.tick();
          await settle(peers);
          // Each replica is valid on its own at all times, whatever has not arrived yet.
          for (const peer of peers) expectValidIds(localIds(peer), `${peer.name}, seed ${seed}`);
        }
        await drain(network, peers);

        const json = a.client.editor.read(() => $renderJson());
        expect(
          b.client.editor.read(() => $renderJson()),
          `seed ${seed} epoch ${epoch}`,
        ).toEqual(json);
        expectValidIds(
          json.paragraphs.map((p) => p.id),
          `seed ${seed}`,
        );
        // The replicas' Y.Docs hold what their editors show (no repair stayed Lexical-only).
        for (const peer of peers) expect(renderStored(peer.client.doc), `${peer.name}'s doc`).toEqual(json);
        const after = identities(a);
        expect(identities(b)).toEqual(after);
        for (const [identity, id] of before) {
          if (after.has(identity) && !mayRename.has(identity)) {
            expect(after.get(identity), `block ${identity} kept its id (seed ${seed} epoch ${epoch})`).toBe(id);
          }
        }
      }
      for (const peer of peers) peer.client.close();
      network.disconnect();
    },
    60_000,
  );
});

/** Renders a doc through a fresh editor, as the server's content endpoint will. */
function renderStored(doc: Y.Doc): ReturnType<typeof $renderJson> {
  const session = openHeadlessCollabEditor(copyOf(doc));
  const json = session.editor.read(() => $renderJson());
  session.close();
  return json;
}

function localIds(peer: Peer): string[] {
  return peer.client.editor.read(() => $collectBlocks().map($getBlockId));
}

// Random edits must actually produce remote duplicates or missing ids now and then, or the
// repair path would go untested here.
let repairsSeen = 0;
afterAll(() => {
  expect(repairsSeen).toBeGreaterThan(0);
});
