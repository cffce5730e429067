import { Hono } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { describe, expect, it } from 'vitest';
import type { ApiError } from '@accord/schema';
import { CommentRefused } from './comments/anchoring.js';
import { answerErrors } from './http/errors.js';
import { createLogger } from './logger.js';
import { translatorFor } from '@accord/i18n/all';
import { Refusal, fieldIssue, notFound } from './refusal.js';
import { RoundRefusal } from './rounds/service.js';
import { NoSuchVersion } from './versions/service.js';

/** A tiny app with the real error handler; its routes throw what the test gives them. */
function appThrowing(error: () => unknown) {
  const lines: string[] = [];
  const app = new Hono();
  // Mounted as the real app mounts its route groups, so a sub-app's throw reaches the parent's handler.
  app.route(
    '/api',
    new Hono().get('/thing', () => {
      throw error();
    }),
  );
  app.onError(answerErrors(createLogger('error', {}, (line) => lines.push(line))));
  return { app, lines };
}

async function answer(error: () => unknown, headers: Record<string, string> = {}) {
  const { app, lines } = appThrowing(error);
  const response = await app.request('/api/thing', { headers });
  return { response, body: (await response.json()) as ApiError, lines };
}

describe('one mapping of refusals to HTTP answers', () => {
  it('answers a domain refusal with its status, code and message, and nothing is logged as a failure', async () => {
    const { response, body, lines } = await answer(() => new NoSuchVersion('v-404'));
    expect(response.status).toBe(404);
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    expect(body).toEqual({
      error: {
        code: 'not_found',
        message: 'no version "v-404" of this document; list them with GET /api/documents/:id/versions',
      },
    });
    expect(response.headers.get('retry-after')).toBeNull();
    expect(lines).toEqual([]);
  });

  it('answers the details of a refusal as the field issues', async () => {
    const issues = [{ path: 'anchor.blockId', message: 'is not a block of the document' }];
    const { response, body } = await answer(
      () => new CommentRefused(400, 'unknown_block', 'the document has no block b1', issues),
    );
    expect(response.status).toBe(400);
    expect(body).toEqual({ error: { code: 'unknown_block', message: 'the document has no block b1', issues } });
  });

  it('sends Retry-After in seconds when the refusal says how long to wait', async () => {
    const { response, body } = await answer(
      () => new RoundRefusal(429, 'rate_limited', 'too many comments; try again in 7 s', 7),
    );
    expect(response.status).toBe(429);
    expect(response.headers.get('retry-after')).toBe('7');
    expect(body.error.code).toBe('rate_limited');
  });

  it('answers a plain Refusal the same way as its subclasses', async () => {
    const { response, body } = await answer(() => new Refusal(409, 'conflict', 'it already exists'));
    expect(response.status).toBe(409);
    expect(body).toEqual({ error: { code: 'conflict', message: 'it already exists' } });
  });

  it('answers any other error with a 500 that does not leak its message, and logs it', async () => {
    const { response, body, lines } = await answer(() => new Error('SQLITE_CORRUPT at /var/lib/accord/secret.db'));
    expect(response.status).toBe(500);
    expect(body.error.code).toBe('internal');
    expect(JSON.stringify(body)).not.toContain('secret.db');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain('secret.db');
  });

  it("still answers Hono's own exceptions with their status", async () => {
    const { response, body } = await answer(() => new HTTPException(413, { message: 'too big' }));
    expect(response.status).toBe(413);
    expect(body).toEqual({ error: { code: 'http_error', message: 'too big' } });
  });

  it('answers a catalog message in the request’s language, its field issues too, and keeps English inside', async () => {
    const refusal = () =>
      new Refusal(
        400,
        'unknown_block',
        { key: 'errors.comment.unknownBlock', values: { blockId: 'b7' } },
        {
          details: [fieldIssue('anchor.blockId', { key: 'errors.field.notABlock' })],
        },
      );
    expect(refusal().message).toBe(
      'the document has no block b7 (it may have been deleted); reload the document and comment again',
    );
    const fr = translatorFor('fr');
    const { body } = await answer(refusal, { 'accept-language': 'fr-FR,fr;q=0.9' });
    expect(body).toEqual({
      error: {
        code: 'unknown_block',
        message: fr('errors.comment.unknownBlock', { blockId: 'b7' }),
        issues: [{ path: 'anchor.blockId', message: fr('errors.field.notABlock') }],
      },
    });
    // A language Accord does not speak, or none: English, as it always was.
    const { body: german } = await answer(refusal, { 'accept-language': 'de' });
    expect(german.error.message).toBe(refusal().message);
  });

  it('says which thing is missing in the reader’s words, the id as given', async () => {
    const { response, body } = await answer(() => notFound('commentThread', 't-1'), { 'accept-language': 'zh' });
    expect(response.status).toBe(404);
    expect(body).toEqual({
      error: { code: 'not_found', message: translatorFor('zh')('errors.notFound.commentThread', { id: 't-1' }) },
    });
  });
});
