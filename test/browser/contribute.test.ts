/**
 * A call for contributions' public page in a real browser, on a phone (390 × 844) and without
 * an account: a person from a national initiative opens the call, reads its pillars and its
 * deadline in their own time zone, gives a name and an email, types the code mailed to them
 * (read from the server's log: no SMTP here), uploads a real Word document made here with the
 * `docx` library, and sees the paragraphs the server stored — the heading, the list items, the
 * bold sentence and the link's text — editable until the deadline. The page never scrolls sideways.
 * A refusal (a wrong code) is shown as the server wrote it, beside nothing stored.
 *
 * Then the other end: a compilation citing that contribution is endorsed by silence, and its
 * published page shows, without sign-in, the stamp, the numbered paragraphs with their notes
 * and the annex; an unpublished version is "not found" there like an unknown one.
 *
 * The call page in another language (issue 15): Arabic from the browser's preference, right to
 * left with an English pillar isolated, then French from its own switcher, remembered.
 *
 * Last, the whole journey of issue 14: a Word upload to a call on the Policy Menus; the
 * coordinator ticks two of its paragraphs at the compilation desk and inserts them after ¶2;
 * both show "Source: Brazil IGF" in the margin; the version endorsed by silence cites them on
 * its public page.
 */
import { copyFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { catalogs } from '@accord/i18n/all';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { createDocument } from '../helpers/accord-process.js';
import { bearer, demo, tokenFor } from '../helpers/auth.js';
import { eventually, offerToReadme, repoRoot, screenshotDirs } from './harness.js';
import { browserSuite } from './suite.js';

const suite = browserSuite();
const day = 86_400_000;

/** The few parts of the `docx` library used here (a server dependency, loaded from there). */
interface DocxLibrary {
  Document: new (options: unknown) => unknown;
  Packer: { toBuffer(doc: unknown): Promise<Buffer> };
  Paragraph: new (options: unknown) => unknown;
  TextRun: new (options: unknown) => unknown;
  ExternalHyperlink: new (options: unknown) => unknown;
  HeadingLevel: { HEADING_1: unknown };
}

async function docxLibrary(): Promise<DocxLibrary> {
  const resolved = createRequire(join(repoRoot, 'server/package.json')).resolve('docx');
  return (await import(pathToFileURL(resolved).href)) as DocxLibrary;
}

/** A national initiative's contribution as Word writes it: a heading, a bulleted list, bold, a link. */
async function contributionDocx(): Promise<Buffer> {
  const { Document, Packer, Paragraph, TextRun, ExternalHyperlink, HeadingLevel } = await docxLibrary();
  const doc = new Document({
    sections: [
      {
        children: [
          new Paragraph({ text: 'Meaningful access in Brazil', heading: HeadingLevel.HEADING_1 }),
          new Paragraph({
            children: [
              new TextRun('Connectivity alone is '),
              new TextRun({ text: 'not enough', bold: true }),
              new TextRun(': people need skills and affordable devices.'),
            ],
          }),
          new Paragraph({ text: 'Community networks in the Amazon', bullet: { level: 0 } }),
          new Paragraph({ text: 'Public Wi-Fi in schools', bullet: { level: 0 } }),
          new Paragraph({
            children: [
              new TextRun('Our full report is on '),
              new ExternalHyperlink({
                link: 'https://igf.example.br/report',
                children: [new TextRun({ text: 'the Brazil IGF site', style: 'Hyperlink' })],
              }),
              new TextRun('.'),
            ],
          }),
        ],
      },
    ],
  });
  return Packer.toBuffer(doc);
}

/** The call is on the demo's Policy Menus compilation, where the coordinator compiles what comes in. */
const compilationId = 'policy-menus-cnb';
async function openCall(): Promise<{ id: string; closesAt: string }> {
  const documentId = compilationId;
  const token = await tokenFor(suite.accord.url, demo.coordinator);
  const closesAt = new Date(Date.now() + 7 * day).toISOString();
  const response = await fetch(`${suite.accord.url}/api/documents/${documentId}/calls`, {
    method: 'POST',
    headers: bearer(token),
    body: JSON.stringify({
      title: 'Contributions to the policy network on meaningful access',
      introduction: 'National, regional and youth initiatives: tell us what works where you are.',
      pillars: [
        { title: 'Access', question: 'What connects the unconnected in your country?' },
        { title: 'Skills', question: 'Which skills matter most?' },
      ],
      opensAt: new Date(Date.now() - 60_000).toISOString(),
      closesAt,
      participation: 'public',
    }),
  });
  expect(response.status, await response.clone().text()).toBe(201);
  return { id: ((await response.json()) as { id: string }).id, closesAt };
}

/** The code mailed (logged, with no SMTP) to `email`, newest first. */
function loggedCode(email: string): string {
  const lines = suite.accord
    .output()
    .split('\n')
    .filter((l) => l.includes(`to=${email} `) && l.includes('confirmation code is: '));
  const match = /confirmation code is: (\w+)/.exec(lines.at(-1) ?? '');
  if (!match) {
    const mails = suite.accord
      .output()
      .split('\n')
      .filter((l) => l.includes(email));
    throw new Error(`no code mailed to ${email} in the server log; its lines: ${mails.join('\n')}`);
  }
  return match[1]!;
}

/** Someone on a phone in São Paulo: no session, a context of their own. */
async function phone(): Promise<{ page: Page; errors: Error[] }> {
  const context = await suite.browser.newContext({
    baseURL: suite.accord.url,
    viewport: { width: 390, height: 844 },
    deviceScaleFactor: 2,
    isMobile: true,
    hasTouch: true,
    timezoneId: 'America/Sao_Paulo',
    locale: 'en-GB',
  });
  suite.closeAfter(context);
  const page = await context.newPage();
  const errors: Error[] = [];
  page.on('pageerror', (e) => errors.push(e));
  return { page, errors };
}

const noSidewaysScroll = (page: Page) =>
  page.evaluate<boolean>('document.documentElement.scrollWidth <= window.innerWidth');

const focused = (page: Page) => page.evaluate<string | undefined>('document.activeElement?.textContent ?? undefined');

describe('the public page of a call for contributions', () => {
  it('lets a national initiative confirm its email on a phone, upload a Word file and see what was stored', async () => {
    const call = await openCall();
    const { page, errors } = await phone();
    await page.goto(`/contribute/${call.id}`);

    await page
      .getByRole('heading', { level: 1, name: 'Contributions to the policy network on meaningful access' })
      .waitFor();
    // The deadline in the viewer's zone (São Paulo, UTC−3), with UTC beside it.
    expect(await page.locator('.consult-state').textContent()).toMatch(
      /^Open for contributions until .*(GMT-3|BRT).*UTC\)\.$/,
    );
    expect(await page.getByText('What connects the unconnected in your country?').count()).toBe(1);
    expect(await noSidewaysScroll(page)).toBe(true);

    // Step 1: name and email; a bad email is refused beside its field, nothing sent.
    const start = page.getByRole('form', { name: 'Contribute' });
    await start.getByLabel('Name', { exact: true }).fill('Ana Souza');
    await start.getByLabel('Email', { exact: true }).fill('not an email');
    await start.getByRole('button', { name: 'Send me a code' }).click();
    const emailField = start.getByLabel('Email', { exact: true });
    expect(await emailField.getAttribute('aria-invalid')).toBe('true');
    // The focus goes to what to fix.
    expect(await page.evaluate<string | undefined>('document.activeElement?.getAttribute("type") ?? undefined')).toBe(
      'email',
    );
    await start.getByLabel('Email', { exact: true }).fill('ana@nic.example.br');
    const sent = page.waitForResponse((r) => r.url().endsWith('/contributors'));
    await start.getByRole('button', { name: 'Send me a code' }).click();
    expect((await sent).status()).toBe(202);

    // Step 2: the code from the mail. A wrong one is refused in the server's words.
    const codeForm = page.getByRole('form', { name: 'Confirm your email' });
    await codeForm.waitFor();
    expect(await focused(page)).toBe('Confirm your email');
    const code = await eventually(() => loggedCode('ana@nic.example.br'));
    await codeForm.getByLabel('Code from the mail').fill(code === '00000000' ? '11111111' : '00000000');
    const refused = page.waitForResponse((r) => r.url().endsWith('/contributors/confirm'));
    await codeForm.getByRole('button', { name: 'Confirm' }).click();
    const refusal = await refused;
    expect(refusal.status()).toBeGreaterThanOrEqual(400);
    const said = ((await refusal.json()) as { error: { message: string } }).error.message;
    expect(await codeForm.getByRole('alert').textContent()).toBe(said);
    await codeForm.getByLabel('Code from the mail').fill(code);
    await codeForm.getByRole('button', { name: 'Confirm' }).click();

    // Step 3: the contribution, from a Word file.
    const form = page.getByRole('form', { name: 'Your contribution' });
    await form.waitFor();
    expect(await focused(page)).toBe('Your contribution');
    expect(await page.getByText('You contribute as Ana Souza (ana@nic.example.br), confirmed.').count()).toBe(1);
    await form.getByLabel('Organisation or initiative').fill('Brazil IGF');
    await form.getByLabel('Kind of initiative').selectOption('national');
    await form.getByLabel('Country or region').selectOption('BR');
    await form.getByLabel('Title of the contribution').fill('Meaningful access: the view from Brazil');
    await form.getByLabel('Access', { exact: true }).check();
    await form.getByLabel('Upload a file').check();
    expect(await form.getByText('at most 5 MB', { exact: false }).count()).toBeGreaterThan(0);
    // A file that only claims to be Word: the server's refusal, word for word, and nothing stored.
    await form.getByLabel('File', { exact: true }).setInputFiles({
      name: 'brazil-igf.docx',
      mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      buffer: Buffer.from('this is not a Word document at all'),
    });
    const bad = page.waitForResponse((r) => r.url().endsWith('/contributions'));
    await form.getByRole('button', { name: 'Send the contribution' }).click();
    const badAnswer = await bad;
    expect(badAnswer.status()).toBe(400);
    const badSaid = ((await badAnswer.json()) as { error: { message: string } }).error.message;
    expect(await form.getByRole('alert').textContent()).toBe(badSaid);
    await form.getByLabel('File', { exact: true }).setInputFiles({
      name: 'brazil-igf.docx',
      mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      buffer: await contributionDocx(),
    });
    expect(await noSidewaysScroll(page)).toBe(true);
    await page.screenshot({ path: join(screenshotDirs()[0]!, 'contribute-form.png'), fullPage: true });
    const stored = page.waitForResponse((r) => r.url().endsWith('/contributions'));
    await form.getByRole('button', { name: 'Send the contribution' }).click();
    expect((await stored).status()).toBe(201);

    // What the server stored, paragraph by paragraph.
    const receipt = page.getByRole('region', { name: 'Your contribution is stored' });
    await receipt.waitFor();
    expect(await focused(page)).toBe('Your contribution is stored');
    const paragraphs = await receipt.locator('.contribute-stored li').allTextContents();
    expect(paragraphs[0]).toBe('Meaningful access in Brazil');
    expect(paragraphs[1]).toBe('Connectivity alone is not enough: people need skills and affordable devices.');
    expect(paragraphs[2]).toBe('Community networks in the Amazon');
    expect(paragraphs[3]).toBe('Public Wi-Fi in schools');
    // The paragraph model is plain text: the server keeps a link as its text and address.
    expect(paragraphs[4]).toBe('Our full report is on the Brazil IGF site (https://igf.example.br/report).');
    expect(paragraphs).toHaveLength(5);
    expect(await receipt.getByText('Pillars: Access.').count()).toBe(1);
    expect(await noSidewaysScroll(page)).toBe(true);

    const [temp, kept] = screenshotDirs();
    const shot = join(temp!, 'contribute-phone.png');
    await page.screenshot({ path: shot, fullPage: true });
    copyFileSync(shot, join(kept!, 'contribute-phone.png'));
    offerToReadme(shot, 'contribute-phone.png');

    // A reload keeps the confirmed contributor and their contribution (this tab only).
    await page.reload();
    await receipt.waitFor();
    // Editable until the deadline: typed text replaces the file's.
    await receipt.getByRole('button', { name: 'Edit the contribution' }).click();
    const edit = page.getByRole('form', { name: 'Edit your contribution' });
    await edit.waitFor();
    expect(await edit.getByLabel('Organisation or initiative').inputValue()).toBe('Brazil IGF');
    await edit.getByLabel('Text', { exact: true }).fill('Access first.\n\nThen skills, in\nschools.');
    expect(await edit.getByText('Your text has 2 paragraphs.').count()).toBe(1);
    const saved = page.waitForResponse((r) => r.request().method() === 'PUT');
    await edit.getByRole('button', { name: 'Save the changes' }).click();
    expect((await saved).status()).toBe(200);
    await receipt.waitFor();
    expect(await receipt.locator('.contribute-stored li').allTextContents()).toEqual([
      'Access first.',
      'Then skills, in schools.',
    ]);
    expect(errors).toEqual([]);
  });
});

