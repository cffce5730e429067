/**
 * A consultation round's public page in a real browser, on a phone-sized screen and without an
 * account: a stranger reads the frozen text, registers, agrees with ¶1 (not counted yet), opens
 * the confirmation link (from the server log: no SMTP here) — then it counts — comments on ¶2
 * and on a passage of ¶3 and sees the comments under their paragraphs; after a reload the page
 * still knows them. A scheduled round shows when it opens and offers no way to take part. A round for
 * listed organisations shows them and the server's refusal word for word, and a comment held
 * for moderation is thanked for but not shown. A round closed early with its revised version
 * published links the report. An Arabic browser gets the page in Arabic, right to left, with
 * countries named and sorted in Arabic; the switcher in its header turns it to French for good.
 * The page never scrolls sideways at 375 px.
 */
import { catalogs } from '@accord/i18n/all';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { createDocument } from '../helpers/accord-process.js';
import { bearer, demo, tokenFor } from '../helpers/auth.js';
import { loggedLink } from '../helpers/participants.js';
import { eventually } from './harness.js';
import { browserSuite } from './suite.js';

const suite = browserSuite();
const DOCUMENT = 'mag-2015-03-03-summary';

interface Paragraph {
  id: string;
  number: number | null;
  text: string;
}

async function coordinatorApi(method: string, path: string, body?: unknown): Promise<Response> {
  const token = await tokenFor(suite.accord.url, demo.coordinator);
  return fetch(`${suite.accord.url}${path}`, {
    method,
    headers: bearer(token),
    body: body === undefined ? undefined : JSON.stringify(body),
  });
}

/** Saves a version of `documentId` (the demo summary) and opens a round on it from `opensAt` to `closesAt`. */
async function openRound(
  title: string,
  opensAt: Date,
  closesAt: Date,
  introduction = '',
  more: Record<string, unknown> = {},
  documentId = DOCUMENT,
): Promise<string> {
  const version = await coordinatorApi('POST', `/api/documents/${documentId}/versions`, { name: title });
  expect(version.status, await version.clone().text()).toBe(201);
  const versionId = ((await version.json()) as { id: string }).id;
  const round = await coordinatorApi('POST', `/api/documents/${documentId}/rounds`, {
    versionId,
    title,
    introduction,
    opensAt: opensAt.toISOString(),
    closesAt: closesAt.toISOString(),
    ...more,
  });
  expect(round.status, await round.clone().text()).toBe(201);
  return ((await round.json()) as { id: string }).id;
}

async function numbered(roundId: string): Promise<Paragraph[]> {
  const page = (await (await fetch(`${suite.accord.url}/api/public/rounds/${roundId}`)).json()) as {
    paragraphs: Paragraph[];
  };
  return page.paragraphs.filter((p) => p.number !== null && p.text.length > 20);
}

/** A stranger on a phone: no session, a context of their own. */
async function stranger(): Promise<{ page: Page; errors: Error[] }> {
  const context = await suite.browser.newContext({
    baseURL: suite.accord.url,
    viewport: { width: 375, height: 800 },
    deviceScaleFactor: 2,
    isMobile: true,
    hasTouch: true,
    timezoneId: 'Africa/Nairobi',
    locale: 'en-GB',
  });
  suite.closeAfter(context);
  const page = await context.newPage();
  const errors: Error[] = [];
  page.on('pageerror', (e) => errors.push(e));
  return { page, errors };
}

/** Opens the confirmation link mailed (logged) to `email` in `page`, as a person clicking it in their mail. */
async function openConfirmationLink(page: Page, email: string): Promise<void> {
  const link = loggedLink(suite.accord.output(), email);
  await page.goto(link);
  await page.getByText('Your email is confirmed: your comments and your agree/disagree now count.').waitFor();
  expect(page.url()).not.toContain('confirm=');
}

const noSidewaysScroll = (page: Page) =>
  page.evaluate<boolean>('document.documentElement.scrollWidth <= window.innerWidth');

/** Selects `start`…`end` of the text of the paragraph with block id `blockId`. */
async function selectPassage(page: Page, blockId: string, start: number, end: number): Promise<string> {
  return page.evaluate<string>(`(() => {
    const [blockId, start, end] = ${JSON.stringify([blockId, start, end])};
    const text = document.querySelector('[data-block-id="' + blockId + '"]').firstChild;
    window.getSelection().setBaseAndExtent(text, start, text, end);
    return window.getSelection().toString();
  })()`);
}

