import type { Logger } from '../logger.js';
import type { Queryable } from '../storage/sql/types.js';
import type { Mailer } from './mail.js';
import { OutboxMailer } from './outbox.js';
import { SmtpMailer } from './smtp.js';

export type { Delivery, Mail, Mailer } from './mail.js';
export { OutboxMailer, readOutbox, type OutboxEntry } from './outbox.js';

/** SMTP when `smtpUrl` is set, else the outbox. */
export function createMailer(options: {
  smtpUrl: string | undefined;
  from: string;
  /** The database whose `outbox` table keeps mail when there is no SMTP server. */
  sql: Queryable;
  logger: Logger;
}): Mailer {
  const logger = options.logger.child({ part: 'mail' });
  return options.smtpUrl
    ? new SmtpMailer(options.smtpUrl, options.from, logger)
    : new OutboxMailer(options.sql, logger);
}
