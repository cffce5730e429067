/**
 * The mails of a call for contributions: the code that confirms a public contributor's email,
 * and the acknowledgement of a contribution with a link to see and edit it.
 */
import type { Call } from '@accord/schema';
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
): Mail {
  const hours = Math.round(CODE_TTL_MS / 3600_000);
  return {
    to: contributor.email,
    subject: `Your code to contribute to "${call.title}"`,
    text: [
      `Hello ${contributor.name},`,
      '',
      `someone, probably you, asked to contribute to the call "${call.title}", open until ${call.closesAt} (UTC).`,
      '',
      `Your confirmation code is: ${code}`,
      '',
      `Type it on the call's page within ${hours} hours: ${callLink(publicUrl, call.id)}`,
      'If this was not you, ignore this mail: nothing can be sent in your name without this code.',
      '',
    ].join('\n'),
  };
}

export function acknowledgementMail(
  call: Pick<Call, 'id' | 'title' | 'closesAt'>,
  contribution: StoredContribution,
  publicUrl: string,
): Mail {
  const count = contribution.paragraphs.length;
  return {
    to: contribution.author.email,
    subject: `Contribution received: "${contribution.title}"`,
    text: [
      `Hello ${contribution.contributor.name},`,
      '',
      `your contribution "${contribution.title}" on behalf of ${contribution.organisation} to the call "${call.title}" was received (${count === 1 ? '1 paragraph' : `${count} paragraphs`}).`,
      '',
      `You can see it and change it until the call closes at ${call.closesAt} (UTC):`,
      callLink(publicUrl, call.id, contribution.id),
      '',
      'Thank you for contributing.',
      '',
    ].join('\n'),
  };
}
