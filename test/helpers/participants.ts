/**
 * Public participants of a consultation round as a person would do it: register, read the
 * confirmation mail (from the outbox, or from a real SMTP sink when the server sends mail),
 * open its link. The link's code is POSTed to the public confirm endpoint, as the page does.
 */
import { readOutbox } from '@accord/server';
import type { InProcessAccord } from './in-process.js';
import type { SmtpSink } from './smtp.js';

export interface Registration {
  name: string;
  email: string;
  stakeholderGroup: string;
  country: string;
  affiliation?: string;
  showOnly?: 'name-and-group' | 'group-only';
}

/** The confirmation link in a mail's text, or undefined. */
export const confirmationLink = (text: string): URL | undefined => {
  const match = /https?:\/\/\S+[?&]confirm=[\w-]+/.exec(text);
  return match ? new URL(match[0]) : undefined;
};

/** The newest confirmation link mailed to `email` through the outbox. */
export async function outboxLink(server: InProcessAccord, email: string): Promise<URL> {
  const mail = (await readOutbox(server.accord.sql)).filter((m) => m.to === email).at(-1);
  const link = mail && confirmationLink(mail.text);
  if (!link) throw new Error(`no confirmation link mailed to ${email} in the outbox`);
  return link;
}

/** The confirmation link in the `index`-th mail (from 0) received by `sink` for `email`, waiting for it to arrive. */
export async function sinkLink(sink: SmtpSink, email: string, index = 0): Promise<URL> {
  await sink.waitFor((m) => m.to.includes(email) && sink.mails.filter((x) => x.to.includes(email)).length > index);
  const mail = sink.mails.filter((m) => m.to.includes(email))[index]!;
  const link = confirmationLink(mail.text);
  if (!link) throw new Error(`the mail to ${email} has no confirmation link: ${mail.text}`);
  return link;
}

/** POSTs a link's code to the confirm endpoint; answers the response. */
export function confirm(server: InProcessAccord, link: URL, token?: string): Promise<Response> {
  const roundId = link.pathname.split('/').at(-1)!;
  return fetch(`${server.url}/api/public/rounds/${roundId}/confirmations`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { 'x-participant-token': token } : {}) },
    body: JSON.stringify({ code: link.searchParams.get('confirm') }),
  });
}

/** Registers and answers the registration's session token (unconfirmed). */
export async function registerOnly(server: InProcessAccord, roundId: string, person: Registration): Promise<string> {
  const response = await fetch(`${server.url}/api/public/rounds/${roundId}/participants`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(person),
  });
  if (response.status !== 201) throw new Error(`registration answered ${response.status}: ${await response.text()}`);
  return ((await response.json()) as { token: string }).token;
}

/** Registers, opens the mailed link in the same browser (read from `sink`, else the outbox) and answers the confirmed token. */
export async function registerConfirmed(
  server: InProcessAccord,
  roundId: string,
  person: Registration,
  sink?: SmtpSink,
): Promise<string> {
  const before = sink ? sink.mails.filter((m) => m.to.includes(person.email)).length : 0;
  const token = await registerOnly(server, roundId, person);
  const link = sink ? await sinkLink(sink, person.email, before) : await outboxLink(server, person.email);
  const response = await confirm(server, link, token);
  if (response.status !== 200) throw new Error(`confirmation answered ${response.status}: ${await response.text()}`);
  return ((await response.json()) as { token: string }).token;
}

/**
 * The newest confirmation link a server without SMTP logged for `email` (what a person trying
 * the demo clicks), from a child process's output.
 */
export function loggedLink(output: string, email: string): string {
  const lines = output
    .split('\n')
    .filter((l) => l.includes('participant confirmation link') && l.includes(`to=${email} `));
  const match = /link="([^"]+)"/.exec(lines.at(-1) ?? '');
  if (!match) throw new Error(`no confirmation link for ${email} in the server log`);
  return match[1]!;
}
