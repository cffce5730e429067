/**
 * Without an SMTP server (`ACCORD_SMTP_URL` unset) mail is written to the append-only
 * `outbox` table and to the log, so an operator of a laptop install can still hand a link
 * over. Secrets in those mails (invitation and confirmation links) are as sensitive as the
 * database itself.
 */
import type { Logger } from '../logger.js';
import type { Queryable } from '../storage/sql/types.js';
import type { Delivery, Mail, Mailer } from './mail.js';

/** A mail kept in the outbox. */
export interface OutboxEntry extends Mail {
  seq: number;
  createdAt: string;
}

/** Keeps mail in the `outbox` table (SQLite or PostgreSQL) and logs it. */
export class OutboxMailer implements Mailer {
  readonly #sql: Queryable;
  readonly #logger: Logger;
  readonly #now: () => Date;

  constructor(sql: Queryable, logger: Logger, now: () => Date = () => new Date()) {
    this.#sql = sql;
    this.#logger = logger;
    this.#now = now;
  }

  async send(mail: Mail): Promise<Delivery> {
    try {
      await this.#sql.run('INSERT INTO outbox (to_address, subject, body, created_at) VALUES (?, ?, ?, ?)', [
        mail.to,
        mail.subject,
        mail.text,
        this.#now().toISOString(),
      ]);
    } catch (error) {
      this.#logger.error('could not keep a mail in the outbox; it is lost — check the database', {
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
export async function readOutbox(sql: Queryable): Promise<OutboxEntry[]> {
  const rows = await sql.all<{ seq: number; to_address: string; subject: string; body: string; created_at: string }>(
    'SELECT seq, to_address, subject, body, created_at FROM outbox ORDER BY seq',
  );
  return rows.map((r) => ({ seq: r.seq, to: r.to_address, subject: r.subject, text: r.body, createdAt: r.created_at }));
}
