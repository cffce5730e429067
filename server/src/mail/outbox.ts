/**
 * Without an SMTP server (`ACCORD_SMTP_URL` unset) mail is written to the append-only
 * `outbox` table and to the log, so an operator of a laptop install can still hand a link
 * over. Secrets in those mails (invitation and confirmation links) are as sensitive as the
 * database file itself.
 */
import type { Logger } from '../logger.js';
import type { Db } from '../storage/sqlite/database.js';
import type { Delivery, Mail, Mailer } from './mail.js';

/** A mail kept in the outbox. */
export interface OutboxEntry extends Mail {
  seq: number;
  createdAt: string;
}

export class OutboxMailer implements Mailer {
  readonly #db: Db;
  readonly #logger: Logger;
  readonly #now: () => Date;

  constructor(db: Db, logger: Logger, now: () => Date = () => new Date()) {
    this.#db = db;
    this.#logger = logger;
    this.#now = now;
  }

  async send(mail: Mail): Promise<Delivery> {
    try {
      this.#db
        .prepare('INSERT INTO outbox (to_address, subject, body, created_at) VALUES (?, ?, ?, ?)')
        .run(mail.to, mail.subject, mail.text, this.#now().toISOString());
    } catch (error) {
      this.#logger.error('could not keep a mail in the outbox; it is lost — check the database file', {
        to: mail.to,
        subject: mail.subject,
        error,
      });
      return 'failed';
    }
    this.#logger.info('mail kept in the outbox (set ACCORD_SMTP_URL to send mail)', {
      to: mail.to,
      subject: mail.subject,
      text: mail.text,
    });
    return 'outbox';
  }

  close(): void {}
}

/** The outbox, oldest first (for operators and tests). */
export async function readOutbox(db: Db): Promise<OutboxEntry[]> {
  const rows = db.prepare('SELECT seq, to_address, subject, body, created_at FROM outbox ORDER BY seq').all() as {
    seq: number;
    to_address: string;
    subject: string;
    body: string;
    created_at: string;
  }[];
  return rows.map((r) => ({ seq: r.seq, to: r.to_address, subject: r.subject, text: r.body, createdAt: r.created_at }));
}
