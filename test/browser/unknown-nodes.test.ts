/**
 * Finding F2 of issue 12 in a real browser: a document that holds Lexical nodes of an
 * unregistered type (written into SQLite while the server was down, as if stored long ago) opens
 * with the rest of its text and a visible "[unsupported content: <type>]" where each node is,
 * instead of an empty page. The coordinator then resets it to a saved version from the version
 * page (with its confirm step), and the member's open editor shows the version's text, repaired.
 */
import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { openDatabase, SqliteDocumentStore, SqliteSql } from '@accord/server';
import { appendParagraphs, openTestClient } from '../../packages/editor/src/testing/harness.js';
import { appendUnknownBlock, appendUnknownInline } from '../../packages/editor/src/testing/unknown-nodes.js';
import { bearer, demo, tokenFor } from '../helpers/auth.js';
import { createDocument } from '../helpers/accord-process.js';
import { stockClient, synced, until } from '../helpers/clients.js';
import { eventually, selectInParagraph } from './harness.js';
import { browserSuite } from './suite.js';

const suite = browserSuite();

const ALPHA = 'The forum met in Joao Pessoa to discuss access.';
const BRAVO = 'Members asked for a summary of the consultation.';

describe('a document holding nodes of an unregistered type, in the browser', () => {
  it('shows the rest of the text with placeholders, and a coordinator resets it to a version', async () => {
    const documentId = await createDocument(suite.accord, 'Holds unknown nodes');
    const memberToken = await tokenFor(suite.accord.url, demo.member);
    const coordinatorToken = await tokenFor(suite.accord.url, demo.coordinator);
    const client = stockClient(suite.accord.wsUrl, documentId, { token: memberToken });
    await synced(client);
    const writer = openTestClient(client.doc);
    appendParagraphs(writer.editor, ALPHA, BRAVO);
    const markdown = async () =>
      (
        await fetch(`${suite.accord.url}/api/documents/${documentId}/content?format=markdown`, {
          headers: bearer(memberToken),
        })
      ).text();
    await until(async () => (await markdown()).includes('summary of the consultation'), 'the text on the server');
    const saved = await fetch(`${suite.accord.url}/api/documents/${documentId}/versions`, {
      method: 'POST',
      headers: bearer(coordinatorToken),
      body: JSON.stringify({ name: 'Before the break' }),
    });
    expect(saved.status).toBe(201);
    const versionId = ((await saved.json()) as { id: string }).id;
    writer.close();
    client.destroy();

    // Behind the server's back: the bad nodes go straight into SQLite while it is down.
    await suite.crashAndRestart(async () => {
      const db = openDatabase(suite.accord.dataDir);
      try {
        const store = new SqliteDocumentStore(new SqliteSql(db));
        const stored = await store.load(documentId);
        const doc = new Y.Doc();
        for (const update of [...(stored.snapshot ? [stored.snapshot] : []), ...stored.updates])
          Y.applyUpdate(doc, update);
        const blocks = doc.get('root', Y.XmlText).toDelta() as Array<{ insert: Y.XmlText }>;
        const alpha = blocks.findIndex((op) => op.insert.toString().includes('Joao Pessoa'));
        await store.append(documentId, [
          appendUnknownInline(doc, alpha, 'sticker', ' (stuck on)'),
          appendUnknownBlock(doc, 'mystery-block', 'Hidden block text'),
        ]);
      } finally {
        db.close();
      }
    });

    const [lucas, mei] = await Promise.all([suite.person(demo.coordinator), suite.person(demo.member)]);
    await mei.open(documentId);
    await eventually(async () => {
      const text = await mei.editor().innerText();
      expect(text).toContain(ALPHA);
      expect(text).toContain(BRAVO);
      expect(text).toContain('[unsupported content: sticker]');
      expect(text).toContain('[unsupported content: mystery-block]');
    });
    expect(await mei.editor().locator('.accord-unsupported').count()).toBe(2);

    // Mei keeps editing around them: her edit is stored and she stays connected.
    await selectInParagraph(mei.page, 2, BRAVO.length, BRAVO.length);
    await mei.page.keyboard.type(' Agreed.');
    await until(
      async () => (await markdown()).includes('consultation. Agreed.'),
      'the edit next to unknown nodes on the server',
    );
    expect(await mei.page.locator('.connection[data-phase="connected"]').count()).toBe(1);

    // Lucas resets the live document from the version page, confirming first.
    await lucas.page.goto(`/d/${encodeURIComponent(documentId)}/versions/${encodeURIComponent(versionId)}`);
    await lucas.page.getByRole('button', { name: 'Reset the live document to this version' }).click();
    const dialog = lucas.page.getByRole('alertdialog');
    expect(await dialog.innerText()).toContain('Changes made since it was saved leave the live document');
    await dialog.getByRole('button', { name: 'Reset the live document', exact: true }).click();
    await lucas.page.getByRole('status').filter({ hasText: 'now holds version “Before the break”' }).waitFor();

    // Mei's open editor shows the version's text, without the unknown nodes.
    await eventually(async () => {
      expect(await mei.editor().locator('.accord-unsupported').count()).toBe(0);
      expect((await mei.blocks()).map((b) => b.text).filter((t) => t !== '')).toEqual([ALPHA, BRAVO]);
    });
  });
});
