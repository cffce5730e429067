import { describe, expect, it } from 'vitest';
import { SqlRecordStore } from './record-store.js';
import { isUniqueViolation } from './sql/types.js';
import { dialects, testDatabase } from './testing.js';

describe.each(dialects)('SqlRecordStore on %s', (dialect) => {
  const t = testDatabase(dialect, 'record_store');

  it('creates and reads workspaces, listed by name', async () => {
    const records = new SqlRecordStore(t.sql);
    const bpf = await records.createWorkspace({ id: 'bpf', name: 'BPF' });
    await records.createWorkspace({ id: 'mag', name: 'MAG' });
    await records.createWorkspace({ id: 'a', name: 'Advisory' });
    expect(await records.getWorkspace('bpf')).toEqual(bpf);
    expect(await records.getWorkspace('nope')).toBeUndefined();
    expect((await records.listWorkspaces()).map((w) => w.id)).toEqual(['a', 'bpf', 'mag']);
    const twice = await records.createWorkspace({ id: 'bpf', name: 'Again' }).catch((error: unknown) => error);
    expect(isUniqueViolation(twice)).toBe(true);
  });

  it('lists documents in the order they were created, even within one millisecond', async () => {
    const records = new SqlRecordStore(t.sql);
    await records.createWorkspace({ id: 'w', name: 'W' });
    await records.createWorkspace({ id: 'v', name: 'V' });
    // Ids against the alphabet, so an order by id would show.
    const ids = ['z', 'y', 'x', 'w1', 'b', 'a'];
    for (const id of ids) await records.createDocument({ id, workspaceId: 'w', title: id, kind: 'outcome' });
    await records.createDocument({ id: 'other', workspaceId: 'v', title: 'Other', kind: 'summary' });
    expect((await records.listDocuments('w')).map((d) => d.id)).toEqual(ids);
    expect((await records.listDocuments()).map((d) => d.id)).toEqual(['other', ...ids]);
    expect(await records.getDocument('z')).toMatchObject({ id: 'z', workspaceId: 'w', title: 'z', kind: 'outcome' });
    expect(await records.getDocument('nope')).toBeUndefined();
  });
});
