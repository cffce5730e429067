import { describe, expect, it } from 'vitest';
import { AGREED_NOTE, AGREED_WHY, ALL_WHY, CONTRIBUTOR_WHY, modeState, type ModeInput } from './mode.js';

const member: ModeInput = {
  role: 'member',
  canEdit: true,
  canSuggest: true,
  setting: 'open',
  chosen: 'editing',
  inAgreed: false,
};

describe('modeState', () => {
  it('lets people who may edit choose', () => {
    expect(modeState(member)).toEqual({ mode: 'editing', locked: false, why: null });
    expect(modeState({ ...member, chosen: 'suggesting' })).toEqual({ mode: 'suggesting', locked: false, why: null });
  });

  it('keeps contributors suggesting, and says why', () => {
    const contributor = { ...member, role: 'contributor' as const, canEdit: false, chosen: 'editing' as const };
    expect(modeState(contributor)).toEqual({ mode: 'suggesting', locked: true, why: CONTRIBUTOR_WHY });
  });

  it('gives no mode to those who may neither edit nor suggest', () => {
    expect(modeState({ ...member, role: 'observer', canEdit: false, canSuggest: false }).mode).toBeNull();
  });

  it('follows the document setting for members, not for coordinators', () => {
    expect(modeState({ ...member, setting: 'all' })).toEqual({ mode: 'suggesting', locked: true, why: ALL_WHY });
    expect(modeState({ ...member, setting: 'agreed', inAgreed: true })).toEqual({
      mode: 'suggesting',
      locked: true,
      why: AGREED_WHY,
    });
    expect(modeState({ ...member, setting: 'agreed' })).toEqual({ mode: 'editing', locked: false, why: AGREED_NOTE });
    expect(modeState({ ...member, role: 'coordinator', setting: 'all' })).toEqual({
      mode: 'editing',
      locked: false,
      why: null,
    });
  });
});
