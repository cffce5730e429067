import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { buildsOnMissing, checkUpdate, type DecodedUpdate } from './update-guard.js';

const decode = (update: Uint8Array): DecodedUpdate => {
  const check = checkUpdate(update);
  if (!check.ok || !check.decoded) throw new Error('expected a decodable, non-empty update');
  return check.decoded;
};
const stateOf = (doc: Y.Doc) => (client: number) => Y.getState(doc.store, client);

describe('buildsOnMissing', () => {
  it('tells an update the doc can integrate from one that builds on changes it lacks', () => {
    const writer = new Y.Doc();
    const server = new Y.Doc();
    const text = writer.getText('t');
    let before = Y.encodeStateVector(writer);
    text.insert(0, 'one');
    const first = Y.encodeStateAsUpdate(writer, before);
    before = Y.encodeStateVector(writer);
    text.insert(3, ' two');
    const second = Y.encodeStateAsUpdate(writer, before);
    before = Y.encodeStateVector(writer);
    text.delete(0, 3);
    const deletion = Y.encodeStateAsUpdate(writer, before);

    expect(buildsOnMissing(decode(first), stateOf(server))).toBe(false);
    expect(buildsOnMissing(decode(second), stateOf(server))).toBe(true);
    Y.applyUpdate(server, first);
    expect(buildsOnMissing(decode(second), stateOf(server))).toBe(false);
    // A deletion of characters the server has, from a client it has never heard of otherwise.
    expect(buildsOnMissing(decode(deletion), stateOf(server))).toBe(false);
    const empty = new Y.Doc();
    expect(buildsOnMissing(decode(deletion), stateOf(empty))).toBe(true);
  });

  it('follows origins into other clients', () => {
    const a = new Y.Doc();
    a.getText('t').insert(0, 'from a');
    const b = new Y.Doc();
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    const before = Y.encodeStateVector(b);
    b.getText('t').insert(3, ' and b');
    const fromB = Y.encodeStateAsUpdate(b, before);
    expect(buildsOnMissing(decode(fromB), stateOf(new Y.Doc()))).toBe(true);
    expect(buildsOnMissing(decode(fromB), stateOf(a))).toBe(false);
  });
});
