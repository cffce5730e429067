/**
 * `GET /api/documents/:documentId/register?format=json|markdown|html|docx`: the register of
 * differences (contested and bracketed paragraphs with the views held), for anyone who may
 * read the document. HTML is a standalone page served under a CSP that runs nothing; Markdown
 * and DOCX come as downloads.
 */
import { Hono } from 'hono';
import { Id, RegisterFormat, type RegisterOfDifferences } from '@accord/schema';
import type { CommentService } from '../../comments/service.js';
import { registerJson } from '../../consensus/register.js';
import { registerHtml } from '../../consensus/register-html.js';
import { registerMarkdown } from '../../consensus/register-markdown.js';
import type { ConsensusService } from '../../consensus/service.js';
import type { CompilationViews } from '../../endorsement/views.js';
import type { SuggestionService } from '../../suggestions/service.js';
import type { AppEnv } from '../env.js';
import { invalidFormat, param } from '../errors.js';
import type { Gate } from '../gate.js';

export function registerRoutes(deps: {
  gate: Gate;
  consensus: ConsensusService;
  comments: CommentService;
  /** Pending suggestions, listed as wording proposals. */
  suggestions?: Pick<SuggestionService, 'pending'>;
  /** A compilation's divergences, sources and broken silences (issue 14). */
  compilation?: Pick<CompilationViews, 'register'> | undefined;
}): Hono<AppEnv> {
  return new Hono<AppEnv>().get('/documents/:documentId/register', async (c) => {
    const id = param(c, 'documentId', Id, 'document');
    // The format is checked first: a bad query says so even to someone without access.
    const format = RegisterFormat.safeParse(c.req.query('format') ?? 'json');
    if (!format.success) throw invalidFormat(RegisterFormat.options);
    const { document } = await deps.gate.document(c, id, 'document.read');
    const suggestions = (await deps.suggestions?.pending(id))?.map(({ author: { groupName: _, ...author }, ...s }) => ({
      id: s.id,
      kind: s.kind,
      text: s.text,
      author,
      createdAt: s.createdAt,
      blockId: s.blockId,
    }));
    const register = await deps.consensus.register(
      id,
      document.title,
      await deps.comments.list(id),
      suggestions,
      await deps.compilation?.register(id),
    );
    const download = (extension: string) => ({
      'content-disposition': `attachment; filename="${id}-register-of-differences.${extension}"`,
      'x-content-type-options': 'nosniff',
    });
    switch (format.data) {
      case 'json':
        return c.json(registerJson(register) satisfies RegisterOfDifferences);
      case 'markdown':
        return c.body(registerMarkdown(register), 200, {
          'content-type': 'text/markdown; charset=utf-8',
          ...download('md'),
        });
      case 'html':
        return c.body(registerHtml(register), 200, {
          'content-type': 'text/html; charset=utf-8',
          // A page to read and print; never one that runs anything.
          'content-security-policy': "default-src 'none'; style-src 'unsafe-inline'",
          'x-content-type-options': 'nosniff',
        });
      case 'docx': {
        // docx, a large dependency, loads on the first export instead of at every start.
        const { registerDocx } = await import('../../consensus/register-docx.js');
        const bytes = await registerDocx(register);
        return c.body(new Uint8Array(bytes), 200, {
          'content-type': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
          ...download('docx'),
        });
      }
    }
  });
}
