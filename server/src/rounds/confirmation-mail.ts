/**
 * The mail a registration sends: a link that confirms the email and signs that browser in.
 * A repeat registration gets its own wording — the mailbox's owner learns that someone
 * registered the address again, which the registration's answer never says.
 */
import type { Round } from '@accord/schema';
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
): Mail {
  const hours = Math.round(CONFIRMATION_TTL_MS / 3600_000);
  const intro = firstTime
    ? `you registered for the public consultation "${round.title}", open until ${round.closesAt} (UTC).`
    : `someone, probably you, registered this address again for the public consultation "${round.title}". This address already takes part; the link below lets the browser that registered take part as you.`;
  return {
    to: participant.email,
    subject: `Confirm your participation in "${round.title}"`,
    text: [
      `Hello ${participant.name},`,
      '',
      intro,
      '',
      `To confirm your email, open this link (it works once, within ${hours} hours):`,
      link,
      '',
      'Until you do, comments from that browser are held and its agree/disagree are not counted.',
      'If this was not you, ignore this mail: nothing sent from that browser will count.',
      '',
    ].join('\n'),
  };
}
