/**
 * The consultation's feedback loop on a 375 px phone: a participant comments on ¶2 of the
 * public page; the coordinators close the round, reword ¶2, answer the comment ("Accepted"
 * with a response) and publish the revised version (through the API: their side is not the
 * point here; their "as consulted / now" is checked to mark the same change); the participant reloads and finds, beside their own comment, the disposition
 * and the response, and under ¶2 how it reads now, the change marked as insertions and
 * deletions. Someone else sees the same answers but no comment marked as theirs.
 */
import { $getRoot, $isElementNode, $isTextNode } from 'lexical';
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { appendParagraphs, openTestClient, type TestClient } from '../../packages/editor/src/testing/harness.js';
import { createDocument } from '../helpers/accord-process.js';
import { bearer, demo, tokenFor } from '../helpers/auth.js';
import { stockClient, synced, until, type StockClient } from '../helpers/clients.js';
import { loggedLink } from '../helpers/participants.js';
import { browserSuite } from './suite.js';

const suite = browserSuite();
const CONSULTED = 'Each national initiative reports once a year to the secretariat.';
const REVISED = 'Each national and regional initiative reports twice a year to the secretariat.';
const COMMENT = 'Regional initiatives report too, and once a year is too rare.';
const RESPONSE = 'Agreed: regional initiatives added, and reports are now twice a year.';

let client: StockClient | undefined;
let editor: TestClient | undefined;
afterAll(() => {
  editor?.close();
  client?.destroy();
});

