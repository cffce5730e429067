/**
 * The drafting room in a real browser: two people, each in their own Chromium context and
 * signed in as a demo member, co-edit through a real Accord process serving the built client.
 */
import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createDocument } from '../helpers/accord-process.js';
import { demo } from '../helpers/auth.js';
import { eventually, screenshotDirs, type Person } from './harness.js';
import { browserSuite } from './suite.js';

// Two members who may edit: Mei Tanaka and Jonas Berg.
const ANA = demo.member;
const BEA = demo.member2;

const suite = browserSuite();
const person = (email: string): Promise<Person> => suite.person(email);

/** Two people in a fresh, empty document. */
async function twoPeopleIn(title: string): Promise<{ a: Person; b: Person; documentId: string }> {
  const documentId = await createDocument(suite.accord, title);
  const [a, b] = await Promise.all([person(ANA), person(BEA)]);
  await Promise.all([a.open(documentId), b.open(documentId)]);
  return { a, b, documentId };
}

/**
 * Types paragraphs at the end of the document, one per line. The caret is put there by a click
 * at the end of the last block, and Enter waits until the editor itself has processed that
 * move (`data-current`): Lexical learns of caret moves from the asynchronous `selectionchange`
 * event, and a key pressed before it arrives would act on the old position.
 */
async function typeParagraphs(p: Person, lines: string[]): Promise<void> {
  const empty = (await p.editor().innerText()).trim() === '';
  if (empty) {
    await p.editor().click();
  } else {
    const last = p.page.locator('.doc-content > :last-child');
    const box = (await last.boundingBox())!;
    await last.click({ position: { x: box.width - 2, y: box.height - 6 } });
    await p.page.locator('.doc-content > :last-child[data-current]').waitFor();
  }
  for (const [i, line] of lines.entries()) {
    if (i > 0 || !empty) await p.page.keyboard.press('Enter');
    await p.page.keyboard.type(line);
  }
}

const texts = async (p: Person) => (await p.blocks()).map((b) => b.text).filter(Boolean);

