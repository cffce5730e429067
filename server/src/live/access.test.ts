import { describe, expect, it } from 'vitest';
import type { AuditEntry } from '@accord/schema';
import { LiveAccess } from './access.js';

/** An in-memory audit feed: entries appended by the test. */
function feed() {
  const entries: AuditEntry[] = [];
  return {
    entries,
    append: (action: string, target: string) =>
      entries.push({ seq: entries.length + 1, action, target } as unknown as AuditEntry),
    audit: {
      lastSeq: async () => entries.length,
      readAfter: async (seq: number, limit: number) => entries.slice(seq, seq + limit),
    },
  };
}

describe('LiveAccess', () => {
  it('re-checks the streams of the people and documents an audit entry names, and no others', async () => {
    const log = feed();
    const access = new LiveAccess({
      audit: log.audit,
      onError: (e) => {
        throw e;
      },
    });
    const rechecked: string[] = [];
    const stream = (name: string, personId: string, documentId: string) =>
      access.track({ personId, documentId, recheck: () => rechecked.push(name) });
    stream('mei on d1', 'mei', 'd1');
    stream('jonas on d1', 'jonas', 'd1');
    const untrack = stream('mei on d2', 'mei', 'd2');
    stream('carlos on d3', 'carlos', 'd3');
    access.stop();

    log.append('token.revoke', 'mei');
    await access.poll();
    expect(rechecked.sort()).toEqual(['mei on d1', 'mei on d2']);

    rechecked.length = 0;
    untrack();
    log.append('document.audience', 'd1');
    log.append('comment.create', 'mei');
    await access.poll();
    expect(rechecked.sort()).toEqual(['jonas on d1', 'mei on d1']);
    expect(access.size).toBe(3);

    rechecked.length = 0;
    await access.poll();
    expect(rechecked).toEqual([]);
  });
});
