/**
 * Invitations and sign-in as an attacker would try them (issue 12, F1, F4, F7), and
 * invitations by mail through a real SMTP server on loopback: the mailed link works, pending
 * invitations are listed and revoked, and a revoked link is dead.
 */
import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demo, sessionHeaders, signIn } from './helpers/auth.js';
import { castOf, type Cast } from './helpers/cast.js';
import { inProcessAccord, type InProcessAccord } from './helpers/in-process.js';
import { startSmtpSink, type SmtpSink } from './helpers/smtp.js';

let sink: SmtpSink;
let server: InProcessAccord;
let cast: Cast;

beforeAll(async () => {
  sink = await startSmtpSink();
  server = await inProcessAccord({ ACCORD_SMTP_URL: sink.url, ACCORD_LIMIT_SIGNINS_PER_MINUTE: '600' });
  cast = await castOf(server, { outsider: true });
});
afterAll(async () => {
  await server?.close();
  await sink?.close();
});

const json = { 'content-type': 'application/json' };

/** The invitation token mailed to `email` (the newest such mail), or the link of an answer that still carries one. */
async function tokenFor(email: string, answer: { link?: string }, after = 0): Promise<string> {
  if (answer.link) return answer.link.replace(/^.*\/invite\//, '');
  const mail = await sink.waitFor((m) => m.to.includes(email) && sink.mails.indexOf(m) >= after);
  const token = /\/invite\/(\S+)/.exec(mail.text)?.[1];
  if (!token) throw new Error(`no invitation link in the mail to ${email}: ${mail.text}`);
  return token;
}

const roleIn = async (who: 'member', workspaceId: string) => {
  const session = (await (await cast.api(who, 'GET', '/api/session')).json()) as {
    workspaces: { workspaceId: string; role: string }[];
  };
  return session.workspaces.find((w) => w.workspaceId === workspaceId)?.role;
};

const auditOf = (action: string) =>
  server.accord.sql.all<{
    actor: string | null;
    workspace: string | null;
    target: string | null;
    detail: string;
  }>(
    'SELECT actor_person_id AS actor, workspace_id AS workspace, target, detail FROM audit_log WHERE action = ? ORDER BY seq',
    [action],
  );

describe('F1: an invitation never signs anyone in as an existing person', () => {
  it('refuses the link holder who is not signed in as the invitee, then grants the role to the invitee who is, without a new session', async () => {
    // The secretariat of another workspace invites a demo member's email, and holds on to whatever it gets.
    const mailsBefore = sink.mails.length;
    const created = await cast.api('outsider', 'POST', '/api/workspaces/elsewhere/invitations', {
      email: demo.member,
      role: 'secretariat',
    });
    expect(created.status).toBe(201);
    const answer = (await created.json()) as { link?: string };
    const token = await tokenFor(demo.member, answer, mailsBefore);

    const anonymous = await fetch(`${server.url}/api/invitations/${token}/accept`, {
      method: 'POST',
      headers: json,
      body: '{}',
    });
    expect(anonymous.status).toBe(401);
    expect(anonymous.headers.getSetCookie()).toEqual([]);
    expect(((await anonymous.json()) as { error: { code: string } }).error.code).toBe('sign_in_required');

    const withDetails = await fetch(`${server.url}/api/invitations/${token}/accept`, {
      method: 'POST',
      headers: json,
      body: JSON.stringify({ name: 'Not Mei', stakeholderGroup: 'academia', password: 'attacker password' }),
    });
    expect(withDetails.status).toBe(401);
    expect(withDetails.headers.getSetCookie()).toEqual([]);

    const asOutsider = await cast.api('outsider', 'POST', `/api/invitations/${token}/accept`, {});
    expect(asOutsider.status).toBe(403);
    expect(((await asOutsider.json()) as { error: { code: string } }).error.code).toBe('wrong_person');
    expect(await roleIn('member', 'elsewhere')).toBeUndefined();

    // Mei, signed in, accepts: the role is hers, no new session is started, and the audit log names her.
    const mei = await signIn(server.url, demo.member);
    const accepted = await fetch(`${server.url}/api/invitations/${token}/accept`, {
      method: 'POST',
      headers: sessionHeaders(mei),
      body: '{}',
    });
    expect(accepted.status).toBe(200);
    expect(accepted.headers.getSetCookie()).toEqual([]);
    const session = (await accepted.json()) as {
      person: { email: string };
      csrfToken: string;
      workspaces: { workspaceId: string; role: string }[];
    };
    expect(session.person.email).toBe(demo.member);
    expect(session.csrfToken).toBe(mei.csrfToken);
    expect(session.workspaces).toContainEqual({ workspaceId: 'elsewhere', role: 'secretariat' });
    const grant = (await auditOf('role.change')).filter(
      (e) => e.workspace === 'elsewhere' && e.target === mei.personId,
    );
    expect(grant).toHaveLength(1);
    expect(grant[0]!.actor).toBe(mei.personId);
    expect((await auditOf('session.create')).filter((e) => JSON.parse(e.detail).via === 'invitation')).toEqual([]);

    const reused = await fetch(`${server.url}/api/invitations/${token}/accept`, {
      method: 'POST',
      headers: sessionHeaders(mei),
      body: '{}',
    });
    expect(reused.status).toBe(404);
  });
});

describe('F4: adding a known email answers exactly like a new one', () => {
  it('makes and mails an invitation either way: same status, same fields, no profile, no role granted', async () => {
    const mailsBefore = sink.mails.length;
    const add = (email: string) =>
      cast.api('outsider', 'POST', '/api/workspaces/elsewhere/people', {
        email,
        name: 'Looked Up',
        stakeholderGroup: 'academia',
        role: 'observer',
      });
    const known = await add(demo.member2);
    const unknown = await add('nobody-yet@example.org');
    expect(known.status).toBe(unknown.status);
    const [knownBody, unknownBody] = (await Promise.all([known.json(), unknown.json()])) as Record<string, unknown>[];
    expect(Object.keys(knownBody!).sort()).toEqual(Object.keys(unknownBody!).sort());
    const text = JSON.stringify(knownBody);
    for (const secret of ['Jonas', 'Berg', 'private-sector', cast.id('member2')]) expect(text).not.toContain(secret);
    expect(knownBody).not.toHaveProperty('person');
    expect(knownBody).not.toHaveProperty('link');
    expect(knownBody).toMatchObject({
      email: demo.member2,
      role: 'observer',
      workspaceId: 'elsewhere',
      delivery: 'smtp',
    });

    const people = (await (await cast.api('outsider', 'GET', '/api/workspaces/elsewhere/people')).json()) as {
      people: { person: { email: string } }[];
    };
    expect(people.people.map((p) => p.person.email)).not.toContain(demo.member2);
    await sink.waitFor((m) => m.to.includes(demo.member2) && sink.mails.indexOf(m) >= mailsBefore);
    await sink.waitFor((m) => m.to.includes('nobody-yet@example.org'));
  });
});

describe('invitations by mail', () => {
  it('mails the link; the invitee opens it, creates her account and is signed in; the audit log names her', async () => {
    const created = await cast.api('secretariat', 'POST', '/api/workspaces/demo/invitations', {
      email: 'kofi@example.org',
      role: 'contributor',
    });
    expect(created.status).toBe(201);
    expect(await created.json()).not.toHaveProperty('link');
    const mail = await sink.waitFor((m) => m.to.includes('kofi@example.org'));
    expect(mail.subject).toMatch(/Demo|invit/i);
    const link = /(http\S+\/invite\/\S+)/.exec(mail.text)?.[1];
    expect(link?.startsWith(`${server.url}/invite/`)).toBe(true);
    const token = link!.replace(/^.*\/invite\//, '');

    const info = (await (await fetch(`${server.url}/api/invitations/${token}`)).json()) as {
      role: string;
      existingPerson: boolean;
    };
    expect(info).toMatchObject({ role: 'contributor', existingPerson: false });
    const accepted = await fetch(`${server.url}/api/invitations/${token}/accept`, {
      method: 'POST',
      headers: json,
      body: JSON.stringify({
        name: 'Kofi Mensah',
        stakeholderGroup: 'technical-community',
        password: 'kofi has a long password',
      }),
    });
    expect(accepted.status).toBe(200);
    const kofi = ((await accepted.json()) as { person: { id: string } }).person.id;
    expect(accepted.headers.getSetCookie()).toHaveLength(1);
    expect((await auditOf('person.create')).find((e) => e.target === kofi)?.actor).toBe(kofi);
    expect(
      (await auditOf('invitation.accept')).find((e) => e.workspace === 'demo' && e.target === 'kofi@example.org')
        ?.actor,
    ).toBe(kofi);
  });

  it('lists pending invitations to the secretariat and revokes one: its link no longer works', async () => {
    await cast.api('secretariat', 'POST', '/api/workspaces/demo/invitations', {
      email: 'revoke-me@example.org',
      role: 'member',
    });
    const token = await tokenFor('revoke-me@example.org', {});
    const listed = await cast.api('secretariat', 'GET', '/api/workspaces/demo/invitations');
    expect(listed.status).toBe(200);
    const { invitations } = (await listed.json()) as {
      invitations: { id: string; email: string; role: string; invitedBy: string | null }[];
    };
    const pending = invitations.find((i) => i.email === 'revoke-me@example.org');
    expect(pending).toMatchObject({ role: 'member', invitedBy: 'Amina Diallo' });
    expect(JSON.stringify(invitations)).not.toContain(token);
    expect(invitations.map((i) => i.email)).not.toContain('kofi@example.org');

    expect((await cast.api('outsider', 'DELETE', `/api/workspaces/elsewhere/invitations/${pending!.id}`)).status).toBe(
      404,
    );
    expect((await cast.api('secretariat', 'DELETE', `/api/workspaces/demo/invitations/${pending!.id}`)).status).toBe(
      204,
    );
    expect((await cast.api('secretariat', 'DELETE', `/api/workspaces/demo/invitations/${pending!.id}`)).status).toBe(
      404,
    );
    const after = (await (await cast.api('secretariat', 'GET', '/api/workspaces/demo/invitations')).json()) as {
      invitations: { email: string }[];
    };
    expect(after.invitations.map((i) => i.email)).not.toContain('revoke-me@example.org');

    expect((await fetch(`${server.url}/api/invitations/${token}`)).status).toBe(404);
    const accept = await fetch(`${server.url}/api/invitations/${token}/accept`, {
      method: 'POST',
      headers: json,
      body: JSON.stringify({ name: 'Too Late', stakeholderGroup: 'academia', password: 'a long enough password' }),
    });
    expect(accept.status).toBe(404);
    expect((await auditOf('invitation.revoke')).find((e) => e.target === 'revoke-me@example.org')?.actor).toBe(
      cast.id('secretariat'),
    );
  });
});

/** A sign-in sent from another loopback address (the whole of 127/8 is this machine). */
function signInFrom(
  address: string,
  url: string,
  email: string,
  password: string,
): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request(`${url}/api/session`, { method: 'POST', localAddress: address, headers: json }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', reject);
    req.end(JSON.stringify({ email, password }));
  });
}

