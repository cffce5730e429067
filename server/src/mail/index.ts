import type { Logger } from '../logger.js';
import type { Db } from '../storage/sqlite/database.js';
import type { Mailer } from './mail.js';
import { OutboxMailer } from './outbox.js';
import { SmtpMailer } from './smtp.js';

export type { Delivery, Mail, Mailer } from './mail.js';
export { OutboxMailer, readOutbox, type OutboxEntry } from './outbox.js';

/** SMTP when `smtpUrl` is set, else the outbox. */
export function createMailer(options: { smtpUrl: string | undefined; from: string; db: Db; logger: Logger }): Mailer {
  const logger = options.logger.child({ part: 'mail' });
  return options.smtpUrl ? new SmtpMailer(options.smtpUrl, options.from, logger) : new OutboxMailer(options.db, logger);
}
