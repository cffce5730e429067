/**
 * Numbers that stay put (issue 13, part 4), end to end: a member edits through a stock
 * y-websocket client with a headless Lexical editor; a coordinator freezes numbering at a saved
 * version. Two paragraphs inserted after ¶4 and ¶6 deleted read 4, 4bis, 4ter, 5, 6 [deleted],
 * 7 … in the content API (JSON, Markdown, HTML), in comment locations and in a version saved
 * meanwhile; renumbering gives 1 … n, and a comment on the old ¶7 still points at the same block.
 * Every change is recorded and audited, refused to those who may not publish versions, and
 * announced on the consensus channel.
 */
import { $createParagraphNode, $createTextNode } from 'lexical';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  CommentThreadList,
  ConsensusLiveEvent,
  DocumentConsensus,
  DocumentContent,
  Numbering,
  ParagraphConsensus,
  RegisterOfDifferences,
  VersionComparison,
  VersionContent,
  type Version,
} from '@accord/schema';
import { $blockAt, appendParagraphs, openTestClient, type TestClient } from '../packages/editor/src/testing/harness.js';
import { createDocument } from './helpers/accord-process.js';
import { castOf, type Cast } from './helpers/cast.js';
import { stockClient, synced, until, type StockClient } from './helpers/clients.js';
import { inProcessAccord, type InProcessAccord } from './helpers/in-process.js';
import { openSse } from './helpers/sse.js';

let server: InProcessAccord;
let cast: Cast;
let documentId: string;
let client: StockClient;
let editor: TestClient;
let circulated: Version;
/** Block ids of the circulated paragraphs, by number. */
const ids = new Map<number, string>();
let threadOnSeven: string;

const words = ['One', 'Two', 'Three', 'Four', 'Five', 'Six', 'Seven', 'Eight'];
const json = async <T>(response: Response, status = 200): Promise<T> => {
  const text = await response.text();
  expect(response.status, text).toBe(status);
  return JSON.parse(text) as T;
};
const content = async () =>
  DocumentContent.parse(
    await json(await cast.api('observer', 'GET', `/api/documents/${documentId}/content?format=json`)),
  );
const rendered = async (format: 'markdown' | 'html') =>
  (await cast.api('observer', 'GET', `/api/documents/${documentId}/content?format=${format}`)).text();
const texts = async () => (await content()).paragraphs.map((p) => p.text).filter((t) => t !== '');
/** What a reader sees in the margin: labels, deleted ones where they were. */
const margin = async () => {
  const { paragraphs, deleted = [] } = await content();
  const out: string[] = [];
  for (const p of paragraphs) {
    for (const d of deleted.filter((d) => d.before === p.id)) out.push(`${d.label} [deleted]`);
    if (p.label !== undefined) out.push(p.label);
  }
  for (const d of deleted.filter((d) => d.before === null)) out.push(`${d.label} [deleted]`);
  return out;
};
const numbering = async (who: 'observer' | 'coordinator' = 'observer') =>
  Numbering.parse(await json(await cast.api(who, 'GET', `/api/documents/${documentId}/numbering`)));
const threadLocation = async (threadId: string) => {
  const { threads } = CommentThreadList.parse(
    await json(await cast.api('member', 'GET', `/api/documents/${documentId}/comments`)),
  );
  return threads.find((t) => t.id === threadId)?.location;
};

beforeAll(async () => {
  server = await inProcessAccord({ ACCORD_LIMIT_REQUESTS_PER_SECOND: '1000' });
  cast = await castOf(server);
  documentId = await createDocument(server, 'Numbering test', 'demo', cast.token('coordinator'));
  client = stockClient(server.wsUrl, documentId, { token: cast.token('member') });
  await synced(client);
  editor = openTestClient(client.doc);
  appendParagraphs(editor.editor, ...words.map((w) => `Paragraph ${w}.`));
  await until(async () => (await texts()).length === words.length, 'the paragraphs on the server');
  for (const p of (await content()).paragraphs) if (p.number !== null) ids.set(p.number, p.id);
  circulated = await json<Version>(
    await cast.api('coordinator', 'POST', `/api/documents/${documentId}/versions`, { name: 'Circulated draft' }),
    201,
  );
  threadOnSeven = (
    await json<{ id: string }>(
      await cast.api('member', 'POST', `/api/documents/${documentId}/comments`, {
        anchor: { kind: 'block', blockId: ids.get(7)! },
        body: 'On paragraph 7.',
      }),
      201,
    )
  ).id;
});
afterAll(async () => {
  editor?.close();
  client?.destroy();
  await server?.close();
});

