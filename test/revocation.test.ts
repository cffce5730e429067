/**
 * Access changes reach open connections within a second, whoever makes them (the API in
 * this process, the CLI in another), without a reconnect: a demoted member's socket stays
 * open read-only and its next update is not applied; a removed member, a signed-out session
 * and a revoked token are closed with a 44xx code, which the stock client does not retry.
 */
import * as Y from 'yjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SqlPeopleStore } from '@accord/server';
import { encodeSyncStep2 } from '@accord/protocol';
import { bearer, demo, sessionHeaders, signIn, tokenFor } from './helpers/auth.js';
import { createDocument } from './helpers/accord-process.js';
import { runCli } from './helpers/cli.js';
import { stockClient, synced, until } from './helpers/clients.js';
import { inProcessAccord, type InProcessAccord } from './helpers/in-process.js';
import { handMadeUpdate, probeSocket } from './helpers/probe-socket.js';

let server: InProcessAccord;
let secretariat: string;
let documentId: string;
let identity: SqlPeopleStore;

/** A fresh member of `demo` with a token, so each test changes only its own person's access. */
async function freshMember(label: string): Promise<{ id: string; email: string; token: string }> {
  const email = `${label}@example.org`;
  const person = await identity.addPerson(
    { email, name: `Member ${label}`, stakeholderGroup: 'civil-society' },
    { actorPersonId: null, password: 'member password', grant: { workspaceId: 'demo', role: 'member' } },
  );
  return { id: person.id, email, token: await tokenFor(server.url, email, 'member password') };
}

const setRole = (personId: string, role: string) =>
  fetch(`${server.url}/api/workspaces/demo/people/${personId}/role`, {
    method: 'PUT',
    headers: bearer(secretariat),
    body: JSON.stringify({ role }),
  });

beforeAll(async () => {
  server = await inProcessAccord({ ACCORD_LIMIT_SIGNINS_PER_MINUTE: '600' });
  identity = new SqlPeopleStore(server.accord.sql);
  secretariat = await tokenFor(server.url, demo.secretariat);
  documentId = await createDocument(server);
});
afterAll(() => server?.close());

