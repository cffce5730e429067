/**
 * The server speaks the reader's language (issue 15), against a real Accord on each database:
 * a person's interface language is remembered (PUT /api/session/locale: signed in, CSRF-checked,
 * one of the six, audited) and every browser they sign in from is told it; API errors come in
 * the language of the request — the page's `Accept-Language`, else (a script's bearer token)
 * the person's saved language, else English — field issues included: the schemas' own
 * sentences from the catalog, zod's from zod's locale. Expected sentences are the catalogs'.
 */
import { translatorFor } from '@accord/i18n/all';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bearer, demo, sessionHeaders, signIn, tokenFor } from './helpers/auth.js';
import { inProcessAccord, type InProcessAccord } from './helpers/in-process.js';
import { freshDatabase, type FreshDatabase } from './scale-out/cluster.js';

const databaseUrl = process.env.DATABASE_URL;
const backends = databaseUrl ? (['sqlite', 'postgres'] as const) : (['sqlite'] as const);

type ApiError = { error: { code: string; message: string; issues?: { path: string; message: string }[] } };

describe.each(backends)('the reader’s language on %s', (backend) => {
  let server: InProcessAccord;
  let database: FreshDatabase | undefined;

  beforeAll(async () => {
    const env: Record<string, string> = { ACCORD_LIMIT_SIGNINS_PER_MINUTE: '600' };
    if (backend === 'postgres') {
      database = await freshDatabase('locale');
      env.ACCORD_DATABASE_URL = database.url;
    }
    server = await inProcessAccord(env);
  }, 60_000);

  afterAll(async () => {
    await server?.close();
    await database?.drop();
  });

  const putLocale = (headers: Record<string, string>, body: unknown) =>
    fetch(`${server.url}/api/session/locale`, { method: 'PUT', headers, body: JSON.stringify(body) });
  const sessionOf = async (cookie: string) =>
    (await (await fetch(`${server.url}/api/session`, { headers: { cookie } })).json()) as { locale: string | null };

  it('remembers a person’s language for every browser they sign in from, and forgets it with null', async () => {
    const first = await signIn(server.url, demo.member2);
    const saved = await putLocale(sessionHeaders(first), { locale: 'fr' });
    expect(saved.status).toBe(200);
    expect(saved.headers.get('cache-control')).toBe('no-store');
    expect(await saved.json()).toEqual({ locale: 'fr' });
    expect((await sessionOf(first.cookie)).locale).toBe('fr');

    // Another browser: signing in answers the saved language at once.
    const second = await fetch(`${server.url}/api/session`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: demo.member2, password: 'accord-demo' }),
    });
    expect(((await second.json()) as { locale: string | null }).locale).toBe('fr');

    expect((await putLocale(sessionHeaders(first), { locale: null })).status).toBe(200);
    expect((await sessionOf(first.cookie)).locale).toBeNull();
  });

  it('is for the signed-in only, checks the CSRF token, and takes one of the six or null', async () => {
    const session = await signIn(server.url, demo.observer);
    const anonymous = await putLocale({ 'content-type': 'application/json' }, { locale: 'fr' });
    expect(anonymous.status).toBe(401);
    expect(((await anonymous.json()) as ApiError).error.code).toBe('unauthenticated');

    const noToken = await putLocale({ cookie: session.cookie, 'content-type': 'application/json' }, { locale: 'fr' });
    expect(noToken.status).toBe(403);
    expect(((await noToken.json()) as ApiError).error.code).toBe('csrf');

    for (const body of [{ locale: 'de' }, { locale: 'fr', extra: 1 }, {}]) {
      const bad = await putLocale(sessionHeaders(session), body);
      expect(bad.status, JSON.stringify(body)).toBe(400);
      expect(((await bad.json()) as ApiError).error.code).toBe('invalid_body');
    }
    expect((await sessionOf(session.cookie)).locale).toBeNull();
  });

  it('records the change in the audit log the secretariat reads', async () => {
    const session = await signIn(server.url, demo.contributor);
    await putLocale(sessionHeaders(session), { locale: 'zh' });
    const audit = await fetch(`${server.url}/api/workspaces/demo/audit?limit=1000`, {
      headers: bearer(await tokenFor(server.url, demo.secretariat)),
    });
    const entries = ((await audit.json()) as { entries: { action: string; target: string; detail: unknown }[] })
      .entries;
    expect(entries.filter((e) => e.action === 'person.locale' && e.target === session.personId)).toEqual([
      expect.objectContaining({ detail: { locale: 'zh', previous: null } }),
    ]);
  });

  it('answers an error in the language the page asks for, and in English for one it does not speak', async () => {
    const token = await tokenFor(server.url, demo.member);
    for (const [header, locale] of [
      ['fr-CA,fr;q=0.9', 'fr'],
      ['ar', 'ar'],
      ['zh-CN', 'zh'],
      ['de-DE', 'en'],
    ] as const) {
      const response = await fetch(`${server.url}/api/documents/no-such-document`, {
        headers: { ...bearer(token), 'accept-language': header },
      });
      expect(response.status).toBe(404);
      const body = (await response.json()) as ApiError;
      expect(body.error.code).toBe('not_found');
      expect(body.error.message, header).toBe(
        translatorFor(locale)('errors.notFound.document', { id: 'no-such-document' }),
      );
    }
  });

  it('answers a script’s bearer token in the person’s saved language unless the request names one', async () => {
    const session = await signIn(server.url, demo.coordinator);
    await putLocale(sessionHeaders(session), { locale: 'es' });
    const token = await tokenFor(server.url, demo.coordinator);
    const refused = (headers: Record<string, string>) =>
      fetch(`${server.url}/api/workspaces/demo/people`, {
        method: 'POST',
        headers: { ...bearer(token), ...headers },
        body: JSON.stringify({ email: 'x@example.org', name: 'X', stakeholderGroup: 'academia', role: 'member' }),
      });
    // Node's fetch sends `Accept-Language: *`, which names no language: the saved one applies.
    const saved = (await (await refused({})).json()) as ApiError;
    expect(saved.error.code).toBe('forbidden');
    const spanish = translatorFor('es')('errors.forbidden', {
      role: 'coordinator',
      action: translatorFor('es')('errors.action.people.manage'),
    });
    expect(saved.error.message).toBe(spanish);
    const russian = (await (await refused({ 'accept-language': 'ru' })).json()) as ApiError;
    expect(russian.error.message).toBe(
      translatorFor('ru')('errors.forbidden', {
        role: 'coordinator',
        action: translatorFor('ru')('errors.action.people.manage'),
      }),
    );
    // English stays the wording of the API for those who ask for it.
    const english = (await (await refused({ 'accept-language': 'en' })).json()) as ApiError;
    expect(english.error.message).toBe('coordinators cannot manage the people of this workspace');
  });

  it('words the field issues of a bad body in the request’s language, the schemas’ and zod’s alike', async () => {
    const token = await tokenFor(server.url, demo.secretariat);
    const create = (body: unknown, language: string) =>
      fetch(`${server.url}/api/workspaces/demo/documents`, {
        method: 'POST',
        headers: { ...bearer(token), 'accept-language': language },
        body: JSON.stringify(body),
      });
    const empty = (await (await create({ title: '   ' }, 'fr')).json()) as ApiError;
    expect(empty.error.code).toBe('invalid_body');
    const fr = translatorFor('fr');
    expect(empty.error.issues).toEqual([{ path: 'title', message: fr('errors.field.empty') }]);
    expect(empty.error.message).toBe(
      fr('errors.http.invalidBody', {
        issues: fr('errors.http.issue', { path: 'title', message: fr('errors.field.empty') }),
      }),
    );
    const long = (await (await create({ title: 'x'.repeat(301) }, 'ru')).json()) as ApiError;
    expect(long.error.issues).toEqual([
      { path: 'title', message: translatorFor('ru')('errors.field.tooLong', { max: 300 }) },
    ]);
    // A wrong type has no sentence of ours: zod's own, from its French locale.
    const wrongType = (await (await create({ title: 5 }, 'fr')).json()) as ApiError;
    expect(wrongType.error.issues?.[0]?.path).toBe('title');
    expect(wrongType.error.issues?.[0]?.message).toMatch(/^Entrée invalide/);
    const english = (await (await create({ title: 5 }, 'en')).json()) as ApiError;
    expect(english.error.issues?.[0]?.message).toMatch(/^Invalid input/);
  });

  it('answers the refusals made before anyone is known in the header’s language too', async () => {
    const missing = await fetch(`${server.url}/api/no-such-route`, { headers: { 'accept-language': 'es' } });
    expect(missing.status).toBe(404);
    expect(((await missing.json()) as ApiError).error.message).toBe(
      translatorFor('es')('errors.http.noRoute', { method: 'GET', path: '/api/no-such-route' }),
    );
    const session = await signIn(server.url, demo.member);
    const forged = await fetch(`${server.url}/api/session/locale`, {
      method: 'PUT',
      headers: { ...sessionHeaders(session), origin: 'https://evil.example', 'accept-language': 'ar' },
      body: JSON.stringify({ locale: 'ar' }),
    });
    expect(forged.status).toBe(403);
    expect(((await forged.json()) as ApiError).error.message).toBe(
      translatorFor('ar')('errors.http.foreignOrigin', { origin: 'https://evil.example' }),
    );
  });
});
