/**
 * Language versions of a document, aligned by paragraph (issue 15), against a real Accord on
 * each database: a coordinator makes the French version of the IXP forum's text from the
 * original and the Spanish one empty (same block ids, the original's numbers); a member
 * translates ¶2 in the French version through the collaboration server (a headless editor on
 * the stock y-websocket provider) and it counts as translated; a change of ¶2 in the original
 * makes it "original changed"; a paragraph added to the original is missing until a sync adds
 * it; a comment on French ¶2 is listed with English ¶2's (and a Spanish one only for those
 * who may read the Spanish version); a consultation offers the French text beside the
 * original and its French and English comments on ¶2 are processed together. Refusals: a
 * second French version, the original's language, a version of a version, a member, a
 * member of another workspace, an invented document.
 */
import {
  Alignment,
  AlignmentSynced,
  DocumentContent,
  DocumentWithAccess,
  LanguageFamily,
  LanguageVersion,
  ParagraphThreads,
  PublicRoundPage,
  RoundLanguageList,
  RoundProcessing,
} from '@accord/schema';
import { $collectBlocks, $getBlockId } from '@accord/editor';
import { $createParagraphNode, $createTextNode } from 'lexical';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestClient, type TestClient } from '../packages/editor/src/testing/harness.js';
import { bearer } from './helpers/auth.js';
import { castOf, type Cast } from './helpers/cast.js';
import { stockClient, synced, until, type StockClient } from './helpers/clients.js';
import { inProcessAccord, type InProcessAccord } from './helpers/in-process.js';
import { freshDatabase, type FreshDatabase } from './scale-out/cluster.js';
import { registerConfirmed } from './helpers/participants.js';

const ORIGINAL = 'bpf-ixps';
const databaseUrl = process.env.DATABASE_URL;
const backends = databaseUrl ? (['sqlite', 'postgres'] as const) : (['sqlite'] as const);

