import { describe, expect, it } from 'vitest';
import { SqlPeopleStore } from '../identity/people-store.js';
import type { SqlDatabase } from '../storage/sql/types.js';
import { dialects, seedRound, testDatabase } from '../storage/testing.js';
import { SqlProcessingStore } from './processing-store.js';

let clock = new Date('2026-12-16T09:00:00Z');
const now = () => clock;

/** Round `r` with published comment `c` (from seedRound), a pending one `c2`, and a second version `v2` to publish. */
async function setup(sql: SqlDatabase) {
  clock = new Date('2026-12-16T09:00:00Z');
  const { ana } = await seedRound(sql);
  await sql.run(
    `INSERT INTO public_comments (id, round_id, participant_id, anchor, text, status, created_at) VALUES ('c2', 'r', 'p', '{"kind":"general"}', 'Later', 'pending', ?)`,
    [clock.toISOString()],
  );
  await sql.run(
    "INSERT INTO versions (id, document_id, name, title, state, blocks, created_at, created_by) VALUES ('v2', 'd', 'Revised', 'D', ?, '[]', ?, ?)",
    [new Uint8Array([0]), clock.toISOString(), ana],
  );
  return { ana, store: new SqlProcessingStore(sql, { now, people: new SqlPeopleStore(sql) }) };
}

describe.each(dialects)('SqlProcessingStore on %s', (dialect) => {
  const t = testDatabase(dialect, 'rounds-processing');

  it('counts what waits for moderation and decides only published comments, the newest decision counting', async () => {
    const { ana, store } = await setup(t.sql);
    expect(await store.awaitingModeration('r')).toBe(1);
    const decision = { roundId: 'r', commentId: 'c', response: '', changedBlockId: null, personId: ana };
    expect(await store.decide({ ...decision, commentId: 'c2', disposition: 'noted' })).toBeUndefined();
    await store.decide({ ...decision, disposition: 'noted' });
    clock = new Date('2026-12-16T10:00:00Z');
    const last = await store.decide({ ...decision, disposition: 'accepted', response: 'Done', changedBlockId: 'p1' });
    expect(last).toEqual({
      commentId: 'c',
      disposition: 'accepted',
      response: 'Done',
      changedBlockId: 'p1',
      decidedAt: '2026-12-16T10:00:00.000Z',
      decidedBy: { id: ana, name: 'Ana', stakeholderGroup: 'civil-society' },
    });
    expect((await store.history('r', 'c')).map((d) => d.disposition)).toEqual(['noted', 'accepted']);
    expect([...(await store.dispositions('r')).values()]).toEqual([last]);
  });

  it('keeps each report format as first stored, text and bytes alike, and links one revision', async () => {
    const { ana, store } = await setup(t.sql);
    const docx = new Uint8Array([0x50, 0x4b, 0, 255, 7]);
    const html = { format: 'html' as const, contentType: 'text/html', extension: 'html', body: '<p>Réponse</p>' };
    await store.storeReports('r', [
      html,
      { format: 'docx', contentType: 'application/x', extension: 'docx', body: docx },
    ]);
    await store.storeReports('r', [{ ...html, body: '<p>changed</p>' }]);
    expect(await store.storedReport('r', 'html')).toEqual(html);
    const stored = await store.storedReport('r', 'docx');
    if (!stored || typeof stored.body === 'string') throw new Error('the docx report is not stored as bytes');
    expect([...stored.body]).toEqual([...docx]);
    expect(await store.storedReport('r', 'csv')).toBeUndefined();

    expect(await store.revision('r')).toBeNull();
    expect(await store.linkRevision('r', 'v2', ana)).toBe(true);
    expect(await store.linkRevision('r', 'v', ana)).toBe(false);
    expect(await store.revision('r')).toEqual({
      documentId: 'd',
      versionId: 'v2',
      name: 'Revised',
      publishedAt: '2026-12-16T09:00:00.000Z',
    });
  });
});
