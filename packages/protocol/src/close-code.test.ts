import { describe, expect, it } from 'vitest';
import { clampCloseReason } from './close-code.js';

describe('clampCloseReason', () => {
  it('keeps short reasons', () => {
    expect(clampCloseReason('document not found')).toBe('document not found');
  });
  it('cuts long reasons to 123 bytes without splitting a character', () => {
    const reason = 'é'.repeat(100);
    const clamped = clampCloseReason(reason);
    expect(new TextEncoder().encode(clamped).length).toBeLessThanOrEqual(123);
    expect(clamped.endsWith('...')).toBe(true);
    expect(clamped).not.toContain('\uFFFD');
  });
});
