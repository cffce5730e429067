/**
 * Hostile and broken frames: each closes only the connection that sent it, with a reason;
 * the server stays up, other clients keep editing, and the stored document is unchanged.
 */
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import * as encoding from 'lib0/encoding';
import { CloseCode, encodeSyncStep1, encodeUpdate } from '@accord/protocol';
import { createDocument } from './helpers/accord-process.js';
import { rawClient, stockClient, synced, until } from './helpers/clients.js';
import { sharedAccord } from './helpers/shared-accord.js';

const MAX_MESSAGE_BYTES = 64 * 1024;
const shared = sharedAccord({ env: { ACCORD_MAX_MESSAGE_BYTES: String(MAX_MESSAGE_BYTES) } });
const connect = (documentId: string) => shared.connect(documentId);

/** What a fresh client loads: the stored document as everyone will see it. */
async function storedState(documentId: string): Promise<{ text: string; stateVector: string }> {
  const fresh = stockClient(shared.accord.wsUrl, documentId, { token: shared.token });
  try {
    await synced(fresh);
    return {
      text: fresh.doc.getText('t').toString(),
      stateVector: Buffer.from(Y.encodeStateVector(fresh.doc)).toString('hex'),
    };
  } finally {
    fresh.destroy();
  }
}

function realUpdate(text: string): Uint8Array {
  const doc = new Y.Doc();
  let update: Uint8Array | undefined;
  doc.on('update', (u: Uint8Array) => (update = u));
  doc.getText('t').insert(0, text);
  return update!;
}

const rawFrame = (write: (e: encoding.Encoder) => void): Uint8Array => {
  const e = encoding.createEncoder();
  write(e);
  return encoding.toUint8Array(e);
};

const cases: { name: string; frame: () => Uint8Array | string; code: number; reason: RegExp }[] = [
  {
    name: 'an empty binary frame',
    frame: () => new Uint8Array(),
    code: CloseCode.BadMessage,
    reason: /truncated|malformed/,
  },
  {
    name: 'a truncated sync frame',
    frame: () => encodeUpdate(realUpdate('cut short')).subarray(0, 6),
    code: CloseCode.BadMessage,
    reason: /truncated|malformed/,
  },
  {
    name: 'an unknown message type',
    frame: () => Uint8Array.of(9, 1, 2, 3),
    code: CloseCode.BadMessage,
    reason: /unknown message type 9/,
  },
  {
    name: 'an unknown sync type',
    frame: () => Uint8Array.of(0, 7, 0),
    code: CloseCode.BadMessage,
    reason: /unknown sync message type 7/,
  },
  {
    name: 'garbage where a Yjs update should be',
    frame: () => encodeUpdate(Uint8Array.from({ length: 64 }, (_, i) => (i * 97 + 13) % 256)),
    code: CloseCode.BadMessage,
    reason: /malformed Yjs update/,
  },
  {
    name: 'a Yjs update cut in half',
    frame: () => {
      const u = realUpdate('a paragraph of agreed language');
      return encodeUpdate(u.subarray(0, Math.floor(u.length / 2)));
    },
    code: CloseCode.BadMessage,
    reason: /malformed Yjs update/,
  },
  {
    name: 'a malformed state vector',
    frame: () =>
      rawFrame((e) => {
        encoding.writeVarUint(e, 0);
        encoding.writeVarUint(e, 0);
        encoding.writeVarUint8Array(e, Uint8Array.of(5, 0x80));
      }),
    code: CloseCode.BadMessage,
    reason: /state vector/,
  },
  {
    name: 'awareness that is not JSON',
    frame: () => Uint8Array.of(1, 5, 1, 1, 1, 1, 0x7b),
    code: CloseCode.BadMessage,
    reason: /not valid JSON/,
  },
  { name: 'a text frame', frame: () => 'hello', code: CloseCode.UnsupportedData, reason: /binary/ },
  {
    name: 'a frame over the size limit',
    frame: () => encodeUpdate(new Uint8Array(MAX_MESSAGE_BYTES + 10)),
    code: CloseCode.MessageTooBig,
    reason: /.*/,
  },
];

describe('malformed input', () => {
  it.each(cases)(
    '$name closes only the sender, with a reason, and changes nothing',
    async ({ frame, code, reason }) => {
      const documentId = await createDocument(shared.accord);
      const a = connect(documentId);
      const b = connect(documentId);
      await Promise.all([synced(a), synced(b)]);
      a.doc.getText('t').insert(0, 'before ');
      await until(() => b.doc.getText('t').toString() === 'before ', 'b to see the first edit');
      const before = await storedState(documentId);

      // The attacker is signed in and may edit the document: the frames, not the credential, are refused.
      const attacker = await rawClient(`${shared.accord.wsUrl}/${documentId}`, shared.token);
      attacker.send(encodeSyncStep1(Y.encodeStateVector(new Y.Doc())));
      attacker.send(frame());
      const closed = await attacker.closed;
      expect(closed.code).toBe(code);
      expect(closed.reason).toMatch(reason);

      expect(await storedState(documentId)).toEqual(before);
      // The others on the same document carry on.
      b.doc.getText('t').insert(b.doc.getText('t').length, 'after');
      await until(() => a.doc.getText('t').toString() === 'before after', 'a to see b’s edit after the attack');
      expect((await fetch(`${shared.accord.url}/healthz`)).status).toBe(200);
    },
  );

  it('survives a flood of garbage from many sockets at once', async () => {
    const documentId = await createDocument(shared.accord);
    const a = connect(documentId);
    const b = connect(documentId);
    await Promise.all([synced(a), synced(b)]);
    const attackers = await Promise.all(
      Array.from({ length: 20 }, () => rawClient(`${shared.accord.wsUrl}/${documentId}`, shared.token)),
    );
    attackers.forEach((x, i) =>
      x.send(encodeUpdate(Uint8Array.from({ length: 200 }, (_, j) => (i * 31 + j * 7) % 256))),
    );
    const closes = await Promise.all(attackers.map((x) => x.closed));
    expect(closes.every((c) => c.code === CloseCode.BadMessage)).toBe(true);
    a.doc.getText('t').insert(0, 'still here');
    await until(() => b.doc.getText('t').toString() === 'still here', 'b to see the edit');
    expect((await storedState(documentId)).text).toBe('still here');
  });
});
