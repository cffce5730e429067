/**
 * The document as it was before a Yjs transaction and as it is after, read inside that
 * transaction: an item the transaction inserted has a clock at or after
 * `transaction.beforeState`, an item it deleted is in `transaction.deleteSet`, and deleted
 * content is only garbage-collected when the transaction ends. This is the visibility rule of
 * Yjs' own snapshots, without the history (`gc: false`) a snapshot needs.
 */
import type * as Y from 'yjs';

export type Phase = 'before' | 'after';

// biome-ignore lint/suspicious/noExplicitAny: Yjs types are invariant in their event type
type AnyType = Y.AbstractType<any>;

/**
 * Which items a phase shows. Outside a transaction (no `transaction`), only "after" exists:
 * everything not deleted.
 */
export class Visibility {
  readonly #before: Map<number, number> | undefined;
  readonly #deleted = new Map<number, Array<[number, number]>>();

  constructor(transaction?: Y.Transaction) {
    if (!transaction) return;
    this.#before = transaction.beforeState;
    // The delete set is sorted only when the transaction ends; sort a copy for binary search.
    for (const [client, items] of transaction.deleteSet.clients) {
      this.#deleted.set(
        client,
        items.map((d): [number, number] => [d.clock, d.clock + d.len]).sort((a, b) => a[0] - b[0]),
      );
    }
  }

  /** Whether the transaction inserted `item`. */
  inserted(item: Y.Item): boolean {
    return this.#before !== undefined && item.id.clock >= (this.#before.get(item.id.client) ?? 0);
  }

  #deletedNow(item: Y.Item): boolean {
    const ranges = this.#deleted.get(item.id.client);
    if (!ranges) return false;
    const clock = item.id.clock;
    let low = 0;
    let high = ranges.length - 1;
    while (low <= high) {
      const mid = (low + high) >> 1;
      const [start, end] = ranges[mid]!;
      if (clock < start) high = mid - 1;
      else if (clock >= end) low = mid + 1;
      else return true;
    }
    return false;
  }

  visible(item: Y.Item, phase: Phase): boolean {
    if (phase === 'after') return !item.deleted;
    return !this.inserted(item) && (!item.deleted || this.#deletedNow(item));
  }

  /** Whether `type` and every type above it up to the top level were part of the document in `phase`. */
  attached(type: AnyType, phase: Phase): boolean {
    for (let item = type._item; item !== null; item = (item.parent as AnyType)._item) {
      if (!this.visible(item, phase)) return false;
    }
    return true;
  }

  /** The value of a map entry (an attribute of an `XmlText`, a key of a `Y.Map`) in `phase`. */
  value(type: AnyType, key: string, phase: Phase): unknown {
    let item: Y.Item | null | undefined = type._map.get(key);
    while (item && !this.visible(item, phase)) item = item.left;
    if (!item) return undefined;
    const content = item.content.getContent();
    return content[content.length - 1];
  }
}