describe('F7: sign-in limits that cannot lock a person out', () => {
  let limited: InProcessAccord;
  beforeAll(async () => {
    limited = await inProcessAccord({ ACCORD_LIMIT_SIGNINS_PER_MINUTE: '6' });
  });
  afterAll(() => limited?.close());

  it('refuses the address that keeps guessing, and lets the right password in from another address', async () => {
    const guesses: number[] = [];
    for (let i = 0; i < 4; i++)
      guesses.push((await signInFrom('127.0.0.2', limited.url, demo.member, 'a wrong guess')).status);
    expect(guesses).toEqual([401, 401, 401, 429]);
    const elsewhere: number[] = [];
    for (let i = 0; i < 3; i++)
      elsewhere.push((await signInFrom('127.0.0.3', limited.url, demo.member, 'another wrong guess')).status);
    expect(elsewhere).toEqual([401, 401, 401]);

    const real = await signInFrom('127.0.0.1', limited.url, demo.member, 'accord-demo');
    expect(real.status).toBe(200);
  });

  it('audits failed sign-ins, naming the person and the address, and bounds how many are written', async () => {
    const failures = await limited.accord.sql.all<{ target: string | null; detail: string }>(
      "SELECT target, detail FROM audit_log WHERE action = 'sign-in.failed' ORDER BY seq",
    );
    expect(failures.length).toBeGreaterThan(0);
    // Six failures, but the per-email audit budget (the burst of 3) is spent after three; the rest are counted.
    expect(failures.length).toBeLessThan(6);
    const details = failures.map((f) => JSON.parse(f.detail) as { email: string; ip: string });
    expect(details[0]).toMatchObject({ email: demo.member, ip: '127.0.0.2' });
    expect(failures[0]!.target).toBeTruthy();
  });
});
