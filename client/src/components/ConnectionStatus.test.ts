import { catalogs } from '@accord/i18n/all';
import { createIntl } from 'react-intl';
import { afterEach, describe, expect, it } from 'vitest';
import type { ConnectionSnapshot } from '../collab/session.js';
import { setCurrentIntl } from '../i18n/current.js';
import { describeConnection } from './ConnectionStatus.js';

const speak = (locale: 'en' | 'ru' | 'ar') => setCurrentIntl(createIntl({ locale, messages: catalogs[locale] }));
afterEach(() => speak('en'));

const base: ConnectionSnapshot = {
  phase: 'connected',
  unsynced: 0,
  unconfirmed: 0,
  keptOn: 'device',
  restored: false,
  lastMerge: null,
  closedReason: null,
  closedCode: null,
  denied: null,
  providerReady: true,
  everSynced: true,
};

describe('describeConnection', () => {
  it('names every phase, with unsynced changes where there are some', () => {
    expect(describeConnection(base, false)).toEqual({ label: 'Connected', detail: 'all changes saved' });
    expect(describeConnection({ ...base, phase: 'offline', unsynced: 1 }, false)).toEqual({
      label: 'Offline',
      detail: '1 unsynced change saved on this device, not yet sent',
    });
    expect(describeConnection({ ...base, phase: 'reconnecting', unsynced: 3 }, false)).toEqual({
      label: 'Reconnecting…',
      detail: '3 unsynced changes saved on this device, not yet sent',
    });
    expect(describeConnection({ ...base, phase: 'closed', closedReason: 'no such document' }, false).label).toBe(
      'Unavailable',
    );
  });

  it('says where unsent changes are, and only claims the device once they are written there', () => {
    expect(describeConnection({ ...base, phase: 'offline' }, false)).toEqual({
      label: 'Offline',
      detail: 'nothing unsent',
    });
    expect(describeConnection({ ...base, phase: 'offline', unsynced: 2, keptOn: 'writing' }, false).detail).toBe(
      '2 unsynced changes saving on this device…',
    );
    expect(describeConnection({ ...base, phase: 'offline', unsynced: 2, keptOn: 'tab' }, false).detail).toBe(
      '2 unsynced changes kept in this tab only, not yet sent',
    );
    expect(describeConnection({ ...base, phase: 'reconnecting' }, false).detail).toBe('nothing unsent');
    // Sent on the open connection, not yet confirmed by the server.
    expect(describeConnection({ ...base, unconfirmed: 1 }, false).detail).toBe('sending…');
  });

  it('says what a refusal for good means', () => {
    expect(
      describeConnection({ ...base, phase: 'closed', closedCode: 4401, closedReason: 'you were signed out' }, false),
    ).toEqual({ label: 'Signed out', detail: null });
    expect(
      describeConnection({ ...base, phase: 'closed', closedCode: 4403, closedReason: 'no access' }, false),
    ).toEqual({ label: 'No access', detail: null });
    expect(
      describeConnection({ ...base, phase: 'closed', closedCode: 4404, closedReason: 'no document x' }, false),
    ).toEqual({ label: 'Unavailable', detail: 'no document x' });
  });

  it('marks a read-only connection', () => {
    expect(describeConnection(base, false, true)).toEqual({ label: 'Connected', detail: 'read only' });
  });

  it('mentions merged offline changes only while the note is shown', () => {
    const merged = { ...base, lastMerge: { count: 4, at: 0 } };
    expect(describeConnection(merged, true).detail).toBe('4 offline changes merged');
    expect(describeConnection(merged, false).detail).toBe('all changes saved');
  });
});

describe('describeConnection in the page’s language', () => {
  it('counts unsent changes with the language’s plural forms', () => {
    speak('ru');
    const offline = (unsynced: number) => describeConnection({ ...base, phase: 'offline', unsynced }, false);
    expect(offline(1)).toEqual({
      label: 'Не в сети',
      detail: '1 несинхронизированное изменение сохранено на этом устройстве, ещё не отправлено',
    });
    expect(offline(3).detail).toMatch(/^3 несинхронизированных изменения /);
    expect(offline(5).detail).toMatch(/^5 несинхронизированных изменений /);
    speak('ar');
    expect(offline(2).detail).toMatch(/^تغييران /);
  });
});