describe('an access change on an open connection', () => {
  it('downgrades a member made observer within a second, keeps the socket, and applies none of its later updates', async () => {
    const member = await freshMember('demoted');
    const socket = await probeSocket(`${server.wsUrl}/${documentId}`, member.token);
    await socket.roundTrip();
    socket.sendUpdate(handMadeUpdate('before', 'still a member'));
    const room = () => server.accord.collab.room(documentId)!;
    await until(() => room().doc.getMap('probe').get('before') === 'still a member', 'the member’s edit');

    const changed = Date.now();
    expect((await setRole(member.id, 'observer')).status).toBe(200);
    await until(() => socket.denials().length > 0, 'the downgrade to reach the open socket', 1000);
    expect(Date.now() - changed).toBeLessThan(1000);
    expect(socket.denials()).toEqual(['observers cannot edit this document']);

    const before = Y.encodeStateAsUpdate(room().doc);
    socket.sendUpdate(handMadeUpdate('after', 'now an observer'));
    await socket.roundTrip();
    expect(Buffer.from(Y.encodeStateAsUpdate(room().doc)).equals(Buffer.from(before))).toBe(true);
    expect(socket.socket.readyState).toBe(socket.socket.OPEN);
  });

  it('tells a read-only connection at once when it may edit again, and applies its next update', async () => {
    const member = await freshMember('promoted');
    expect((await setRole(member.id, 'observer')).status).toBe(200);
    const socket = await probeSocket(`${server.wsUrl}/${documentId}`, member.token);
    await socket.roundTrip();
    expect((await setRole(member.id, 'member')).status).toBe(200);
    await until(() => socket.denials().length > 0, 'the widening to reach the open socket', 1000);
    expect(socket.denials()).toEqual(['your access changed: you may edit now']);
    socket.sendUpdate(handMadeUpdate('promoted', 'a member again'));
    await until(
      () => server.accord.collab.room(documentId)!.doc.getMap('probe').get('promoted') === 'a member again',
      'the update to be applied',
    );
  });

  it('does not close a read-only client for resending its unsent edits in each handshake', async () => {
    const observer = await tokenFor(server.url, demo.observer);
    const socket = await probeSocket(`${server.wsUrl}/${documentId}`, observer);
    await socket.roundTrip();
    const offline = handMadeUpdate('offline', 'typed before the downgrade');
    for (let i = 0; i < 15; i++) socket.send(encodeSyncStep2(offline));
    await socket.roundTrip();
    expect(socket.socket.readyState).toBe(socket.socket.OPEN);
    expect(socket.denials()).toEqual(['observers cannot edit this document']);
    expect(server.accord.collab.room(documentId)!.doc.getMap('probe').get('offline')).toBeUndefined();
    for (let i = 0; i < 10; i++) socket.sendUpdate(offline);
    expect((await socket.closed).code).toBe(4403);
  });

  it('closes a member removed from the workspace within a second, and the stock client does not reconnect', async () => {
    const member = await freshMember('removed');
    const client = stockClient(server.wsUrl, documentId, { token: member.token });
    try {
      await synced(client);
      const closes: number[] = [];
      client.provider.on('connection-close', (event: { code: number } | null) => closes.push(event?.code ?? 0));
      const changed = Date.now();
      const removed = await fetch(`${server.url}/api/workspaces/demo/people/${member.id}/role`, {
        method: 'DELETE',
        headers: bearer(secretariat),
      });
      expect(removed.status).toBe(204);
      await until(() => closes.length > 0, 'the removal to close the socket', 1000);
      expect(Date.now() - changed).toBeLessThan(1000);
      expect(closes).toEqual([4403]);
      await new Promise((r) => setTimeout(r, 1500));
      expect(client.provider.wsconnected || client.provider.wsconnecting).toBe(false);
      expect(closes).toEqual([4403]);
    } finally {
      client.destroy();
    }
  });

  it('closes the sockets of a session that signs out, with 4401', async () => {
    await freshMember('signs-out');
    const session = await signIn(server.url, 'signs-out@example.org', 'member password');
    const socket = await probeSocket(`${server.wsUrl}/${documentId}`, undefined, { cookie: session.cookie });
    await socket.roundTrip();
    const out = await fetch(`${server.url}/api/session`, { method: 'DELETE', headers: sessionHeaders(session) });
    expect(out.status).toBe(204);
    expect(out.headers.get('set-cookie')).toMatch(/Max-Age=0/);
    const started = Date.now();
    expect((await socket.closed).code).toBe(4401);
    expect(Date.now() - started).toBeLessThan(1000);
    expect((await fetch(`${server.url}/api/session`, { headers: { cookie: session.cookie } })).status).toBe(401);
  });

  it('closes the sockets of a revoked token, and the token no longer opens anything', async () => {
    const member = await freshMember('token-revoked');
    const socket = await probeSocket(`${server.wsUrl}/${documentId}`, member.token);
    await socket.roundTrip();
    const revoked = await fetch(`${server.url}/api/tokens/revoke`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ token: member.token }),
    });
    expect(revoked.status).toBe(204);
    expect((await socket.closed).code).toBe(4401);
    const api = await fetch(`${server.url}/api/workspaces/demo`, { headers: bearer(member.token) });
    expect(api.status).toBe(401);
    expect(((await api.json()) as { error: { code: string } }).error.code).toBe('invalid_token');
    const again = await probeSocket(`${server.wsUrl}/${documentId}`, member.token);
    expect((await again.closed).code).toBe(4401);
  });

  it('applies a role change made by the CLI in another process within a second of it finishing', async () => {
    const member = await freshMember('cli-demoted');
    const socket = await probeSocket(`${server.wsUrl}/${documentId}`, member.token);
    await socket.roundTrip();
    const cli = await runCli(server.dataDir, [
      'role',
      'set',
      '--email',
      member.email,
      '--workspace',
      'demo',
      '--role',
      'contributor',
    ]);
    expect(cli.code, cli.stderr).toBe(0);
    const finished = Date.now();
    await until(() => socket.denials().length > 0, 'the CLI’s change to reach the open socket', 1000);
    expect(Date.now() - finished).toBeLessThan(1000);
    // Contributors suggest: the connection stays writable, and the client hears that its mode changed.
    expect(socket.denials()).toEqual(['your access changed: you may suggest changes now']);
  });
});
