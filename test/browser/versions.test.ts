/**
 * Named versions in a real browser, on a fresh document: a member types two paragraphs; the
 * coordinator saves a version from the Versions page; the member changes a word and adds a
 * paragraph; the coordinator opens the version (numbered, the old text, read-only), compares it
 * with the live document (word-level changes, the new paragraph as added) and starts a new
 * draft from it. An observer sees the list but no save form.
 */
import { describe, expect, it } from 'vitest';
import { demo } from '../helpers/auth.js';
import { createDocument } from '../helpers/accord-process.js';
import { eventually, selectInParagraph, type Person } from './harness.js';
import { browserSuite } from './suite.js';

const suite = browserSuite();
const person = (email: string): Promise<Person> => suite.person(email);

const P1 = 'The working group met in Geneva to discuss the draft.';
const P2 = 'Members agreed to consult the public before the next meeting.';
const P1_AFTER = 'The working group met in Paris to discuss the draft.';
const P3 = 'A summary of the consultation will follow.';
const NAME = 'Draft for public consultation';

/** The texts of the numbered paragraphs of `p`'s editor. */
const paragraphs = async (p: Person): Promise<string[]> =>
  (await p.blocks()).filter((b) => b.number !== null).map((b) => b.text);

describe('named versions in the browser', () => {
  it('save a version, read it, compare it with live, start a new draft from it; an observer only reads', async () => {
    const documentId = await createDocument(suite.accord, 'Versions in the browser');
    const [lucas, mei] = await Promise.all([person(demo.coordinator), person(demo.member)]);
    await Promise.all([lucas.open(documentId), mei.open(documentId)]);

    // Mei types two paragraphs; Lucas sees them arrive (so the server has them).
    await mei.editor().click();
    await mei.page.keyboard.press('Control+End');
    await mei.page.keyboard.type(P1);
    await mei.page.keyboard.press('Enter');
    await mei.page.keyboard.type(P2);
    await eventually(async () => expect(await paragraphs(lucas)).toEqual([P1, P2]), 5000);

    // Lucas goes to the Versions page from the document's header and saves a version.
    await lucas.page.getByRole('link', { name: 'Versions', exact: true }).click();
    await lucas.page.waitForURL(`**/d/${documentId}/versions`);
    const form = lucas.page.getByRole('form', { name: 'Save a version' });
    await form.getByLabel('Name').fill(NAME);
    await form.getByLabel('Note (optional)').fill('Sent to the list on Monday.');
    const saved = lucas.page.waitForResponse(
      (r) => r.url().endsWith(`/api/documents/${documentId}/versions`) && r.request().method() === 'POST',
    );
    await form.getByRole('button', { name: 'Save version' }).click();
    expect((await saved).status()).toBe(201);
    const entry = lucas.page.locator('.version-list li', { hasText: NAME });
    await entry.waitFor();
    expect(await entry.textContent()).toContain('Lucas Ferreira');
    expect(await form.getByLabel('Name').inputValue()).toBe('');

    // Mei changes a word in paragraph 1 and adds a paragraph.
    const start = P1.indexOf('Geneva');
    expect(await selectInParagraph(mei.page, 1, start, start + 'Geneva'.length)).toBe('Geneva');
    await mei.page.keyboard.type('Paris');
    // The caret to the end of paragraph 2 (Control+End left it in paragraph 1 here).
    await selectInParagraph(mei.page, 2, P2.length, P2.length);
    await mei.page.keyboard.press('Enter');
    await mei.page.keyboard.type(P3);
    await eventually(async () => expect(await paragraphs(mei)).toEqual([P1_AFTER, P2, P3]), 5000);

    // Lucas opens the version: numbered, the old text, nothing editable.
    await entry.getByRole('link', { name: NAME, exact: true }).click();
    const paper = lucas.page.locator('.version-paper');
    await paper.waitFor();
    expect(await paper.locator('.version-caption').textContent()).toContain(`Version “${NAME}”`);
    expect(await paper.locator('.version-caption').textContent()).toContain('Read-only');
    expect(await paper.locator('.version-block .version-number').allTextContents()).toEqual(['1', '2']);
    expect(await paper.locator('.version-block p').allTextContents()).toEqual([P1, P2]);
    expect(
      await lucas.page.locator('[contenteditable="true"], .version-paper textarea, .version-paper input').count(),
    ).toBe(0);
    // Its Markdown download is the old text too.
    const markdown = await lucas.page.request.get(
      (await lucas.page.getByRole('link', { name: 'Markdown' }).getAttribute('href'))!,
    );
    expect(markdown.status()).toBe(200);
    expect(await markdown.text()).toContain(P1);

    // The live document has meanwhile received Mei's edits; compare.
    await eventually(async () => {
      const r = await lucas.page.request.get(
        `/api/documents/${documentId}/compare?from=${encodeURIComponent(lucas.page.url().split('/').pop()!)}&to=live`,
      );
      expect(((await r.json()) as { counts: { added: number } }).counts.added).toBe(1);
    }, 5000);
    await lucas.page.getByRole('link', { name: 'Compare with the live document' }).click();
    const compare = lucas.page.locator('.version-compare');
    await compare.waitFor();
    expect(await compare.locator('.version-summary').textContent()).toBe(
      `From “${NAME}” to the live document: 1 changed and 1 added.`,
    );
    const changed = compare.locator('.compare-block[data-kind="changed"]');
    expect(await changed.count()).toBe(1);
    expect(await changed.locator('del').allTextContents()).toEqual(['Geneva']);
    expect(await changed.locator('ins').allTextContents()).toEqual(['Paris']);
    expect(await changed.locator('.version-number').textContent()).toBe('¶1');
    const added = compare.locator('.compare-block[data-kind="added"]');
    expect(await added.count()).toBe(1);
    expect(await added.locator('ins').textContent()).toBe(P3);
    expect(await added.locator('.version-number').textContent()).toBe('new ¶3');
    expect(await compare.locator('.compare-block[data-kind="unchanged"] p').textContent()).toBe(P2);

    // Back to the version; a new draft from it opens as a new document with the old text.
    await lucas.page.goBack();
    await paper.waitFor();
    await lucas.page.getByRole('button', { name: 'Start a new draft from this version' }).click();
    await lucas.page.waitForURL((url) => /^\/d\/[^/]+$/.test(url.pathname) && !url.pathname.endsWith(`/${documentId}`));
    const draftId = decodeURIComponent(new URL(lucas.page.url()).pathname.split('/').pop()!);
    expect(draftId).not.toBe(documentId);
    await lucas.waitForPhase('connected');
    await lucas.page.locator('.doc-content[contenteditable="true"]').waitFor();
    await eventually(async () => expect(await paragraphs(lucas)).toEqual([P1, P2]), 5000);
    // Its Versions page names where it came from; the original keeps Mei's text.
    await lucas.page.getByRole('link', { name: 'Versions', exact: true }).click();
    await lucas.page.locator('.version-origin', { hasText: NAME }).waitFor();
    await eventually(async () => expect(await paragraphs(mei)).toEqual([P1_AFTER, P2, P3]), 2000);

    // The observer sees the list of the original, but no form to save one.
    const carlos = await person(demo.observer);
    await carlos.page.goto(`/d/${documentId}/versions`);
    await carlos.page.locator('.version-list li', { hasText: NAME }).waitFor();
    expect(await carlos.page.getByRole('form', { name: 'Save a version' }).count()).toBe(0);
    expect(await carlos.page.locator('.version-save').count()).toBe(0);
    await carlos.page.locator('.version-list a', { hasText: NAME }).click();
    await carlos.page.locator('.version-paper .version-block').first().waitFor();
    expect(await carlos.page.getByRole('button', { name: 'Start a new draft from this version' }).count()).toBe(0);
  }, 90_000);
});
