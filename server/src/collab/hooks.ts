/**
 * Runs one hook across all extensions in priority order. Synchronous hooks stay
 * synchronous (no microtask per frame); asynchronous ones are awaited one after another.
 */
import type { AwarenessEntry } from '@accord/protocol';
import type { AwarenessPayload, CheckUpdatePayload, Extension } from './extension.js';

type HookName = {
  [K in keyof Extension]-?: NonNullable<Extension[K]> extends (...args: never[]) => unknown ? K : never;
}[keyof Extension];
type HookArgs<K extends HookName> = Parameters<NonNullable<Extension[K]>>;

/** The extensions of one server, sorted once. */
export class Hooks {
  readonly #extensions: readonly Extension[];
  readonly #implementers = new Map<HookName, Extension[]>();

  constructor(extensions: readonly Extension[]) {
    this.#extensions = [...extensions].sort((a, b) => (a.priority ?? 100) - (b.priority ?? 100));
  }

  #for(name: HookName): Extension[] {
    let list = this.#implementers.get(name);
    if (!list) this.#implementers.set(name, (list = this.#extensions.filter((e) => typeof e[name] === 'function')));
    return list;
  }

  /** Awaits each extension's hook in turn; the first throw stops the chain and propagates. */
  async run<K extends HookName>(name: K, ...args: HookArgs<K>): Promise<void> {
    for (const extension of this.#for(name)) {
      await (extension[name] as (...a: HookArgs<K>) => unknown).apply(extension, args);
    }
  }

  /** Calls a synchronous notification hook on every extension; a throw in one is reported and does not stop the others. */
  notify<K extends HookName>(
    name: K,
    onError: (extension: Extension, error: unknown) => void,
    ...args: HookArgs<K>
  ): void {
    for (const extension of this.#for(name)) {
      try {
        (extension[name] as (...a: HookArgs<K>) => unknown).apply(extension, args);
      } catch (error) {
        onError(extension, error);
      }
    }
  }

  /**
   * Passes `payload` through every extension's `onAwareness` in turn, each seeing the
   * entries the previous one returned. Synchronous: it runs for every awareness frame.
   */
  transformAwareness(payload: AwarenessPayload): AwarenessEntry[] {
    let entries = payload.entries;
    for (const extension of this.#for('onAwareness')) entries = extension.onAwareness!({ ...payload, entries });
    return entries;
  }

  /**
   * Asks every extension's `onCheckUpdate` in turn; the first reason to refuse wins. A hook that
   * throws refuses too: an update nobody could check is not stored.
   */
  checkUpdate(payload: CheckUpdatePayload): string | undefined {
    for (const extension of this.#for('onCheckUpdate')) {
      const reason = extension.onCheckUpdate!(payload);
      if (reason !== undefined) return reason;
    }
    return undefined;
  }

  /** Whether any extension implements `name` (lets the core skip work nobody listens to). */
  has(name: HookName): boolean {
    return this.#for(name).length > 0;
  }
}
