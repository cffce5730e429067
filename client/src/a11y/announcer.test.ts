import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Announcer, wordEvents } from './announcer.js';
import { translate } from '../i18n/current.js';

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

const lines = (a: Announcer) => a.getSnapshot().lines;

describe('wordEvents', () => {
  it('names who commented on which paragraph, or sums several comments up', () => {
    expect(wordEvents([{ kind: 'comment', name: 'Ben Okafor', paragraph: '3', reply: false }], translate)).toEqual([
      'Ben Okafor commented on ¶3',
    ]);
    expect(wordEvents([{ kind: 'comment', name: 'Ana', paragraph: '4bis', reply: true }], translate)).toEqual([
      'Ana replied on ¶4bis',
    ]);
    expect(wordEvents([{ kind: 'comment', name: 'Ana', paragraph: null, reply: false }], translate)).toEqual([
      'Ana commented on the document',
    ]);
    const three = [1, 2, 3].map((n) => ({ kind: 'comment' as const, name: 'Ana', paragraph: String(n), reply: false }));
    expect(wordEvents(three, translate)).toEqual(['3 new comments']);
  });

  it('says who joined and left, and nothing of someone who left and came back', () => {
    expect(
      wordEvents(
        [
          { kind: 'joined', name: 'Ana' },
          { kind: 'left', name: 'Jonas' },
          { kind: 'joined', name: 'Jonas' },
        ],
        translate,
      ),
    ).toEqual(['Ana joined']);
    expect(
      wordEvents(
        [
          { kind: 'joined', name: 'Ana' },
          { kind: 'joined', name: 'Mei' },
          { kind: 'left', name: 'Jonas' },
        ],
        translate,
      ),
    ).toEqual(['2 people joined', 'Jonas left']);
  });
});

describe('Announcer', () => {
  it('gathers a burst into one announcement and keeps a gap before the next', () => {
    const a = new Announcer({ gatherMs: 500, gapMs: 4000, clearMs: 60_000 });
    a.announce({ kind: 'joined', name: 'Ana' });
    a.announce({ kind: 'comment', name: 'Ben Okafor', paragraph: '3', reply: false });
    expect(lines(a)).toEqual([]);
    vi.advanceTimersByTime(500);
    expect(lines(a)).toEqual(['Ben Okafor commented on ¶3', 'Ana joined']);

    // A busy room: everything within the gap waits and is said once, summed up.
    for (const name of ['Mei', 'Jonas', 'Priya']) a.announce({ kind: 'joined', name });
    vi.advanceTimersByTime(3000);
    expect(lines(a)).toEqual(['Ben Okafor commented on ¶3', 'Ana joined']);
    vi.advanceTimersByTime(1000);
    expect(lines(a)).toEqual(['3 people joined']);
  });

  it('says what the person asked for at once, clears the region afterwards, and changes id each time', () => {
    const a = new Announcer({ clearMs: 5000 });
    const heard: number[] = [];
    a.subscribe(() => heard.push(a.getSnapshot().id));
    a.say('Paragraph 3: Agreed');
    a.say('Paragraph 3: Agreed');
    expect(lines(a)).toEqual(['Paragraph 3: Agreed']);
    expect(new Set(heard).size).toBe(2);
    vi.advanceTimersByTime(5000);
    expect(lines(a)).toEqual([]);
  });

  it('says nothing for a burst that cancels out, and forgets what waits on reset', () => {
    const a = new Announcer({ gatherMs: 100 });
    a.announce({ kind: 'left', name: 'Ana' });
    a.announce({ kind: 'joined', name: 'Ana' });
    vi.advanceTimersByTime(100);
    expect(a.getSnapshot().id).toBe(0);
    a.announce({ kind: 'joined', name: 'Mei' });
    a.reset();
    vi.advanceTimersByTime(10_000);
    expect(a.getSnapshot().id).toBe(0);
  });
});