describe('the public page of a consultation round', () => {
  // One document takes one round at a time: the scheduled one comes after the open one.
  const now = Date.now();
  const day = 86_400_000;

  it('lets a stranger on a phone register, agree, comment on a paragraph and a passage, and see it', async () => {
    const roundId = await openRound(
      'Consultation on the summary',
      new Date(now - 60_000),
      new Date(now + day),
      'Please read the summary.\nComment by paragraph.',
    );
    const [p1, , p3] = await numbered(roundId);
    const { page, errors } = await stranger();
    await page.goto(`/consult/${roundId}`);

    await page.getByRole('heading', { level: 1, name: 'Consultation on the summary' }).waitFor();
    expect(await page.locator('.consult-state').textContent()).toMatch(/^Open until .*(GMT\+3|EAT).*UTC\)\.$/);
    expect(await page.locator('.consult-intro').innerText()).toBe('Please read the summary.\nComment by paragraph.');
    expect(await page.locator(`[data-block-id="${p1!.id}"]`).textContent()).toBe(p1!.text);
    // Not registered: counts to read, no buttons.
    expect(await page.getByRole('button', { name: /^Agree/ }).count()).toBe(0);
    expect(await noSidewaysScroll(page)).toBe(true);

    const form = page.getByRole('form', { name: 'Take part' });
    await form.getByRole('button', { name: 'Register' }).click();
    expect(await form.locator('.field-error', { hasText: 'choose your country' }).count()).toBe(1);
    await form.getByLabel('Name', { exact: true }).fill('Wanjiru Kamau');
    await form.getByLabel('Email', { exact: true }).fill('wanjiru@example.org');
    expect(
      await form
        .getByText('We send a link to confirm it; your comments count once you open it. It is never shown.')
        .count(),
    ).toBe(1);
    await form.getByLabel('Stakeholder group', { exact: true }).selectOption('civil-society');
    await form.getByLabel('Country', { exact: true }).selectOption('KE');
    await form.getByLabel('Show my name, group and country with my comments').check();
    const registered = page.waitForResponse((r) => r.url().endsWith('/participants'));
    await form.getByRole('button', { name: 'Register' }).click();
    expect((await registered).status()).toBe(201);
    await page.getByText('You are taking part as Wanjiru Kamau.').waitFor();
    expect(await page.getByRole('form', { name: 'Take part' }).count()).toBe(0);
    // The form is gone; the focus is on what replaced it, not lost at the top of the page.
    expect(await page.evaluate<string | undefined>('document.activeElement?.className')).toBe('consult-me');

    await page.getByText(/^Check your mail and open the link/).waitFor();

    // Agree with ¶1: the toggle is pressed, but nothing counts before the email is confirmed…
    const agree = page.locator('#p1').getByRole('button', { name: /^Agree/ });
    expect(await agree.getAttribute('aria-pressed')).toBe('false');
    await agree.click();
    await eventually(async () => expect(await agree.getAttribute('aria-pressed')).toBe('true'));
    expect(await agree.textContent()).toBe('Agree 0');
    // …then the link from the mail is opened, and it does.
    await openConfirmationLink(page, 'wanjiru@example.org');
    await eventually(async () => expect(await agree.textContent()).toBe('Agree 1'));
    expect(await agree.getAttribute('aria-pressed')).toBe('true');
    const box = await agree.boundingBox();
    expect(box!.height).toBeGreaterThanOrEqual(44);

    // A comment on ¶2.
    await page.getByRole('button', { name: 'Comment on ¶2' }).click();
    await page.getByLabel('Your comment on ¶2').fill('This paragraph should name the <b>regional</b> IGFs.');
    await page.locator('#p2').getByRole('button', { name: 'Send comment' }).click();
    const onP2 = page.getByRole('list', { name: 'Comments on ¶2' });
    await onP2.waitFor();
    expect(await onP2.locator('.consult-comment-text').textContent()).toBe(
      'This paragraph should name the <b>regional</b> IGFs.',
    );
    expect(await onP2.locator('.consult-author').textContent()).toBe('Wanjiru Kamau · Civil society · Kenya');

    // A comment on a passage of ¶3, chosen by selecting it.
    const words = p3!.text.split(' ').slice(0, 3).join(' ');
    expect(await selectPassage(page, p3!.id, 0, words.length)).toBe(words);
    const bar = page.getByRole('region', { name: 'Selected passage' });
    await bar.getByRole('button', { name: 'Comment on this passage' }).click();
    await page.getByLabel('Your comment on this passage of ¶3').fill('Too vague.');
    await page.locator('#p3').getByRole('button', { name: 'Send comment' }).click();
    const onP3 = page.getByRole('list', { name: 'Comments on ¶3' });
    await onP3.waitFor();
    expect(await onP3.locator('.consult-quote').textContent()).toBe(words);
    const comments = (await (await fetch(`${suite.accord.url}/api/public/rounds/${roundId}/comments`)).json()) as {
      comments: { anchor: unknown }[];
    };
    expect(comments.comments.map((c) => c.anchor)).toContainEqual({
      kind: 'passage',
      blockId: p3!.id,
      start: 0,
      end: words.length,
      quote: words,
    });
    expect(await noSidewaysScroll(page)).toBe(true);

    // After a reload the page still knows who this is and what they chose.
    await page.reload();
    await page.getByText('You are taking part as Wanjiru Kamau.').waitFor();
    expect(
      await page
        .locator('#p1')
        .getByRole('button', { name: /^Agree/ })
        .getAttribute('aria-pressed'),
    ).toBe('true');
    expect(await page.getByRole('list', { name: 'Comments on ¶2' }).locator('li').count()).toBe(1);
    expect(errors).toEqual([]);
  });

  it('shows when a scheduled round opens and offers no way to take part; the server refuses anyway', async () => {
    const roundId = await openRound('A later consultation', new Date(now + 2 * day), new Date(now + 3 * day));
    const { page, errors } = await stranger();
    await page.goto(`/consult/${roundId}`);
    const state = page.locator('.consult-state');
    await state.waitFor();
    expect(await state.textContent()).toMatch(/^This consultation opens on .*(GMT\+3|EAT) \(.*UTC\)\.$/);
    expect(await page.getByRole('form', { name: 'Take part' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: /^Agree|^Comment on/ }).count()).toBe(0);
    expect(await page.locator('.consult-text[data-block-id]').count()).toBeGreaterThan(2);
    expect(await noSidewaysScroll(page)).toBe(true);
    const refused = await page.request.post(`/api/public/rounds/${roundId}/participants`, {
      data: { name: 'Early Bird', email: 'early@example.org', stakeholderGroup: 'academia', country: 'KE' },
    });
    expect(refused.status()).toBe(403);
    expect(errors).toEqual([]);
  });

  it("shows the server's refusal verbatim, the listed organisations, and a comment held for moderation", async () => {
    const documentId = await createDocument(suite.accord, 'Listed consultation');
    const roundId = await openRound(
      'For listed organisations',
      new Date(now - 60_000),
      new Date(now + day),
      '',
      {
        participation: 'listed-organisations',
        organisations: ['Kenya ICT Action Network'],
        moderation: 'after-moderation',
      },
      documentId,
    );
    const { page, errors } = await stranger();
    await page.goto(`/consult/${roundId}`);
    const form = page.getByRole('form', { name: 'Take part' });
    await form.waitFor();
    expect(await form.locator('.consult-listed').innerText()).toMatch(
      /Only people from these organisations may take part[\s\S]*Kenya ICT Action Network/,
    );
    await form.getByLabel('Name', { exact: true }).fill('Otieno Odhiambo');
    await form.getByLabel('Email', { exact: true }).fill('otieno@example.org');
    await form.getByLabel('Stakeholder group', { exact: true }).selectOption('technical-community');
    await form.getByLabel('Country', { exact: true }).selectOption('KE');
    await form.getByLabel(/^Affiliation/).fill('Some Other Network');
    await form.getByLabel('Show only my stakeholder group').check();
    await form.getByRole('button', { name: 'Register' }).click();
    const refusal = form.getByRole('alert');
    await refusal.waitFor();
    expect(await refusal.textContent()).toBe(
      'this round is open only to the organisations listed on its page; give one of them as your affiliation',
    );

    await form.getByLabel(/^Affiliation/).fill('Kenya ICT Action Network');
    await form.getByRole('button', { name: 'Register' }).click();
    await page
      .getByText('You are taking part as Otieno Odhiambo (your comments show only your stakeholder group).')
      .waitFor();
    await openConfirmationLink(page, 'otieno@example.org');

    await page.getByLabel('Your general comment on the whole text').fill('Please extend the deadline.');
    await page.locator('.consult-general').getByRole('button', { name: 'Send comment' }).click();
    await page.getByText('Thank you — your comment will appear once a coordinator has reviewed it.').waitFor();
    expect(await page.locator('.consult-comment').count()).toBe(0);
    expect(await noSidewaysScroll(page)).toBe(true);
    expect(errors).toEqual([]);
  });

  it('after an early close and the revised version, links the comment-response report', async () => {
    const documentId = await createDocument(suite.accord, 'Closed consultation');
    const roundId = await openRound('Closed early', new Date(now - 60_000), new Date(now + day), '', {}, documentId);
    expect((await coordinatorApi('POST', `/api/rounds/${roundId}/close`)).status).toBe(200);
    const published = await coordinatorApi('POST', `/api/rounds/${roundId}/revision`, {
      name: 'Revised after consultation',
    });
    expect(published.status, await published.clone().text()).toBe(201);

    const { page, errors } = await stranger();
    await page.goto(`/consult/${roundId}`);
    const outcome = page.getByRole('region', { name: 'Outcome' });
    await outcome.waitFor();
    expect(await page.locator('.consult-state').textContent()).toContain('closed early');
    expect(await page.getByRole('form', { name: 'Take part' }).count()).toBe(0);
    expect(await outcome.innerText()).toMatch(
      /^Outcome\s+The revised version “Revised after consultation” was published on .*\d{4}\. Read the comment-response report:/,
    );
    const links = await outcome.getByRole('link').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(links).toEqual(
      ['html', 'markdown', 'docx', 'csv'].map((f) => `/api/public/rounds/${roundId}/report?format=${f}`),
    );
    const report = await page.request.get(links[0]!);
    expect(report.status()).toBe(200);
    expect(errors).toEqual([]);
  });

  it('speaks the visitor’s language: Arabic from the browser, right to left, then French once chosen', async () => {
    const documentId = await createDocument(suite.accord, 'Multilingual consultation');
    const title = 'مشاورة بشأن الملخص';
    const roundId = await openRound(title, new Date(now - 60_000), new Date(now + day), '', {}, documentId);
    const context = await suite.browser.newContext({
      baseURL: suite.accord.url,
      viewport: { width: 375, height: 800 },
      locale: 'ar',
      timezoneId: 'Asia/Riyadh',
    });
    suite.closeAfter(context);
    const page = await context.newPage();
    const errors: Error[] = [];
    page.on('pageerror', (e) => errors.push(e));
    const { ar, fr } = catalogs;
    const html = () => page.evaluate(() => [document.documentElement.lang, document.documentElement.dir]);

    await page.goto(`/consult/${roundId}`);
    const form = page.getByRole('form', { name: ar['rounds.register.title'] });
    await form.waitFor();
    expect(await html()).toEqual(['ar', 'rtl']);
    expect(await page.locator('.consult-kicker').textContent()).toBe(ar['rounds.consult.kicker']);
    // Where the round stands, in Arabic, with the time in Riyadh's zone and UTC beside it.
    const state = (await page.locator('.consult-state').textContent()) ?? '';
    expect(state.startsWith(ar['rounds.status.openUntil'].split('{time}')[0]!)).toBe(true);
    expect(state).toContain('UTC');
    // Countries named in Arabic and sorted by Arabic rules.
    const countries = (
      await form.getByLabel(ar['rounds.register.country'], { exact: true }).locator('option').allTextContents()
    ).slice(1);
    expect(countries).toContain('كينيا');
    expect(countries).toEqual([...countries].sort(new Intl.Collator('ar').compare));
    expect(await noSidewaysScroll(page)).toBe(true);

    // The switcher in the page's header: French, at once and for this browser's next visits.
    await page
      .locator('.consult-header')
      .getByRole('combobox', { name: ar['common.chooseLanguage'] })
      .selectOption('fr');
    const french = page.getByRole('form', { name: fr['rounds.register.title'] });
    await french.waitFor();
    expect(await html()).toEqual(['fr', 'ltr']);
    await page.reload();
    await french.waitFor();
    expect(await html()).toEqual(['fr', 'ltr']);
    expect(
      await french
        .getByLabel(fr['rounds.register.country'], { exact: true })
        .locator('option[value="DE"]')
        .textContent(),
    ).toBe('Allemagne');
    // The Arabic title keeps to itself inside the French page.
    expect(await page.locator('.consult-title bdi').textContent()).toBe(title);
    expect(errors).toEqual([]);
  });
});
