import { createHeadlessEditor } from '@lexical/headless';
import { $createLinkNode, $toggleLink } from '@lexical/link';
import { INSERT_UNORDERED_LIST_COMMAND } from '@lexical/list';
import {
  $createTextNode,
  $getRoot,
  $getSelection,
  FORMAT_TEXT_COMMAND,
  $isElementNode,
  $isTextNode,
  type LexicalEditor,
} from 'lexical';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { $createBracketNode } from './bracket-node.js';
import { $bracketPassage } from './brackets.js';
import { editorNodes } from './nodes.js';
import { $getBlockId } from './paragraph-id.js';
import { ELEMENT_RULES, MAX_DEPTH, MAX_PROPERTY_CHARS, TEXT_RULES } from './schema-check-rules.js';
import { checkDocumentChange, checkDocumentState } from './schema-check.js';
import { $createSuggestionNode, newSuggestionId } from './suggestion-node.js';
import { $buildSampleDocument } from './testing/sample.js';
import {
  $blockAt,
  $caretAt,
  $paste,
  $serializeTree,
  appendParagraphs,
  pressEnter,
  useTestClients,
} from './testing/harness.js';

/** Applies `update` to a copy of `base` the way the server does, and returns the checker's verdict. */
function verdict(base: Y.Doc, update: Uint8Array): string | undefined {
  const staging = new Y.Doc();
  Y.applyUpdate(staging, Y.encodeStateAsUpdate(base));
  let problem: string | undefined;
  Y.transact(staging, (transaction) => {
    Y.applyUpdate(staging, update);
    problem = checkDocumentChange(staging, transaction);
  });
  staging.destroy();
  return problem;
}

/** What a hand-made client would send after changing a replica of `base` with raw Yjs calls. */
function handMade(base: Y.Doc, change: (root: Y.XmlText, doc: Y.Doc) => void): Uint8Array {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, Y.encodeStateAsUpdate(base));
  const before = Y.encodeStateVector(doc);
  doc.transact(() => change(doc.get('root', Y.XmlText), doc));
  return Y.encodeStateAsUpdate(doc, before);
}

