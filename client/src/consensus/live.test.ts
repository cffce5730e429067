import type { DocumentConsensus, ParagraphConsensus } from '@accord/schema';
import { describe, expect, it, vi } from 'vitest';
import { RequestError } from '../api.js';
import { LiveView, type EventSourceLike } from './live.js';
import { patchParagraph } from './view.js';

class FakeSource implements EventSourceLike {
  readyState = 1;
  listeners = new Map<string, Array<(event: { data?: unknown }) => void>>();
  addEventListener(type: string, listener: (event: { data?: unknown }) => void) {
    this.listeners.set(type, [...(this.listeners.get(type) ?? []), listener]);
  }
  emit(type: string, data?: unknown) {
    for (const l of this.listeners.get(type) ?? []) l({ data: data === undefined ? undefined : JSON.stringify(data) });
  }
  close() {
    this.readyState = 2;
  }
}

const paragraph = (blockId: string, extra: Partial<ParagraphConsensus> = {}): ParagraphConsensus => ({
  blockId,
  number: 1,
  text: 'text',
  bracketedText: 'text',
  status: 'drafting',
  changedSinceAgreed: false,
  statusSetAt: null,
  statusSetBy: null,
  proposals: [],
  brackets: [],
  openBrackets: 0,
  positions: [],
  groups: [],
  score: null,
  ...extra,
});

const view = (...paragraphs: ParagraphConsensus[]): DocumentConsensus => ({ documentId: 'd1', title: 'T', paragraphs });
const flush = () => new Promise((r) => setTimeout(r, 0));

function setup(loads: Array<DocumentConsensus | Error>) {
  const source = new FakeSource();
  const values: DocumentConsensus[] = [];
  const statuses: string[] = [];
  const load = vi.fn(async () => {
    const next = loads.shift();
    if (next instanceof Error) throw next;
    return next!;
  });
  const live = new LiveView<DocumentConsensus>({
    url: '/live',
    open: () => source,
    load,
    patch: patchParagraph,
    onValue: (v) => values.push(v),
    onStatus: (s) => statuses.push(s),
  });
  live.start();
  return { source, values, statuses, load, live };
}

describe('LiveView', () => {
  it('fetches only after ready, then patches paragraphs from events', async () => {
    const t = setup([view(paragraph('a'), paragraph('b'))]);
    expect(t.load).not.toHaveBeenCalled();
    t.source.emit('ready', {});
    await flush();
    expect(t.values).toHaveLength(1);
    t.source.emit('message', { type: 'paragraph', paragraph: paragraph('b', { status: 'contested' }) });
    expect(t.values.at(-1)!.paragraphs.map((p) => p.status)).toEqual(['drafting', 'contested']);
    expect(t.load).toHaveBeenCalledTimes(1);
    expect(t.statuses).toContain('live');
  });

  it('refetches for content events and unknown paragraphs, coalescing bursts', async () => {
    const t = setup([view(paragraph('a')), view(paragraph('a'), paragraph('c')), view(paragraph('a'))]);
    t.source.emit('ready', {});
    await flush();
    t.source.emit('message', { type: 'paragraph', paragraph: paragraph('c') });
    t.source.emit('message', { type: 'content', at: '2025-01-01T00:00:00Z' });
    t.source.emit('message', { type: 'content', at: '2025-01-01T00:00:01Z' });
    await flush();
    await flush();
    // One fetch for the first event, one more for the two that came while it ran.
    expect(t.load).toHaveBeenCalledTimes(3);
  });

  it('ignores events it does not understand and stops when refused', async () => {
    const t = setup([new RequestError('gone', 404)]);
    t.source.emit('message', { type: 'later-feature' });
    expect(t.load).not.toHaveBeenCalled();
    t.source.emit('ready', {});
    await flush();
    expect(t.statuses.at(-1)).toBe('refused');
    expect(t.source.readyState).toBe(2);
  });
});

describe('patchParagraph', () => {
  it('replaces by block id and keeps order', () => {
    const next = patchParagraph(view(paragraph('a'), paragraph('b')), paragraph('a', { score: 0.5 }));
    expect(next!.paragraphs.map((p) => [p.blockId, p.score])).toEqual([
      ['a', 0.5],
      ['b', null],
    ]);
  });
  it('says null for a paragraph it does not hold', () => {
    expect(patchParagraph(view(paragraph('a')), paragraph('z'))).toBeNull();
  });
});
