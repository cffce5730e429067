/**
 * The mails of a call for contributions: the code that confirms a public contributor's email,
 * and the acknowledgement of a contribution with a link to see and edit it. Each is written in
 * its reader's language: a public contributor's page's, a workspace member's saved one.
 */
import type { Locale } from '@accord/i18n';
import type { Call } from '@accord/schema';
import { type Reader, say } from '../i18n/say.js';
import type { Mail } from '../mail/index.js';
import { CODE_TTL_MS, type Contributor } from './contributors.js';
import type { StoredContribution } from './store.js';

/** The public page of a call; `?contribution=` opens one contribution on it. */
export const callLink = (publicUrl: string, callId: string, contributionId?: string): string =>
  `${publicUrl}/contribute/${encodeURIComponent(callId)}${
    contributionId === undefined ? '' : `?contribution=${encodeURIComponent(contributionId)}`
  }`;

export function codeMail(
  call: Pick<Call, 'id' | 'title' | 'closesAt'>,
  contributor: Contributor,
  code: string,
  publicUrl: string,
  reader: Locale | Reader = 'en',
): Mail {
  const hours = Math.round(CODE_TTL_MS / 3600_000);
  return {
    to: contributor.email,
    subject: say(reader, { key: 'mail.call.codeSubject', values: { title: call.title } }),
    text: [
      say(reader, { key: 'mail.hello', values: { name: contributor.name } }),
      '',
      say(reader, { key: 'mail.call.codeAsked', values: { title: call.title, closesAt: new Date(call.closesAt) } }),
      '',
      say(reader, { key: 'mail.call.code', values: { code } }),
      '',
      say(reader, { key: 'mail.call.typeCode', values: { hours, link: callLink(publicUrl, call.id) } }),
      say(reader, { key: 'mail.call.codeNotYou' }),
      '',
    ].join('\n'),
  };
}

export function acknowledgementMail(
  call: Pick<Call, 'id' | 'title' | 'closesAt'>,
  contribution: StoredContribution,
  publicUrl: string,
  reader: Locale | Reader = 'en',
): Mail {
  return {
    to: contribution.author.email,
    subject: say(reader, { key: 'mail.call.receivedSubject', values: { title: contribution.title } }),
    text: [
      say(reader, { key: 'mail.hello', values: { name: contribution.contributor.name } }),
      '',
      say(reader, {
        key: 'mail.call.received',
        values: {
          title: contribution.title,
          organisation: contribution.organisation,
          call: call.title,
          count: contribution.paragraphs.length,
        },
      }),
      '',
      say(reader, { key: 'mail.call.canChange', values: { closesAt: new Date(call.closesAt) } }),
      callLink(publicUrl, call.id, contribution.id),
      '',
      say(reader, { key: 'mail.call.thanks' }),
      '',
    ].join('\n'),
  };
}
