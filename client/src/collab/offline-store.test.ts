import { describe, expect, it } from 'vitest';
import { offlineStoreName, personStorePrefix, storesOf } from './offline-store.js';

describe('offline store names', () => {
  it('name the person and the document', () => {
    expect(offlineStoreName('p1', 'd1')).toBe('accord:p1:d1');
    expect(offlineStoreName('p1', 'd1').startsWith(personStorePrefix('p1'))).toBe(true);
  });

  it('never let one person’s prefix cover another’s stores', () => {
    const names = [
      offlineStoreName('p1', 'd1'),
      offlineStoreName('p1:x', 'd1'),
      offlineStoreName('p10', 'd2'),
      offlineStoreName('p1', 'd:2'),
      'other-app',
      'accord-api',
    ];
    expect(storesOf(names, 'p1')).toEqual(['accord:p1:d1', 'accord:p1:d%3A2']);
    expect(storesOf(names, 'p1:x')).toEqual(['accord:p1%3Ax:d1']);
  });

  it('refuse a store without a person', () => {
    expect(() => offlineStoreName('', 'd1')).toThrow();
  });
});
