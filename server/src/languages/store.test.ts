import { beforeEach, describe, expect, it } from 'vitest';
import { SqlRecordStore } from '../storage/record-store.js';
import { isRefusedByTrigger } from '../storage/sql/types.js';
import { dialects, seedRound, testDatabase } from '../storage/testing.js';
import { SqlLanguageStore } from './store.js';

describe.each(dialects)('on %s', (dialect) => {
  const t = testDatabase(dialect, 'languages');
  let store: SqlLanguageStore;
  let ana: string;
  let ben: string;
  let clock: number;
  const original = { id: 'd', workspaceId: 'w', kind: 'summary' as const };
  const french = { id: 'dfr', original, language: 'fr' as const, title: 'D (Français)', start: 'empty' as const };

  beforeEach(async () => {
    ({ ana, ben } = await seedRound(t.sql));
    clock = Date.parse('2026-12-02T10:00:00Z');
    store = new SqlLanguageStore(t.sql, { now: () => new Date((clock += 1000)) });
  });

  it('makes a version in the original’s workspace and audience, once per language, audited', async () => {
    await t.sql.run("INSERT INTO document_audience (document_id, person_id) VALUES ('d', ?)", [ana]);
    expect(await store.create({ ...french, createdBy: ana })).toEqual({
      documentId: 'dfr',
      createdAt: '2026-12-02T10:00:01.000Z',
      createdBy: ana,
      start: 'empty',
    });
    const records = new SqlRecordStore(t.sql);
    expect(await records.getDocument('dfr')).toMatchObject({
      workspaceId: 'w',
      kind: 'summary',
      language: 'fr',
      originalId: 'd',
      title: 'D (Français)',
    });
    expect((await records.languageVersions('d')).map((d) => d.id)).toEqual(['dfr']);
    const audience = await t.sql.all<{ person_id: string }>(
      "SELECT person_id FROM document_audience WHERE document_id = 'dfr'",
    );
    expect(audience.map((a) => a.person_id)).toEqual([ana]);
    const audited = await t.sql.all<{ action: string; target: string }>(
      "SELECT action, target FROM audit_log WHERE action = 'document.language'",
    );
    expect(audited).toEqual([{ action: 'document.language', target: 'dfr' }]);

    // A second French version: refused by the unique key, and nothing of it is left.
    expect(await store.create({ ...french, id: 'dfr2', createdBy: ben })).toBe('exists');
    expect(await records.getDocument('dfr2')).toBeUndefined();
    expect((await store.made(['dfr', 'dfr2'])).size).toBe(1);
  });

  it('refuses a version of a version, and a change of a document’s language or original', async () => {
    await store.create({ ...french, createdBy: ana });
    const ofVersion = store.create({
      ...french,
      id: 'des',
      language: 'es',
      original: { ...original, id: 'dfr' },
      createdBy: ana,
    });
    await expect(ofVersion).rejects.toSatisfy(isRefusedByTrigger);
    await expect(t.sql.run("UPDATE documents SET language = 'ru' WHERE id = 'dfr'")).rejects.toSatisfy(
      isRefusedByTrigger,
    );
    await expect(t.sql.run("UPDATE documents SET original_id = NULL WHERE id = 'dfr'")).rejects.toSatisfy(
      isRefusedByTrigger,
    );
    // Titles still change as before.
    await t.sql.run("UPDATE documents SET title = 'Autre' WHERE id = 'dfr'");
  });

  it('keeps the latest translation of each paragraph with the original’s text then', async () => {
    await store.create({ ...french, createdBy: ana });
    await store.translated('dfr', [{ blockId: 'b1', originalText: 'One.', personId: ana }]);
    await store.translated('dfr', [
      { blockId: 'b1', originalText: 'One, changed.', personId: ben },
      { blockId: 'b2', originalText: 'Two.', personId: ana, at: '2026-12-01T00:00:00.000Z' },
    ]);
    expect(Object.fromEntries(await store.translations('dfr'))).toEqual({
      b1: { blockId: 'b1', originalText: 'One, changed.', translatedAt: '2026-12-02T10:00:03.000Z', translatedBy: ben },
      b2: { blockId: 'b2', originalText: 'Two.', translatedAt: '2026-12-01T00:00:00.000Z', translatedBy: ana },
    });
    expect((await store.translations('d')).size).toBe(0);
  });

  it('offers a language in a round once; the offer is a record', async () => {
    await store.create({ ...french, createdBy: ana });
    await t.sql.run(
      "INSERT INTO versions (id, document_id, name, title, state, blocks, created_at, created_by) VALUES ('vfr', 'dfr', 'Projet', 'D', ?, '[]', '2026-12-02T11:00:00.000Z', ?)",
      [new Uint8Array([0]), ana],
    );
    const offer = { roundId: 'r', language: 'fr' as const, documentId: 'dfr', versionId: 'vfr', offeredBy: ana };
    expect(await store.offer(offer)).toMatchObject(offer);
    expect(await store.offer({ ...offer, offeredBy: ben })).toBe('exists');
    expect(await store.offered('r')).toEqual([{ ...offer, offeredAt: expect.any(String) }]);
    await expect(t.sql.run("DELETE FROM round_languages WHERE round_id = 'r'")).rejects.toSatisfy(isRefusedByTrigger);
    await expect(t.sql.run("UPDATE round_languages SET version_id = 'v'")).rejects.toSatisfy(isRefusedByTrigger);
    await expect(t.sql.run("UPDATE public_comments SET language = 'fr' WHERE id = 'c'")).rejects.toSatisfy(
      isRefusedByTrigger,
    );
  });
});