describe('numbering', () => {
  it('is live by default: labels are the ordinals', async () => {
    expect(await numbering()).toEqual({ mode: 'live' });
    expect(await margin()).toEqual(['1', '2', '3', '4', '5', '6', '7', '8']);
    expect(await threadLocation(threadOnSeven)).toEqual({ blockId: ids.get(7), number: 7, label: '7' });
  });

  it('may be frozen and renumbered only by those who publish versions', async () => {
    for (const who of ['member', 'observer', 'contributor'] as const) {
      const put = await cast.api(who, 'PUT', `/api/documents/${documentId}/numbering`, {
        mode: 'frozen',
        versionId: circulated.id,
      });
      expect(put.status, who).toBe(403);
      expect((await cast.api(who, 'POST', `/api/documents/${documentId}/numbering/renumber`)).status, who).toBe(403);
    }
    const bad = await cast.api('coordinator', 'PUT', `/api/documents/${documentId}/numbering`, { mode: 'frozen' });
    expect(bad.status).toBe(400);
    expect(await bad.text()).toContain('versionId');
    const unknown = await cast.api('coordinator', 'PUT', `/api/documents/${documentId}/numbering`, {
      mode: 'frozen',
      versionId: 'no-such-version',
    });
    expect(unknown.status).toBe(404);
    expect(await numbering()).toEqual({ mode: 'live' });
  });

  it('frozen at a version: two paragraphs after 4 and 6 deleted read 4, 4bis, 4ter, 5, 6 [deleted], 7', async () => {
    const sse = await openSse(`${server.url}/api/documents/${documentId}/consensus/live`, {
      authorization: `Bearer ${cast.token('observer')}`,
    });
    try {
      const frozen = await json<Numbering>(
        await cast.api('coordinator', 'PUT', `/api/documents/${documentId}/numbering`, {
          mode: 'frozen',
          versionId: circulated.id,
        }),
      );
      expect(frozen).toMatchObject({
        mode: 'frozen',
        versionId: circulated.id,
        versionName: 'Circulated draft',
        by: cast.id('coordinator'),
      });
      expect(frozen.mode === 'frozen' && frozen.baseline).toEqual(
        [...ids].map(([number, blockId]) => ({ blockId, number })),
      );
      expect(await numbering()).toEqual(frozen);
      await until(
        () =>
          sse.messages.some((m) => {
            const event = ConsensusLiveEvent.safeParse(m);
            return event.success && event.data.type === 'numbering' && event.data.numbering.mode === 'frozen';
          }),
        'the numbering event on the consensus channel',
      );
    } finally {
      sse.close();
    }

    editor.editor.update(
      () => {
        const four = $blockAt(3);
        const b = $createParagraphNode().append($createTextNode('Inserted B.'));
        four.insertAfter(b);
        four.insertAfter($createParagraphNode().append($createTextNode('Inserted A.')));
        $blockAt(7).remove(); // Paragraph Six, now after the two inserted ones
      },
      { discrete: true },
    );
    await until(
      async () => JSON.stringify(await texts()).includes('"Inserted B.","Paragraph Five.","Paragraph Seven."'),
      'the insertions and the deletion on the server',
    );

    expect(await margin()).toEqual(['1', '2', '3', '4', '4bis', '4ter', '5', '6 [deleted]', '7', '8']);
    const { paragraphs, deleted } = await content();
    // The ordinal stays beside the label.
    expect(paragraphs.filter((p) => p.number !== null).map((p) => [p.number, p.label])).toEqual([
      [1, '1'],
      [2, '2'],
      [3, '3'],
      [4, '4'],
      [5, '4bis'],
      [6, '4ter'],
      [7, '5'],
      [8, '7'],
      [9, '8'],
    ]);
    expect(deleted).toEqual([{ blockId: ids.get(6), label: '6', after: ids.get(5), before: ids.get(7) }]);

    const markdown = await rendered('markdown');
    expect(markdown).toMatch(
      /\*\*4\.\*\* Paragraph Four\.[\s\S]*\*\*4bis\.\*\* Inserted A\.[\s\S]*\*\*4ter\.\*\* Inserted B\./,
    );
    expect(markdown).toMatch(
      /\*\*5\.\*\* Paragraph Five\.[\s\S]*\n\n\*\*6\.\*\* \[deleted\]\n\n\*\*7\.\*\* Paragraph Seven\./,
    );
    const html = await rendered('html');
    expect(html).toContain('data-number="4bis"><span class="num">4bis</span> Inserted A.</p>');
    expect(html).toContain('<p class="deleted" data-number="6"><span class="num">6</span> [deleted]</p>');

    // The comment on ¶7 still names its paragraph by the frozen number.
    expect(await threadLocation(threadOnSeven)).toEqual({ blockId: ids.get(7), number: 8, label: '7' });

    // Comparing the circulated version with the live document: ¶7 is still ¶7, the insertions 4bis and 4ter.
    const comparison = VersionComparison.parse(
      await json(
        await cast.api('observer', 'GET', `/api/documents/${documentId}/compare?from=${circulated.id}&to=live`),
      ),
    );
    const seven = comparison.paragraphs.find((p) => p.id === ids.get(7))!;
    expect([seven.fromNumber, seven.toNumber, seven.fromLabel, seven.toLabel]).toEqual([7, 8, undefined, '7']);
    expect(comparison.paragraphs.filter((p) => p.kind === 'added').map((p) => p.toLabel)).toEqual(['4bis', '4ter']);

    // Consensus views and the register of differences name paragraphs by label too.
    const insertedA = paragraphs.find((p) => p.text === 'Inserted A.')!.id;
    const contested = ParagraphConsensus.parse(
      await json(
        await cast.api('coordinator', 'PUT', `/api/documents/${documentId}/paragraphs/${insertedA}/status`, {
          status: 'contested',
          note: 'not yet',
        }),
      ),
    );
    expect(contested).toMatchObject({ number: 5, label: '4bis', status: 'contested' });
    const { paragraphs: views } = DocumentConsensus.parse(
      await json(await cast.api('observer', 'GET', `/api/documents/${documentId}/consensus`)),
    );
    expect(views.find((v) => v.blockId === ids.get(7))).toMatchObject({ number: 8, label: '7' });
    const register = RegisterOfDifferences.parse(
      await json(await cast.api('observer', 'GET', `/api/documents/${documentId}/register?format=json`)),
    );
    expect(register.entries.map((e) => e.label)).toEqual(['4bis']);
    const registerMd = await (
      await cast.api('observer', 'GET', `/api/documents/${documentId}/register?format=markdown`)
    ).text();
    expect(registerMd).toContain('Paragraph 4bis');
    expect(registerMd).toContain('**4bis.** Inserted A.');
  });

  it('a version saved while numbering is frozen records the labels', async () => {
    const saved = await json<Version>(
      await cast.api('coordinator', 'POST', `/api/documents/${documentId}/versions`, { name: 'With labels' }),
      201,
    );
    const { paragraphs } = VersionContent.parse(
      await json(
        await cast.api('observer', 'GET', `/api/documents/${documentId}/versions/${saved.id}/content?format=json`),
      ),
    );
    expect(paragraphs.filter((p) => p.number !== null).map((p) => p.label)).toEqual([
      '1',
      '2',
      '3',
      '4',
      '4bis',
      '4ter',
      '5',
      '7',
      '8',
    ]);
    const markdown = await (
      await cast.api('observer', 'GET', `/api/documents/${documentId}/versions/${saved.id}/content?format=markdown`)
    ).text();
    expect(markdown).toContain('**4bis.** Inserted A.');
  });

  it('renumbering gives 1 … n, still frozen; comments keep their paragraph', async () => {
    const renumbered = await json<Numbering>(
      await cast.api('coordinator', 'POST', `/api/documents/${documentId}/numbering/renumber`),
    );
    expect(renumbered).toMatchObject({ mode: 'frozen', by: cast.id('coordinator') });
    expect(renumbered).not.toHaveProperty('versionId');
    expect(await margin()).toEqual(['1', '2', '3', '4', '5', '6', '7', '8', '9']);
    expect((await content()).deleted).toEqual([]);
    expect(await threadLocation(threadOnSeven)).toEqual({ blockId: ids.get(7), number: 8, label: '8' });

    // Frozen again: a paragraph added at the end is 9bis, not 10.
    appendParagraphs(editor.editor, 'Added after the renumber.');
    await until(async () => (await texts()).includes('Added after the renumber.'), 'the new paragraph on the server');
    expect((await margin()).slice(-2)).toEqual(['9', '9bis']);
  });

  it('back to live numbers; every change recorded and audited', async () => {
    expect(
      await json<Numbering>(
        await cast.api('coordinator', 'PUT', `/api/documents/${documentId}/numbering`, { mode: 'live' }),
      ),
    ).toEqual({ mode: 'live' });
    expect(await margin()).toEqual(['1', '2', '3', '4', '5', '6', '7', '8', '9', '10']);
    expect((await content()).deleted).toBeUndefined();
    // Unfreezing live numbering changes nothing, and says so.
    const again = await cast.api('coordinator', 'PUT', `/api/documents/${documentId}/numbering`, { mode: 'live' });
    expect(again.status).toBe(409);

    const events = await server.accord.sql.all(
      'SELECT action, version_id, created_by FROM numbering_events WHERE document_id = ? ORDER BY seq',
      [documentId],
    );
    const coordinator = cast.id('coordinator');
    expect(events).toEqual([
      { action: 'freeze', version_id: circulated.id, created_by: coordinator },
      { action: 'renumber', version_id: null, created_by: coordinator },
      { action: 'unfreeze', version_id: null, created_by: coordinator },
    ]);
    const audited = await server.accord.sql.all(
      "SELECT action, actor_person_id FROM audit_log WHERE target = ? AND action LIKE 'numbering.%' ORDER BY seq",
      [documentId],
    );
    expect(audited).toEqual([
      { action: 'numbering.freeze', actor_person_id: coordinator },
      { action: 'numbering.renumber', actor_person_id: coordinator },
      { action: 'numbering.unfreeze', actor_person_id: coordinator },
    ]);
  });
});