const element = (type: string): Y.XmlText => {
  const xml = new Y.XmlText();
  xml.setAttribute('__type', type);
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
/** The n-th child embed of an element's Y.XmlText. */
const childOf = (xml: Y.XmlText, n: number): Y.XmlText | Y.Map<unknown> =>
  (xml.toDelta() as { insert: unknown }[]).map((d) => d.insert).filter((i) => typeof i !== 'string')[n] as
    | Y.XmlText
    | Y.Map<unknown>;

/** Records every update an editor's doc emits while `edit` runs, each checked against the doc before it. */
function checkedEdits(doc: Y.Doc, edit: () => void): (string | undefined)[] {
  const verdicts: (string | undefined)[] = [];
  const replica = new Y.Doc();
  Y.applyUpdate(replica, Y.encodeStateAsUpdate(doc));
  const onUpdate = (update: Uint8Array): void => {
    verdicts.push(verdict(replica, update));
    Y.applyUpdate(replica, update);
  };
  doc.on('update', onUpdate);
  try {
    edit();
  } finally {
    doc.off('update', onUpdate);
    replica.destroy();
  }
  return verdicts;
}

function sampleDoc(open: ReturnType<typeof useTestClients>): { doc: Y.Doc; editor: LexicalEditor } {
  const client = open();
  client.editor.update(() => $buildSampleDocument(), { discrete: true });
  return client;
}

describe('the schema table', () => {
  it('covers every node class Accord registers, with every property the Yjs binding syncs', () => {
    const editor = createHeadlessEditor({
      nodes: [...editorNodes],
      onError: (e) => {
        throw e;
      },
    });
    const structural = new Set([
      '__key',
      '__parent',
      '__prev',
      '__next',
      '__first',
      '__last',
      '__size',
      '__state',
      '__slotHost',
      '__slots',
      '__cachedText',
      '__text',
    ]);
    editor.update(
      () => {
        for (const [type, { klass }] of editor._nodes) {
          if (type === 'artificial') continue; // Lexical's own, never stored
          const node = new klass();
          const synced = Object.keys(node).filter((k) => !structural.has(k) && k !== '__type');
          const rule = $isElementNode(node) ? ELEMENT_RULES[type] : TEXT_RULES[type];
          expect(rule, `a rule for ${type}`).toBeDefined();
          const known = Object.keys(rule!.props);
          if (type !== 'root')
            expect(
              synced.filter((k) => !known.includes(k)),
              `properties of ${type} without a rule`,
            ).toEqual([]);
          expect($isTextNode(node) || $isElementNode(node) || type === 'linebreak').toBe(true);
        }
      },
      { discrete: true },
    );
  });
});

describe('checkDocumentChange accepts what real editors write', () => {
  const open = useTestClients();

  it('accepts the sample document (every node type, nested lists, links, formats) as one state', () => {
    const { doc } = sampleDoc(open);
    expect(checkDocumentState(Y.encodeStateAsUpdate(doc))).toBeUndefined();
  });

  it('accepts typing, bold, lists, links, brackets, paragraph splits and pastes, update by update', () => {
    const { doc, editor } = sampleDoc(open);
    const verdicts = checkedEdits(doc, () => {
      appendParagraphs(editor, 'A new paragraph to work on.');
      editor.update(
        () => {
          $caretAt(7, 5);
          $getSelection()!.insertText(' typed');
        },
        { discrete: true },
      );
      editor.update(
        () => {
          const text = $blockAt(7).getFirstDescendant();
          if ($isTextNode(text)) text.select(0, 5);
          editor.dispatchCommand(FORMAT_TEXT_COMMAND, 'bold');
        },
        { discrete: true },
      );
      editor.update(
        () => {
          const text = $blockAt(7).getLastDescendant();
          if ($isTextNode(text)) text.select(2, 6);
          $toggleLink('https://example.org/a');
        },
        { discrete: true },
      );
      editor.update(
        () => {
          $bracketPassage($getBlockId($blockAt(1)), 2, 9);
        },
        { discrete: true },
      );
      pressEnter(editor, 7, 3);
      editor.update(
        () => {
          $caretAt(8, 1);
          editor.dispatchCommand(INSERT_UNORDERED_LIST_COMMAND, undefined);
        },
        { discrete: true },
      );
      editor.update(
        () => {
          const copied = [$serializeTree($blockAt(1)), $serializeTree($blockAt(0))];
          $caretAt(2, 0);
          $paste(copied);
        },
        { discrete: true },
      );
      editor.update(() => $getRoot().append($createLinkNode('https://x.example').append($createTextNode('x'))), {
        discrete: true,
      });
    });
    expect(verdicts.length).toBeGreaterThan(5);
    expect(verdicts.filter((v) => v !== undefined)).toEqual([]);
  });

  it('accepts suggestions in a paragraph, a link and a bracket', () => {
    const { doc, editor } = sampleDoc(open);
    const verdicts = checkedEdits(doc, () => {
      editor.update(
        () => {
          const suggestion = (kind: 'insert' | 'delete', text: string) =>
            $createSuggestionNode({ id: newSuggestionId(), kind, by: 'ada-1', at: 1_700_000_000_000 }).append(
              $createTextNode(text),
            );
          $blockAt(1).append(suggestion('insert', ' added'), suggestion('delete', ' struck'));
          $blockAt(1).append($createLinkNode('https://x.example').append(suggestion('insert', 'in a link')));
          $blockAt(1).append($createBracketNode().append(suggestion('delete', 'in a bracket')));
        },
        { discrete: true },
      );
    });
    expect(verdicts.length).toBeGreaterThan(0);
    expect(verdicts.filter((v) => v !== undefined)).toEqual([]);
  });

  it('accepts undo and redo of those edits (Yjs undo deletes and re-creates structs)', () => {
    const client = open();
    client.editor.update(() => $buildSampleDocument(), { discrete: true });
    const { doc, editor, undoManager } = client;
    const verdicts = checkedEdits(doc, () => {
      for (let round = 0; round < 4; round++) {
        undoManager.stopCapturing();
        appendParagraphs(editor, `Undone ${round}.`);
        undoManager.stopCapturing();
        pressEnter(editor, 1, 4);
        undoManager.stopCapturing();
        editor.update(
          () => {
            try {
              $bracketPassage($getBlockId($blockAt(1)), 1, 3);
            } catch {
              /* overlaps an earlier round's bracket: the editor refuses that too */
            }
          },
          { discrete: true },
        );
        undoManager.stopCapturing();
        editor.update(
          () => {
            const text = $blockAt(1).getFirstDescendant();
            if ($isTextNode(text) && text.getTextContentSize() >= 2) text.select(0, 2);
            $toggleLink('https://example.org/u');
          },
          { discrete: true },
        );
      }
      while (undoManager.undoStack.length) {
        undoManager.undo();
        editor.read(() => undefined);
      }
      while (undoManager.redoStack.length) {
        undoManager.redo();
        editor.read(() => undefined);
      }
    });
    expect(verdicts.length).toBeGreaterThan(10);
    expect(verdicts.filter((v) => v !== undefined)).toEqual([]);
  });
});

describe('checkDocumentChange refuses what Lexical cannot bind', () => {
  const open = useTestClients();
  const refuse = (change: (root: Y.XmlText, doc: Y.Doc) => void): string | undefined => {
    const { doc } = sampleDoc(open);
    return verdict(doc, handMade(doc, change));
  };

  const cases: [string, (root: Y.XmlText, doc: Y.Doc) => void, RegExp][] = [
    ['an element of an unregistered type', (root) => root.insertEmbed(0, element('evil')), /unregistered type "evil"/],
    [
      'an element named after an Object member',
      (root) => root.insertEmbed(0, element('constructor')),
      /unregistered type "constructor"/,
    ],
    [
      'an element named __proto__',
      (root) => root.insertEmbed(0, element('__proto__')),
      /unregistered type "__proto__"/,
    ],
    [
      'a text node named toString',
      (root) => (childOf(root, 1) as Y.XmlText).insertEmbed(0, textNode('toString')),
      /text node of the unregistered type "toString"/,
    ],
    [
      'a property named __proto__',
      (root) => (childOf(root, 1) as Y.XmlText).setAttribute('__proto__', 'x'),
      /property "__proto__"/,
    ],
    [
      'a NodeState key named hasOwnProperty',
      (root) =>
        ((childOf(root, 1) as Y.XmlText).getAttribute('__state') as unknown as Y.Map<unknown>).set(
          'hasOwnProperty',
          'x',
        ),
      /NodeState "hasOwnProperty"/,
    ],
    ['an element without a type', (root) => root.insertEmbed(0, new Y.XmlText()), /unregistered type null/],
    [
      'a text node directly under the root',
      (root) => root.insertEmbed(0, textNode()),
      /text node directly into a root/,
    ],
    ['characters directly under the root', (root) => root.insert(0, 'loose'), /text directly into a root/],
    [
      'a paragraph inside a paragraph',
      (root) => (childOf(root, 1) as Y.XmlText).insertEmbed(0, element('paragraph')),
      /paragraph element into a paragraph/,
    ],
    ['a list item under the root', (root) => root.insertEmbed(0, element('listitem')), /listitem element into a root/],
    [
      'a paragraph inside a list',
      (root) => (childOf(root, 6) as Y.XmlText).insertEmbed(0, element('paragraph')),
      /paragraph element into a list/,
    ],
    [
      'a bracket inside a bracket',
      (root) => {
        const outer = element('accord-bracket');
        (childOf(root, 1) as Y.XmlText).insertEmbed(0, outer);
        outer.insertEmbed(0, element('accord-bracket'));
      },
      /accord-bracket element into a accord-bracket/,
    ],
    [
      'a suggestion inside a suggestion',
      (root) => {
        const outer = element('accord-suggestion');
        (childOf(root, 1) as Y.XmlText).insertEmbed(0, outer);
        outer.insertEmbed(0, element('accord-suggestion'));
      },
      /accord-suggestion element into a accord-suggestion/,
    ],
    [
      'a bracket inside a suggestion',
      (root) => {
        const outer = element('accord-suggestion');
        (childOf(root, 1) as Y.XmlText).insertEmbed(0, outer);
        outer.insertEmbed(0, element('accord-bracket'));
      },
      /accord-bracket element into a accord-suggestion/,
    ],
    [
      'a suggestion of an unknown kind',
      (root) => {
        const suggestion = element('accord-suggestion');
        suggestion.setAttribute('__state', new Y.Map<unknown>([['sk', 'rewrite']]) as never);
        (childOf(root, 1) as Y.XmlText).insertEmbed(0, suggestion);
      },
      /NodeState sk/,
    ],
    ['a link at the top level', (root) => root.insertEmbed(0, element('link')), /link element into a root/],
    [
      'a text node of an unknown type',
      (root) => (childOf(root, 1) as Y.XmlText).insertEmbed(0, textNode('evil-text')),
      /text node of the unregistered type/,
    ],
    ['a decorator (XmlElement)', (root) => root.insertEmbed(0, new Y.XmlElement('img')), /XmlElement|YXmlElement/],
    ['a formatting mark', (root) => (childOf(root, 1) as Y.XmlText).format(0, 3, { bold: true }), /format content/],
    [
      'an unknown NodeState key',
      (root) => ((childOf(root, 1) as Y.XmlText).getAttribute('__state') as unknown as Y.Map<unknown>).set('evil', 1),
      /NodeState "evil"/,
    ],
    [
      'a malformed block id',
      (root) =>
        ((childOf(root, 1) as Y.XmlText).getAttribute('__state') as unknown as Y.Map<unknown>).set('pid', '<script>'),
      /NodeState pid/,
    ],
    [
      'NodeState that is not a map',
      (root) => (childOf(root, 1) as Y.XmlText).setAttribute('__state', 'x'),
      /NodeState of a paragraph/,
    ],
    [
      'a huge property',
      (root) => (childOf(root, 1) as Y.XmlText).setAttribute('__style', 'x'.repeat(MAX_PROPERTY_CHARS + 1)),
      /wrong shape or size/,
    ],
    [
      'an unknown property',
      (root) => (childOf(root, 1) as Y.XmlText).setAttribute('onclick', 'alert(1)'),
      /property "onclick"/,
    ],
    [
      'a heading tag that is not h1–h6',
      (root) => (childOf(root, 0) as Y.XmlText).setAttribute('__tag', 'script'),
      /__tag of a heading/,
    ],
    [
      'a changed node type',
      (root) => (childOf(root, 1) as Y.XmlText).setAttribute('__type', 'quote'),
      /changes the type of an existing node/,
    ],
    [
      'a removed property',
      (root) => (childOf(root, 1) as Y.XmlText).removeAttribute('__format'),
      /removes the property __format/,
    ],
    [
      'a removed text-node type',
      (root) => (childOf(childOf(root, 1) as Y.XmlText, 0) as Y.Map<unknown>).delete('__type'),
      /changes the type of an existing node/,
    ],
    [
      'a bad text-node format',
      (root) => (childOf(childOf(root, 1) as Y.XmlText, 0) as Y.Map<unknown>).set('__format', 'bold'),
      /__format of a text node/,
    ],
    [
      'NodeState on a text node',
      (root) => (childOf(childOf(root, 1) as Y.XmlText, 0) as Y.Map<unknown>).set('__state', new Y.Map()),
      /NodeState on a text node/,
    ],
    [
      'unkeyed content in a text node',
      (root) => (childOf(root, 1) as Y.XmlText).insertEmbed(0, new Y.Array()),
      /YArray|Array/,
    ],
    [
      'elements nested deeper than the limit',
      (root) => {
        let parent = element('paragraph');
        root.insertEmbed(0, parent);
        for (let i = 0; i < MAX_DEPTH + 2; i++) {
          const link = element(i % 2 ? 'link' : 'autolink');
          parent.insertEmbed(0, link);
          parent = link;
        }
      },
      /nests elements more than/,
    ],
  ];

  for (const [what, change, reason] of cases) {
    it(`refuses ${what}`, () => {
      expect(refuse(change)).toMatch(reason);
    });
  }

  it('lets a node lose NodeState or a checkbox, as a Yjs undo of their first setting does', () => {
    expect(refuse((root) => (childOf(root, 1) as Y.XmlText).removeAttribute('__state'))).toBeUndefined();
  });

  it('leaves top-level types other than the Lexical root alone', () => {
    expect(refuse((_root, doc) => doc.getMap('elsewhere').set('x', 'anything'))).toBeUndefined();
  });

  it('refuses an invalid state handed over whole', () => {
    const doc = new Y.Doc();
    doc.get('root', Y.XmlText).insertEmbed(0, element('evil'));
    expect(checkDocumentState(Y.encodeStateAsUpdate(doc))).toMatch(/unregistered type "evil"/);
  });
});
