/**
 * The mail a registration sends: a link that confirms the email and signs that browser in.
 * A repeat registration gets its own wording — the mailbox's owner learns that someone
 * registered the address again, which the registration's answer never says. It is written in
 * the language of the page the person registered from.
 */
import type { Locale } from '@accord/i18n';
import type { Round } from '@accord/schema';
import { type Reader, say } from '../i18n/say.js';
import type { Mail } from '../mail/index.js';
import { CONFIRMATION_TTL_MS, type Participant } from './participants.js';

/** The page link that confirms: the public page POSTs `confirm` to the confirm endpoint. */
export const confirmationLink = (publicUrl: string, roundId: string, code: string): string =>
  `${publicUrl}/consult/${encodeURIComponent(roundId)}?confirm=${encodeURIComponent(code)}`;

export function confirmationMail(
  round: Pick<Round, 'title' | 'closesAt'>,
  participant: Pick<Participant, 'name' | 'email'>,
  link: string,
  firstTime: boolean,
  reader: Locale | Reader = 'en',
): Mail {
  const hours = Math.round(CONFIRMATION_TTL_MS / 3600_000);
  const title = round.title;
  return {
    to: participant.email,
    subject: say(reader, { key: 'mail.round.subject', values: { title } }),
    text: [
      say(reader, { key: 'mail.hello', values: { name: participant.name } }),
      '',
      firstTime
        ? say(reader, { key: 'mail.round.registered', values: { title, closesAt: new Date(round.closesAt) } })
        : say(reader, { key: 'mail.round.registeredAgain', values: { title } }),
      '',
      say(reader, { key: 'mail.round.confirm', values: { hours } }),
      link,
      '',
      say(reader, { key: 'mail.round.held' }),
      say(reader, { key: 'mail.round.notYou' }),
      '',
    ].join('\n'),
  };
}
