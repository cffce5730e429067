/**
 * Suggests wording the way a browser in suggestion mode does: a headless Lexical editor bound
 * to a stock y-websocket client's doc inserts text at the end of a paragraph as an insert
 * suggestion by `personId`, the provider sends it, and the helper waits until the server lists
 * it among the document's pending suggestions. Returns the id of the suggestion holding the text.
 */
import { $getBlockId, $collectBlocks, openHeadlessCollabEditor } from '@accord/editor';
import { $suggestInsertText } from '../../packages/editor/src/suggestions.js';
import { bearer } from './auth.js';
import { stockClient, synced, until } from './clients.js';

const pending = async (
  server: { url: string },
  token: string,
  documentId: string,
): Promise<{ id: string; text: string; author: { id: string } }[]> => {
  const response = await fetch(`${server.url}/api/documents/${documentId}/suggestions`, { headers: bearer(token) });
  return ((await response.json()) as { suggestions: { id: string; text: string; author: { id: string } }[] })
    .suggestions;
};

export async function suggestOverSocket(
  server: { url: string; wsUrl: string },
  token: string,
  personId: string,
  documentId: string,
  blockId: string,
  text: string,
): Promise<string> {
  const client = stockClient(server.wsUrl, documentId, { token });
  try {
    await synced(client);
    const session = openHeadlessCollabEditor(client.doc);
    session.editor.update(
      () => {
        const block = $collectBlocks().find((b) => $getBlockId(b) === blockId);
        if (!block) throw new Error(`no block ${blockId} in ${documentId}`);
        block.selectEnd();
        $suggestInsertText(text, { personId });
      },
      { discrete: true },
    );
    session.close();
    // Typed right after one's own pending insertion, the text extends it: look for the text, not a new id.
    let id = '';
    await until(async () => {
      const found = (await pending(server, token, documentId)).find(
        (s) => s.author.id === personId && s.text.includes(text),
      );
      id = found?.id ?? '';
      return id !== '';
    }, `the server to list ${personId}'s suggestion`);
    return id;
  } finally {
    client.destroy();
  }
}
