/**
 * Mail as the rest of the server sees it: a plain-text message and one way to send it.
 * Which transport stands behind it (SMTP, or the outbox table when none is configured)
 * is decided once, in {@link createMailer}.
 */

/** One plain-text mail. Links in `text` are absolute (built from the public URL). */
export interface Mail {
  to: string;
  subject: string;
  text: string;
}

/** Where a mail went: handed to the SMTP server, or kept in the outbox for an operator. */
export type Delivery = 'smtp' | 'outbox' | 'failed';

/** Sends mail. Never rejects: a mail that could not be sent is logged with what to do, and answered `failed`. */
export interface Mailer {
  send(mail: Mail): Promise<Delivery>;
  /** Closes pooled connections. */
  close(): void;
}
