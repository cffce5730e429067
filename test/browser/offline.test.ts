/**
 * Offline in a real browser: a member's edits typed without the network (and without the
 * server, which is stopped so nothing can reach it) survive a closed tab, come back when the
 * page is opened again still offline (the service worker serves the app, IndexedDB the draft),
 * and reach the others once the network is back. Sign-out wipes the person's drafts, so the
 * next person on the same browser finds no trace of them.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { demoPassword } from '@accord/server';
import { createDocument } from '../helpers/accord-process.js';
import { demo } from '../helpers/auth.js';
import { eventually, type Person } from './harness.js';
import { browserSuite } from './suite.js';

const suite = browserSuite();

const status = (page: Page) => page.locator('.connection');
const text = (page: Page) => page.locator('.doc-content').innerText();

/** Types a new paragraph at the end of the document (the caret put there first, as in drafting-room). */
async function typeParagraph(page: Page, line: string): Promise<void> {
  const last = page.locator('.doc-content > :last-child');
  const box = (await last.boundingBox())!;
  await last.click({ position: { x: box.width - 2, y: box.height - 6 } });
  await page.locator('.doc-content > :last-child[data-current]').waitFor();
  await page.keyboard.press('Enter');
  await page.keyboard.type(line);
}

/** Waits until the service worker controls the page and keeps what reopening `documentId` needs. */
async function availableOffline(page: Page, documentId: string): Promise<void> {
  await eventually(async () => {
    const kept = await page.evaluate<string[]>(`(async () => {
      if (!navigator.serviceWorker.controller) return [];
      const cache = await caches.open('accord-api');
      return (await cache.keys()).map((r) => new URL(r.url).pathname);
    })()`);
    expect(kept).toEqual(expect.arrayContaining(['/api/session', `/api/documents/${documentId}`]));
  }, 15_000);
}

/** The IndexedDB databases of this browser context (as the page sees them). */
const databases = (page: Page) =>
  page.evaluate<string[]>(`indexedDB.databases().then((dbs) => dbs.map((db) => db.name))`);

/** A new tab in the person's context, its errors counted like the first one's. */
async function newTab(person: Person): Promise<Page> {
  const page = await person.context.newPage();
  page.on('pageerror', (error) => person.errors.push(error));
  return page;
}

/** A member opens a fresh document with one paragraph, online, and waits until it can come back offline. */
async function memberWithDocument(title: string): Promise<{ a: Person; documentId: string }> {
  const documentId = await createDocument(suite.accord, title);
  const a = await suite.person(demo.member);
  await a.open(documentId);
  await a.editor().click();
  await a.page.keyboard.type('Opening paragraph, typed online.');
  // Confirmed by the server (a sync round trip after the edit), so it is not an unsent change.
  await eventually(async () => expect(await status(a.page).innerText()).toMatch(/Connected.*all changes saved/s));
  expect(await status(a.page).getAttribute('data-unsynced')).toBe('0');
  await availableOffline(a.page, documentId);
  return { a, documentId };
}

