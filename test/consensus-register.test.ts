/**
 * The register of differences end to end: a document with two contested paragraphs (one with
 * a bracket and alternatives, positions with reasons, an open comment thread) exported as
 * JSON, Markdown, HTML and DOCX, the DOCX opened as the ZIP archive it is.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { escapeMarkdownText } from '@accord/editor';
import { DocumentContent, RegisterOfDifferences } from '@accord/schema';
import { bearer, demo, tokenFor } from './helpers/auth.js';
import { bracketOverSocket } from './helpers/brackets.js';
import { inProcessAccord, type InProcessAccord } from './helpers/in-process.js';
import { unzip } from './helpers/unzip.js';

type Who = keyof typeof demo;
const documentId = 'mag-2015-03-03-summary';
let server: InProcessAccord;
const tokens = new Map<Who, string>();
let content: DocumentContent;
let bracketId: string;

const api = async (who: Who, method: string, path: string, body?: unknown): Promise<Response> => {
  const response = await fetch(`${server.url}${path}`, {
    method,
    headers: bearer(tokens.get(who)!),
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (response.status >= 300)
    throw new Error(`${method} ${path} answered ${response.status}: ${await response.text()}`);
  return response;
};
const paragraph = (n: number) => content.paragraphs.find((p) => p.number === n)!;
const register = (who: Who, format: string) =>
  fetch(`${server.url}/api/documents/${documentId}/register?format=${format}`, { headers: bearer(tokens.get(who)!) });

beforeAll(async () => {
  server = await inProcessAccord({ ACCORD_LIMIT_SIGNINS_PER_MINUTE: '600' });
  for (const who of Object.keys(demo) as Who[]) tokens.set(who, await tokenFor(server.url, demo[who]));
  content = DocumentContent.parse(
    await (await api('member', 'GET', `/api/documents/${documentId}/content?format=json`)).json(),
  );
  const words = 'lead experts';
  const start = paragraph(3).text.indexOf(words);
  bracketId = await bracketOverSocket(
    server,
    tokens.get('member')!,
    documentId,
    paragraph(3).id,
    start,
    start + words.length,
  );
  await api('member2', 'POST', `/api/documents/${documentId}/brackets/${bracketId}/alternatives`, {
    text: 'independent experts',
  });
  for (const n of [2, 3])
    await api('coordinator', 'PUT', `/api/documents/${documentId}/paragraphs/${paragraph(n).id}/status`, {
      status: 'contested',
    });
  await api('member', 'PUT', `/api/documents/${documentId}/paragraphs/${paragraph(2).id}/position`, {
    position: 'oppose',
    reason: 'The retained BPFs need new coordinators.',
  });
  await api('member2', 'PUT', `/api/documents/${documentId}/paragraphs/${paragraph(2).id}/position`, {
    position: 'support',
    reason: '',
  });
  await api('member', 'POST', `/api/documents/${documentId}/comments`, {
    anchor: { kind: 'block', blockId: paragraph(2).id },
    body: 'Who decides on the <new> themes?',
  });
  // Agreed paragraphs without brackets stay out of the register.
  await api('coordinator', 'PUT', `/api/documents/${documentId}/paragraphs/${paragraph(4).id}/status`, {
    status: 'agreed',
  });
});
afterAll(() => server?.close());

describe('the register of differences', () => {
  it('lists exactly the contested and bracketed paragraphs, in document order, as JSON', async () => {
    const response = await register('observer', 'json');
    expect(response.status).toBe(200);
    const json = RegisterOfDifferences.parse(await response.json());
    expect(json.entries.map((e) => [e.number, e.status, e.openBrackets, e.threads.length])).toEqual([
      [2, 'contested', 0, 1],
      [3, 'contested', 1, 0],
    ]);
    expect(json.entries[1]!.brackets[0]!.alternatives[0]).toMatchObject({
      label: 'Alt 1',
      text: 'independent experts',
      proposedBy: { name: 'Jonas Berg' },
      stakeholderGroup: 'private-sector',
    });
  });

  it('reads as a document in Markdown', async () => {
    const response = await register('member', 'markdown');
    expect(response.headers.get('content-type')).toBe('text/markdown; charset=utf-8');
    expect(response.headers.get('content-disposition')).toBe(
      `attachment; filename="${documentId}-register-of-differences.md"`,
    );
    const markdown = await response.text();
    // Members sit in a personal capacity, and readers of an export have no copy of the code repository.
    expect(markdown).not.toMatch(/on behalf of|docs\/|\.md\b|server\/src|github/i);
    const text3 = paragraph(3).text.replace('lead experts', '\u0000');
    const [before, after] = text3.split('\u0000').map((t) => escapeMarkdownText(t));
    const expected = [
      '## Paragraph 2 — Contested',
      '',
      `> **2.** ${escapeMarkdownText(paragraph(2).text)}`,
      '',
      '### Positions',
      '',
      '| Stakeholder group | Support | With reservation | Oppose | Abstain |',
      '| --- | ---: | ---: | ---: | ---: |',
      '| Private sector | 1 | 0 | 0 | 0 |',
      '| Technical community | 0 | 0 | 1 | 0 |',
      '',
      // 2/3 (private sector) × 1/3 (technical community) × 1/2 × 1/2 (civil society and the intergovernmental group, silent) = 1/18
      'Standing: Divided — 1 group in favour, 1 group against (consensus score 0.06)',
      '',
      '- Mei Tanaka (Technical community), oppose: The retained BPFs need new coordinators.',
      '',
      '### Open comment threads',
      '',
      '- On the paragraph: Mei Tanaka: Who decides on the \\<new\\> themes?',
      '',
      '## Paragraph 3 — Contested',
      '',
      `> **3.** ${before}\\[lead experts\\]${after}`,
      '',
      '### Bracketed text',
      '',
      '1. \\[lead experts\\]',
      '   - **Alt 1:** independent experts — proposed by Jonas Berg (Private sector)',
      '',
      '### Positions',
      '',
      'No positions recorded yet.',
      '',
    ].join('\n');
    expect(markdown.startsWith('# Register of differences\n\n**Virtual Multistakeholder Advisory Group Meeting')).toBe(
      true,
    );
    expect(markdown.slice(markdown.indexOf('## Paragraph 2'))).toBe(expected);
  });

  it('is a safe standalone page in HTML', async () => {
    const response = await register('observer', 'html');
    expect(response.headers.get('content-security-policy')).toBe("default-src 'none'; style-src 'unsafe-inline'");
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    const html = await response.text();
    expect(html).not.toMatch(/on behalf of|docs\/|\.md\b|server\/src|github/i);
    expect(html).toContain(`<section id="${paragraph(2).id}">`);
    expect(html).toContain(`<span class="bracket" data-bracket-id="${bracketId}">[lead experts]</span>`);
    expect(html).toContain('Who decides on the &lt;new&gt; themes?');
    expect(html.indexOf('Paragraph 2')).toBeLessThan(html.indexOf('Paragraph 3'));
  });

  it('opens as a DOCX whose document.xml holds the paragraphs', async () => {
    const response = await register('observer', 'docx');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe(
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    );
    const files = unzip(new Uint8Array(await response.arrayBuffer()));
    expect([...files.keys()]).toEqual(expect.arrayContaining(['[Content_Types].xml', 'word/document.xml']));
    const xml = files.get('word/document.xml')!.toString('utf8');
    const texts = [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');
    expect(texts).toContain('Register of differences');
    expect(texts).toContain('Paragraph 2 — Contested');
    expect(texts).toContain('Paragraph 3 — Contested');
    expect(texts).toContain(paragraph(2).text.slice(0, 60));
    expect(texts).toContain('[lead experts]');
    expect(texts).toContain('Alt 1: independent experts — proposed by Jonas Berg (Private sector)');
    expect(texts).toContain('Who decides on the &lt;new&gt; themes?');
    expect(texts).not.toContain('Paragraph 4');
    expect(texts).not.toMatch(/on behalf of|docs\/|\.md\b|server\/src|github/i);
  });

  it('refuses an unknown format, saying which exist', async () => {
    const response = await register('member', 'pdf');
    expect(response.status).toBe(400);
    expect(((await response.json()) as { error: { message: string } }).error.message).toBe(
      'format must be one of json, markdown, html, docx',
    );
  });
});
