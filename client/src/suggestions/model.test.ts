import { $createSuggestionNode, blockIdState, editorNodes, type SuggestionIdentity } from '@accord/editor';
import { $createParagraphNode, $createTextNode, $getRoot, $setState, createEditor } from 'lexical';
import { describe, expect, it } from 'vitest';
import { $pendingSuggestions } from './model.js';

const suggestion = (identity: SuggestionIdentity, text: string) =>
  $createSuggestionNode(identity).append($createTextNode(text));

/** A headless editor holding paragraphs built by `build` (inside an update). */
function pending(build: () => void) {
  const editor = createEditor({
    nodes: [...editorNodes],
    onError: (error) => {
      throw error;
    },
  });
  editor.update(build, { discrete: true });
  return editor.getEditorState().read($pendingSuggestions);
}

const paragraph = (id: string, ...children: Parameters<ReturnType<typeof $createParagraphNode>['append']>) => {
  const p = $createParagraphNode();
  $setState(p, blockIdState, id);
  $getRoot().append(p.append(...children));
};

describe('$pendingSuggestions', () => {
  it('makes one replacement of a deletion followed by the same person’s insertion', () => {
    const list = pending(() =>
      paragraph(
        'p1',
        $createTextNode('The '),
        suggestion({ id: 's1', kind: 'delete', by: 'ana', at: 1 }, 'agreed'),
        suggestion({ id: 's2', kind: 'insert', by: 'ana', at: 2 }, 'renewed'),
        $createTextNode(' text'),
      ),
    );
    expect(list).toEqual([
      { id: 's1', ids: ['s1', 's2'], by: 'ana', at: 1, blockId: 'p1', deleted: 'agreed', inserted: 'renewed' },
    ]);
  });

  it('keeps apart what different people suggested, or what text separates', () => {
    const list = pending(() => {
      paragraph(
        'p1',
        suggestion({ id: 's1', kind: 'delete', by: 'ana', at: 1 }, 'old'),
        suggestion({ id: 's2', kind: 'insert', by: 'mei', at: 2 }, 'new'),
      );
      paragraph(
        'p2',
        suggestion({ id: 's3', kind: 'delete', by: 'ana', at: 3 }, 'gone'),
        $createTextNode(' and '),
        suggestion({ id: 's4', kind: 'insert', by: 'ana', at: 4 }, 'added'),
      );
    });
    expect(list.map((s) => [s.ids, s.blockId, s.deleted, s.inserted])).toEqual([
      [['s1'], 'p1', 'old', ''],
      [['s2'], 'p1', '', 'new'],
      [['s3'], 'p2', 'gone', ''],
      [['s4'], 'p2', '', 'added'],
    ]);
  });

  it('lists a suggestion split across two paragraphs once, at its first', () => {
    const list = pending(() => {
      paragraph('p1', suggestion({ id: 's1', kind: 'insert', by: 'ana', at: 1 }, 'first half'));
      paragraph('p2', suggestion({ id: 's1', kind: 'insert', by: 'ana', at: 1 }, ' second'));
    });
    expect(list).toEqual([
      { id: 's1', ids: ['s1'], by: 'ana', at: 1, blockId: 'p1', deleted: '', inserted: 'first half second' },
    ]);
  });
});
