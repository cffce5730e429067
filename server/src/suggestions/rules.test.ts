/**
 * The update check's cache of suggestion rules on each dialect, with the real consensus hub as
 * the bus: loaded before use, kept current by the paragraph views the hub carries (no read),
 * re-read after a `content` event (a members' rule set elsewhere) and by the periodic backstop
 * (a change no event told of), and never undone by a read that began before a change.
 */
import { describe, expect, it, vi } from 'vitest';
import type { ParagraphConsensus } from '@accord/schema';
import { ConsensusHub } from '../consensus/live.js';
import { createLogger } from '../logger.js';
import { dialects, seedTwoPeople, testDatabase } from '../storage/testing.js';
import { SuggestionRules } from './rules.js';
import { type DocumentRules, SqlSuggestionStore } from './store.js';

const log = createLogger('silent');

/** The part of a paragraph's consensus view the rules read: its block and status. */
const view = (blockId: string, status: ParagraphConsensus['status']): ParagraphConsensus =>
  ({ blockId, status }) as ParagraphConsensus;

describe.each(dialects)('SuggestionRules on %s', (dialect) => {
  const t = testDatabase(dialect, 'suggestion-rules');

  async function setup() {
    const { ana } = await seedTwoPeople(t.sql);
    const store = new SqlSuggestionStore(t.sql);
    const hub = new ConsensusHub();
    const rules = new SuggestionRules({ store, events: hub, logger: log, refreshMs: 0 });
    const agree = (blockId: string) =>
      t.sql.run(
        "INSERT INTO paragraph_status (document_id, block_id, status, agreed_hash, set_at, set_by) VALUES ('d', ?, 'agreed', 'h', 't', ?)",
        [blockId, ana],
      );
    return { ana, store, hub, rules, agree };
  }

  it('answers from memory once loaded, and refuses to guess before', async () => {
    const { ana, store, rules, agree } = await setup();
    await store.setMembers('d', 'agreed', ana);
    await agree('p1');
    expect(() => rules.members('d')).toThrow(/not loaded/);
    await rules.load('d');
    expect([rules.members('d'), rules.isAgreed('d', 'p1'), rules.isAgreed('d', 'p2')]).toEqual(['agreed', true, false]);
    rules.drop('d');
    expect(() => rules.isAgreed('d', 'p1')).toThrow(/not loaded/);
  });

  it('follows status changes from the paragraph views the hub carries, without reading', async () => {
    const { hub, rules } = await setup();
    await rules.load('d');
    hub.publish('d', { type: 'paragraph', paragraph: view('p1', 'agreed-ad-ref') });
    expect(rules.isAgreed('d', 'p1')).toBe(true);
    hub.publish('d', { type: 'paragraph', paragraph: view('p1', 'contested') });
    expect(rules.isAgreed('d', 'p1')).toBe(false);
    rules.drop('d');
    expect(hub.count('d')).toBe(0);
  });

  it('reads the members’ rule again when another instance set it and published content', async () => {
    const { ana, hub, rules } = await setup();
    // As if relayed: a content event may come from another instance (the relay itself is tested in cluster/).
    hub.useRelay({ send: () => {}, listen: () => ({ stop: () => {}, ready: Promise.resolve() }) });
    await rules.load('d');
    // Another instance: its own store on the same database; its event reaches this hub (the Redis relay's job).
    await new SqlSuggestionStore(t.sql).setMembers('d', 'all', ana);
    expect(rules.members('d')).toBe('open');
    hub.publish('d', { type: 'content', at: new Date().toISOString() });
    await vi.waitFor(() => expect(rules.members('d')).toBe('all'));
  });

  it('catches up on a change no event told of at the periodic read', async () => {
    const { ana, store, rules, agree } = await setup();
    await rules.load('d');
    await agree('p1');
    await store.setMembers('d', 'agreed', ana);
    expect([rules.members('d'), rules.isAgreed('d', 'p1')]).toEqual(['open', false]);
    await rules.refresh();
    expect([rules.members('d'), rules.isAgreed('d', 'p1')]).toEqual(['agreed', true]);
  });

  it('keeps a change heard while a read ran over that read’s older answer', async () => {
    const { store, hub } = await setup();
    let gate: (() => void) | undefined;
    const slow = {
      rulesOf: async (ids: readonly string[]): Promise<Map<string, DocumentRules>> => {
        const answer = await store.rulesOf(ids);
        await new Promise<void>((resolve) => (gate = resolve));
        return answer;
      },
    };
    const rules = new SuggestionRules({ store: slow, events: hub, logger: log, refreshMs: 0 });
    const loading = rules.load('d');
    await vi.waitFor(() => expect(gate).toBeDefined());
    // Agreed and set to members-suggest-everywhere after the read answered, before it was installed.
    hub.publish('d', { type: 'paragraph', paragraph: view('p1', 'agreed') });
    rules.noteMembers('d', 'all');
    gate!();
    await loading;
    expect([rules.members('d'), rules.isAgreed('d', 'p1')]).toEqual(['all', true]);
    rules.close();
  });
});
