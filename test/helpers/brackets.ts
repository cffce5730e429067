/**
 * Brackets a passage the way a browser does: a headless Lexical editor bound to a stock
 * y-websocket client's doc wraps the characters in a `BracketNode`, the provider sends the
 * update, and the helper waits until the server's consensus view lists the bracket.
 */
import { $bracketPassage, $getBracketId, openHeadlessCollabEditor } from '@accord/editor';
import { bearer } from './auth.js';
import { stockClient, synced, until } from './clients.js';

export async function bracketOverSocket(
  server: { url: string; wsUrl: string },
  token: string,
  documentId: string,
  blockId: string,
  start: number,
  end: number,
): Promise<string> {
  const client = stockClient(server.wsUrl, documentId, { token });
  try {
    await synced(client);
    const session = openHeadlessCollabEditor(client.doc);
    let id = '';
    session.editor.update(() => void (id = $getBracketId($bracketPassage(blockId, start, end))), { discrete: true });
    session.close();
    await until(async () => {
      const response = await fetch(`${server.url}/api/documents/${documentId}/consensus`, { headers: bearer(token) });
      const body = (await response.json()) as { paragraphs: { brackets: { id: string; state: string }[] }[] };
      return body.paragraphs.some((p) => p.brackets.some((b) => b.id === id && b.state === 'open'));
    }, `the server to hold bracket ${id}`);
    return id;
  } finally {
    client.destroy();
  }
}
