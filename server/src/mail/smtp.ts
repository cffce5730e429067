/**
 * Mail over SMTP through nodemailer (the de facto Node.js mail library: pooling, STARTTLS,
 * auth and RFC 5322 encoding of non-ASCII names and subjects, which matter for a worldwide
 * membership). Configured by one URL, e.g. `smtps://user:pass@mail.example.org:465`.
 */
import nodemailer, { type Transporter } from 'nodemailer';
import type { Logger } from '../logger.js';
import type { Delivery, Mail, Mailer } from './mail.js';

export class SmtpMailer implements Mailer {
  readonly #transport: Transporter;
  readonly #from: string;
  readonly #logger: Logger;

  constructor(url: string, from: string, logger: Logger) {
    // Pooled: bursts (an invitation round, a silence procedure) reuse a few connections.
    this.#transport = nodemailer.createTransport(url.includes('?') ? `${url}&pool=true` : `${url}?pool=true`);
    this.#from = from;
    this.#logger = logger;
  }

  async send(mail: Mail): Promise<Delivery> {
    try {
      await this.#transport.sendMail({ from: this.#from, to: mail.to, subject: mail.subject, text: mail.text });
      this.#logger.info('mail sent', { to: mail.to, subject: mail.subject });
      return 'smtp';
    } catch (error) {
      this.#logger.error('could not send a mail; check ACCORD_SMTP_URL and that the mail server accepts us', {
        to: mail.to,
        subject: mail.subject,
        error,
      });
      return 'failed';
    }
  }

  close(): void {
    this.#transport.close();
  }
}
