import { describe, expect, it } from 'vitest';
import { ChangeCoalescer, type BlockEdit } from './coalescer.js';

function setup(options: { quietMs?: number; maxMs?: number } = {}) {
  let now = 1_000_000;
  let ids = 0;
  const coalescer = new ChangeCoalescer({ now: () => now, newId: () => `c${++ids}`, ...options });
  const edit = (personId: string | null, before: string | null, after: string | null, blockId = 'b1'): void => {
    const e: BlockEdit = { documentId: 'd', blockId, personId, at: now, before, after };
    coalescer.record(e);
  };
  const advance = (ms: number): void => {
    now += ms;
  };
  const summary = () => coalescer.take().write.map((r) => [r.id, r.personId, r.before, r.after, r.closed]);
  return { coalescer, edit, advance, summary };
}

describe('ChangeCoalescer', () => {
  it('makes one record of a person typing in one paragraph: the first before, the latest after', () => {
    const { edit, advance, summary } = setup();
    edit('ana', 'Hello', 'Hello ');
    advance(500);
    edit('ana', 'Hello ', 'Hello w');
    advance(500);
    edit('ana', 'Hello w', 'Hello world');
    expect(summary()).toEqual([['c1', 'ana', 'Hello', 'Hello world', false]]);
  });

  it('starts a new record when another person changes the paragraph, closing the first', () => {
    const { edit, summary } = setup();
    edit('ana', 'A', 'AB');
    edit('ben', 'AB', 'ABC');
    edit('ana', 'ABC', 'ABCD');
    expect(summary()).toEqual([
      ['c1', 'ana', 'A', 'AB', true],
      ['c2', 'ben', 'AB', 'ABC', true],
      ['c3', 'ana', 'ABC', 'ABCD', false],
    ]);
  });

  it('keeps paragraphs apart: two blocks by one person are two records', () => {
    const { edit, summary } = setup();
    edit('ana', 'x', 'xy', 'b1');
    edit('ana', 'p', 'pq', 'b2');
    edit('ana', 'xy', 'xyz', 'b1');
    expect(summary()).toEqual([
      ['c1', 'ana', 'x', 'xyz', false],
      ['c2', 'ana', 'p', 'pq', false],
    ]);
  });

  it('closes a run after the quiet window, and a later change starts a new one', () => {
    const { coalescer, edit, advance, summary } = setup({ quietMs: 60_000 });
    edit('ana', 'a', 'ab');
    advance(59_999);
    coalescer.closeDue();
    expect(coalescer.hasOpen).toBe(true);
    edit('ana', 'ab', 'abc');
    advance(60_000);
    coalescer.closeDue();
    expect(coalescer.hasOpen).toBe(false);
    expect(summary()).toEqual([['c1', 'ana', 'a', 'abc', true]]);
    edit('ana', 'abc', 'abcd');
    expect(summary()).toEqual([['c2', 'ana', 'abc', 'abcd', false]]);
  });

  it('closes a busy run after the total window even while the person keeps typing', () => {
    const { edit, advance, summary } = setup({ quietMs: 60_000, maxMs: 600_000 });
    let text = '';
    for (let i = 0; i < 21; i++) {
      edit('ana', text, `${text}x`);
      text += 'x';
      advance(30_000);
    }
    const records = summary();
    expect(records).toHaveLength(2);
    expect(records[0]).toEqual(['c1', 'ana', '', 'x'.repeat(20), true]);
    expect(records[1]).toEqual(['c2', 'ana', 'x'.repeat(20), 'x'.repeat(21), false]);
  });

  it('drops a run whose text came back to where it started, and says to delete its written copy', () => {
    const { coalescer, edit } = setup();
    edit('ana', 'Same', 'Samex');
    expect(coalescer.take().write).toHaveLength(1);
    edit('ana', 'Samex', 'Same');
    expect(coalescer.unwritten('d')).toEqual([]);
    coalescer.closeAll('d');
    expect(coalescer.take()).toEqual({ write: [], drop: ['c1'] });
  });

  it('ignores an update that left the text as it was (a formatting change)', () => {
    const { coalescer, edit } = setup();
    edit('ana', 'Bold?', 'Bold?');
    expect(coalescer.hasWork).toBe(false);
  });

  it('records a paragraph created and one removed, with null for the missing side', () => {
    const { edit, summary } = setup();
    edit('ana', null, 'New', 'b2');
    edit(null, 'Old', null, 'b3');
    expect(summary()).toEqual([
      ['c1', 'ana', null, 'New', false],
      ['c2', null, 'Old', null, false],
    ]);
  });

  it('lists unwritten records (open runs, closed ones not yet taken) for reads', () => {
    const { coalescer, edit } = setup();
    edit('ana', 'a', 'ab');
    coalescer.take();
    edit('ana', 'ab', 'abc');
    edit('ben', 'x', 'xy', 'b2');
    expect(coalescer.unwritten('d', 'b1').map((r) => r.after)).toEqual(['abc']);
    expect(coalescer.unwritten('d').map((r) => r.blockId)).toEqual(['b1', 'b2']);
    expect(coalescer.unwritten('other')).toEqual([]);
  });

  it('puts back what a failed write took', () => {
    const { coalescer, edit } = setup();
    edit('ana', 'a', 'ab');
    const taken = coalescer.take();
    coalescer.putBack(taken);
    expect(coalescer.take().write.map((r) => r.after)).toEqual(['ab']);
  });

  describe('edits that continue a run without reading the text', () => {
    function continuing(text: { now: string | null | undefined }) {
      let now = 1_000_000;
      let ids = 0;
      const coalescer = new ChangeCoalescer({
        now: () => now,
        newId: () => `c${++ids}`,
        quietMs: 60_000,
        textOf: () => text.now,
      });
      const full = (personId: string, before: string, after: string): void =>
        coalescer.record({ documentId: 'd', blockId: 'b1', personId, at: now, before, after });
      const keepTyping = (personId: string): void => {
        expect(coalescer.continues('d', 'b1', personId, now)).toBe(true);
        coalescer.record({ documentId: 'd', blockId: 'b1', personId, at: now });
      };
      const rows = () => coalescer.take().write.map((r) => [r.personId, r.before, r.after, r.closed]);
      return { coalescer, full, keepTyping, rows, advance: (ms: number) => void (now += ms), at: () => now };
    }

    it('takes the run’s final text from the next person’s text before', () => {
      const text = { now: undefined as string | null | undefined };
      const { full, keepTyping, rows } = continuing(text);
      full('ana', 'A', 'AB');
      keepTyping('ana');
      keepTyping('ana');
      full('ben', 'ABCD', 'ABCDE');
      expect(rows()).toEqual([
        ['ana', 'A', 'ABCD', true],
        ['ben', 'ABCD', 'ABCDE', false],
      ]);
    });

    it('reads the block’s text when the run is written, read or closed by time', () => {
      const text = { now: 'ABC' as string | null | undefined };
      const { coalescer, full, keepTyping, rows, advance } = continuing(text);
      full('ana', 'A', 'AB');
      keepTyping('ana');
      expect(coalescer.unwritten('d').map((r) => r.after)).toEqual(['ABC']);
      expect(rows()).toEqual([['ana', 'A', 'ABC', false]]);
      keepTyping('ana');
      text.now = 'ABCD';
      advance(60_000);
      coalescer.closeDue();
      expect(rows()).toEqual([['ana', 'A', 'ABCD', true]]);
    });

    it('does not let an edit continue a run about to close, and starts from the closed run if it must', () => {
      const text = { now: 'AB' as string | null | undefined };
      const { coalescer, full, rows, advance, at } = continuing(text);
      full('ana', 'A', 'AB');
      advance(56_000);
      expect(coalescer.continues('d', 'b1', 'ana', at())).toBe(false);
      expect(coalescer.continues('d', 'b1', 'ben', at())).toBe(false);
      // A continuing edit whose run closed while its update was being stored.
      advance(4_000);
      coalescer.closeDue();
      text.now = 'ABX';
      coalescer.record({ documentId: 'd', blockId: 'b1', personId: 'ana', at: at() });
      expect(rows()).toEqual([
        ['ana', 'A', 'AB', true],
        ['ana', 'AB', 'ABX', false],
      ]);
    });
  });
});