describe.each(backends)('language versions on %s', (backend) => {
  let server: InProcessAccord;
  let cast: Cast;
  let database: FreshDatabase | undefined;
  const editors: Array<{ client: StockClient; editor: TestClient }> = [];

  beforeAll(async () => {
    const env: Record<string, string> = {};
    if (backend === 'postgres') {
      database = await freshDatabase('languages');
      env.ACCORD_DATABASE_URL = database.url;
    }
    server = await inProcessAccord(env);
    cast = await castOf(server, { outsider: true });
  }, 60_000);

  afterAll(async () => {
    for (const { client, editor } of editors) {
      editor.close();
      client.destroy();
    }
    await server?.close();
    await database?.drop();
  });

  const json = async <T>(response: Response, status: number, parse: { parse(v: unknown): T }): Promise<T> => {
    const text = await response.text();
    expect(response.status, text).toBe(status);
    return parse.parse(JSON.parse(text));
  };
  const content = async (documentId: string) =>
    json(await cast.api('observer', 'GET', `/api/documents/${documentId}/content?format=json`), 200, DocumentContent);
  const alignment = async (documentId: string) =>
    json(await cast.api('observer', 'GET', `/api/documents/${documentId}/alignment`), 200, Alignment);
  const paragraph = (a: Alignment, blockId: string) => a.paragraphs.find((p) => p.blockId === blockId)!;

  /** A member's headless editor on a document, through the collaboration server. */
  async function editorOn(documentId: string): Promise<TestClient> {
    const client = stockClient(server.wsUrl, documentId, { token: cast.token('member') });
    await synced(client);
    const editor = openTestClient(client.doc);
    editors.push({ client, editor });
    return editor;
  }
  /** Replaces a block's text in one edit (the remote state read first). */
  function setText(editor: TestClient, blockId: string, text: string): void {
    editor.editor.read(() => undefined);
    editor.editor.update(
      () => {
        const block = $collectBlocks().find((b) => $getBlockId(b) === blockId)!;
        block.clear();
        block.append($createTextNode(text));
      },
      { discrete: true },
    );
  }

  let english: DocumentContent;
  /** The original's ¶2 and ¶3 (numbered paragraphs). */
  let p2: string;
  let p3: string;
  let french: LanguageVersion;
  let spanish: LanguageVersion;

  it('makes the French version from the original’s text: the same blocks, ids and numbers', async () => {
    english = await content(ORIGINAL);
    const numbered = english.paragraphs.filter((p) => p.number !== null);
    p2 = numbered[1]!.id;
    p3 = numbered[2]!.id;
    french = await json(
      await cast.api('coordinator', 'POST', `/api/documents/${ORIGINAL}/languages`, { language: 'fr' }),
      201,
      LanguageVersion,
    );
    expect(french).toMatchObject({ language: 'fr', translated: 0, total: numbered.length });
    expect(french.title).toMatch(/\(Français\)$/);
    const copy = await content(french.documentId);
    expect(copy.paragraphs.map((p) => [p.id, p.type, p.text, p.number, p.label])).toEqual(
      english.paragraphs.map((p) => [p.id, p.type, p.text, p.number, p.label]),
    );
    const record = await json(
      await cast.api('member', 'GET', `/api/documents/${french.documentId}`),
      200,
      DocumentWithAccess,
    );
    expect(record).toMatchObject({ language: 'fr', originalId: ORIGINAL, workspaceId: 'demo' });
    // Nothing is translated yet: the copied text is the original's.
    expect(new Set((await alignment(french.documentId)).paragraphs.map((p) => p.status))).toEqual(
      new Set(['untranslated']),
    );
  });

  it('makes the Spanish version empty: every block under its id, numbered as the original', async () => {
    spanish = await json(
      await cast.api('secretariat', 'POST', `/api/documents/${ORIGINAL}/languages`, {
        language: 'es',
        start: 'empty',
        title: 'Foro de buenas prácticas sobre IXP',
      }),
      201,
      LanguageVersion,
    );
    const empty = await content(spanish.documentId);
    expect(empty.title).toBe('Foro de buenas prácticas sobre IXP');
    expect(empty.paragraphs.map((p) => [p.id, p.text])).toEqual(english.paragraphs.map((p) => [p.id, '']));
    // Its paragraphs are empty (no number of their own), yet they show the original's numbers.
    expect(empty.paragraphs.map((p) => [p.number, p.label])).toEqual(
      english.paragraphs.map((p) => [p.number, p.label]),
    );
  });

  it('refuses a second French version, the original’s language, a version of a version, and those who may not', async () => {
    const refusals: Array<[string, Parameters<Cast['api']>[0], string, unknown, number, string]> = [
      ['a second French version', 'coordinator', ORIGINAL, { language: 'fr' }, 409, 'language_exists'],
      ['the original’s own language', 'coordinator', ORIGINAL, { language: 'en' }, 409, 'same_language'],
      ['a version of a version', 'coordinator', french.documentId, { language: 'ru' }, 409, 'not_an_original'],
      ['a member', 'member', ORIGINAL, { language: 'ru' }, 403, 'forbidden'],
      ['a member of another workspace', 'outsider', ORIGINAL, { language: 'ru' }, 404, 'not_found'],
      ['an invented document', 'coordinator', 'no-such-document', { language: 'ru' }, 404, 'not_found'],
      ['a language that is not one of the six', 'coordinator', ORIGINAL, { language: 'de' }, 400, 'invalid_body'],
    ];
    for (const [what, who, documentId, body, status, code] of refusals) {
      const response = await cast.api(who, 'POST', `/api/documents/${documentId}/languages`, body);
      const answer = (await response.json()) as { error?: { code?: string }; code?: string };
      expect([response.status, answer.error?.code ?? answer.code], what).toEqual([status, code]);
    }
    // Answered in the reader's language, the language named as that language says it.
    const inRussian = await fetch(`${server.url}/api/documents/${ORIGINAL}/languages`, {
      method: 'POST',
      headers: { ...bearer(cast.token('coordinator')), 'accept-language': 'ru' },
      body: JSON.stringify({ language: 'fr' }),
    });
    expect(inRussian.status).toBe(409);
    expect(((await inRussian.json()) as { error: { message: string } }).error.message).toBe(
      'у этого документа уже есть версия на французском языке; откройте её в списке языков документа',
    );
    const family = await json(
      await cast.api('observer', 'GET', `/api/documents/${french.documentId}/languages`),
      200,
      LanguageFamily,
    );
    expect(family.original).toMatchObject({ documentId: ORIGINAL, language: 'en' });
    expect(family.versions.map((v) => v.language)).toEqual(['fr', 'es']);
    expect((await cast.api('outsider', 'GET', `/api/documents/${ORIGINAL}/languages`)).status).toBe(404);
    expect((await cast.api('outsider', 'GET', `/api/documents/${french.documentId}/alignment`)).status).toBe(404);
    expect((await cast.api('member', 'GET', '/api/documents/no-such-document/alignment')).status).toBe(404);
  });

  it('records ¶2 as translated when a member changes it in the French version', async () => {
    const editor = await editorOn(french.documentId);
    const translation = 'Les points d’échange Internet (IXP) permettent aux réseaux d’échanger leur trafic localement.';
    setText(editor, p2, translation);
    await until(
      async () => paragraph(await alignment(french.documentId), p2).status === 'translated',
      'the translation of ¶2 to be recorded',
    );
    const aligned = paragraph(await alignment(french.documentId), p2);
    const original = english.paragraphs.find((p) => p.id === p2)!;
    expect(aligned).toMatchObject({
      number: 2,
      label: '2',
      original: original.text,
      translation,
      originalWhenTranslated: original.text,
      translatedBy: { id: cast.id('member') },
    });
    // Only ¶2: the rest is still the copied English.
    expect(paragraph(await alignment(french.documentId), p3).status).toBe('untranslated');
    const family = await json(
      await cast.api('member', 'GET', `/api/documents/${ORIGINAL}/languages`),
      200,
      LanguageFamily,
    );
    expect(family.versions.find((v) => v.language === 'fr')?.translated).toBe(1);
  });

  it('shows French ¶2 as “original changed” once ¶2 of the original changes, until marked up to date', async () => {
    const editor = await editorOn(ORIGINAL);
    const changed = `${english.paragraphs.find((p) => p.id === p2)!.text} They also keep local traffic local.`;
    setText(editor, p2, changed);
    await until(
      async () => paragraph(await alignment(french.documentId), p2).status === 'original-changed',
      'the change of the original to show',
    );
    const aligned = paragraph(await alignment(french.documentId), p2);
    expect(aligned.original).toBe(changed);
    expect(aligned.originalWhenTranslated).toBe(english.paragraphs.find((p) => p.id === p2)!.text);

    // An observer cannot mark it; a member can, without editing the translation.
    const path = `/api/documents/${french.documentId}/alignment/${p2}/translated`;
    expect((await cast.api('observer', 'POST', path)).status).toBe(403);
    const marked = await json(await cast.api('member', 'POST', path), 200, Alignment);
    expect(paragraph(marked, p2)).toMatchObject({ status: 'translated', originalWhenTranslated: changed });
    expect(
      (await cast.api('member', 'POST', `/api/documents/${french.documentId}/alignment/pNoSuchBlock1/translated`))
        .status,
    ).toBe(404);
    expect((await cast.api('member', 'GET', `/api/documents/${ORIGINAL}/alignment`)).status).toBe(409);
  });

  it('lists a paragraph added to the original as missing until a sync adds it in its place', async () => {
    const editor = editors.at(-1)!.editor; // the member's, on the original
    editor.editor.read(() => undefined);
    editor.editor.update(
      () => {
        const after = $collectBlocks().find((b) => $getBlockId(b) === p2)!;
        after.insertAfter($createParagraphNode().append($createTextNode('Peering policies should be published.')));
      },
      { discrete: true },
    );
    let added = '';
    await until(async () => {
      const a = await alignment(spanish.documentId);
      added = a.paragraphs.find((p) => p.status === 'missing')?.blockId ?? '';
      return added !== '';
    }, 'the new paragraph to show as missing');
    const before = await alignment(spanish.documentId);
    expect(before.paragraphs.map((p) => p.blockId).indexOf(added)).toBe(
      before.paragraphs.map((p) => p.blockId).indexOf(p2) + 1,
    );
    expect(paragraph(before, added)).toMatchObject({
      number: 3,
      translation: null,
      original: 'Peering policies should be published.',
    });

    expect((await cast.api('observer', 'POST', `/api/documents/${spanish.documentId}/alignment/sync`)).status).toBe(
      403,
    );
    const synced = await json(
      await cast.api('member', 'POST', `/api/documents/${spanish.documentId}/alignment/sync`, { start: 'original' }),
      200,
      AlignmentSynced,
    );
    expect(synced).toMatchObject({ added: [added], removed: [] });
    // Added with the original's text, in its place; copying is not translating.
    expect(paragraph(synced.alignment, added)).toMatchObject({
      translation: 'Peering policies should be published.',
      status: 'untranslated',
    });
    const ids = (await content(spanish.documentId)).paragraphs.map((p) => p.id);
    expect(ids.indexOf(added)).toBe(ids.indexOf(p2) + 1);
    // The sync was stored as an edit on the member's behalf.
    const changes = await json(
      await cast.api('member', 'GET', `/api/documents/${spanish.documentId}/paragraphs/${added}/changes`),
      200,
      { parse: (v: unknown) => v as { changes: Array<{ by?: { id: string }; person?: { id: string } }> } },
    );
    expect(JSON.stringify(changes)).toContain(cast.id('member'));
    // A second sync has nothing to do.
    const again = await json(
      await cast.api('member', 'POST', `/api/documents/${spanish.documentId}/alignment/sync`),
      200,
      AlignmentSynced,
    );
    expect([again.added, again.removed]).toEqual([[], []]);
    // The French version's numbers follow the original's: the new paragraph is ¶3 there too, once synced.
    const numbers = new Map((await content(ORIGINAL)).paragraphs.map((p) => [p.id, p.label]));
    const spanishLabels = (await content(spanish.documentId)).paragraphs.map((p) => [p.id, p.label]);
    expect(spanishLabels).toEqual(spanishLabels.map(([id]) => [id, numbers.get(id!)]));
  });

  it('lists a comment on French ¶2 with English ¶2’s, and a Spanish one only for those who may read it', async () => {
    const comment = (who: Parameters<Cast['api']>[0], documentId: string, body: string, blockId = p2) =>
      cast.api(who, 'POST', `/api/documents/${documentId}/comments`, { anchor: { kind: 'block', blockId }, body });
    expect((await comment('member', french.documentId, 'Traduction à revoir.')).status).toBe(201);
    expect((await comment('member', ORIGINAL, 'Needs a source.')).status).toBe(201);
    expect((await comment('member', ORIGINAL, 'On another paragraph.', p3)).status).toBe(201);
    // The Spanish version for member2 only (and the steering roles, who see every document).
    const audience = await cast.api('coordinator', 'PUT', `/api/documents/${spanish.documentId}/audience`, {
      people: [cast.id('member2')],
    });
    expect(audience.status).toBe(200);
    expect((await comment('coordinator', spanish.documentId, 'Traducción pendiente.')).status).toBe(201);

    const threads = async (who: Parameters<Cast['api']>[0], documentId: string, query = '') =>
      json(
        await cast.api(who, 'GET', `/api/documents/${documentId}/paragraphs/${p2}/threads${query}`),
        200,
        ParagraphThreads,
      );
    const seenByMember = await threads('member', ORIGINAL);
    expect(seenByMember).toMatchObject({ blockId: p2, number: 2, label: '2' });
    expect(seenByMember.threads.map((t) => [t.language, t.comments[0]!.body])).toEqual([
      ['fr', 'Traduction à revoir.'],
      ['en', 'Needs a source.'],
    ]);
    expect(seenByMember.threads.every((t) => t.location?.number === 2)).toBe(true);
    const seenByMember2 = await threads('member2', french.documentId);
    expect(seenByMember2.threads.map((t) => t.language)).toEqual(['fr', 'en', 'es']);
    expect(seenByMember2.threads.map((t) => t.documentId)).toEqual([french.documentId, ORIGINAL, spanish.documentId]);
    expect((await threads('member', french.documentId, '?languages=this')).threads.map((t) => t.language)).toEqual([
      'fr',
    ]);
    expect(
      (await cast.api('member', 'GET', `/api/documents/${spanish.documentId}/paragraphs/${p2}/threads`)).status,
    ).toBe(404);
    expect((await cast.api('outsider', 'GET', `/api/documents/${ORIGINAL}/paragraphs/${p2}/threads`)).status).toBe(404);
    // The family lists the Spanish version only to those who may read it.
    const family = await json(
      await cast.api('member', 'GET', `/api/documents/${ORIGINAL}/languages`),
      200,
      LanguageFamily,
    );
    expect(family.versions.map((v) => v.language)).toEqual(['fr']);
  });

  it('offers the French text in a consultation; French and English comments on ¶2 are processed together', async () => {
    const save = async (documentId: string, name: string) =>
      json(await cast.api('coordinator', 'POST', `/api/documents/${documentId}/versions`, { name }), 201, {
        parse: (v: unknown) => v as { id: string },
      });
    const englishVersion = await save(ORIGINAL, 'Consultation draft');
    const frenchVersion = await save(french.documentId, 'Projet pour consultation');
    const opened = await cast.api('coordinator', 'POST', `/api/documents/${ORIGINAL}/rounds`, {
      versionId: englishVersion.id,
      title: 'Public consultation',
      opensAt: new Date(Date.now() - 60_000).toISOString(),
      closesAt: new Date(Date.now() + 3_600_000).toISOString(),
      languages: [{ language: 'fr', versionId: frenchVersion.id }],
    });
    expect(opened.status, await opened.clone().text()).toBe(201);
    const roundId = ((await opened.json()) as { id: string }).id;

    // Offering Spanish: a version of another document is refused; the saved Spanish version is taken, once.
    const offer = (who: Parameters<Cast['api']>[0], body: unknown) =>
      cast.api(who, 'POST', `/api/rounds/${roundId}/languages`, body);
    expect((await offer('coordinator', { language: 'es', versionId: englishVersion.id })).status).toBe(404);
    const spanishVersion = await save(spanish.documentId, 'Borrador');
    expect((await offer('member', { language: 'es', versionId: spanishVersion.id })).status).toBe(403);
    const offered = await json(
      await offer('coordinator', { language: 'es', versionId: spanishVersion.id }),
      201,
      RoundLanguageList,
    );
    expect(offered.languages.map((l) => [l.language, l.original])).toEqual([
      ['en', true],
      ['fr', false],
      ['es', false],
    ]);
    expect((await offer('coordinator', { language: 'es', versionId: spanishVersion.id })).status).toBe(409);

    const page = async (query: string, status = 200) => {
      const response = await fetch(`${server.url}/api/public/rounds/${roundId}${query}`);
      return status === 200 ? json(response, 200, PublicRoundPage) : expect(response.status).toBe(status);
    };
    const own = (await page(''))!;
    expect(own.language).toBe('en');
    expect(own.languages?.map((l) => l.language)).toEqual(['en', 'fr', 'es']);
    const inFrench = (await page('?language=fr'))!;
    const frenchP2 = inFrench.paragraphs.find((p) => p.id === p2)!;
    expect(frenchP2.text).toMatch(/^Les points d’échange Internet/);
    // Numbered as the round's own version; the paragraph added to the original since is not in the French text.
    const inFrenchIds = new Set(inFrench.paragraphs.map((p) => p.id));
    expect(inFrench.paragraphs.map((p) => [p.id, p.number, p.label])).toEqual(
      own.paragraphs.filter((p) => inFrenchIds.has(p.id)).map((p) => [p.id, p.number, p.label]),
    );
    expect(inFrench.version.name).toBe('Projet pour consultation');
    await page('?language=ru', 404);
    await page('?language=xx', 400);

    const token = await registerConfirmed(server, roundId, {
      name: 'Awa Diop',
      email: 'awa@example.org',
      stakeholderGroup: 'civil-society',
      country: 'SN',
    });
    const post = (body: unknown) =>
      fetch(`${server.url}/api/public/rounds/${roundId}/comments`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-participant-token': token },
        body: JSON.stringify(body),
      });
    const inFrenchComment = await post({
      anchor: { kind: 'passage', blockId: p2, start: 0, end: 10, quote: frenchP2.text.slice(0, 10) },
      text: 'Précisez les réseaux concernés.',
      language: 'fr',
    });
    expect(inFrenchComment.status, await inFrenchComment.clone().text()).toBe(201);
    expect((await post({ anchor: { kind: 'block', blockId: p2 }, text: 'Which networks?' })).status).toBe(201);
    // A French quote checked against the English text, and a language not offered, are refused.
    expect(
      (
        await post({
          anchor: { kind: 'passage', blockId: p2, start: 0, end: 10, quote: frenchP2.text.slice(0, 10) },
          text: 'Wrong text.',
        })
      ).status,
    ).toBe(400);
    expect((await post({ anchor: { kind: 'general' }, text: 'Привет', language: 'ru' })).status).toBe(404);

    const published = (await (await fetch(`${server.url}/api/public/rounds/${roundId}/comments`)).json()) as {
      comments: Array<{ text: string; language?: string }>;
    };
    expect(published.comments.map((c) => [c.text, c.language])).toEqual([
      ['Précisez les réseaux concernés.', 'fr'],
      ['Which networks?', undefined],
    ]);

    expect((await cast.api('coordinator', 'POST', `/api/rounds/${roundId}/close`)).status).toBe(200);
    const processing = await json(
      await cast.api('member', 'GET', `/api/rounds/${roundId}/processing`),
      200,
      RoundProcessing,
    );
    const onP2 = processing.paragraphs.find((p) => p.frozen.id === p2)!;
    expect(onP2.comments.map((c) => [c.text, c.language])).toEqual([
      ['Précisez les réseaux concernés.', 'fr'],
      ['Which networks?', undefined],
    ]);
    // Closed: no more languages.
    expect((await offer('coordinator', { language: 'ru', versionId: spanishVersion.id })).status).toBe(409);
  });
});
