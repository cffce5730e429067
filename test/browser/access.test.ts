/**
 * Who may do what, in a real browser against a real Accord: signing in and out through the
 * pages, the read-only editor for observers, the secretariat's people page, and a role
 * lowered while the person has the document open — their editor locks within a second and
 * nothing they type reaches the server.
 */
import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { createDocument } from '../helpers/accord-process.js';
import { Database } from '../helpers/cli.js';
import { demo, sessionHeaders, signIn, type SignedIn } from '../helpers/auth.js';
import { eventually, openContext, screenshotDirs, type Person } from './harness.js';
import { browserSuite } from './suite.js';

const suite = browserSuite();
const person = (email: string): Promise<Person> => suite.person(email);
let secretariat: SignedIn;

/** The document as the server has it, read with the secretariat's session cookie. */
async function serverMarkdown(documentId: string): Promise<string> {
  const response = await fetch(`${suite.accord.url}/api/documents/${documentId}/content?format=markdown`, {
    headers: sessionHeaders(secretariat),
  });
  expect(response.status).toBe(200);
  return response.text();
}

/** Sets a role over the API as the secretariat (to put the demo back as it was). */
async function setRoleByApi(personId: string, role: string): Promise<void> {
  const response = await fetch(`${suite.accord.url}/api/workspaces/demo/people/${personId}/role`, {
    method: 'PUT',
    headers: sessionHeaders(secretariat),
    body: JSON.stringify({ role }),
  });
  expect(response.status).toBe(200);
}

/** Types at the end of the document. */
async function typeAtEnd(p: Person, text: string): Promise<void> {
  await p.editor().click();
  await p.page.keyboard.press('Control+End');
  await p.page.keyboard.type(text);
}

/** The invitation link last mailed to `email`, read from the server's outbox (no SMTP server in this suite). */
function mailedLink(email: string): string {
  const db = new Database(join(suite.accord.dataDir, 'accord.db'), { readonly: true });
  try {
    const mail = db.prepare('SELECT body FROM outbox WHERE to_address = ? ORDER BY seq DESC LIMIT 1').get(email) as
      | { body: string }
      | undefined;
    const link = mail && /(http\S+\/invite\/\S+)/.exec(mail.body)?.[1];
    if (!link) throw new Error(`no invitation mail to ${email} in the outbox`);
    return link;
  } finally {
    db.close();
  }
}

beforeAll(async () => {
  secretariat = await signIn(suite.accord.url, demo.secretariat);
});

describe('signing in and out', () => {
  it('sends a signed-out visitor to the sign-in page and back to the document afterwards', async () => {
    const documentId = await createDocument(suite.accord, 'Asked for before signing in');
    const { context, page, errors } = await openContext(suite.browser, suite.accord.url);
    suite.closeAfter(context);

    await page.goto(`/d/${documentId}`);
    await page.waitForURL((url) => url.pathname === '/sign-in' && url.searchParams.get('next') === `/d/${documentId}`);

    // A wrong password: the server's message, as it words it.
    await page.getByLabel('Email').fill(demo.member);
    await page.getByLabel('Password').fill('not the password');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page.getByRole('alert').innerText()).resolves.toMatch(/the email or password is wrong/i);

    await page.getByLabel('Password').fill('accord-demo');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL((url) => url.pathname === `/d/${documentId}`);
    await page.locator('.connection[data-phase="connected"]').waitFor();
    await page.locator('.doc-content[contenteditable="true"]').waitFor();
    // The header names the person and their role in this workspace.
    await expect(page.locator('.me').getAttribute('data-person')).resolves.toBe('Mei Tanaka');
    await expect(page.locator('.me-role').innerText()).resolves.toBe('Member');
    expect(errors).toEqual([]);
  });

  it('signs out to the sign-in page, and the pages stay closed afterwards', async () => {
    const p = await person(demo.coordinator);
    await p.page.goto('/w/demo');
    await p.page.getByRole('button', { name: 'Sign out' }).click();
    await p.page.waitForURL((url) => url.pathname === '/sign-in' && !url.searchParams.has('next'));
    await expect(p.page.locator('.notice-title').innerText()).resolves.toBe('You have signed out');

    // The cookie is gone for the server too: a page that needs a session goes to the sign-in page.
    await p.page.goto('/w/demo');
    await p.page.waitForURL((url) => url.pathname === '/sign-in' && url.searchParams.get('next') === '/w/demo');
    expect((await p.context.request.get('/api/session')).status()).toBe(401);
  });

  it('says "you were signed out" on an open document whose session ends, and signs in back to it', async () => {
    const documentId = await createDocument(suite.accord, 'Session ends while open');
    const p = await person(demo.member);
    await p.open(documentId);

    // The session ends outside this page (as from another tab or the CLI): the server closes the socket with 4401.
    const { csrfToken } = (await (await p.context.request.get('/api/session')).json()) as { csrfToken: string };
    expect((await p.context.request.delete('/api/session', { headers: { 'x-csrf-token': csrfToken } })).status()).toBe(
      204,
    );
    await p.page.locator('.closed-notice').getByText('You were signed out').waitFor({ timeout: 3_000 });
    expect(await p.page.getByText('Reconnecting').count()).toBe(0);

    await p.page.getByRole('button', { name: 'Sign in again' }).click();
    await p.page.waitForURL(
      (url) => url.pathname === '/sign-in' && url.searchParams.get('next') === `/d/${documentId}`,
    );
    await expect(p.page.locator('.notice-title').innerText()).resolves.toBe('Your session has ended');
    await p.page.getByLabel('Email').fill(demo.member);
    await p.page.getByLabel('Password').fill('accord-demo');
    await p.page.getByRole('button', { name: 'Sign in' }).click();
    await p.page.waitForURL((url) => url.pathname === `/d/${documentId}`);
    await p.page.locator('.doc-content[contenteditable="true"]').waitFor();
  });
});

