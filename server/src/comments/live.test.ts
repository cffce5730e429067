import { afterEach, describe, expect, it, vi } from 'vitest';
import type { CommentLiveEvent, CommentThread } from '@accord/schema';
import { CommentHub, LiveStream } from './live.js';

const event = (id: string): CommentLiveEvent => ({ type: 'thread', thread: { id } as CommentThread });

afterEach(() => vi.useRealTimers());

describe('CommentHub', () => {
  it('delivers to the subscribers of the document only, and forgets those who leave', () => {
    const hub = new CommentHub();
    const seen: string[] = [];
    const sink = (name: string) => ({
      deliver: (e: CommentLiveEvent) => seen.push(`${name}:${e.thread.id}`),
      close: () => seen.push(`${name} closed`),
    });
    const offA = hub.subscribe('d1', sink('a'));
    hub.subscribe('d1', sink('b'));
    hub.subscribe('d2', sink('c'));
    hub.publish('d1', event('t1'));
    expect(seen).toEqual(['a:t1', 'b:t1']);
    offA();
    offA();
    hub.publish('d1', event('t2'));
    expect(seen.slice(2)).toEqual(['b:t2']);
    expect([hub.count('d1'), hub.count('d2'), hub.count('none'), hub.count()]).toEqual([1, 1, 0, 2]);
    hub.closeAll();
    expect(seen.slice(3).sort()).toEqual(['b closed', 'c closed']);
  });
});

describe('LiveStream', () => {
  const flush = () => new Promise((r) => setTimeout(r, 0));

  it('writes events in order as SSE, after checking access each time, and ends when access is gone', async () => {
    const written: string[] = [];
    let allowed = true;
    const stream = new LiveStream({
      write: async (chunk) => void written.push(chunk),
      stillAllowed: async () => allowed,
    });
    stream.start();
    stream.deliver(event('t1'));
    stream.deliver(event('t2'));
    await flush();
    expect(written).toEqual([
      'retry: 3000\nevent: ready\ndata: {}\n\n',
      'data: {"type":"thread","thread":{"id":"t1"}}\n\n',
      'data: {"type":"thread","thread":{"id":"t2"}}\n\n',
    ]);
    allowed = false;
    stream.deliver(event('t3'));
    await stream.ended;
    stream.deliver(event('t4'));
    await flush();
    expect(written).toHaveLength(3);
  });

  it('sends a heartbeat comment on its interval', async () => {
    vi.useFakeTimers();
    const written: string[] = [];
    const stream = new LiveStream({
      write: async (chunk) => void written.push(chunk),
      stillAllowed: async () => true,
      heartbeatMs: 15_000,
    });
    await vi.advanceTimersByTimeAsync(31_000);
    expect(written).toEqual([': heartbeat\n\n', ': heartbeat\n\n']);
    stream.close();
    await vi.advanceTimersByTimeAsync(60_000);
    expect(written).toHaveLength(2);
  });

  it('cuts off a reader that does not keep up', async () => {
    const stream = new LiveStream({
      write: () => new Promise(() => {}),
      stillAllowed: async () => true,
      maxBacklog: 3,
    });
    for (let i = 0; i < 5; i++) stream.deliver(event(`t${i}`));
    await stream.ended;
  });
});
