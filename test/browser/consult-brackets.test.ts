/**
 * The public sees what is contested (issue 12, item 9): a member brackets "shall" in a
 * paragraph and proposes "should" instead; the version under consultation shows the passage
 * between visible brackets, named for screen readers, with its alternative, and the paragraph's
 * text is still what a passage comment is measured against. Its formatting (bold, a link) shows
 * too.
 */
import { describe, expect, it } from 'vitest';
import { $writeFormattedSample } from '../../packages/editor/src/testing/formatted.js';
import { openTestClient } from '../../packages/editor/src/testing/harness.js';
import { createDocument } from '../helpers/accord-process.js';
import { bearer, demo, tokenFor } from '../helpers/auth.js';
import { bracketOverSocket } from '../helpers/brackets.js';
import { stockClient, synced, until } from '../helpers/clients.js';
import { browserSuite } from './suite.js';

const suite = browserSuite();

interface Block {
  id: string;
  number: number | null;
  text: string;
}

/** A document with the formatted sample, "shall" bracketed with the alternative "should", a version and an open round on it. */
async function setUp(): Promise<{ url: string; documentId: string; first: Block; versionId: string; roundId: string }> {
  const { url, wsUrl } = suite.accord;
  const [member, coordinator] = await Promise.all([tokenFor(url, demo.member), tokenFor(url, demo.coordinator)]);
  const api = async (token: string, method: string, path: string, body?: unknown, status = 200) => {
    const response = await fetch(`${url}${path}`, {
      method,
      headers: bearer(token),
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    expect(response.status, await response.clone().text()).toBe(status);
    return response.json() as Promise<unknown>;
  };
  const documentId = await createDocument(suite.accord, 'Brackets in public', 'demo', coordinator);
  const client = stockClient(wsUrl, documentId, { token: member });
  let first: Block | undefined;
  try {
    await synced(client);
    const editor = openTestClient(client.doc);
    editor.editor.update($writeFormattedSample, { discrete: true });
    await until(async () => {
      const content = (await api(member, 'GET', `/api/documents/${documentId}/content?format=json`)) as {
        paragraphs: Block[];
      };
      first = content.paragraphs.find((p) => p.number === 1);
      return first?.text.includes('shall') ?? false;
    }, 'the text on the server');
    editor.close();
  } finally {
    client.destroy();
  }
  const at = first!.text.indexOf('shall');
  const bracketId = await bracketOverSocket(suite.accord, member, documentId, first!.id, at, at + 'shall'.length);
  await api(member, 'POST', `/api/documents/${documentId}/brackets/${bracketId}/alternatives`, { text: 'should' }, 201);
  const version = (await api(
    coordinator,
    'POST',
    `/api/documents/${documentId}/versions`,
    { name: 'For consultation' },
    201,
  )) as { id: string };
  const now = Date.now();
  const round = (await api(
    coordinator,
    'POST',
    `/api/documents/${documentId}/rounds`,
    {
      versionId: version.id,
      title: 'Brackets',
      opensAt: new Date(now - 60_000).toISOString(),
      closesAt: new Date(now + 86_400_000).toISOString(),
    },
    201,
  )) as { id: string };
  return { url, documentId, first: first!, versionId: version.id, roundId: round.id };
}
let ready: ReturnType<typeof setUp> | undefined;
const prepared = () => (ready ??= setUp());

describe('the public page of a round', () => {
  it('shows bracketed text between brackets, labelled, with its alternatives, and the formatting', async () => {
    const { url, first, roundId } = await prepared();
    const context = await suite.browser.newContext({ baseURL: url });
    suite.closeAfter(context);
    const page = await context.newPage();
    const errors: Error[] = [];
    page.on('pageerror', (e) => errors.push(e));
    await page.goto(`/consult/${roundId}`);
    const paragraph = page.locator(`p[data-block-id="${first.id}"]`);
    const bracket = paragraph.locator('.bracketed');
    await bracket.waitFor();
    expect(await bracket.textContent()).toBe('shall');
    expect(await bracket.getAttribute('role')).toBe('group');
    expect(await bracket.getAttribute('aria-label')).toBe('bracketed: not agreed');
    // The brackets are drawn, visibly, around the passage, and are not part of the paragraph's text.
    const drawn = await bracket.evaluate((el) => [
      getComputedStyle(el, '::before').content,
      getComputedStyle(el, '::after').content,
    ]);
    expect(drawn[0]).toContain('[');
    expect(drawn[1]).toContain(']');
    expect(await paragraph.textContent()).toBe(first.text);
    expect(await page.getByRole('group', { name: 'bracketed: not agreed' }).count()).toBe(1);
    expect(await page.locator('.bracket-alternatives').innerText()).toMatch(/Alternatives to \[shall\]: Alt 1 should/);
    // The formatting the members wrote: bold, a safe link, and none where the link was unsafe.
    expect(await paragraph.locator('strong').first().textContent()).toBe('essential');
    expect(await paragraph.locator('a').count()).toBe(1);
    expect(await paragraph.locator('a').getAttribute('href')).toBe('https://www.intgovforum.org/en/bpf');
    expect(await page.locator('.consult-listitem').allInnerTexts()).toEqual(
      expect.arrayContaining([expect.stringContaining('Infrastructure'), expect.stringMatching(/1\.\s*fibre/)]),
    );
    expect(errors).toEqual([]);
  });
});

describe('a member reading the version and comparing it', () => {
  it('sees the formatting, the bracket and its alternative in the version, and the bracket in the comparison', async () => {
    const { documentId, first, versionId } = await prepared();
    const mei = await suite.person(demo.member);
    await mei.page.goto(`/d/${documentId}/versions/${versionId}`);
    const paragraph = mei.page.locator(`.version-paper [data-block-id="${first.id}"]`);
    await paragraph.locator('.bracketed').waitFor();
    expect(await paragraph.locator('.bracketed').textContent()).toBe('shall');
    expect(await paragraph.locator('strong').first().textContent()).toBe('essential');
    expect(await paragraph.locator('em').first().textContent()).toBe('affordable');
    expect(await paragraph.locator('u').first().textContent()).toBe('meaningful');
    expect(await paragraph.locator('.bracket-alternatives').innerText()).toMatch(/Alt 1 should/);
    expect(await mei.page.locator('.version-listitem .version-number').allInnerTexts()).toEqual(['•', '1.', '2.', '•']);

    await mei.page.goto(`/d/${documentId}/compare/${versionId}/live`);
    const compared = mei.page.locator(`.compare-block[data-block-id="${first.id}"]`);
    await compared.locator('.bracketed').waitFor();
    expect(await compared.locator('.bracketed').textContent()).toBe('shall');
    expect(await compared.locator('a').getAttribute('href')).toBe('https://www.intgovforum.org/en/bpf');
  });
});