describe('what each role sees', () => {
  it('gives an observer a read-only editor with the reason, and no controls they may not use', async () => {
    const observer = await person(demo.observer);
    await observer.page.goto('/w/demo');
    await observer.page.locator('.doc-row').first().waitFor();
    // No "New document", no People or Audit tabs for an observer.
    expect(await observer.page.getByRole('button', { name: 'New document' }).count()).toBe(0);
    expect(await observer.page.locator('.tabs').count()).toBe(0);

    await observer.page.goto('/d/policy-menus-cnb');
    await observer.waitForPhase('connected');
    const notice = observer.page.locator('[data-read-only-notice]');
    await expect(notice.innerText()).resolves.toContain(
      'You are an observer in this workspace: you can read and see who is here, but not edit.',
    );
    expect(await observer.page.locator('.toolbar').count()).toBe(0);
    await expect(observer.editor().getAttribute('contenteditable')).resolves.toBe('false');
    expect((await observer.blocks()).length).toBeGreaterThan(3);
  });

  it('shows the coordinator "New document", and the secretariat the people and the audit log', async () => {
    const coordinator = await person(demo.coordinator);
    await coordinator.page.goto('/w/demo');
    await coordinator.page.getByRole('button', { name: 'New document' }).click();
    await coordinator.page.getByLabel('Title').fill('Created from the workspace page');
    await coordinator.page.getByRole('button', { name: 'Create and open' }).click();
    await coordinator.page.waitForURL(/\/d\/[a-z0-9-]+$/);
    await coordinator.waitForPhase('connected');

    const sec = await person(demo.secretariat);
    await sec.page.goto('/w/demo');
    await sec.page
      .getByRole('navigation', { name: 'Workspace sections' })
      .getByRole('link', { name: 'People' })
      .click();
    const rows = sec.page.locator('.people-table tbody tr');
    await eventually(async () => expect(await rows.count()).toBe(6));
    const jonas = sec.page.locator('tr[data-person="Jonas Berg"]');
    await expect(jonas.innerText()).resolves.toMatch(
      /member2@demo\.example[\s\S]*Private sector[\s\S]*Nordlink Telecom[\s\S]*Sweden/,
    );
  });
});

