/**
 * Mails in the recipient's language (issue 15), through a real SMTP server on loopback: an
 * invitation in the language the secretariat chose for it (else the secretariat's own), a
 * consultation's confirmation in the language of the page the person registered from, a call's
 * code likewise, and a silence procedure to each member in their saved language, else the
 * coordinator's. Instants are written in that language with the zone named. The expected
 * sentences come from the catalogs, not from this file.
 */
import { translatorFor } from '@accord/i18n/all';
import { formatInstant } from '@accord/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bearer, demo, sessionHeaders, signIn } from './helpers/auth.js';
import { castOf, type Cast } from './helpers/cast.js';
import { inProcessAccord, type InProcessAccord } from './helpers/in-process.js';
import { confirm, sinkLink } from './helpers/participants.js';
import { startSmtpSink, type SmtpSink } from './helpers/smtp.js';

const DOCUMENT = 'mag-2015-03-03-summary';
let sink: SmtpSink;
let server: InProcessAccord;
let cast: Cast;
let workspaceName: string;

beforeAll(async () => {
  sink = await startSmtpSink();
  server = await inProcessAccord({
    ACCORD_SMTP_URL: sink.url,
    ACCORD_LIMIT_SIGNINS_PER_MINUTE: '600',
    ACCORD_PUBLIC_URL: 'https://accord.example.org',
  });
  cast = await castOf(server);
  workspaceName = ((await (await cast.api('member', 'GET', '/api/workspaces/demo')).json()) as { name: string }).name;
});
afterAll(async () => {
  await server?.close();
  await sink?.close();
});

/** A request as `who` with their bearer token, asking for `language`. */
const asking = (who: 'secretariat' | 'coordinator', language: string, method: string, path: string, body: unknown) =>
  fetch(`${server.url}${path}`, {
    method,
    headers: { ...bearer(cast.token(who)), 'accept-language': language },
    body: JSON.stringify(body),
  });

const mailTo = (email: string) => sink.waitFor((m) => m.to.includes(email));

