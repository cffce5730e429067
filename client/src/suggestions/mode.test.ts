import { describe, expect, it } from 'vitest';
import { AGREED_NOTE, AGREED_WHY, ALL_WHY, CONTRIBUTOR_WHY, modeState, type ModeInput } from './mode.js';

const member: ModeInput = {
  role: 'member',
  canEdit: true,
  canSuggest: true,
  suggestOnly: 'nowhere',
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

  it('follows the document setting where the server says it applies to this person', () => {
    expect(modeState({ ...member, suggestOnly: 'all' })).toEqual({ mode: 'suggesting', locked: true, why: ALL_WHY });
    expect(modeState({ ...member, suggestOnly: 'agreed', inAgreed: true })).toEqual({
      mode: 'suggesting',
      locked: true,
      why: AGREED_WHY,
    });
    expect(modeState({ ...member, suggestOnly: 'agreed' })).toEqual({
      mode: 'editing',
      locked: false,
      why: AGREED_NOTE,
    });
  });
});
