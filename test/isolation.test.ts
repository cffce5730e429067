/**
 * Workspace isolation and narrowed audiences: nothing of workspace B is readable or
 * writable from A, whatever id is guessed, on either channel; a document limited to its
 * drafting group is invisible to the rest of its workspace.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SqlPeopleStore, SqlRecordStore } from '@accord/server';
import { bearer, demo, tokenFor } from './helpers/auth.js';
import { createDocument } from './helpers/accord-process.js';
import { inProcessAccord, type InProcessAccord } from './helpers/in-process.js';
import { handMadeUpdate, probeSocket } from './helpers/probe-socket.js';

let server: InProcessAccord;
let demoSecretariat: string;
let otherSecretariat: string;
let otherDocument: string;
let otherPersonId: string;

beforeAll(async () => {
  server = await inProcessAccord({ ACCORD_LIMIT_SIGNINS_PER_MINUTE: '600' });
  await new SqlRecordStore(server.accord.sql).createWorkspace({ id: 'other', name: 'Another group' });
  const identity = new SqlPeopleStore(server.accord.sql);
  const person = await identity.addPerson(
    { email: 'chair@other.example', name: 'Other Chair', stakeholderGroup: 'government' },
    { actorPersonId: null, password: 'other chair password', grant: { workspaceId: 'other', role: 'secretariat' } },
  );
  otherPersonId = person.id;
  otherSecretariat = await tokenFor(server.url, 'chair@other.example', 'other chair password');
  demoSecretariat = await tokenFor(server.url, demo.secretariat);
  otherDocument = await createDocument(server, 'Internal to the other group', 'other', otherSecretariat);
  const ws = await probeSocket(`${server.wsUrl}/${otherDocument}`, otherSecretariat);
  await ws.roundTrip();
  ws.sendUpdate(handMadeUpdate('secret', 'only for the other group'));
  await ws.roundTrip();
  ws.socket.close();
});
afterAll(() => server?.close());

describe('from workspace demo, workspace other', () => {
  it('does not appear in the workspace list', async () => {
    const body = (await (await fetch(`${server.url}/api/workspaces`, { headers: bearer(demoSecretariat) })).json()) as {
      workspaces: { id: string }[];
    };
    expect(body.workspaces.map((w) => w.id)).toEqual(['demo']);
  });

  it.each([
    ['GET', '/api/workspaces/other'],
    ['GET', '/api/workspaces/other/documents'],
    ['POST', '/api/workspaces/other/documents', { title: 'Planted' }],
    ['GET', '/api/workspaces/other/people'],
    [
      'POST',
      '/api/workspaces/other/people',
      { email: 'planted@example.org', name: 'Planted', stakeholderGroup: 'academia', role: 'secretariat' },
    ],
    ['POST', '/api/workspaces/other/invitations', { email: 'planted@example.org', role: 'secretariat' }],
    ['GET', '/api/workspaces/other/invitations'],
    ['DELETE', '/api/workspaces/other/invitations/no-such-invitation'],
    ['GET', '/api/workspaces/other/audit'],
    ['PUT', `/api/workspaces/other/people/OTHER_PERSON/role`, { role: 'observer' }],
    ['DELETE', `/api/workspaces/other/people/OTHER_PERSON/role`],
    ['PUT', `/api/workspaces/demo/people/OTHER_PERSON/role`, { role: 'observer' }],
    ['GET', '/api/documents/OTHER_DOCUMENT'],
    ['GET', '/api/documents/OTHER_DOCUMENT/content?format=markdown'],
  ] as const)(
    '%s %s answers 404 to the demo secretariat and changes nothing',
    async (method, template, body?: unknown) => {
      const path = template.replace('OTHER_PERSON', otherPersonId).replace('OTHER_DOCUMENT', otherDocument);
      const auditBefore = await server.accord.sql.get(
        "SELECT COUNT(*) AS n FROM audit_log WHERE workspace_id = 'other'",
      );
      const response = await fetch(`${server.url}${path}`, {
        method,
        headers: bearer(demoSecretariat),
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      expect(response.status).toBe(404);
      expect(await response.text()).not.toContain('Another group');
      expect(await server.accord.sql.get("SELECT COUNT(*) AS n FROM audit_log WHERE workspace_id = 'other'")).toEqual(
        auditBefore,
      );
      const role = await fetch(`${server.url}/api/workspaces/other/people`, { headers: bearer(otherSecretariat) });
      expect(((await role.json()) as { people: { role: string }[] }).people.map((p) => p.role)).toEqual([
        'secretariat',
      ]);
    },
  );

  it('refuses its document on the WebSocket like a missing one, and a raw update changes nothing', async () => {
    const count = () =>
      server.accord.sql.get('SELECT COUNT(*) AS n FROM document_updates WHERE document_id = ?', [otherDocument]);
    const before = await count();
    const socket = await probeSocket(`${server.wsUrl}/${otherDocument}`, demoSecretariat);
    socket.sendUpdate(handMadeUpdate('planted', 'from demo'));
    const closed = await socket.closed;
    const missing = await probeSocket(`${server.wsUrl}/no-such-document`, demoSecretariat);
    const closedMissing = await missing.closed;
    expect(closed.code).toBe(4404);
    expect(closed.reason).toBe(closedMissing.reason.replace('no-such-document', otherDocument));
    expect(socket.messages().some((m) => m.type === 'sync-step-1' || m.type === 'sync-step-2')).toBe(false);
    expect(await count()).toEqual(before);
  });
});

describe('a document limited to its drafting group', () => {
  it('is invisible to members outside the group on both channels, and open to the group and to coordinators', async () => {
    const identity = new SqlPeopleStore(server.accord.sql);
    const mei = (await identity.findPersonByEmail(demo.member))!;
    const documentId = await createDocument(server, 'Working group draft');
    const [member, member2, coordinator] = await Promise.all([
      tokenFor(server.url, demo.member),
      tokenFor(server.url, demo.member2),
      tokenFor(server.url, demo.coordinator),
    ]);
    // Jonas has it open when the coordinator narrows the audience: his socket closes within a second.
    const jonas = await probeSocket(`${server.wsUrl}/${documentId}`, member2);
    await jonas.roundTrip();
    const narrowed = await fetch(`${server.url}/api/documents/${documentId}/audience`, {
      method: 'PUT',
      headers: bearer(coordinator),
      body: JSON.stringify({ people: [mei.id] }),
    });
    expect(narrowed.status).toBe(200);
    expect(await narrowed.json()).toEqual({ documentId, people: [{ id: mei.id, name: 'Mei Tanaka' }] });
    const started = Date.now();
    expect((await jonas.closed).code).toBe(4403);
    expect(Date.now() - started).toBeLessThan(1000);

    const status = async (token: string) =>
      (await fetch(`${server.url}/api/documents/${documentId}`, { headers: bearer(token) })).status;
    expect([await status(member), await status(member2), await status(coordinator)]).toEqual([200, 404, 200]);
    const listed = async (token: string) =>
      (
        (await (await fetch(`${server.url}/api/workspaces/demo/documents`, { headers: bearer(token) })).json()) as {
          documents: { id: string }[];
        }
      ).documents.some((d) => d.id === documentId);
    expect([await listed(member), await listed(member2)]).toEqual([true, false]);
    const outsider = await probeSocket(`${server.wsUrl}/${documentId}`, member2);
    expect((await outsider.closed).code).toBe(4404);
    const insider = await probeSocket(`${server.wsUrl}/${documentId}`, member);
    await insider.roundTrip();
    insider.socket.close();
    const stranger = await fetch(`${server.url}/api/documents/${documentId}/audience`, {
      method: 'PUT',
      headers: bearer(coordinator),
      body: JSON.stringify({ people: [otherPersonId] }),
    });
    expect(stranger.status).toBe(400);
  });
});