describe('a role lowered while the document is open', () => {
  it("locks Jonas's editor within a second, says why, and keeps his typing off the server", async () => {
    const documentId = await createDocument(suite.accord, 'Lowered while open');
    const jonas = await person(demo.member2);
    await jonas.open(documentId);
    await typeAtEnd(jonas, 'Jonas wrote this while a member.');
    await eventually(async () =>
      expect(await serverMarkdown(documentId)).toContain('Jonas wrote this while a member.'),
    );

    const sec = await person(demo.secretariat);
    await sec.page.goto('/w/demo/people');
    const row = sec.page.locator('tr[data-person="Jonas Berg"]');
    await row.getByLabel('Role of Jonas Berg').selectOption('observer');
    const saved = sec.page.waitForResponse(
      (r) => r.url().endsWith(`/people/${jonas.id}/role`) && r.request().method() === 'PUT',
    );
    await row.getByRole('button', { name: 'Save role of Jonas Berg' }).click();
    expect((await saved).status()).toBe(200);
    const changedAt = Date.now();

    // His editor turns read-only on the server's permissionDenied, well within a second.
    await jonas.page.locator('.doc-content[contenteditable="false"]').waitFor({ timeout: 1_500 });
    const lockedIn = Date.now() - changedAt;
    console.log(`role change → read-only editor in ${lockedIn} ms`);
    expect(lockedIn).toBeLessThan(1_500);
    // The secretariat's page confirms the change (it renders after the answer arrives: wait for it).
    await eventually(async () =>
      expect(await sec.page.locator('.status-line').innerText()).toBe('Jonas Berg is now observer.'),
    );
    // The reason, the new role's explanation, and the toolbar gone.
    const notice = jonas.page.locator('[data-read-only-notice]');
    await eventually(async () => {
      const text = await notice.innerText();
      expect(text).toContain('Your access to this document changed.');
      expect(text).toContain('You are an observer in this workspace');
      expect(text).toContain('observers cannot edit this document');
    });
    expect(await jonas.page.locator('.toolbar').count()).toBe(0);
    await eventually(async () => expect(await jonas.page.locator('.me-role').innerText()).toBe('Observer'));
    await expect(jonas.page.locator('.connection').getAttribute('data-phase')).resolves.toBe('connected');

    // Whatever he types now changes nothing, on his screen or on the server.
    await jonas.editor().click({ force: true });
    await jonas.page.keyboard.type('Typed after the downgrade.');
    await jonas.page.keyboard.press('Enter');
    await new Promise((r) => setTimeout(r, 800));
    expect(await jonas.editor().innerText()).not.toContain('Typed after the downgrade.');
    const markdown = await serverMarkdown(documentId);
    expect(markdown).toContain('Jonas wrote this while a member.');
    expect(markdown).not.toContain('Typed after the downgrade.');

    const [tempDir, keptDir] = screenshotDirs();
    const file = join(tempDir!, 'read-only-after-downgrade.png');
    await jonas.page.screenshot({ path: file });
    copyFileSync(file, join(keptDir!, 'read-only-after-downgrade.png'));

    // The audit log shows the change, with Jonas's name as the target.
    await sec.page.goto('/w/demo/audit');
    const entry = sec.page.locator('.audit-table tbody tr[data-action="role.change"]').first();
    await expect(entry.innerText()).resolves.toMatch(
      /Amina Diallo[\s\S]*Role changed[\s\S]*Jonas Berg[\s\S]*role: observer · previous: member/,
    );

    await setRoleByApi(jonas.id, 'member');
  });
});