async function api(method: string, path: string, body?: unknown): Promise<Response> {
  const response = await fetch(`${suite.accord.url}${path}`, {
    method,
    headers: bearer(await tokenFor(suite.accord.url, demo.coordinator)),
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  expect(response.status, `${method} ${path}: ${await response.clone().text()}`).toBeLessThan(300);
  return response;
}

/** Someone on a phone, in a browser context of their own. */
async function phone(): Promise<Page> {
  const context = await suite.browser.newContext({
    baseURL: suite.accord.url,
    viewport: { width: 375, height: 800 },
    deviceScaleFactor: 2,
    isMobile: true,
    hasTouch: true,
    locale: 'en-GB',
  });
  suite.closeAfter(context);
  return context.newPage();
}

/** Replaces the text of the live paragraph that reads `from`, as a coordinator typing it. */
async function reword(from: string, to: string): Promise<void> {
  editor!.editor.update(
    () => {
      const block = $getRoot()
        .getChildren()
        .find((n) => n.getTextContent() === from);
      const text = $isElementNode(block) ? block.getFirstChild() : null;
      if ($isTextNode(text)) text.setTextContent(to);
    },
    { discrete: true },
  );
  await until(async () => {
    const content = (await (await api('GET', `/api/documents/${documentId}/content?format=json`)).json()) as {
      paragraphs: { text: string }[];
    };
    return content.paragraphs.some((p) => p.text === to);
  }, 'the reworded paragraph on the server');
}

let documentId = '';

describe('the outcome of a consultation on the public page', () => {
  it('shows a participant the answer beside their own comment, and the paragraph as it reads now', async () => {
    documentId = await createDocument(suite.accord, 'Reporting guide');
    client = stockClient(suite.accord.wsUrl, documentId, {
      token: await tokenFor(suite.accord.url, demo.coordinator),
    });
    await synced(client);
    editor = openTestClient(client.doc);
    appendParagraphs(editor.editor, 'Initiatives are listed in the annex.', CONSULTED, 'The annex is updated monthly.');
    await until(async () => {
      const content = (await (await api('GET', `/api/documents/${documentId}/content?format=json`)).json()) as {
        paragraphs: { text: string }[];
      };
      return content.paragraphs.some((p) => p.text === CONSULTED);
    }, 'the text on the server');
    const version = (await (
      await api('POST', `/api/documents/${documentId}/versions`, { name: 'Draft for consultation' })
    ).json()) as { id: string };
    const roundId = (
      (await (
        await api('POST', `/api/documents/${documentId}/rounds`, {
          versionId: version.id,
          title: 'Reporting consultation',
          opensAt: new Date(Date.now() - 60_000).toISOString(),
          closesAt: new Date(Date.now() + 86_400_000).toISOString(),
        })
      ).json()) as { id: string }
    ).id;

    // Registered through the API; the mailed link, opened on the phone, signs the phone in.
    const registered = await fetch(`${suite.accord.url}/api/public/rounds/${roundId}/participants`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        name: 'Amina Diallo',
        email: 'amina@example.org',
        stakeholderGroup: 'civil-society',
        country: 'SN',
      }),
    });
    expect(registered.status).toBe(201);
    const page = await phone();
    await page.goto(loggedLink(suite.accord.output(), 'amina@example.org'));
    await page.getByText('Your email is confirmed: your comments and your agree/disagree now count.').waitFor();

    await page.getByRole('button', { name: 'Comment on ¶2' }).click();
    await page.getByLabel('Your comment on ¶2').fill(COMMENT);
    await page.locator('#p2').getByRole('button', { name: 'Send comment' }).click();
    await page.getByRole('list', { name: 'Comments on ¶2' }).waitFor();
    const commentId = await page.locator('#p2 .consult-comment').getAttribute('data-comment-id');
    await page.getByRole('button', { name: 'Comment on ¶3' }).click();
    await page.getByLabel('Your comment on ¶3').fill('Monthly is fine.');
    await page.locator('#p3').getByRole('button', { name: 'Send comment' }).click();
    await page.getByRole('list', { name: 'Comments on ¶3' }).waitFor();
    const onP3 = await page.locator('#p3 .consult-comment').getAttribute('data-comment-id');
    // Nothing is answered yet, and the paragraph has no "now".
    expect(await page.locator('.consult-answer, .consult-now').count()).toBe(0);

    await api('POST', `/api/rounds/${roundId}/close`);
    await reword(CONSULTED, REVISED);
    const live = (await (await api('GET', `/api/rounds/${roundId}/processing`)).json()) as {
      paragraphs: { frozen: { id: string; text: string } }[];
    };
    const p2 = live.paragraphs.find((p) => p.frozen.text === CONSULTED)!.frozen.id;
    // The coordinators' "as consulted / now" marks the same change, from the same diff.
    const coordinator = await suite.person(demo.coordinator);
    await coordinator.page.goto(`/d/${documentId}/rounds/${roundId}`);
    const processing = coordinator.page.getByRole('region', { name: 'Comments on ¶2' });
    await processing.locator('ins').first().waitFor();
    expect(await processing.locator('ins').allTextContents()).toEqual(['and regional ', 'twice']);
    expect(await processing.locator('del').allTextContents()).toEqual(['once']);
    await processing.screenshot({ path: '/tmp/consult-feedback-processing.png' });
    await api('PUT', `/api/rounds/${roundId}/comments/${commentId}/disposition`, {
      disposition: 'accepted',
      response: RESPONSE,
      changedBlockId: p2,
    });
    await api('PUT', `/api/rounds/${roundId}/comments/${onP3}/disposition`, { disposition: 'noted' });
    await api('POST', `/api/rounds/${roundId}/revision`, { name: 'Revised after consultation' });

    await page.reload();
    const mine = page.locator(`[data-comment-id="${commentId}"]`);
    await mine.locator('.consult-answer').waitFor();
    expect(await mine.locator('.consult-yours').textContent()).toBe('Your comment');
    expect(await mine.locator('.consult-disposition').textContent()).toBe('Accepted');
    expect(await mine.locator('.consult-answer-response').textContent()).toBe(RESPONSE);

    const now = page.locator('#p2 .consult-now');
    expect(await now.locator('.consult-now-title').textContent()).toBe('Now, in “Revised after consultation”:');
    expect(await now.locator('ins').allTextContents()).toEqual(['and regional ', 'twice']);
    expect(await now.locator('del').allTextContents()).toEqual(['once']);
    expect(await now.locator('.consult-text').textContent()).toBe(
      'Each national and regional initiative reports oncetwice a year to the secretariat.',
    );
    // Marked by more than colour: underlined and struck through.
    expect(
      await now
        .locator('ins')
        .first()
        .evaluate((e) => getComputedStyle(e).textDecorationLine),
    ).toBe('underline');
    expect(
      await now
        .locator('del')
        .first()
        .evaluate((e) => getComputedStyle(e).textDecorationLine),
    ).toBe('line-through');
    // The consulted text stays as it was consulted.
    expect(await page.locator(`#p2 [data-block-id="${p2}"]`).textContent()).toBe(CONSULTED);
    // Where someone commented, an unchanged paragraph says so; where nobody did, it says nothing more.
    expect(await page.locator('#p3 .consult-now-note').textContent()).toBe('Unchanged in the revised version.');
    expect(await page.locator('#p3 .consult-yours').textContent()).toBe('Your comment');
    expect(await page.locator('#p3 .consult-disposition').textContent()).toBe('Noted');
    expect(await page.locator('#p3 .consult-answer-response').count()).toBe(0);
    expect(await page.locator('#p1 .consult-now, #p1 .consult-now-note').count()).toBe(0);
    expect(await page.evaluate<boolean>('document.documentElement.scrollWidth <= window.innerWidth')).toBe(true);
    await mine.scrollIntoViewIfNeeded();
    await page.screenshot({ path: '/tmp/consult-feedback-answer.png' });

    // The whole revised text, folded under the outcome.
    const revised = page.locator('.consult-revised');
    await revised.locator('summary').click();
    expect(await revised.locator('summary').textContent()).toBe('Read the revised text (1 paragraph changed)');
    expect(await revised.locator(`[data-block-id="${p2}"] ins`).allTextContents()).toEqual(['and regional ', 'twice']);
    await revised.scrollIntoViewIfNeeded();
    await page.screenshot({ path: '/tmp/consult-feedback-revised.png' });

    // Anyone else reads the same answer, with nothing marked as theirs.
    const other = await phone();
    await other.goto(`/consult/${roundId}`);
    const theirs = other.locator(`[data-comment-id="${commentId}"]`);
    await theirs.locator('.consult-answer').waitFor();
    expect(await theirs.locator('.consult-disposition').textContent()).toBe('Accepted');
    expect(await other.locator('.consult-yours').count()).toBe(0);
  });
});
