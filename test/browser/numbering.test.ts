/**
 * Numbers that stay put in the browser (issue 13): the coordinator freezes numbering at a saved
 * version from the Versions page; a member (through a stock y-websocket client) inserts a
 * paragraph after ¶2 and deletes ¶4; the coordinator's open document shows 1, 2, 2bis, 3, then a
 * small "4 [deleted]" before 5 in the margin, at once (the consensus channel announces the
 * freeze). Renumbering from the form gives 1 … n again. Screenshots of the margin and the form.
 */
import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { $createParagraphNode, $createTextNode } from 'lexical';
import { describe, expect, it } from 'vitest';
import { $blockAt, appendParagraphs, openTestClient } from '../../packages/editor/src/testing/harness.js';
import { createDocument } from '../helpers/accord-process.js';
import { bearer, demo, tokenFor } from '../helpers/auth.js';
import { stockClient, synced } from '../helpers/clients.js';
import { eventually, screenshotDirs, type Person } from './harness.js';
import { browserSuite } from './suite.js';

const suite = browserSuite();
const texts = [
  'The Group met twice during the period under review.',
  'Members welcomed the report of the secretariat.',
  'The Group discussed the draft programme of work.',
  'Several members asked for more time to consult.',
  'The Group agreed to meet again in June.',
];

/** Margin labels of the numbered paragraphs, and the deleted markers where they are. */
const margin = (p: Person) =>
  p.page.$$eval('.doc-content > *', (elements) =>
    elements.flatMap((el) => [
      ...(el.getAttribute('data-deleted-before') ? [`${el.getAttribute('data-deleted-before')} [deleted]`] : []),
      ...(el.getAttribute('data-number') ? [el.getAttribute('data-number')!] : []),
      ...(el.getAttribute('data-deleted-after') ? [`${el.getAttribute('data-deleted-after')} [deleted]`] : []),
    ]),
  );

async function screenshot(p: Person, name: string): Promise<void> {
  const [tempDir, keptDir] = screenshotDirs();
  const file = join(tempDir!, name);
  await p.page.screenshot({ path: file });
  copyFileSync(file, join(keptDir!, name));
  console.log(`screenshot: ${file} (copied to test/browser/screenshots/${name})`);
}

describe('numbering in the browser', () => {
  it('frozen from the versions page: 2bis and "4 [deleted]" in the margin; renumber gives 1 … n', async () => {
    const documentId = await createDocument(suite.accord, 'Numbers that stay put');
    const member = stockClient(suite.accord.wsUrl, documentId, {
      token: await tokenFor(suite.accord.url, demo.member),
    });
    const editor = openTestClient(member.doc);
    try {
      await synced(member);
      appendParagraphs(editor.editor, ...texts);
      const lucas = await suite.person(demo.coordinator);
      await lucas.open(documentId);
      // A fresh document starts with an empty paragraph (not numbered): five numbers.
      await eventually(async () => expect(await margin(lucas)).toEqual(['1', '2', '3', '4', '5']));
      const saved = await fetch(`${suite.accord.url}/api/documents/${documentId}/versions`, {
        method: 'POST',
        headers: bearer(await tokenFor(suite.accord.url, demo.coordinator)),
        body: JSON.stringify({ name: 'Circulated draft' }),
      });
      expect(saved.status).toBe(201);
      // Mei comments on ¶3, which will be labelled 3 while its ordinal becomes 4.
      const memberHeaders = bearer(await tokenFor(suite.accord.url, demo.member));
      const content = (await (
        await fetch(`${suite.accord.url}/api/documents/${documentId}/content?format=json`, { headers: memberHeaders })
      ).json()) as { paragraphs: Array<{ id: string; number: number | null }> };
      const three = content.paragraphs.find((p) => p.number === 3)!.id;
      const thread = await fetch(`${suite.accord.url}/api/documents/${documentId}/comments`, {
        method: 'POST',
        headers: memberHeaders,
        body: JSON.stringify({ anchor: { kind: 'block', blockId: three }, body: 'More time, please.' }),
      });
      expect(thread.status).toBe(201);

      // Lucas freezes numbering from the Versions page, in a second tab; the document stays open.
      const versions = await lucas.context.newPage();
      await versions.goto(`/d/${encodeURIComponent(documentId)}/versions`);
      const form = versions.getByRole('region', { name: 'Paragraph numbering' });
      await form.getByText('Numbering is live').waitFor();
      await form.getByLabel('Freeze at version').selectOption({ label: 'Circulated draft' });
      await form.getByRole('button', { name: 'Freeze numbering' }).click();
      await form.getByText('Numbering is frozen at “Circulated draft”').waitFor();
      await versions.screenshot({ path: join(screenshotDirs()[1]!, 'numbering-form.png') });

      // Mei inserts a paragraph after ¶2 and deletes ¶4.
      editor.editor.update(
        () => {
          const blocks = (i: number) => $blockAt(i);
          const first = blocks(0).getTextContent() === '' ? 1 : 0;
          blocks(first + 3).remove();
          blocks(first + 1).insertAfter($createParagraphNode().append($createTextNode('A new paragraph after two.')));
        },
        { discrete: true },
      );
      await eventually(async () => expect(await margin(lucas)).toEqual(['1', '2', '2bis', '3', '4 [deleted]', '5']));
      // The thread names its paragraph as the margin does (in the side panel).
      await lucas.page.locator('.comments-toggle').click();
      await eventually(async () =>
        expect(await lucas.page.locator('.comments-panel .thread-number').allTextContents()).toEqual(['¶3']),
      );
      await lucas.page.bringToFront();
      await screenshot(lucas, 'numbering-margin.png');

      // Renumbering: 1 … n again, the deleted marker gone.
      await versions.bringToFront();
      await form.getByRole('button', { name: 'Renumber 1 … n' }).click();
      await form.getByText('at the live document (renumbered)').waitFor();
      await eventually(async () => expect(await margin(lucas)).toEqual(['1', '2', '3', '4', '5']));
      await eventually(async () =>
        expect(await lucas.page.locator('.comments-panel .thread-number').allTextContents()).toEqual(['¶4']),
      );
      await versions.close();
    } finally {
      editor.close();
      member.destroy();
    }
  });
});