describe('mails in their reader’s language', () => {
  it('mails an invitation in the language chosen for it, else in the inviter’s', async () => {
    const created = await asking('secretariat', 'en', 'POST', '/api/workspaces/demo/invitations', {
      email: 'amelie@example.org',
      role: 'member',
      locale: 'fr',
    });
    expect(created.status, await created.clone().text()).toBe(201);
    const { expiresAt } = (await created.json()) as { expiresAt: string };
    const fr = translatorFor('fr');
    const mail = await mailTo('amelie@example.org');
    expect(mail.subject).toBe(fr('mail.invitation.subject', { workspace: workspaceName }));
    const inviter = (
      (await (await cast.api('secretariat', 'GET', '/api/session')).json()) as { person: { name: string } }
    ).person.name;
    expect(mail.text).toContain(fr('mail.invitation.invitedBy', { inviter, workspace: workspaceName, role: 'member' }));
    expect(mail.text).toContain(fr('mail.invitation.open'));
    expect(mail.text).toMatch(/https:\/\/accord\.example\.org\/invite\/\S+/);
    expect(mail.text).toContain(fr('mail.invitation.account'));
    const expiry = fr('mail.invitation.expiry', { expiresAt: formatInstant('fr', expiresAt) });
    expect(mail.text).toContain(expiry);
    expect(expiry).toContain('UTC');

    // No language given: the secretariat's request's, here Spanish.
    await asking('secretariat', 'es-419,es;q=0.9', 'POST', '/api/workspaces/demo/invitations', {
      email: 'benito@example.org',
      role: 'observer',
    });
    const spanish = await mailTo('benito@example.org');
    expect(spanish.subject).toBe(translatorFor('es')('mail.invitation.subject', { workspace: workspaceName }));
  });

  it('mails a consultation’s confirmation in the language of the page the person registered from', async () => {
    const versionId = (
      (await (
        await cast.api('coordinator', 'POST', `/api/documents/${DOCUMENT}/versions`, { name: 'For comment' })
      ).json()) as {
        id: string;
      }
    ).id;
    const closesAt = '2090-06-30T16:00:00.000Z';
    const round = await cast.api('coordinator', 'POST', `/api/documents/${DOCUMENT}/rounds`, {
      versionId,
      title: 'مشاورة بشأن الملخص',
      opensAt: '2020-01-01T00:00:00Z',
      closesAt,
    });
    expect(round.status, await round.clone().text()).toBe(201);
    const roundId = ((await round.json()) as { id: string }).id;
    const registered = await fetch(`${server.url}/api/public/rounds/${roundId}/participants`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'accept-language': 'ar-EG,ar;q=0.9,en;q=0.5' },
      body: JSON.stringify({
        name: 'ليلى',
        email: 'layla@example.org',
        stakeholderGroup: 'civil-society',
        country: 'EG',
      }),
    });
    expect(registered.status, await registered.clone().text()).toBe(201);
    const ar = translatorFor('ar');
    const mail = await mailTo('layla@example.org');
    expect(mail.subject).toBe(ar('mail.round.subject', { title: 'مشاورة بشأن الملخص' }));
    expect(mail.text).toContain(ar('mail.hello', { name: 'ليلى' }));
    expect(mail.text).toContain(
      ar('mail.round.registered', { title: 'مشاورة بشأن الملخص', closesAt: formatInstant('ar', closesAt) }),
    );
    expect(mail.text).toContain(ar('mail.round.confirm', { hours: 48 }));
    expect(mail.text).toContain(ar('mail.round.held'));
    expect(mail.text).toContain(ar('mail.round.notYou'));
    // The link in the Arabic mail works like any other.
    const token = ((await registered.json()) as { token: string }).token;
    expect((await confirm(server, await sinkLink(sink, 'layla@example.org'), token)).status).toBe(200);
  });

  it('mails a call’s code in the language of the contributor’s page', async () => {
    const call = await cast.api('coordinator', 'POST', '/api/documents/policy-menus-cnb/calls', {
      title: 'Convocatoria abierta',
      pillars: [{ title: 'Acceso' }],
      opensAt: '2020-01-01T00:00:00Z',
      closesAt: '2090-01-01T00:00:00Z',
      participation: 'public',
    });
    expect(call.status, await call.clone().text()).toBe(201);
    const callId = ((await call.json()) as { id: string }).id;
    const started = await fetch(`${server.url}/api/public/calls/${callId}/contributors`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'accept-language': 'es' },
      body: JSON.stringify({ name: 'Lucía', email: 'lucia@example.org' }),
    });
    expect(started.status, await started.clone().text()).toBeLessThan(300);
    const es = translatorFor('es');
    const mail = await mailTo('lucia@example.org');
    expect(mail.subject).toBe(es('mail.call.codeSubject', { title: 'Convocatoria abierta' }));
    expect(mail.text).toContain(
      es('mail.call.codeAsked', {
        title: 'Convocatoria abierta',
        closesAt: formatInstant('es', '2090-01-01T00:00:00Z'),
      }),
    );
    expect(mail.text).toMatch(new RegExp(`${es('mail.call.code', { code: 'CODE' }).replace('CODE', '')}\\d{8}`));
  });

  it('tells each member of a silence procedure in their saved language, else in the coordinator’s', async () => {
    const member = await signIn(server.url, demo.member);
    const saved = await fetch(`${server.url}/api/session/locale`, {
      method: 'PUT',
      headers: sessionHeaders(member),
      body: JSON.stringify({ locale: 'ru' }),
    });
    expect(saved.status).toBe(200);
    const versionId = (
      (await (
        await cast.api('coordinator', 'POST', `/api/documents/${DOCUMENT}/versions`, { name: 'Final' })
      ).json()) as {
        id: string;
      }
    ).id;
    const deadline = '2090-03-01T12:00:00.000Z';
    const started = await asking('coordinator', 'zh-CN', 'POST', `/api/documents/${DOCUMENT}/endorsements`, {
      versionId,
      deadline,
    });
    expect(started.status, await started.clone().text()).toBe(201);
    const documentTitle = (
      (await (await cast.api('member', 'GET', `/api/documents/${DOCUMENT}`)).json()) as { title: string }
    ).title;
    const ru = translatorFor('ru');
    const zh = translatorFor('zh');
    const toMember = await mailTo(demo.member);
    expect(toMember.subject).toBe(
      ru('mail.silence.subject', { title: documentTitle, deadline: formatInstant('ru', deadline) }),
    );
    expect(toMember.text).toContain(ru('mail.silence.rule', { deadline: formatInstant('ru', deadline) }));
    // member2 saved no language: the coordinator asked in Chinese.
    const toMember2 = await mailTo(demo.member2);
    expect(toMember2.subject).toBe(
      zh('mail.silence.subject', { title: documentTitle, deadline: formatInstant('zh', deadline) }),
    );
    expect(toMember2.text).toContain(zh('mail.silence.rule', { deadline: formatInstant('zh', deadline) }));
  });
});