describe('the call page in the six languages', () => {
  it('opens in Arabic from the browser, right to left with an English pillar isolated, and switches to French', async () => {
    const call = await openCall();
    const context = await suite.browser.newContext({
      baseURL: suite.accord.url,
      viewport: { width: 390, height: 844 },
      locale: 'ar-EG',
      timezoneId: 'Asia/Riyadh',
    });
    suite.closeAfter(context);
    const page = await context.newPage();
    const errors: Error[] = [];
    page.on('pageerror', (e) => errors.push(e));
    await page.goto(`/contribute/${call.id}`);
    const ar = catalogs.ar;
    const kicker = page.locator('.consult-kicker');
    await kicker.waitFor();
    expect(await page.evaluate('[document.documentElement.lang, document.documentElement.dir]')).toEqual(['ar', 'rtl']);
    expect(await kicker.textContent()).toBe(ar['compilation.call.kicker']);
    expect(await page.getByRole('heading', { level: 2, name: ar['compilation.steps.title'] }).count()).toBe(1);
    // The deadline's sentence is the catalog's, in Riyadh's time with the zone named and UTC beside it.
    const [before] = ar['compilation.call.open'].split('{when}');
    const state = (await page.locator('.consult-state').textContent()) ?? '';
    expect(state.startsWith(before!)).toBe(true);
    expect(state).toMatch(/UTC/);
    // Right to left: the kicker starts at the right, the switcher sits at the line's end on the left.
    const [kickerBox, switcherBox] = await Promise.all([
      kicker.boundingBox(),
      page.locator('.language-switcher select').boundingBox(),
    ]);
    expect(kickerBox!.x).toBeGreaterThan(switcherBox!.x);
    // The English pillar is isolated, so its question mark stays at its end.
    const pillar = page.locator('.contribute-pillars li').first();
    expect(await pillar.locator('bdi').textContent()).toBe('Access');
    expect(await pillar.locator('.contribute-question').getAttribute('dir')).toBe('auto');
    expect(await noSidewaysScroll(page)).toBe(true);

    await page.getByRole('combobox', { name: ar['common.chooseLanguage'] }).selectOption('fr');
    const fr = catalogs.fr;
    await page.getByRole('heading', { level: 2, name: fr['compilation.steps.title'] }).waitFor();
    expect(await page.evaluate('[document.documentElement.lang, document.documentElement.dir]')).toEqual(['fr', 'ltr']);
    expect(await page.getByRole('button', { name: fr['compilation.steps.sendCode'] }).count()).toBe(1);
    // Remembered in this browser.
    await page.reload();
    await page.getByRole('heading', { level: 2, name: fr['compilation.steps.title'] }).waitFor();
    expect(errors).toEqual([]);
  });
});