describe('the drafting room', () => {
  it('shows what A types to B', async () => {
    const { a, b } = await twoPeopleIn('Typing is shared');
    await typeParagraphs(a, ['The MAG agreed to open the call for contributions on 1 April.']);
    await eventually(async () =>
      expect(await texts(b)).toEqual(['The MAG agreed to open the call for contributions on 1 April.']),
    );
    // Both see the same numbered paragraph with the same id.
    const [blockA] = await a.blocks();
    const [blockB] = await b.blocks();
    expect(blockA).toMatchObject({ number: '1', tag: 'p' });
    expect(blockA!.id).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(blockB).toEqual(blockA);
  });

  it('renumbers for both when B adds a paragraph above, keeping every id', async () => {
    const { a, b } = await twoPeopleIn('Numbers shift');
    await typeParagraphs(a, ['Alpha.', 'Beta.', 'Gamma.']);
    await eventually(async () => expect(await texts(b)).toEqual(['Alpha.', 'Beta.', 'Gamma.']));
    const before = await a.blocks();
    expect(before.map((x) => x.number)).toEqual(['1', '2', '3']);
    expect(new Set(before.map((x) => x.id)).size).toBe(3);

    // B presses Enter at the very start of the document and types a new first paragraph.
    await b.page.locator('.doc-content [data-number="1"]').click({ position: { x: 1, y: 5 } });
    await b.page.locator('.doc-content [data-number="1"][data-current]').waitFor();
    await b.page.keyboard.press('Enter');
    await b.page.keyboard.press('ArrowUp');
    await b.page.keyboard.type('Inserted by Bea.');

    for (const p of [a, b]) {
      await eventually(async () => {
        const after = await p.blocks();
        expect(after.map((x) => [x.number, x.text])).toEqual([
          ['1', 'Inserted by Bea.'],
          ['2', 'Alpha.'],
          ['3', 'Beta.'],
          ['4', 'Gamma.'],
        ]);
        // Identity is permanent: the three old paragraphs keep their ids, the new one has its own.
        expect(after.slice(1).map((x) => x.id)).toEqual(before.map((x) => x.id));
        expect(after[0]!.id).toMatch(/^[A-Za-z0-9_-]+$/);
        expect(before.map((x) => x.id)).not.toContain(after[0]!.id);
      });
    }
    expect(await a.blocks()).toEqual(await b.blocks());
  });

  it("shows B's cursor to A with B's name and colour, and both in the presence list", async () => {
    const { a, b } = await twoPeopleIn('Cursors');
    await typeParagraphs(a, ['Paragraph to point at.']);
    await eventually(async () => expect(await texts(b)).toEqual(['Paragraph to point at.']));
    await b.page.locator('.doc-content [data-number="1"]').click();
    await b.page.keyboard.press('End');

    // B's real name, from the server; drawn in B's colour (the one B's own avatar shows), over the paragraph B is in.
    const caretName = a.page.locator('.remote-caret-name', { hasText: b.name });
    await caretName.waitFor({ timeout: 10_000 });
    const caretColor = await caretName.evaluate(
      (el) => el.ownerDocument.defaultView!.getComputedStyle(el).backgroundColor,
    );
    const ownColor = await b.page
      .locator('.me .avatar')
      .evaluate((el) => el.ownerDocument.defaultView!.getComputedStyle(el).backgroundColor);
    expect(caretColor).toMatch(/^rgb\(/);
    expect(caretColor).toBe(ownColor);
    const caretBox = (await a.page.locator('.remote-caret').first().boundingBox())!;
    const paragraphBox = (await a.page.locator('.doc-content [data-number="1"]').boundingBox())!;
    expect(caretBox.y).toBeGreaterThanOrEqual(paragraphBox.y - 4);
    expect(caretBox.y).toBeLessThan(paragraphBox.y + paragraphBox.height);

    for (const p of [a, b]) {
      await eventually(async () => {
        const names = await p.page
          .locator('.presence-item[data-participant]')
          .evaluateAll((els) => els.map((el) => el.getAttribute('data-participant')));
        expect(names.sort()).toEqual([a.name, b.name].sort());
      });
    }
  });

  it('merges edits made while A was offline, with nothing lost', async () => {
    const { a, b } = await twoPeopleIn('Offline merge');
    await typeParagraphs(a, ['Shared opening paragraph.']);
    await eventually(async () => expect(await texts(b)).toEqual(['Shared opening paragraph.']));

    await a.context.setOffline(true);
    await a.waitForPhase('offline');
    // A no longer lists B. (B sees A go only when the server's keep-alive drops A's socket:
    // an emulated network cut delivers no close frame.)
    await eventually(async () => expect(await a.page.locator('.presence-item[data-participant]').count()).toBe(1));

    await typeParagraphs(a, ['Written offline by Ana.']);
    await typeParagraphs(b, ['Written online by Bea.']);
    // A's status counts what the server has not seen; B never sees it meanwhile.
    await eventually(async () =>
      expect(Number(await a.page.locator('.connection').getAttribute('data-unsynced'))).toBeGreaterThan(0),
    );
    await expect(a.page.locator('.connection').innerText()).resolves.toMatch(/Offline.*unsynced change/s);
    await new Promise((r) => setTimeout(r, 300));
    expect(await texts(b)).not.toContain('Written offline by Ana.');

    await a.context.setOffline(false);
    await a.waitForPhase('connected');
    for (const p of [a, b]) {
      await eventually(async () => {
        const t = await texts(p);
        expect(t).toHaveLength(3);
        expect(t[0]).toBe('Shared opening paragraph.');
        expect(t).toEqual(expect.arrayContaining(['Written offline by Ana.', 'Written online by Bea.']));
      });
    }
    expect(await a.blocks()).toEqual(await b.blocks());
    expect((await a.blocks()).map((x) => x.number)).toEqual(['1', '2', '3']);
    expect(await a.page.locator('.connection').getAttribute('data-unsynced')).toBe('0');
    await expect(a.page.locator('.connection').innerText()).resolves.toMatch(/offline changes? merged/);
  });

  it('shows the persisted text after a reload', async () => {
    const { a, b, documentId } = await twoPeopleIn('Persistence');
    await typeParagraphs(a, ['Kept across reloads.', 'Second paragraph.']);
    await eventually(async () => expect(await texts(b)).toEqual(['Kept across reloads.', 'Second paragraph.']));
    const before = await a.blocks();

    await a.page.reload();
    await a.page.locator('.connection[data-phase="connected"]').waitFor();
    await eventually(async () => expect(await a.blocks()).toEqual(before));

    // And a third person arriving later gets the same document.
    const c = await person(demo.coordinator);
    await c.open(documentId);
    await eventually(async () => expect(await c.blocks()).toEqual(before));
  });

  it("undoes only A's own edits, never B's", async () => {
    const { a, b } = await twoPeopleIn('Undo is personal');
    await typeParagraphs(b, ['Bea wrote this first.']);
    await eventually(async () => expect(await texts(a)).toEqual(['Bea wrote this first.']));

    await typeParagraphs(a, ['Ana adds this.']);
    await eventually(async () => expect(await texts(b)).toEqual(['Bea wrote this first.', 'Ana adds this.']));
    // B keeps typing after A's edit: undo in A must not touch it even though it is newer.
    await typeParagraphs(b, ['Bea adds more.']);
    await eventually(async () =>
      expect(await texts(a)).toEqual(['Bea wrote this first.', 'Ana adds this.', 'Bea adds more.']),
    );

    await a.editor().focus();
    // Yjs merges a person's changes into one undo step only while they come within 500 ms of each
    // other: on a loaded machine the typing of A's paragraph may take two steps. Undo until it is
    // gone; no step may ever take B's text.
    const withoutA = ['Bea wrote this first.', 'Bea adds more.'];
    let presses = 0;
    for (let now = await texts(a); presses < 4 && JSON.stringify(now) !== JSON.stringify(withoutA); presses++) {
      await a.page.keyboard.press('Control+z');
      const before = now;
      await eventually(async () => expect(await texts(a)).not.toEqual(before));
      now = await texts(a);
      expect(now.filter((t) => t.startsWith('Bea'))).toEqual(withoutA);
    }
    for (const p of [a, b]) {
      await eventually(async () => expect(await texts(p)).toEqual(withoutA));
    }
    // Redo brings A's paragraph back.
    for (let i = 0; i < presses; i++) await a.page.keyboard.press('Control+Shift+z');
    for (const p of [a, b]) {
      await eventually(async () =>
        expect(await texts(p)).toEqual(['Bea wrote this first.', 'Ana adds this.', 'Bea adds more.']),
      );
    }
  });

  it('says "reconnecting" while the server is down and loses nothing across a crash', async () => {
    const { a, b } = await twoPeopleIn('Server crash');
    await typeParagraphs(a, ['Written before the crash.']);
    await eventually(async () => expect(await texts(b)).toEqual(['Written before the crash.']));

    await suite.crashAndRestart(async () => {
      await Promise.all([a.waitForPhase('reconnecting'), b.waitForPhase('reconnecting')]);
      await typeParagraphs(a, ['Written while the server was down.']);
      await eventually(async () =>
        expect(await a.page.locator('.connection').innerText()).toMatch(/Reconnecting.*unsynced change/s),
      );
    });
    await Promise.all([a.waitForPhase('connected'), b.waitForPhase('connected')]);
    for (const p of [a, b]) {
      await eventually(
        async () => expect(await texts(p)).toEqual(['Written before the crash.', 'Written while the server was down.']),
        15_000,
      );
    }
    expect(await a.blocks()).toEqual(await b.blocks());
  });

  it('looks like a drafting tool: the Policy Menus document with two people in it', async () => {
    const [a, b] = await Promise.all([person(ANA), person(BEA)]);
    await Promise.all([a.open('policy-menus-cnb'), b.open('policy-menus-cnb')]);
    // Seeded content: numbered body paragraphs, headings without numbers.
    const blocks = await a.blocks();
    // Every block arrived with its permanent id from the server's seed.
    expect(blocks.every((x) => x.id && /^[A-Za-z0-9_-]+$/.test(x.id))).toBe(true);
    expect(new Set(blocks.map((x) => x.id)).size).toBe(blocks.length);
    expect(blocks.some((x) => /^h[1-3]$/.test(x.tag) && x.number === null)).toBe(true);
    const numbers = blocks.filter((x) => x.number !== null).map((x) => Number(x.number));
    expect(numbers.length).toBeGreaterThan(2);
    expect(numbers).toEqual(numbers.map((_, i) => i + 1));

    // B selects a few words in paragraph 2 (reading only: nothing is typed into the demo).
    const target = b.page.locator('.doc-content [data-number="2"]');
    await target.click({ position: { x: 40, y: 8 } });
    await b.page.keyboard.press('Home');
    for (let i = 0; i < 4; i++) await b.page.keyboard.press('Control+Shift+ArrowRight');
    await a.page.locator('.remote-caret-name', { hasText: b.name }).waitFor();
    // A's own caret in paragraph 1; the page at the top, the mouse out of the way.
    await a.page.locator('.doc-content [data-number="1"]').click({ position: { x: 60, y: 10 } });
    await a.page.evaluate('window.scrollTo(0, 0)');
    await a.page.mouse.move(1200, 700);

    const [tempDir, keptDir] = screenshotDirs();
    const file = join(tempDir!, 'drafting-room.png');
    await a.page.screenshot({ path: file });
    copyFileSync(file, join(keptDir!, 'drafting-room.png'));
    console.log(`screenshot: ${file} (copied to test/browser/screenshots/drafting-room.png)`);
  });
});
