import { describe, expect, it } from 'vitest';
import type { ConnectionSnapshot } from '../collab/session.js';
import { describeConnection } from './ConnectionStatus.js';

const base: ConnectionSnapshot = { phase: 'connected', unsynced: 0, lastMerge: null, closedReason: null, providerReady: true, everSynced: true };

describe('describeConnection', () => {
  it('names every phase, with unsynced changes where there are some', () => {
    expect(describeConnection(base, false)).toEqual({ label: 'Connected', detail: null });
    expect(describeConnection({ ...base, phase: 'offline', unsynced: 1 }, false)).toEqual({ label: 'Offline', detail: '1 unsynced change' });
    expect(describeConnection({ ...base, phase: 'reconnecting', unsynced: 3 }, false)).toEqual({ label: 'Reconnecting…', detail: '3 unsynced changes' });
    expect(describeConnection({ ...base, phase: 'closed', closedReason: 'no such document' }, false).label).toBe('Unavailable');
  });

  it('mentions merged offline changes only while the note is shown', () => {
    const merged = { ...base, lastMerge: { count: 4, at: 0 } };
    expect(describeConnection(merged, true).detail).toBe('4 offline changes merged');
    expect(describeConnection(merged, false).detail).toBeNull();
  });
});