/** `method path` as the coordinator; answers the parsed JSON after checking the status. */
async function asCoordinator<T>(method: string, path: string, body: unknown, status: number): Promise<T> {
  const token = await tokenFor(suite.accord.url, demo.coordinator);
  const response = await fetch(`${suite.accord.url}${path}`, {
    method,
    headers: bearer(token),
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  expect(response.status, `${method} ${path}: ${await response.clone().text()}`).toBe(status);
  return (await response.json()) as T;
}

describe('a person of the workspace on the call page', () => {
  it('contributes with their session, typing the text', async () => {
    const call = await openCall();
    const member = await suite.person(demo.member);
    await member.page.setViewportSize({ width: 390, height: 844 });
    await member.page.goto(`/contribute/${call.id}`);
    await member.page.getByText(`You contribute as ${member.name}, signed in to Accord.`).waitFor();
    const form = member.page.getByRole('form', { name: 'Your contribution' });
    await form.getByLabel('Organisation or initiative').fill('EuroDIG');
    await form.getByLabel('Kind of initiative').selectOption('regional');
    await form.getByLabel('Country or region').selectOption('Europe');
    await form.getByLabel('Title of the contribution').fill('Skills first');
    await form.getByLabel('Skills', { exact: true }).check();
    await form.getByLabel('Text', { exact: true }).fill('Digital skills in every school.\n\nTrain the teachers.');
    const stored = member.page.waitForResponse((r) => r.url().endsWith('/contributions'));
    await form.getByRole('button', { name: 'Send the contribution' }).click();
    expect((await stored).status()).toBe(201);
    const receipt = member.page.getByRole('region', { name: 'Your contribution is stored' });
    expect(await receipt.locator('.contribute-stored li').allTextContents()).toEqual([
      'Digital skills in every school.',
      'Train the teachers.',
    ]);
  });
});

describe('the published page of an endorsed version', () => {
  it('shows the endorsed compilation with its stamp, labels, notes and annex to anyone, on a phone', async () => {
    const documentId = await createDocument(suite.accord, 'Policy network on meaningful access: output');
    const call = await asCoordinator<{ id: string }>(
      'POST',
      `/api/documents/${documentId}/calls`,
      {
        title: 'Inputs to the output document',
        pillars: [{ title: 'Access' }],
        opensAt: new Date(Date.now() - 60_000).toISOString(),
        closesAt: new Date(Date.now() + day).toISOString(),
        participation: 'public',
      },
      201,
    );
    const contribution = await asCoordinator<{ id: string }>(
      'POST',
      `/api/calls/${call.id}/contributions`,
      {
        title: 'What works in Kenya',
        organisation: 'Kenya IGF',
        kind: 'national',
        country: 'KE',
        pillars: ['access'],
        paragraphs: ['Community networks connect villages the market left out.', 'Spectrum for them should be cheap.'],
      },
      201,
    );
    await asCoordinator(
      'POST',
      `/api/documents/${documentId}/compilation/insert`,
      { contributionId: contribution.id, paragraphs: [0, 1], afterBlockId: null },
      201,
    );
    const version = await asCoordinator<{ id: string }>(
      'POST',
      `/api/documents/${documentId}/versions`,
      { name: 'For endorsement' },
      201,
    );
    // Unpublished: the same "not found" as an unknown version.
    const unpublished = await fetch(`${suite.accord.url}/api/public/versions/${version.id}`);
    expect(unpublished.status).toBe(404);

    // A silence procedure with a deadline two seconds away, nobody objecting: endorsed after it.
    const procedure = await asCoordinator<{ id: string }>(
      'POST',
      `/api/documents/${documentId}/endorsements`,
      { versionId: version.id, deadline: new Date(Date.now() + 2_000).toISOString() },
      201,
    );
    await eventually(async () => {
      const read = await asCoordinator<{ state: string }>('GET', `/api/endorsements/${procedure.id}`, undefined, 200);
      expect(read.state).toBe('endorsed');
    }, 10_000);

    const { page, errors } = await phone();
    await page.goto(`/published/${version.id}`);
    await page.getByRole('heading', { level: 1, name: 'Policy network on meaningful access: output' }).waitFor();
    // The phone's browser is British English: the date is written the British way (3 Dec 2026).
    expect(await page.locator('.published-stamp').textContent()).toMatch(
      /^Endorsed by silence procedure on \d+ \w+ \d{4}\.$/,
    );
    const texts = await page.locator('.published-block').allInnerTexts();
    expect(texts.some((t) => t.includes('Community networks connect villages the market left out.'))).toBe(true);
    // Each cited paragraph has its note mark; the note names the organisation and links to the annex.
    const marks = page.locator('.published-mark a');
    expect(await marks.count()).toBe(2);
    await marks.first().click();
    expect(page.url()).toMatch(/#note-1$/);
    const note = page.locator('#note-1');
    expect(await note.getByRole('link', { name: 'Kenya IGF' }).getAttribute('href')).toBe(
      `#contribution-${contribution.id}`,
    );
    const annex = page.getByRole('region', { name: 'Annex: Contributions' });
    expect(await annex.locator(`#contribution-${contribution.id}`).innerText()).toMatch(
      /Kenya IGF\s+What works in Kenya\s+National initiative · Kenya · /,
    );
    expect(await noSidewaysScroll(page)).toBe(true);
    const [temp, kept] = screenshotDirs();
    const shot = join(temp!, 'published-phone.png');
    await page.screenshot({ path: shot, fullPage: true });
    copyFileSync(shot, join(kept!, 'published-phone.png'));

    // An unknown address says so, in the server's words.
    await page.goto('/published/nosuchversion1');
    await page.getByRole('heading', { name: 'This version cannot be shown' }).waitFor();
    expect(errors).toEqual([]);
  });
});

describe('the whole journey (issue 14)', () => {
  it('compiles two paragraphs of a Word upload into the Policy Menus, cited in the margin and on the published page', async () => {
    // The upload as the phone above makes it (confirmed email, the same Word file), on a call of its own.
    const call = await asCoordinator<{ id: string }>(
      'POST',
      `/api/documents/${compilationId}/calls`,
      {
        title: 'Policy Menus: what the initiatives send',
        pillars: [{ title: 'Access' }],
        opensAt: new Date(Date.now() - 60_000).toISOString(),
        closesAt: new Date(Date.now() + day).toISOString(),
        participation: 'public',
      },
      201,
    );
    const publicPost = (path: string, body: BodyInit, headers: Record<string, string> = {}) =>
      fetch(`${suite.accord.url}/api/public/calls/${call.id}/${path}`, { method: 'POST', headers, body });
    const json = { 'content-type': 'application/json' };
    expect(
      (await publicPost('contributors', JSON.stringify({ name: 'Bia', email: 'bia@nic.example.br' }), json)).status,
    ).toBe(202);
    const confirmed = await publicPost(
      'contributors/confirm',
      JSON.stringify({ email: 'bia@nic.example.br', code: loggedCode('bia@nic.example.br') }),
      json,
    );
    const { token } = (await confirmed.json()) as { token: string };
    const upload = new FormData();
    for (const [k, v] of Object.entries({
      title: 'Meaningful access: the view from Brazil',
      organisation: 'Brazil IGF',
      kind: 'national',
      country: 'BR',
      pillars: 'access',
    }))
      upload.append(k, v);
    upload.append('file', new Blob([new Uint8Array(await contributionDocx())]), 'brazil.docx');
    expect((await publicPost('contributions', upload, { 'x-contributor-token': token })).status).toBe(201);

    const coordinator = await suite.person(demo.coordinator);
    await coordinator.open(compilationId);
    const page = coordinator.page;
    const two = page.locator('.doc-content [data-number="2"]');
    await two.click();
    await page.keyboard.press('End');
    await page.getByRole('button', { name: 'Compilation desk' }).click();
    const desk = page.getByRole('complementary', { name: 'Compilation desk' });
    await desk
      .getByRole('combobox', { name: /^Call/ })
      .selectOption({ label: 'Policy Menus: what the initiatives send' });
    const card = desk.getByRole('article', { name: 'Meaningful access: the view from Brazil' });
    const chosen = [
      'Connectivity alone is not enough: people need skills and affordable devices.',
      'Community networks in the Amazon',
    ];
    await card.getByText(chosen[0]!).waitFor();
    for (const text of chosen) await card.getByLabel(text).check();
    await desk.getByRole('button', { name: 'Insert the 2 selected paragraphs after ¶2' }).click();
    await desk.getByText('Inserted after ¶2.').waitFor();
    await eventually(async () => {
      const blocks = await coordinator.blocks();
      const at = blocks.findIndex((b) => b.text === chosen[0]);
      expect(at).toBeGreaterThan(0);
      expect(blocks[at + 1]!.text).toBe(chosen[1]);
      const notes = await Promise.all(
        blocks.slice(at, at + 2).map((b) => page.locator(`.source-note[data-block-id="${b.id}"]`).textContent()),
      );
      expect(notes).toEqual(['Source: Brazil IGF', 'Source: Brazil IGF']);
    });

    // Saved and endorsed by silence (nobody objects within two seconds): the public page cites them.
    const version = await asCoordinator<{ id: string }>(
      'POST',
      `/api/documents/${compilationId}/versions`,
      { name: 'Compiled for endorsement' },
      201,
    );
    const procedure = await asCoordinator<{ id: string }>(
      'POST',
      `/api/documents/${compilationId}/endorsements`,
      { versionId: version.id, deadline: new Date(Date.now() + 2_000).toISOString() },
      201,
    );
    await eventually(async () => {
      const read = await asCoordinator<{ state: string }>('GET', `/api/endorsements/${procedure.id}`, undefined, 200);
      expect(read.state).toBe('endorsed');
    }, 10_000);
    const { page: reader, errors } = await phone();
    await reader.goto(`/published/${version.id}`);
    await reader.getByRole('heading', { level: 1, name: 'Policy Menus for Connecting the Next Billion' }).waitFor();
    const cited = reader.locator('.published-block', { hasText: chosen[0]! });
    expect(await cited.locator('.published-mark a').count()).toBe(1);
    const annex = reader.getByRole('region', { name: 'Annex: Contributions' });
    expect(await annex.getByText('Brazil IGF', { exact: true }).count()).toBeGreaterThan(0);
    expect(errors).toEqual([]);
  });
});
