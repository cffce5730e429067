/** A tiny DOM for tests of the DOM walkers: just enough of Node (`NodeLike`) to build blocks by hand. */
import type { NodeLike } from '../dom-text.js';

export class FakeNode implements NodeLike {
  parentNode: FakeNode | null = null;
  childNodes: FakeNode[] = [];
  constructor(
    readonly nodeType: number,
    readonly nodeName: string,
    readonly data?: string,
    readonly attributes: Record<string, string> = {},
  ) {}
  getAttribute(name: string) {
    return this.attributes[name] ?? null;
  }
  append(...children: FakeNode[]) {
    for (const c of children) {
      c.parentNode = this;
      this.childNodes.push(c);
    }
    return this;
  }
}

/** An element with attributes and children. */
export const el = (name: string, attributes: Record<string, string>, ...children: FakeNode[]): FakeNode =>
  new FakeNode(1, name.toUpperCase(), undefined, attributes).append(...children);

/** A text node. */
export const t = (data: string): FakeNode => new FakeNode(3, '#text', data);