describe('offline drafts', () => {
  it('keeps text typed offline across a closed tab, says it is not sent, and sends it when back', async () => {
    const { a, documentId } = await memberWithDocument('Written on the train');
    let reopened: Page | undefined;

    await suite.crashAndRestart(async () => {
      await a.context.setOffline(true);
      await a.waitForPhase('offline');
      await typeParagraph(a.page, 'Typed on the train, offline.');
      await eventually(async () =>
        expect(await status(a.page).innerText()).toMatch(/Offline.*saved on this device, not yet sent/s),
      );

      // Leaving now asks first: the change has not reached the server.
      const dialog = new Promise<{ type(): string; accept(): Promise<void> }>((resolve) =>
        a.page.once('dialog', resolve),
      );
      const closed = new Promise((resolve) => a.page.once('close', resolve));
      await a.page.close({ runBeforeUnload: true });
      const asked = await dialog;
      expect(asked.type()).toBe('beforeunload');
      await asked.accept();
      await closed;

      // Same browser, still offline, server still down: the app and the draft come back.
      reopened = await newTab(a);
      await reopened.goto(`/d/${encodeURIComponent(documentId)}`);
      await reopened.locator('.connection[data-phase="offline"]').waitFor();
      await eventually(async () =>
        expect(await text(reopened!)).toMatch(/Opening paragraph, typed online\.\s+Typed on the train, offline\./),
      );
      await eventually(async () =>
        expect(await status(reopened!).innerText()).toMatch(
          /Offline.*unsynced changes? saved on this device, not yet sent/s,
        ),
      );
      expect(Number(await status(reopened!).getAttribute('data-unsynced'))).toBeGreaterThan(0);
      await reopened.locator('.doc-content[contenteditable="true"]').waitFor();
    });

    // The server is back, then the network: the draft goes out, and the status says so.
    await a.context.setOffline(false);
    await reopened!.locator('.connection[data-phase="connected"]').waitFor({ timeout: 15_000 });
    await eventually(async () =>
      expect(await status(reopened!).innerText()).toMatch(/Connected.*(offline changes? merged|all changes saved)/s),
    );
    await eventually(async () => expect(await status(reopened!).getAttribute('data-unconfirmed')).toBe('0'));
    expect(await status(reopened!).getAttribute('data-unsynced')).toBe('0');

    const b = await suite.person(demo.member2);
    await b.open(documentId);
    await eventually(async () =>
      expect(await text(b.page)).toMatch(/Opening paragraph, typed online\.\s+Typed on the train, offline\./),
    );
  });

  it('wipes a person’s drafts at sign-out: the next person on that browser finds none of them', async () => {
    const { a, documentId } = await memberWithDocument('A shared computer');
    await suite.crashAndRestart(async () => {
      await a.context.setOffline(true);
      await a.waitForPhase('offline');
      await typeParagraph(a.page, 'Ana’s unsent draft.');
      await eventually(async () =>
        expect(await status(a.page).innerText()).toMatch(/saved on this device, not yet sent/),
      );
      await a.page.close();
    });
    await a.context.setOffline(false);

    // Ana signs out from the workspace list (her draft never went out: the document was not reopened).
    const page = await newTab(a);
    await page.goto('/');
    expect(await databases(page)).toContain(`accord:${encodeURIComponent(a.id)}:${encodeURIComponent(documentId)}`);
    await page.getByRole('button', { name: 'Sign out' }).click();
    await eventually(async () => {
      expect((await databases(page)).filter((name) => name.startsWith('accord:'))).toEqual([]);
      expect(await page.evaluate<boolean>(`caches.has('accord-api')`)).toBe(false);
    });

    // Bea signs in on the same browser and opens the same document: nothing of Ana's draft.
    const response = await a.context.request.post('/api/session', {
      data: { email: demo.member2, password: demoPassword },
    });
    expect(response.status()).toBe(200);
    await page.goto(`/d/${encodeURIComponent(documentId)}`);
    await page.locator('.connection[data-phase="connected"]').waitFor({ timeout: 15_000 });
    await eventually(async () => expect(await text(page)).toContain('Opening paragraph, typed online.'));
    expect(await text(page)).not.toContain('Ana’s unsent draft.');
    expect((await databases(page)).filter((name) => name.startsWith(`accord:${encodeURIComponent(a.id)}:`))).toEqual(
      [],
    );
  });

  it('drops a change the server refused from this browser’s copy, says so, and reloads from the server’s copy', async () => {
    const { a, documentId } = await memberWithDocument('A refused change');
    // Between the page and the server: once `refuse` is set, the page's next update is answered
    // as the server answers one it refuses (4400 with a reason), and never reaches the server.
    let refuse = false;
    await a.context.routeWebSocket(/\/collab\//, (ws) => {
      const server = ws.connectToServer();
      ws.onMessage((message) => {
        const bytes = typeof message === 'string' ? Buffer.from(message) : message;
        if (refuse && bytes[0] === 0 && bytes[1] === 2) {
          refuse = false;
          ws.close({ code: 4400, reason: 'update refused: it changes the text itself' });
          return;
        }
        server.send(message);
      });
    });
    const page = await newTab(a);
    await page.goto(`/d/${encodeURIComponent(documentId)}`);
    await page.locator('.connection[data-phase="connected"]').waitFor({ timeout: 15_000 });
    refuse = true;
    const last = page.locator('.doc-content > :last-child');
    await last.click();
    await page.keyboard.press('End');
    await page.keyboard.type(' Refused words.');
    const notice = page.locator('.refused-change-notice');
    await notice.waitFor({ timeout: 10_000 });
    expect(await notice.innerText()).toMatch(/could not be saved[\s\S]*update refused: it changes the text itself/);
    await eventually(async () =>
      expect(await databases(page)).not.toContain(
        `accord:${encodeURIComponent(a.id)}:${encodeURIComponent(documentId)}`,
      ),
    );

    await notice.getByRole('button', { name: 'Reload the document' }).click();
    await page.locator('.connection[data-phase="connected"]').waitFor({ timeout: 15_000 });
    await eventually(async () => expect(await text(page)).toContain('Opening paragraph, typed online.'));
    expect(await text(page)).not.toContain('Refused words.');
    expect(await page.locator('.refused-change-notice').count()).toBe(0);
  });
});
