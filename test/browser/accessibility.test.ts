/**
 * WCAG 2.2 AA on every page of Accord (issue 15): axe-core in Chromium on each page as each
 * role that sees it, with its panels open — the editor with the comments panel, a paragraph
 * panel and its tabs, a suggestion card, the compilation desk; the versions, a version and a
 * comparison; the rounds, a round under moderation and one being processed; the people and the
 * audit log — and the public pages signed out: sign-in, an invitation, a consultation (before
 * and after registering), a call and its form, a published version, the closed-for-good page.
 * The document page and the consultation page again in Arabic (right to left). No page may
 * have a serious or critical violation; each failure names its rule and its element.
 *
 * One server, one Chromium, pages visited one after the other; what the pages show (comments,
 * a suggestion, positions, versions, rounds with comments, a call with a contribution, an
 * endorsed version, an invitation) is made beforehand through the API as people would.
 */
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bearer, demo, sessionHeaders, signIn, tokenFor } from '../helpers/auth.js';
import { Database } from '../helpers/cli.js';
import { suggestOverSocket } from '../helpers/suggestions.js';
import { type AxeTally, axeAudit } from './axe.js';
import { eventually, openContext, pause, type Person } from './harness.js';
import { publicComment } from './public-comments.js';
import { browserSuite } from './suite.js';

const suite = browserSuite();
const day = 86_400_000;

/** The drafting room: comments, a suggestion, positions, versions and an open round. */
const DOC = 'mag-2015-03-03-summary';
/** A round already closed, being processed. */
const CLOSED_DOC = 'bpf-ixps';
/** Endorsed by silence, so it has a public page. */
const PUBLISHED_DOC = 'bpf-spam';
/** The compilation with a call and a contribution. */
const COMPILATION = 'policy-menus-cnb';

interface Made {
  p1: string;
  p2: string;
  p3: string;
  versions: [string, string];
  openRound: string;
  closedRound: string;
  call: string;
  published: string;
  invitation: string;
}
let made: Made;

const tallies: AxeTally[] = [];

