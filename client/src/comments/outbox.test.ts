import { describe, expect, it } from 'vitest';
import { RequestError } from '../api.js';
import {
  classifyFailure,
  enqueue,
  loadOutbox,
  remove,
  saveOutbox,
  update,
  waiting,
  type OutboxEntry,
} from './outbox.js';

const base = {
  id: 'l1',
  documentId: 'doc',
  target: { kind: 'reply' as const, threadId: 't1' },
  body: 'hello',
  mentions: [],
  createdAt: '2026-01-01T00:00:00Z',
};

function memoryStorage() {
  const map = new Map<string, string>();
  return {
    getItem: (k: string) => map.get(k) ?? null,
    setItem: (k: string, v: string) => void map.set(k, v),
    removeItem: (k: string) => void map.delete(k),
    map,
  };
}

describe('outbox', () => {
  it('queues as sending when online and waiting when offline', () => {
    expect(enqueue([], base, true)[0]).toMatchObject({ state: 'sending', attempts: 0, problem: null });
    const offline = enqueue([], base, false);
    expect(offline[0]!.state).toBe('waiting');
    expect(waiting(offline)).toHaveLength(1);
    expect(update(offline, 'l1', { state: 'failed', problem: 'no' })[0]).toMatchObject({
      state: 'failed',
      problem: 'no',
    });
    expect(remove(offline, 'l1')).toEqual([]);
  });

  it('tells network trouble from refusals and from "try again shortly"', () => {
    expect(classifyFailure(new TypeError('Failed to fetch'), 0)).toEqual({ kind: 'network' });
    expect(classifyFailure(new RequestError('busy', 503), 0)).toEqual({ kind: 'network' });
    expect(classifyFailure(new RequestError('wait until your changes are saved', 409, 'anchor_not_synced'), 0)).toEqual(
      { kind: 'soon', delayMs: 250 },
    );
    expect(
      classifyFailure(new RequestError('wait until your changes are saved', 409, 'anchor_not_synced'), 99),
    ).toMatchObject({ kind: 'refused' });
    expect(classifyFailure(new RequestError('slow down', 429, 'rate_limited', [], 3), 0)).toEqual({
      kind: 'soon',
      delayMs: 3000,
    });
    expect(classifyFailure(new RequestError('observers cannot comment', 403, 'forbidden'), 0)).toEqual({
      kind: 'refused',
      message: 'observers cannot comment',
    });
  });

  it('survives a reload through storage; an interrupted send waits again', () => {
    const storage = memoryStorage();
    const entries: OutboxEntry[] = enqueue([], base, true);
    saveOutbox(storage, 'k', entries);
    expect(loadOutbox(storage, 'k')).toEqual([{ ...entries[0], state: 'waiting' }]);
    saveOutbox(storage, 'k', []);
    expect(storage.map.has('k')).toBe(false);
  });

  it('ignores unreadable storage', () => {
    const storage = memoryStorage();
    storage.setItem('k', '{not json');
    expect(loadOutbox(storage, 'k')).toEqual([]);
    storage.setItem('k', JSON.stringify([{ id: 1 }, { ...base, state: 'failed', problem: 'x', attempts: 1 }]));
    expect(loadOutbox(storage, 'k')).toHaveLength(1);
    expect(loadOutbox(null, 'k')).toEqual([]);
  });
});
