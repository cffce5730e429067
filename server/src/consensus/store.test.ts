import { beforeEach, describe, expect, it } from 'vitest';
import { defaultStakeholderGroups } from '@accord/schema';
import { isRefusedByTrigger } from '../storage/sql/types.js';
import { dialects, seedTwoPeople, testDatabase } from '../storage/testing.js';
import { ConsensusConflict, SqlConsensusStore } from './store.js';

describe.each(dialects)('on %s', (dialect) => {
  const t = testDatabase(dialect, 'consensus');
  let store: SqlConsensusStore;
  let ana: string;
  let ben: string;
  let clock: number;

  beforeEach(async () => {
    ({ ana, ben } = await seedTwoPeople(t.sql));
    clock = Date.parse('2026-03-01T10:00:00Z');
    store = new SqlConsensusStore(t.sql, { now: () => new Date((clock += 1000)) });
  });

  describe('SqlConsensusStore', () => {
    it('sets statuses with every change recorded, keeps proposals apart, and refuses a change to the same status', async () => {
      const proposed = await store.proposeStatus({
        documentId: 'd',
        blockId: 'p1',
        to: 'contested',
        note: 'we disagree',
        actorId: ben,
      });
      expect(proposed).toMatchObject({
        kind: 'proposed',
        from: 'drafting',
        to: 'contested',
        note: 'we disagree',
        actor: { id: ben, name: 'Ben', stakeholderGroup: 'government' },
      });
      expect(await store.statuses('d')).toEqual(new Map());
      await store.setStatus({
        documentId: 'd',
        blockId: 'p1',
        to: 'contested',
        note: '',
        actorId: ana,
        agreedHash: 'ignored',
      });
      // A status that is not an agreement keeps no hash, whatever was passed.
      expect((await store.statuses('d')).get('p1')).toMatchObject({ status: 'contested', agreedHash: null });
      await expect(
        store.setStatus({ documentId: 'd', blockId: 'p1', to: 'contested', note: '', actorId: ana, agreedHash: null }),
      ).rejects.toThrow(ConsensusConflict);
      await store.setStatus({
        documentId: 'd',
        blockId: 'p1',
        to: 'agreed',
        note: 'done',
        actorId: ana,
        agreedHash: 'h1',
      });
      // Re-confirming an agreement records the text anew.
      await store.setStatus({
        documentId: 'd',
        blockId: 'p1',
        to: 'agreed',
        note: 're-confirmed',
        actorId: ana,
        agreedHash: 'h2',
      });
      expect((await store.statuses('d')).get('p1')).toMatchObject({
        status: 'agreed',
        agreedHash: 'h2',
        setBy: { id: ana },
      });
      expect((await store.statusEvents('d', 'p1')).map((e) => [e.kind, e.from, e.to])).toEqual([
        ['proposed', 'drafting', 'contested'],
        ['set', 'drafting', 'contested'],
        ['set', 'contested', 'agreed'],
        ['set', 'agreed', 'agreed'],
      ]);
    });

    it('records one of two identical status changes made at once, and refuses the other', async () => {
      const change = (actorId: string) =>
        store.setStatus({ documentId: 'd', blockId: 'p1', to: 'contested', note: '', actorId, agreedHash: null });
      const outcomes = await Promise.allSettled([change(ana), change(ben), change(ana)]);
      expect(outcomes.map((o) => o.status).sort()).toEqual(['fulfilled', 'rejected', 'rejected']);
      for (const o of outcomes) if (o.status === 'rejected') expect(o.reason).toMatchObject({ code: 'no_change' });
      expect((await store.statusEvents('d', 'p1')).map((e) => [e.from, e.to])).toEqual([['drafting', 'contested']]);
    });

    it('keeps one current position per person per paragraph, with the history and the group read from the person', async () => {
      await store.recordPosition({
        documentId: 'd',
        blockId: 'p1',
        personId: ana,
        position: 'oppose',
        reason: 'too vague',
      });
      await store.recordPosition({
        documentId: 'd',
        blockId: 'p1',
        personId: ana,
        position: 'support-with-reservation',
        reason: 'better now',
      });
      await store.recordPosition({ documentId: 'd', blockId: 'p1', personId: ben, position: 'support', reason: '' });
      const current = await store.positions('d');
      expect(current.map((p) => [p.person.name, p.stakeholderGroup, p.position, p.reason])).toEqual([
        ['Ana', 'civil-society', 'support-with-reservation', 'better now'],
        ['Ben', 'government', 'support', ''],
      ]);
      expect((await store.positionHistory('d', 'p1')).map((p) => [p.person.name, p.position])).toEqual([
        ['Ana', 'oppose'],
        ['Ana', 'support-with-reservation'],
        ['Ben', 'support'],
      ]);
    });

    it('numbers alternatives per bracket with their attribution, and resolves a bracket once', async () => {
      const alt1 = await store.addAlternative({
        documentId: 'd',
        bracketId: 'b1',
        text: 'first option',
        personId: ana,
      });
      const alt2 = await store.addAlternative({
        documentId: 'd',
        bracketId: 'b1',
        text: 'second option',
        personId: ben,
      });
      const other = await store.addAlternative({ documentId: 'd', bracketId: 'b2', text: 'elsewhere', personId: ben });
      expect([alt1.label, alt2.label, other.label]).toEqual(['Alt 1', 'Alt 2', 'Alt 1']);
      expect(alt2).toMatchObject({
        proposedBy: { id: ben, name: 'Ben' },
        stakeholderGroup: 'government',
        text: 'second option',
      });
      const resolution = await store.recordResolution({
        documentId: 'd',
        bracketId: 'b1',
        blockId: 'p1',
        choice: 'alternative',
        alternativeId: alt2.id,
        text: 'second option',
        previousText: 'original',
        note: '',
        actorId: ana,
      });
      expect(resolution).toMatchObject({
        bracketId: 'b1',
        blockId: 'p1',
        choice: 'alternative',
        alternativeId: alt2.id,
        resolvedBy: { name: 'Ana' },
      });
      await expect(
        store.addAlternative({ documentId: 'd', bracketId: 'b1', text: 'late', personId: ben }),
      ).rejects.toThrow(/already resolved/);
      await expect(
        store.recordResolution({
          documentId: 'd',
          bracketId: 'b1',
          blockId: 'p1',
          choice: 'bracketed',
          alternativeId: null,
          text: 'x',
          previousText: 'x',
          note: '',
          actorId: ana,
        }),
      ).rejects.toThrow(ConsensusConflict);
    });

    it('orders positions taken in the same instant by who took one there first', async () => {
      const fixed = new SqlConsensusStore(t.sql, { now: () => new Date('2026-03-01T12:00:00Z') });
      await fixed.recordPosition({ documentId: 'd', blockId: 'p1', personId: ben, position: 'support', reason: '' });
      await fixed.recordPosition({ documentId: 'd', blockId: 'p1', personId: ana, position: 'oppose', reason: '' });
      await fixed.recordPosition({ documentId: 'd', blockId: 'p1', personId: ben, position: 'abstain', reason: '' });
      expect((await fixed.positions('d')).map((p) => [p.person.name, p.position])).toEqual([
        ['Ben', 'abstain'],
        ['Ana', 'oppose'],
      ]);
    });

    it('numbers alternatives proposed at the same moment apart, and resolves a bracket once when two try at once', async () => {
      const proposals = await Promise.all(
        [ana, ben, ana, ben, ana].map((personId, i) =>
          store.addAlternative({ documentId: 'd', bracketId: 'b1', text: `option ${i}`, personId }),
        ),
      );
      expect(proposals.map((a) => a.label).sort()).toEqual(['Alt 1', 'Alt 2', 'Alt 3', 'Alt 4', 'Alt 5']);
      const resolve = (text: string) =>
        store.recordResolution({
          documentId: 'd',
          bracketId: 'b1',
          blockId: 'p1',
          choice: 'bracketed',
          alternativeId: null,
          text,
          previousText: 'x',
          note: '',
          actorId: ana,
        });
      const outcomes = await Promise.allSettled([resolve('one'), resolve('two')]);
      expect(outcomes.map((o) => o.status).sort()).toEqual(['fulfilled', 'rejected']);
      const refused = outcomes.find((o) => o.status === 'rejected') as PromiseRejectedResult;
      expect(refused.reason).toBeInstanceOf(ConsensusConflict);
      expect(await store.resolutions('d')).toHaveLength(1);
    });

    it('names stakeholder groups with the defaults first in their order, then groups added later', async () => {
      await t.sql.run("INSERT INTO stakeholder_groups (id, name, created_at) VALUES ('aa-new', 'New', ?)", [
        '2026-03-02T00:00:00.000Z',
      ]);
      const names = await store.groupNames();
      expect([...names.keys()]).toEqual([...defaultStakeholderGroups.map((g) => g.id), 'aa-new']);
      expect(names.get('aa-new')).toBe('New');
      expect(await store.constituency('d', [])).toEqual([]);
    });

    it('lets the database refuse rewriting history, attributions and resolutions', async () => {
      await store.setStatus({
        documentId: 'd',
        blockId: 'p1',
        to: 'contested',
        note: '',
        actorId: ana,
        agreedHash: null,
      });
      await store.recordPosition({ documentId: 'd', blockId: 'p1', personId: ana, position: 'oppose', reason: '' });
      const alt = await store.addAlternative({ documentId: 'd', bracketId: 'b1', text: 'option', personId: ana });
      await store.recordResolution({
        documentId: 'd',
        bracketId: 'b1',
        blockId: 'p1',
        choice: 'bracketed',
        alternativeId: null,
        text: 'x',
        previousText: 'x',
        note: '',
        actorId: ana,
      });
      for (const sql of [
        "UPDATE status_events SET note = 'rewritten'",
        'DELETE FROM status_events',
        'DELETE FROM paragraph_status',
        `UPDATE positions SET person_id = '${ben}'`,
        'DELETE FROM positions',
        "UPDATE position_events SET position = 'support'",
        `UPDATE bracket_alternatives SET proposed_by = '${ben}' WHERE id = '${alt.id}'`,
        'DELETE FROM bracket_alternatives',
        "UPDATE bracket_resolutions SET text = 'other'",
        'DELETE FROM bracket_resolutions',
        "INSERT INTO paragraph_status (document_id, block_id, status, agreed_hash, set_at, set_by) VALUES ('d', 'p2', 'agreed', NULL, 'now', '" +
          ana +
          "')",
      ]) {
        const error = await t.sql.run(sql).then(
          () => undefined,
          (e: unknown) => e,
        );
        expect(error, sql).toBeInstanceOf(Error);
        // Every one is a trigger's refusal, except the agreed status without its hash (a CHECK).
        expect(isRefusedByTrigger(error), sql).toBe(!sql.startsWith('INSERT'));
      }
    });
  });
});
