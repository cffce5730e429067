/**
 * Tracked consensus in a real browser, on the demo MAG summary: a coordinator marks a
 * paragraph contested from its margin marker, a member brackets a passage and proposes an
 * alternative, another member opposes with a reason — and an observer watching the dashboard
 * and the register sees each change arrive live. Ends with a screenshot of the dashboard.
 */
import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { demo, sessionHeaders, signIn, type SignedIn } from '../helpers/auth.js';
import { eventually, offerToReadme, screenshotDirs, selectInParagraph, type Person } from './harness.js';
import { browserSuite } from './suite.js';

const DOCUMENT = 'mag-2015-03-03-summary';
const suite = browserSuite();
const person = (email: string): Promise<Person> => suite.person(email);

/** Opens paragraph `n`'s status marker menu; resolves to the paragraph's block id. */
async function openMarker(p: Person, n: number): Promise<string> {
  const blockId = await p.page.locator(`.doc-content [data-number="${n}"]`).getAttribute('data-block-id');
  expect(blockId).toBeTruthy();
  const marker = p.page.locator(`.status-marker[data-block-id="${blockId}"]`);
  await marker.click();
  await p.page.locator(`.cs-panel[data-block-id="${blockId}"]`).waitFor();
  return blockId!;
}

describe('tracked consensus in the browser', () => {
  it('status, a bracket with an alternative and an opposition reach an observer’s dashboard and register live', async () => {
    const [lucas, mei, jonas, carlos] = await Promise.all([
      person(demo.coordinator),
      person(demo.member),
      person(demo.member2),
      person(demo.observer),
    ]);
    // The observer watches the dashboard; a second tab of theirs shows the register.
    await carlos.page.setViewportSize({ width: 1200, height: 1100 });
    await carlos.page.goto(`/d/${DOCUMENT}/dashboard`);
    await carlos.page.locator('.dash-live[data-status="live"]').waitFor();
    const register = await carlos.context.newPage();
    await register.goto(`/d/${DOCUMENT}/register`);
    await register.locator('.register-live[data-status="live"]').waitFor();

    // 1. The coordinator marks paragraph 3 contested.
    await lucas.open(DOCUMENT);
    const p3 = await openMarker(lucas, 3);
    await lucas.page.locator('.cs-panel').getByLabel('Contested').check();
    await lucas.page.locator('.cs-panel').getByLabel('Note').fill('Two groups read the mandate differently.');
    await lucas.page.locator('.cs-panel').getByRole('button', { name: 'Set status' }).click();
    await lucas.page.locator(`.status-marker[data-block-id="${p3}"][data-status="contested"]`).waitFor();
    await carlos.page
      .locator(`.dash-status[data-block-id="${p3}"][data-status="contested"]`)
      .waitFor({ timeout: 3000 });
    await register.locator(`.register-entry[data-block-id="${p3}"]`).waitFor({ timeout: 3000 });

    // 2. A member brackets a passage of paragraph 3 with the toolbar and proposes an alternative.
    await mei.open(DOCUMENT);
    await mei.editor().click();
    const passage = await selectInParagraph(mei.page, 3, 0, 24);
    await mei.page.getByRole('button', { name: 'Bracket the selection' }).click();
    const bracket = mei.page.locator(`.doc-content [data-block-id="${p3}"] .accord-bracket`);
    await bracket.waitFor();
    expect(await bracket.textContent()).toBe(passage);
    // Drawn as [ … ] by CSS, not typed into the text.
    // Evaluated as a string: the test project has no DOM types.
    expect(
      await mei.page.evaluate(
        `getComputedStyle(document.querySelector('.doc-content [data-block-id="${p3}"] .accord-bracket'), '::before').content`,
      ),
    ).toBe('"["');
    const bracketId = (await bracket.getAttribute('data-bracket-id'))!;
    await bracket.click();
    const popover = mei.page.locator(`.bracket-popover[data-bracket-id="${bracketId}"]`);
    await popover.getByLabel('Propose an alternative').waitFor({ timeout: 5000 });
    await popover.getByLabel('Propose an alternative').fill('The working group on improvements');
    await popover.getByRole('button', { name: 'Add alternative' }).click();
    await eventually(
      async () =>
        expect(await popover.locator('.bracket-alternatives').textContent()).toContain(
          'Alt 1: The working group on improvements',
        ),
      3000,
    );
    expect(await popover.locator('.bracket-alternatives').textContent()).toContain('Mei Tanaka');
    await mei.page.keyboard.press('Escape');
    // Everyone else sees the bracket in their text, and the observer's views count it.
    await lucas.page.locator(`.accord-bracket[data-bracket-id="${bracketId}"]`).waitFor();
    await eventually(
      async () =>
        expect(await carlos.page.locator(`.dash-status[data-block-id="${p3}"] .dash-bracket`).textContent()).toBe(
          '[1]',
        ),
      3000,
    );
    await eventually(
      async () =>
        expect(await register.locator(`.register-entry[data-block-id="${p3}"]`).textContent()).toContain(
          'Alt 1: “The working group on improvements” — proposed by Mei Tanaka',
        ),
      3000,
    );

    // 3. Another member opposes paragraph 3 with a reason.
    await jonas.open(DOCUMENT);
    await openMarker(jonas, 3);
    await jonas.page.locator('.cs-panel').getByLabel('Oppose').check();
    await jonas.page
      .locator('.cs-panel')
      .getByLabel('Reason')
      .fill('The mandate of the working group is wider than this says.');
    await jonas.page.locator('.cs-panel').getByRole('button', { name: 'Record position' }).click();
    await jonas.page.locator('.my-position[data-position="oppose"]').waitFor();
    await carlos.page.locator(`.dash-cell[data-block-id="${p3}"][data-responded]`).first().waitFor({ timeout: 3000 });
    await eventually(
      async () =>
        expect(await register.locator(`.register-entry[data-block-id="${p3}"]`).textContent()).toContain(
          'wider than this says',
        ),
      3000,
    );

    // The coordinator cannot agree over the open bracket: the server's refusal, verbatim.
    await lucas.page.keyboard.press('Escape');
    await openMarker(lucas, 3);
    await lucas.page.locator('.cs-panel').getByRole('radio', { name: 'Agreed', exact: true }).check();
    await lucas.page.locator('.cs-panel').getByRole('button', { name: 'Set status' }).click();
    await eventually(
      async () =>
        expect(await lucas.page.locator('.cs-panel .form-error').textContent()).toMatch(
          /paragraph 3 cannot be marked agreed: it has 1 unresolved bracket/,
        ),
      3000,
    );
    await lucas.page.keyboard.press('Escape');

    // More of a meeting's worth, over the API as from others' browsers, for the picture.
    const blocks = await lucas.blocks();
    const id = (n: number) => blocks.find((b) => b.number === String(n))!.id!;
    const [coordinator, member, member2] = await Promise.all([
      signIn(suite.accord.url, demo.coordinator),
      signIn(suite.accord.url, demo.member),
      signIn(suite.accord.url, demo.member2),
    ]);
    const put = async (who: SignedIn, path: string, body: unknown) => {
      const response = await fetch(`${suite.accord.url}/api/documents/${DOCUMENT}${path}`, {
        method: 'PUT',
        headers: sessionHeaders(who),
        body: JSON.stringify(body),
      });
      expect(response.status).toBe(200);
    };
    for (const [n, status] of [
      [1, 'agreed'],
      [2, 'agreed'],
      [4, 'under-discussion'],
      [5, 'agreed-ad-ref'],
      [6, 'under-discussion'],
      [9, 'contested'],
    ] as const) {
      await put(coordinator, `/paragraphs/${id(n)}/status`, { status });
    }
    for (const n of [1, 2, 5]) await put(member, `/paragraphs/${id(n)}/position`, { position: 'support' });
    await put(member2, `/paragraphs/${id(1)}/position`, {
      position: 'support-with-reservation',
      reason: 'The dates may move.',
    });
    await put(member2, `/paragraphs/${id(9)}/position`, { position: 'oppose' });
    await put(coordinator, `/paragraphs/${id(2)}/position`, { position: 'support' });
    await put(coordinator, `/paragraphs/${id(4)}/position`, { position: 'abstain' });
    await eventually(
      async () => expect(await carlos.page.locator('.dash-status[data-status="agreed"]').count()).toBe(2),
      3000,
    );
    // The writer's view, to look at: markers beside the numbers, the menu of paragraph 3.
    await lucas.page.evaluate(
      `window.scrollBy(0, document.querySelector('.doc-content [data-number="3"]').getBoundingClientRect().top - 140)`,
    );
    await openMarker(lucas, 3);
    await lucas.page.screenshot({ path: join(screenshotDirs()[1]!, 'consensus-editor.png') });
    await lucas.page.keyboard.press('Escape');

    // The picture for the docs.
    await carlos.page.locator('.dash-chart').waitFor();
    await carlos.page.evaluate(`new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 200)))`);
    const [temp, kept] = screenshotDirs();
    const shot = join(temp!, 'dashboard.png');
    await carlos.page.screenshot({ path: shot, fullPage: true });
    copyFileSync(shot, join(kept!, 'dashboard.png'));
    offerToReadme(shot, 'dashboard.png');

    // The coordinator resolves the bracket with Alt 1: the text changes for everyone.
    await lucas.page.locator(`.accord-bracket[data-bracket-id="${bracketId}"]`).click();
    const resolver = lucas.page.locator(`.bracket-popover[data-bracket-id="${bracketId}"]`);
    await resolver.getByRole('radio', { name: 'Choose Alt 1' }).check();
    await resolver.getByRole('button', { name: 'Resolve bracket' }).click();
    for (const p of [lucas, mei, jonas]) {
      await eventually(
        async () =>
          expect(await p.page.locator(`.doc-content [data-block-id="${p3}"]`).textContent()).toMatch(
            /^The working group on improvements/,
          ),
        3000,
      );
      expect(await p.page.locator(`.doc-content [data-block-id="${p3}"] .accord-bracket`).count()).toBe(0);
    }
    await eventually(
      async () => expect(await carlos.page.locator('.dash-total').nth(2).textContent()).toContain('0open brackets'),
      3000,
    );
  }, 90_000);

  it('flags an agreed paragraph edited since, for everyone, until the coordinator re-confirms it', async () => {
    const [lucas, mei] = await Promise.all([person(demo.coordinator), person(demo.member)]);
    await Promise.all([lucas.open(DOCUMENT), mei.open(DOCUMENT)]);
    const p1 = await lucas.page.locator('.doc-content [data-number="1"]').getAttribute('data-block-id');
    const marker = (p: Person) => p.page.locator(`.status-marker[data-block-id="${p1}"]`);
    await marker(mei).waitFor();
    if ((await marker(lucas).getAttribute('data-status')) !== 'agreed') {
      await openMarker(lucas, 1);
      await lucas.page.locator('.cs-panel').getByRole('radio', { name: 'Agreed', exact: true }).check();
      await lucas.page.locator('.cs-panel').getByRole('button', { name: 'Set status' }).click();
      await lucas.page.keyboard.press('Escape');
    }
    await mei.page.locator(`.status-marker[data-block-id="${p1}"][data-status="agreed"]`).waitFor();
    await mei.editor().click();
    await selectInParagraph(mei.page, 1, 4, 4);
    await mei.page.keyboard.type(' (edited)');
    for (const p of [lucas, mei])
      await p.page.locator(`.status-marker[data-block-id="${p1}"][data-changed]`).waitFor({ timeout: 5000 });
    expect(await marker(mei).getAttribute('aria-label')).toBe('Paragraph 1: Agreed, changed since agreed');

    await openMarker(lucas, 1);
    await lucas.page
      .locator('.cs-panel')
      .getByRole('button', { name: /^Re-confirm agreed/ })
      .click();
    for (const p of [lucas, mei])
      await eventually(async () => expect(await marker(p).getAttribute('data-changed')).toBeNull(), 3000);
  }, 60_000);
});
