import { beforeEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { labelParagraphs, renderYDoc } from '@accord/editor';
import type { Numbering } from '@accord/schema';
import { appendParagraphs, openTestClient, type TestClient } from '../../../packages/editor/src/testing/harness.js';
import { dialects, seedTwoPeople, testDatabase } from '../storage/testing.js';
import { freezeBlocks } from '../versions/freeze.js';
import { SqlVersionStore } from '../versions/store.js';
import { deletedParagraphs, NumberingService } from './service.js';
import { SqlNumberingStore } from './store.js';

describe.each(dialects)('on %s', (dialect) => {
  const t = testDatabase(dialect, 'numbering-service');
  let ana: string;
  let client: TestClient;
  let versions: SqlVersionStore;
  let service: NumberingService;
  const published: Array<[string, Numbering]> = [];

  const state = () => Y.encodeStateAsUpdate(client.doc);

  beforeEach(async () => {
    ({ ana } = await seedTwoPeople(t.sql));
    client = openTestClient();
    appendParagraphs(client.editor, 'One.', 'Two.', 'Three.');
    versions = new SqlVersionStore(t.sql);
    published.length = 0;
    service = new NumberingService({
      store: new SqlNumberingStore(t.sql),
      versions,
      liveState: async () => state(),
      publish: (documentId, numbering) => published.push([documentId, numbering]),
    });
    return () => client.close();
  });

  async function saveVersion(): Promise<string> {
    const { id } = await versions.create({
      documentId: 'd',
      name: 'Circulated',
      title: 'D',
      state: state(),
      blocks: freezeBlocks(state(), new Map()),
      createdBy: ana,
    });
    return id;
  }

  describe('NumberingService', () => {
    it('freezes at a version: its numbered paragraphs are the baseline, and open pages are told', async () => {
      const versionId = await saveVersion();
      const frozen = await service.freeze('d', versionId, ana);
      expect(frozen).toMatchObject({ mode: 'frozen', versionId, versionName: 'Circulated', by: ana });
      const baseline = await service.baseline('d');
      expect(baseline?.map((p) => p.number)).toEqual([1, 2, 3]);
      expect(published).toEqual([['d', frozen]]);
    });

    it('refuses an unknown version (404) and unfreezing live numbering (409); nothing is recorded', async () => {
      await expect(service.freeze('d', 'nope', ana)).rejects.toMatchObject({ status: 404 });
      await expect(service.unfreeze('d', ana)).rejects.toMatchObject({ status: 409, code: 'numbering_unchanged' });
      expect(await service.get('d')).toEqual({ mode: 'live' });
      expect(published).toEqual([]);
    });

    it('renumbers at the live document: labels are 1 … n again', async () => {
      await service.freeze('d', await saveVersion(), ana);
      appendParagraphs(client.editor, 'Four, added.');
      const blocks = renderYDoc(state(), 'json').paragraphs;
      expect((await service.label('d', blocks)).map((e) => e.label)).toEqual(['1', '2', '3', '3bis']);
      const renumbered = await service.renumber('d', ana);
      expect(renumbered.mode === 'frozen' && renumbered.baseline.map((p) => p.number)).toEqual([1, 2, 3, 4]);
      expect((await service.label('d', blocks)).map((e) => e.label)).toEqual(['1', '2', '3', '4']);
      expect((await service.unfreeze('d', ana)).mode).toBe('live');
    });
  });
});

describe('deletedParagraphs', () => {
  it('places each deleted baseline paragraph between the live paragraphs around it', () => {
    const entries = labelParagraphs(
      [
        { id: 'a', number: 1 },
        { id: 'c', number: 2 },
      ],
      [
        { blockId: 'z', number: 1 },
        { blockId: 'a', number: 2 },
        { blockId: 'b', number: 3 },
        { blockId: 'c', number: 4 },
        { blockId: 'd', number: 5 },
      ],
    );
    expect(deletedParagraphs(entries)).toEqual([
      { blockId: 'z', label: '1', after: null, before: 'a' },
      { blockId: 'b', label: '3', after: 'a', before: 'c' },
      { blockId: 'd', label: '5', after: 'c', before: null },
    ]);
  });
});