async function api<T>(token: string, method: string, path: string, body?: unknown, status = 201): Promise<T> {
  const response = await fetch(`${suite.accord.url}${path}`, {
    method,
    headers: bearer(token),
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  if (response.status !== status) throw new Error(`${method} ${path} answered ${response.status}: ${text}`);
  return (text ? JSON.parse(text) : null) as T;
}

/** The invitation link last mailed to `email`, from the server's outbox (no SMTP server here). */
function mailedInvitation(email: string): string {
  const db = new Database(join(suite.accord.dataDir, 'accord.db'), { readonly: true });
  try {
    const mail = db.prepare('SELECT body FROM outbox WHERE to_address = ? ORDER BY seq DESC LIMIT 1').get(email) as
      | { body: string }
      | undefined;
    const link = mail && /(http\S+\/invite\/\S+)/.exec(mail.body)?.[1];
    if (!link) throw new Error(`no invitation mail to ${email} in the outbox`);
    return new URL(link).pathname;
  } finally {
    db.close();
  }
}

beforeAll(async () => {
  const url = suite.accord.url;
  const [coordinator, contributor, secretariat] = await Promise.all([
    tokenFor(url, demo.coordinator),
    tokenFor(url, demo.contributor),
    tokenFor(url, demo.secretariat),
  ]);
  const consensus = await api<{ paragraphs: Array<{ blockId: string; number: number | null }> }>(
    coordinator,
    'GET',
    `/api/documents/${DOC}/consensus`,
    undefined,
    200,
  );
  const numbered = consensus.paragraphs.filter((p) => p.number !== null);
  const [p1, p2, p3] = numbered.map((p) => p.blockId) as [string, string, string];

  // A thread with a reply on ¶1, and positions on ¶2, from members.
  const jonas = await signIn(url, demo.member2);
  const thread = await fetch(`${url}/api/documents/${DOC}/comments`, {
    method: 'POST',
    headers: sessionHeaders(jonas),
    body: JSON.stringify({ anchor: { kind: 'block', blockId: p1 }, body: 'Should this name the coalitions?' }),
  });
  expect(thread.status).toBe(201);
  const threadId = ((await thread.json()) as { id: string }).id;
  const mei = await signIn(url, demo.member);
  const reply = await fetch(`${url}/api/comment-threads/${threadId}/replies`, {
    method: 'POST',
    headers: sessionHeaders(mei),
    body: JSON.stringify({ body: 'Yes, and link to their pages.' }),
  });
  expect(reply.status).toBe(201);
  for (const [who, position] of [
    [jonas, 'support'],
    [mei, 'support-with-reservation'],
  ] as const) {
    const recorded = await fetch(`${url}/api/documents/${DOC}/paragraphs/${p2}/position`, {
      method: 'PUT',
      headers: sessionHeaders(who),
      body: JSON.stringify({ position, reason: 'As discussed on Tuesday.' }),
    });
    expect(recorded.status, await recorded.clone().text()).toBe(200);
  }

  // Two versions around a contributor's suggestion on ¶3, and a round open on the first.
  const first = await api<{ id: string }>(coordinator, 'POST', `/api/documents/${DOC}/versions`, {
    name: 'First reading',
  });
  const contributorId = (await signIn(url, demo.contributor)).personId;
  await suggestOverSocket(suite.accord, contributor, contributorId, DOC, p3, ' and by region');
  const second = await api<{ id: string }>(coordinator, 'POST', `/api/documents/${DOC}/versions`, {
    name: 'Second reading',
  });
  const now = Date.now();
  const openRound = await api<{ id: string }>(coordinator, 'POST', `/api/documents/${DOC}/rounds`, {
    versionId: first.id,
    title: 'Public review of the summary',
    introduction: 'Comment on any paragraph.',
    opensAt: new Date(now - 60_000).toISOString(),
    closesAt: new Date(now + 7 * day).toISOString(),
  });
  await publicComment(
    suite.accord,
    openRound.id,
    { name: 'Wanjiru Kamau', email: 'wanjiru@example.org' },
    p1,
    'Name the coalitions, please.',
  );

  // A round on another document, commented on and closed: its processing view.
  const closedConsensus = await api<{ paragraphs: Array<{ blockId: string; number: number | null }> }>(
    coordinator,
    'GET',
    `/api/documents/${CLOSED_DOC}/consensus`,
    undefined,
    200,
  );
  const closedBlock = closedConsensus.paragraphs.find((p) => p.number !== null)!.blockId;
  const closedVersion = await api<{ id: string }>(coordinator, 'POST', `/api/documents/${CLOSED_DOC}/versions`, {
    name: 'For consultation',
  });
  const closedRound = await api<{ id: string }>(coordinator, 'POST', `/api/documents/${CLOSED_DOC}/rounds`, {
    versionId: closedVersion.id,
    title: 'Review of the IXP report',
    introduction: '',
    opensAt: new Date(now - 60_000).toISOString(),
    closesAt: new Date(now + 7 * day).toISOString(),
  });
  await publicComment(
    suite.accord,
    closedRound.id,
    { name: 'Kofi Mensah', email: 'kofi@example.org' },
    closedBlock,
    'Add the African exchanges.',
  );
  await api(coordinator, 'POST', `/api/rounds/${closedRound.id}/close`, {}, 200);

  // A call on the compilation, with a contribution.
  const call = await api<{ id: string; pillars: Array<{ id: string }> }>(
    coordinator,
    'POST',
    `/api/documents/${COMPILATION}/calls`,
    {
      title: 'Policy Menus: contributions from the initiatives',
      introduction: 'Send your pillars, messages and conclusions.',
      pillars: [
        { title: 'Access', question: 'How do we connect the next billion?' },
        { title: 'Skills', question: 'Which skills matter most?' },
      ],
      opensAt: new Date(now - 3_600_000).toISOString(),
      closesAt: new Date(now + 30 * day).toISOString(),
      participation: 'public',
    },
  );
  await api(coordinator, 'POST', `/api/calls/${call.id}/contributions`, {
    title: 'Brazil IGF messages',
    organisation: 'Brazil IGF',
    kind: 'national',
    country: 'BR',
    pillars: [call.pillars[0]!.id],
    paragraphs: [
      'Community networks should be recognised in national broadband plans.',
      'Spectrum for community operators should be licensed at nominal cost.',
    ],
  });

  // A version endorsed by silence (nobody objects within two seconds): published.
  const toPublish = await api<{ id: string }>(coordinator, 'POST', `/api/documents/${PUBLISHED_DOC}/versions`, {
    name: 'For endorsement',
  });
  const procedure = await api<{ id: string }>(coordinator, 'POST', `/api/documents/${PUBLISHED_DOC}/endorsements`, {
    versionId: toPublish.id,
    deadline: new Date(Date.now() + 2_000).toISOString(),
  });
  await eventually(async () => {
    const read = await api<{ state: string }>(coordinator, 'GET', `/api/endorsements/${procedure.id}`, undefined, 200);
    expect(read.state).toBe('endorsed');
  }, 15_000);

  // An invitation for someone new.
  await api(secretariat, 'POST', '/api/workspaces/demo/invitations', { email: 'nadia@example.org', role: 'member' });

  made = {
    p1,
    p2,
    p3,
    versions: [first.id, second.id],
    openRound: openRound.id,
    closedRound: closedRound.id,
    call: call.id,
    published: toPublish.id,
    invitation: mailedInvitation('nadia@example.org'),
  };
}, 120_000);

afterAll(() => {
  // The tally the issue asks for: what axe found per page (all impacts), for the run's log.
  if (tallies.length === 0) return;
  const rows = tallies.map(
    (t) =>
      `${t.where.padEnd(64)} critical ${t.critical}  serious ${t.serious}  moderate ${t.moderate}  minor ${t.minor}  (${t.ms} ms)`,
  );
  console.log(`axe-core, WCAG 2.2 AA, per page:\n${rows.join('\n')}`);
});

/** Waits until the page has loaded what it shows: nothing busy, nothing "Loading…". */
async function settled(page: Page): Promise<void> {
  // Polled from here: waitForFunction evaluates its string with eval, which the page's CSP refuses.
  await eventually(
    async () =>
      expect(
        await page.evaluate<boolean>(
          `document.querySelector('#root > *') !== null && !document.querySelector('[aria-busy="true"], .loading')`,
        ),
      ).toBe(true),
    15_000,
  );
  await pause(page, 150);
}

/**
 * What axe leaves to judgement, checked on every page too: exactly one main landmark, the skip
 * link first in the tab order, every navigation named when there are several.
 */
const STRUCTURE = `(() => {
  const problems = [];
  const mains = document.querySelectorAll('main').length;
  if (mains !== 1) problems.push('landmarks: ' + mains + ' main elements');
  const tabbable = [...document.querySelectorAll('a[href], button, input, select, textarea, [tabindex], [contenteditable="true"]')]
    .filter((el) => el.tabIndex >= 0 && !el.disabled && el.getClientRects().length > 0);
  if (!tabbable[0] || !tabbable[0].classList.contains('skip-link'))
    problems.push('skip link: the first stop of Tab is ' + (tabbable[0] ? tabbable[0].outerHTML.slice(0, 100) : 'nothing'));
  const navs = [...document.querySelectorAll('nav')];
  if (navs.length > 1)
    for (const nav of navs)
      if (!nav.getAttribute('aria-label') && !nav.getAttribute('aria-labelledby'))
        problems.push('landmarks: a nav without a name among ' + navs.length);
  return problems;
})()`;

/**
 * Runs axe on the page as it is and records the result; answers the serious and critical
 * failures and the structure's problems (the caller collects them and asserts once, so one
 * run lists every page's).
 */
async function check(page: Page, where: string): Promise<string[]> {
  const { tally, failures: found, lesser } = await axeAudit(page, where);
  const structure = await page.evaluate<string[]>(STRUCTURE);
  const failures = [...found, ...structure.map((problem) => `${where}: ${problem}`)];
  tallies.push(tally);
  // Printed as found too, so a later step that throws does not hide what was found before it.
  if (failures.length + lesser.length > 0) console.log([...failures, ...lesser].join('\n'));
  return failures;
}

/** Opens `path`, waits for it to settle, and checks it. */
async function visit(page: Page, path: string, where: string, ready?: string): Promise<string[]> {
  await page.goto(path);
  if (ready) await page.locator(ready).first().waitFor({ timeout: 15_000 });
  await settled(page);
  return check(page, where);
}

/** Opens the drafting room and waits until it has synced. */
async function openDocument(p: Person, documentId: string): Promise<void> {
  await p.page.goto(`/d/${documentId}`);
  await p.waitForPhase('connected');
  await p.page.locator('.doc-content [data-number="1"]').waitFor();
  await p.page.locator('.status-marker').first().waitFor();
  await settled(p.page);
}

/** The drafting room and its panels, as `who`: what each can open there. */
async function documentPages(p: Person, who: string): Promise<string[]> {
  const failures: string[] = [];
  const page = p.page;
  await page.setViewportSize({ width: 1600, height: 1000 });
  await openDocument(p, DOC);

  // The text with the comments panel (open by default on a wide window; opened if not), the
  // thread and the suggestion's card in the margin.
  const toggle = page.locator('.comments-toggle');
  if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
  await page.locator('.comments-panel').getByText('Should this name the coalitions?').first().waitFor();
  await page.locator('.suggestion-card').first().waitFor();
  failures.push(...(await check(page, `${who} · document, comments panel, suggestion card`)));

  // A thread opened from the panel: its comments, and the reply box for those who may comment.
  await page.locator('.comments-panel .thread-card').first().click();
  await page.locator('.thread-expanded').first().waitFor();
  failures.push(...(await check(page, `${who} · document, a thread open`)));
  await page.keyboard.press('Escape');

  // A paragraph panel, on its consensus tab and its text history tab.
  await page.locator(`.status-marker[data-block-id="${made.p2}"]`).click();
  const panel = page.locator('.cs-side');
  await panel.waitFor();
  await settled(page);
  failures.push(...(await check(page, `${who} · document, paragraph panel`)));
  const history = panel.getByRole('tab', { name: 'Text history' });
  if ((await history.count()) > 0) {
    await history.click();
    // The list of changes, or the sentence saying there are none (not the one saying it loads).
    await panel.locator('.text-history, .cs-muted').filter({ hasNotText: 'Loading' }).first().waitFor();
    await settled(page);
    failures.push(...(await check(page, `${who} · document, paragraph text history`)));
  }
  await page.keyboard.press('Escape');
  return failures;
}

/** The document's other views as `who`. */
async function documentViews(page: Page, who: string, rounds: boolean): Promise<string[]> {
  const [v1, v2] = made.versions;
  const failures = [
    ...(await visit(page, `/d/${DOC}/dashboard`, `${who} · dashboard`, '.dash-head')),
    ...(await visit(page, `/d/${DOC}/register`, `${who} · register of differences`, '.register-paper')),
    ...(await visit(page, `/d/${DOC}/versions`, `${who} · versions`, '.version-list li')),
    ...(await visit(page, `/d/${DOC}/versions/${v1}`, `${who} · a version`, '.version-paper')),
    ...(await visit(page, `/d/${DOC}/compare/${v1}/${v2}`, `${who} · a comparison`, '.version-paper')),
  ];
  if (rounds)
    failures.push(
      ...(await visit(page, `/d/${DOC}/rounds`, `${who} · rounds`, '.round-list')),
      ...(await visit(page, `/d/${DOC}/rounds/${made.openRound}`, `${who} · a round, moderation`, 'main h1')),
      ...(await visit(
        page,
        `/d/${CLOSED_DOC}/rounds/${made.closedRound}`,
        `${who} · a round, processing`,
        '#round-processing',
      )),
    );
  return failures;
}

/** The workspace's pages as `who`. */
async function workspacePages(page: Page, who: string): Promise<string[]> {
  return [
    ...(await visit(page, '/', `${who} · workspaces`, '.card')),
    ...(await visit(page, '/w/demo', `${who} · workspace`, '.doc-row')),
  ];
}

const expectNone = (failures: string[]) => expect(failures, failures.join('\n')).toEqual([]);

describe('axe-core finds nothing serious', () => {
  it('on the public pages, signed out', async () => {
    const { context, page } = await openContext(suite.browser, suite.accord.url);
    suite.closeAfter(context);
    const failures = [
      ...(await visit(page, '/sign-in', 'signed out · sign-in', 'form')),
      ...(await visit(
        page,
        `/sign-in?next=${encodeURIComponent(made.invitation)}`,
        'signed out · sign-in, for an invitation',
        'form',
      )),
      ...(await visit(page, made.invitation, 'signed out · invitation', 'form')),
      ...(await visit(page, `/consult/${made.openRound}`, 'signed out · consultation', 'form')),
      ...(await visit(page, `/consult/${made.closedRound}`, 'signed out · consultation, closed', '.consult-state')),
      ...(await visit(page, `/contribute/${made.call}`, 'signed out · call for contributions', 'form')),
      ...(await visit(page, `/published/${made.published}`, 'signed out · published version', '.published-block')),
      ...(await visit(page, '/published/nosuchversion1', 'signed out · published, unknown', 'main h1, main h2')),
    ];

    // Registered on the consultation: the comment form under a paragraph.
    await page.goto(`/consult/${made.openRound}`);
    const register = page.getByRole('form', { name: 'Take part' });
    await register.getByLabel('Name', { exact: true }).fill('Aroha Ngata');
    await register.getByLabel('Email', { exact: true }).fill('aroha@example.org');
    await register.getByLabel('Stakeholder group', { exact: true }).selectOption('civil-society');
    await register.getByLabel('Country', { exact: true }).selectOption('NZ');
    await register.getByRole('button', { name: 'Register' }).click();
    await page.getByText('You are taking part as Aroha Ngata.').waitFor();
    await page.getByRole('button', { name: 'Comment on ¶2' }).click();
    await page.getByLabel('Your comment on ¶2').waitFor();
    failures.push(...(await check(page, 'signed out · consultation, registered, commenting')));
    expectNone(failures);
  }, 120_000);

  it('as the secretariat, on every page it sees', async () => {
    const p = await suite.person(demo.secretariat);
    const who = 'secretariat';
    const failures = [
      ...(await workspacePages(p.page, who)),
      ...(await visit(p.page, '/w/demo/people', `${who} · people`, '.people-table tbody tr')),
      ...(await visit(p.page, '/w/demo/audit', `${who} · audit log`, '.audit-table tbody tr')),
      ...(await documentPages(p, who)),
      ...(await documentViews(p.page, who, true)),
    ];
    expectNone(failures);
  }, 180_000);

  it('as a coordinator, with the compilation desk', async () => {
    const p = await suite.person(demo.coordinator);
    const who = 'coordinator';
    const failures = [...(await workspacePages(p.page, who)), ...(await documentPages(p, who))];
    await openDocument(p, COMPILATION);
    await p.page.getByRole('button', { name: 'Compilation desk' }).click();
    const desk = p.page.getByRole('complementary', { name: 'Compilation desk' });
    await desk.getByText('Community networks should be recognised in national broadband plans.').waitFor();
    await settled(p.page);
    failures.push(...(await check(p.page, `${who} · compilation desk`)));
    failures.push(...(await documentViews(p.page, who, true)));
    expectNone(failures);
  }, 180_000);

  it('as a member, with the call’s form', async () => {
    const p = await suite.person(demo.member);
    const who = 'member';
    const failures = [
      ...(await workspacePages(p.page, who)),
      ...(await documentPages(p, who)),
      ...(await documentViews(p.page, who, true)),
      ...(await visit(p.page, `/contribute/${made.call}`, `${who} · call, contribution form`, 'form')),
    ];
    expectNone(failures);
  }, 180_000);

  it('as a contributor and as an observer', async () => {
    const failures: string[] = [];
    for (const [email, who] of [
      [demo.contributor, 'contributor'],
      [demo.observer, 'observer'],
    ] as const) {
      const p = await suite.person(email);
      failures.push(
        ...(await workspacePages(p.page, who)),
        ...(await documentPages(p, who)),
        ...(await documentViews(p.page, who, false)),
      );
    }
    expectNone(failures);
  }, 180_000);

  it('on the closed-for-good page, after the session ended', async () => {
    const p = await suite.person(demo.member2);
    await openDocument(p, DOC);
    const { csrfToken } = (await (await p.context.request.get('/api/session')).json()) as { csrfToken: string };
    await p.context.request.delete('/api/session', { headers: { 'x-csrf-token': csrfToken } });
    await p.page.locator('.closed-notice').waitFor({ timeout: 5_000 });
    expectNone(await check(p.page, 'member · closed for good'));
  });

  it('in Arabic, right to left: the document and the consultation', async () => {
    const p = await suite.person(demo.member);
    await p.page.addInitScript({ content: `localStorage.setItem('accord.locale', 'ar')` });
    await p.page.setViewportSize({ width: 1600, height: 1000 });
    await openDocument(p, DOC);
    expect(await p.page.evaluate('document.documentElement.dir')).toBe('rtl');
    expect(await p.page.locator('.skip-link').textContent()).toBe('الانتقال إلى المحتوى');
    const failures = await check(p.page, 'member, Arabic · document');
    failures.push(...(await visit(p.page, `/consult/${made.openRound}`, 'member, Arabic · consultation', 'form')));
    expectNone(failures);
  }, 120_000);
});

describe('what a screen reader hears', () => {
  /** What the page's polite live region says now. */
  const heard = (page: Page) =>
    page.evaluate<string>(`document.querySelector('[data-live-announcer]')?.textContent ?? ''`);

  it('others joining, commenting on a paragraph and leaving, politely', async () => {
    const mei = await suite.person(demo.member);
    await openDocument(mei, DOC);
    expect(await mei.page.locator('[data-live-announcer]').getAttribute('aria-live')).toBe('polite');
    // Who was there when she came is not news; wait out the moment after connecting.
    await pause(mei.page, 3000);

    const jonas = await suite.person(demo.member2);
    await openDocument(jonas, DOC);
    await eventually(async () => expect(await heard(mei.page)).toBe('Jonas Berg joined'), 15_000);

    const jonasSession = await signIn(suite.accord.url, demo.member2);
    const posted = await fetch(`${suite.accord.url}/api/documents/${DOC}/comments`, {
      method: 'POST',
      headers: sessionHeaders(jonasSession),
      body: JSON.stringify({ anchor: { kind: 'block', blockId: made.p3 }, body: 'Add the dates of the meetings.' }),
    });
    expect(posted.status).toBe(201);
    await eventually(async () => expect(await heard(mei.page)).toBe('Jonas Berg commented on ¶3'), 15_000);

    await jonas.close();
    await eventually(async () => expect(await heard(mei.page)).toBe('Jonas Berg left'), 45_000);
  }, 90_000);
});