describe('invitations and removal', () => {
  it('invites a new person by mail, who joins through the link, and loses the document when removed', async () => {
    const documentId = await createDocument(suite.accord, 'Shared with a newcomer');
    const sec = await person(demo.secretariat);
    await sec.page.goto('/w/demo/people');
    await sec.page.getByLabel('Email', { exact: true }).fill('nadia@example.org');
    await sec.page.getByLabel('Role', { exact: true }).selectOption('member');
    await sec.page.getByRole('button', { name: 'Send invitation' }).click();
    // No SMTP server here: the page says the mail waits in the outbox, and never shows the link.
    await expect(sec.page.locator('.invitation-created').innerText()).resolves.toMatch(
      /nadia@example\.org[\s\S]*outbox/,
    );
    await sec.page.locator('tr[data-invitation="nadia@example.org"]').waitFor();
    const link = mailedLink('nadia@example.org');
    expect(link).toMatch(new RegExp(`^${suite.accord.url}/invite/\\S+$`));

    // The invitee, signed in as nobody, opens the link and creates her account.
    const { context, page, errors } = await openContext(suite.browser, suite.accord.url);
    suite.closeAfter(context);
    await page.goto(link);
    await expect(page.locator('[data-invitation-email]').innerText()).resolves.toBe('nadia@example.org');
    await page.getByLabel('Your name').fill('Nadia Haddad');
    await page.getByLabel('Stakeholder group').selectOption('civil-society');
    await page.getByLabel('Country (optional)').fill('lb');
    await page.getByLabel('Password', { exact: true }).fill('a long enough password');
    await page.getByLabel('Repeat the password').fill('a long enough password');
    await page.getByRole('button', { name: 'Create account and join' }).click();
    await page.waitForURL((url) => url.pathname === '/w/demo');
    await expect(page.locator('.me').getAttribute('data-person')).resolves.toBe('Nadia Haddad');

    // The link is used up.
    const again = await openContext(suite.browser, suite.accord.url);
    suite.closeAfter(again.context);
    await again.page.goto(link);
    await expect(again.page.getByRole('alert').innerText()).resolves.toMatch(/invalid, used, revoked or expired/);

    // She opens the document; the secretariat removes her from the workspace.
    await page.goto(`/d/${documentId}`);
    await page.locator('.doc-content[contenteditable="true"]').waitFor();
    await sec.page.reload();
    const row = sec.page.locator('tr[data-person="Nadia Haddad"]');
    await row.getByRole('button', { name: 'Remove Nadia Haddad from the workspace' }).click();
    await row.getByRole('button', { name: 'Remove', exact: true }).click();
    await eventually(async () => expect(await row.count()).toBe(0));

    // The closed page's notice, not the banner that shows the server's permissionDenied reason (the
    // same words) in the instant before the socket closes, while the editor is still there.
    await page
      .locator('.closed-notice')
      .getByText('You no longer have access to this document')
      .waitFor({ timeout: 3_000 });
    expect(await page.locator('.doc-content').count()).toBe(0);
    expect(errors).toEqual([]);
  });

  it('asks someone with an account to sign in first, then adds the role without a new sign-in; a revoked link is dead', async () => {
    const sec = await person(demo.secretariat);
    await sec.page.goto('/w/demo/people');
    const invite = async (email: string) => {
      await sec.page.getByLabel('Email', { exact: true }).fill(email);
      await sec.page.getByLabel('Role', { exact: true }).selectOption('member');
      await sec.page.getByRole('button', { name: 'Send invitation' }).click();
      await sec.page.locator(`tr[data-invitation="${email}"]`).waitFor();
      await sec.page.getByRole('button', { name: 'Invite someone else' }).click();
    };
    // Jonas is a member already: accepting keeps his role and needs his own sign-in.
    await invite(demo.member2);
    const link = mailedLink(demo.member2);

    const { context, page, errors } = await openContext(suite.browser, suite.accord.url);
    suite.closeAfter(context);
    await page.goto(link);
    await page.getByRole('button', { name: 'Sign in to accept' }).click();
    await page.waitForURL(
      (url) => url.pathname === '/sign-in' && url.searchParams.get('next') === new URL(link).pathname,
    );
    await page.getByText('Sign in to accept your invitation').waitFor();
    await page.getByLabel('Email').fill(demo.member2);
    await page.getByLabel('Password').fill('accord-demo');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL((url) => url.pathname === new URL(link).pathname);
    await page.getByRole('button', { name: /^Accept and join/ }).click();
    await page.waitForURL((url) => url.pathname === '/w/demo');
    await expect(page.locator('.me').getAttribute('data-person')).resolves.toBe('Jonas Berg');

    // A revoked invitation: gone from the list, and its link is refused.
    await invite('revoked@example.org');
    const revokedLink = mailedLink('revoked@example.org');
    await sec.page.getByRole('button', { name: 'Revoke the invitation of revoked@example.org' }).click();
    await eventually(async () =>
      expect(await sec.page.locator('tr[data-invitation="revoked@example.org"]').count()).toBe(0),
    );
    await page.goto(revokedLink);
    await expect(page.getByRole('alert').innerText()).resolves.toMatch(/invalid, used, revoked or expired/);
    expect(errors).toEqual([]);
  });
});
