import { describe, expect, it } from 'vitest';
import { Hooks } from './hooks.js';
import type { Extension } from './extension.js';

describe('Hooks', () => {
  it('runs hooks in priority order and awaits each', async () => {
    const calls: string[] = [];
    const slow: Extension = {
      name: 'slow',
      priority: 50,
      async onLoadDocument() {
        await new Promise((r) => setTimeout(r, 10));
        calls.push('slow');
      },
    };
    const fast: Extension = { name: 'fast', onLoadDocument: () => void calls.push('fast') };
    await new Hooks([fast, slow]).run('onLoadDocument', {} as never);
    expect(calls).toEqual(['slow', 'fast']);
  });

  it('stops run() at the first throw', async () => {
    const calls: string[] = [];
    const hooks = new Hooks([
      {
        name: 'a',
        priority: 1,
        onStoreUpdates: () => {
          throw new Error('disk full');
        },
      },
      { name: 'b', priority: 2, onStoreUpdates: () => void calls.push('b') },
    ]);
    await expect(hooks.run('onStoreUpdates', {} as never)).rejects.toThrow('disk full');
    expect(calls).toEqual([]);
  });

  it('notify() reports a throwing extension and still calls the others', () => {
    const seen: number[] = [];
    const errors: string[] = [];
    const hooks = new Hooks([
      {
        name: 'bad',
        onFrameIn: () => {
          throw new Error('boom');
        },
      },
      { name: 'good', onFrameIn: (bytes) => void seen.push(bytes) },
    ]);
    hooks.notify('onFrameIn', (ext, e) => errors.push(`${ext.name}: ${(e as Error).message}`), 42);
    expect(seen).toEqual([42]);
    expect(errors).toEqual(['bad: boom']);
    expect(hooks.has('onFrameIn')).toBe(true);
    expect(hooks.has('onFrameOut')).toBe(false);
  });

  it('checkUpdate() asks each checker in priority order until one refuses', () => {
    const asked: string[] = [];
    const hooks = new Hooks([
      { name: 'late', priority: 200, onCheckUpdate: () => void asked.push('late') },
      { name: 'refuses', priority: 100, onCheckUpdate: () => (asked.push('refuses'), 'update refused: no') },
      { name: 'accepts', priority: 50, onCheckUpdate: () => (asked.push('accepts'), undefined) },
    ]);
    expect(hooks.checkUpdate({} as never)).toBe('update refused: no');
    expect(asked).toEqual(['accepts', 'refuses']);
    expect(new Hooks([]).checkUpdate({} as never)).toBeUndefined();
  });
});
