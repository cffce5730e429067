import { describe, expect, it } from 'vitest';
import { CreateRoundBody, PublicCommentBody, RegisterParticipantBody } from './rounds.js';

const round = {
  versionId: 'v1',
  title: 'Draft for consultation',
  opensAt: '2026-12-01T09:00:00Z',
  closesAt: '2026-12-15T17:00:00Z',
};

describe('CreateRoundBody', () => {
  it('defaults participation and moderation', () => {
    expect(CreateRoundBody.parse(round)).toMatchObject({
      participation: 'anyone',
      moderation: 'immediate',
      introduction: '',
    });
  });
  it('refuses a close before the opening, listed participation without organisations and times without offset', () => {
    for (const body of [
      { ...round, closesAt: '2026-11-30T09:00:00Z' },
      { ...round, participation: 'listed-organisations' },
      { ...round, opensAt: '2026-12-01 09:00' },
      { ...round, state: 'open' },
    ]) {
      expect(CreateRoundBody.safeParse(body).success, JSON.stringify(body)).toBe(false);
    }
  });
});

describe('RegisterParticipantBody', () => {
  it('normalises email and country and defaults what is shown', () => {
    const body = { name: 'Ada', email: ' Ada@Example.org ', stakeholderGroup: 'civil-society', country: 'ke' };
    expect(RegisterParticipantBody.parse(body)).toMatchObject({
      email: 'ada@example.org',
      country: 'KE',
      showOnly: 'name-and-group',
    });
  });
});

describe('PublicCommentBody', () => {
  it('takes general, paragraph and passage comments and refuses empty, overlong or inverted ones', () => {
    expect(PublicCommentBody.safeParse({ anchor: { kind: 'general' }, text: 'Fine' }).success).toBe(true);
    expect(PublicCommentBody.safeParse({ anchor: { kind: 'block', blockId: 'p3' }, text: '<b>x</b>' }).success).toBe(
      true,
    );
    for (const body of [
      { anchor: { kind: 'general' }, text: '   ' },
      { anchor: { kind: 'general' }, text: 'x'.repeat(5001) },
      { anchor: { kind: 'passage', blockId: 'p3', start: 5, end: 2, quote: 'ab' }, text: 'x' },
    ]) {
      expect(PublicCommentBody.safeParse(body).success, JSON.stringify(body)).toBe(false);
    }
  });
});
