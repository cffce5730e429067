import { $createTextNode, $setState, type TextNode } from 'lexical';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { blockChanges } from './block-changes.js';
import { suggestionAuthorProblem, suggestOnlyProblem } from './suggestion-check.js';
import { $createSuggestionNode, $isSuggestionNode, suggestionByState } from './suggestion-node.js';
import { $blockAt, appendParagraphs, copyOf, pressEnter, useTestClients, type TestClient } from './testing/harness.js';

/** Both checks on the next update `edit` makes, as the server runs them for `sender`. */
function check(client: TestClient, sender: string, edit: () => void): { author?: string; suggestOnly?: string } {
  const replica = copyOf(client.doc);
  const updates: Uint8Array[] = [];
  const record = (update: Uint8Array): void => {
    updates.push(update);
  };
  client.doc.on('update', record);
  edit();
  client.doc.off('update', record);
  let result: { author?: string; suggestOnly?: string } = {};
  Y.transact(replica, (transaction) => {
    Y.applyUpdate(replica, Y.mergeUpdates(updates));
    const author = suggestionAuthorProblem(transaction, sender);
    const suggestOnly = suggestOnlyProblem(blockChanges(transaction), sender);
    result = { ...(author ? { author } : {}), ...(suggestOnly ? { suggestOnly } : {}) };
  });
  return result;
}

const update = (client: TestClient, work: () => void): void => client.editor.update(work, { discrete: true });

/** Inserts `text` as a suggestion by `by` at character `offset` of the first block. */
const suggestInsert = (client: TestClient, offset: number, text: string, by: string, id = `s-${by}`) =>
  update(client, () => {
    const first = $blockAt(0).getFirstChild<TextNode>()!;
    const rest = offset === 0 ? first : first.splitText(offset)[1];
    const node = $createSuggestionNode({ id, kind: 'insert', by, at: 1 });
    node.append($createTextNode(text));
    rest!.insertBefore(node);
  });

/** Wraps characters [start, end) of the first block's first text node in a delete suggestion by `by`. */
const suggestDelete = (client: TestClient, start: number, end: number, by: string, id = `d-${by}`) =>
  update(client, () => {
    const [, middle] = $blockAt(0).getFirstChild<TextNode>()!.splitText(start, end);
    const node = $createSuggestionNode({ id, kind: 'delete', by, at: 1 });
    middle!.replace(node);
    node.append(middle!);
  });

describe('suggestionAuthorProblem', () => {
  const client = useTestClients();

  it('accepts a suggestion in the sender’s name and refuses one in another’s', () => {
    const a = client();
    appendParagraphs(a.editor, 'We urge States.');
    expect(check(a, 'alice', () => suggestInsert(a, 8, 'all ', 'alice')).author).toBeUndefined();
    const b = client();
    appendParagraphs(b.editor, 'We urge States.');
    expect(check(b, 'mallory', () => suggestInsert(b, 8, 'all ', 'alice')).author).toMatch(/someone else’s name/);
  });

  it('refuses changing the author of an existing suggestion', () => {
    const a = client();
    appendParagraphs(a.editor, 'We urge States.');
    suggestInsert(a, 8, 'all ', 'alice');
    const problem = check(a, 'mallory', () =>
      update(a, () => {
        const node = $blockAt(0).getChildren().find($isSuggestionNode)!;
        $setState(node, suggestionByState, 'mallory');
      }),
    ).author;
    expect(problem).toMatch(/changes the author of an existing suggestion/);
  });

  it('lets anyone split someone’s suggestion: the copy keeps its id and author', () => {
    const a = client();
    appendParagraphs(a.editor, 'Start.');
    update(a, () => {
      const node = $createSuggestionNode({ id: 's-alice', kind: 'insert', by: 'alice', at: 1 });
      node.append($createTextNode('proposed words'));
      $blockAt(0).append(node);
    });
    const result = check(a, 'bob', () => pressEnter(a.editor, 0, 'Start.proposed'.length));
    expect(result.author).toBeUndefined();
  });
});

describe('suggestOnlyProblem', () => {
  const client = useTestClients();

  it('accepts one’s own insert and delete suggestions', () => {
    const a = client();
    appendParagraphs(a.editor, 'We urge all States.');
    expect(check(a, 'carol', () => suggestDelete(a, 8, 12, 'carol')).suggestOnly).toBeUndefined();
    expect(check(a, 'carol', () => suggestInsert(a, 0, 'Today ', 'carol', 's-2')).suggestOnly).toBeUndefined();
  });

  it('refuses editing the text directly, adding a paragraph, or touching another’s suggestion', () => {
    const a = client();
    appendParagraphs(a.editor, 'We urge all States.');
    expect(
      check(a, 'carol', () => update(a, () => $blockAt(0).getFirstChild<TextNode>()!.setTextContent('We ask States.')))
        .suggestOnly,
    ).toMatch(/changes the text itself/);
    expect(check(a, 'carol', () => appendParagraphs(a.editor, 'New paragraph')).suggestOnly).toMatch(
      /adds or removes a paragraph/,
    );
    suggestInsert(a, 0, 'Today ', 'dave');
    expect(
      check(a, 'carol', () =>
        update(a, () => {
          $blockAt(0).getChildren().find($isSuggestionNode)!.remove();
        }),
      ).suggestOnly,
    ).toMatch(/another person’s suggestion/);
  });
});
