/**
 * Mail over SMTP through nodemailer (the de facto Node.js mail library: pooling, STARTTLS,
 * auth and RFC 5322 encoding of non-ASCII names and subjects, which matter for a worldwide
 * membership). Configured by one URL, e.g. `smtps://user:pass@mail.example.org:465`.
 */
import type { Transporter } from 'nodemailer';
import type { Logger } from '../logger.js';
import type { Delivery, Mail, Mailer } from './mail.js';

export class SmtpMailer implements Mailer {
  readonly #url: string;
  #transport: Promise<Transporter> | undefined;
  readonly #from: string;
  readonly #logger: Logger;

  constructor(url: string, from: string, logger: Logger) {
    // Pooled: bursts (an invitation round, a silence procedure) reuse a few connections.
    this.#url = url.includes('?') ? `${url}&pool=true` : `${url}?pool=true`;
    this.#from = from;
    this.#logger = logger;
  }

  /** nodemailer, a large module, loads with the first mail rather than at every start. */
  #connect(): Promise<Transporter> {
    return (this.#transport ??= import('nodemailer').then(({ default: nodemailer }) =>
      nodemailer.createTransport(this.#url),
    ));
  }

  async send(mail: Mail): Promise<Delivery> {
    try {
      const transport = await this.#connect();
      await transport.sendMail({ from: this.#from, to: mail.to, subject: mail.subject, text: mail.text });
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
    void this.#transport?.then(
      (transport) => transport.close(),
      () => {},
    );
  }
}
