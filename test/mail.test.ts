/**
 * The mail transport against a real SMTP server on loopback, and the outbox without one.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createLogger,
  createMailer,
  loadConfig,
  openDatabase,
  readOutbox,
  SqliteSql,
  startAccord,
} from '@accord/server';
import { removeDir, tempDataDir } from './helpers/accord-process.js';
import { startSmtpSink, type SmtpSink } from './helpers/smtp.js';

let sink: SmtpSink;
beforeAll(async () => {
  sink = await startSmtpSink();
});
afterAll(() => sink.close());

describe('mail', () => {
  it('sends over SMTP with the configured sender, non-ASCII subject intact', async () => {
    const dir = tempDataDir();
    const sql = new SqliteSql(openDatabase(dir));
    const mailer = createMailer({
      smtpUrl: sink.url,
      from: 'Accord <accord@example.org>',
      sql,
      logger: createLogger('silent'),
    });
    try {
      expect(
        await mailer.send({
          to: 'amina@example.org',
          subject: 'Consultation « Policy Menus » — 政策',
          text: 'Bonjour,\nhttps://accord.example.org/x',
        }),
      ).toBe('smtp');
      const mail = await sink.waitFor((m) => m.to.includes('amina@example.org'));
      expect(mail.subject).toBe('Consultation « Policy Menus » — 政策');
      expect(mail.from).toContain('accord@example.org');
      expect(mail.text).toContain('https://accord.example.org/x');
      expect(await readOutbox(sql)).toEqual([]);
    } finally {
      mailer.close();
      await sql.close();
      removeDir(dir);
    }
  });

  it('keeps mail in the outbox without ACCORD_SMTP_URL, and answers failed when SMTP is unreachable', async () => {
    const dir = tempDataDir();
    const sql = new SqliteSql(openDatabase(dir));
    const lines: string[] = [];
    const logger = createLogger('info', {}, (l) => lines.push(l));
    const outbox = createMailer({ smtpUrl: undefined, from: 'Accord <a@b.c>', sql, logger });
    const dead = createMailer({ smtpUrl: 'smtp://127.0.0.1:9', from: 'Accord <a@b.c>', sql, logger });
    try {
      expect(await outbox.send({ to: 'x@example.org', subject: 'S', text: 'T' })).toBe('outbox');
      expect(await readOutbox(sql)).toEqual([
        expect.objectContaining({ to: 'x@example.org', subject: 'S', text: 'T' }),
      ]);
      expect(await dead.send({ to: 'y@example.org', subject: 'S2', text: 'T2' })).toBe('failed');
      expect(lines.some((l) => l.includes('ERROR') && l.includes('ACCORD_SMTP_URL'))).toBe(true);
    } finally {
      outbox.close();
      dead.close();
      await sql.close();
      removeDir(dir);
    }
  });

  it('refuses a malformed ACCORD_SMTP_URL at start, naming the variable', () => {
    expect(() => loadConfig({ ACCORD_SMTP_URL: 'mail.example.org' })).toThrow(/ACCORD_SMTP_URL/);
    expect(() => loadConfig({ ACCORD_PUBLIC_URL: 'accord.example.org' })).toThrow(/ACCORD_PUBLIC_URL/);
    expect(loadConfig({ ACCORD_PUBLIC_URL: 'https://accord.example.org/' }).publicUrl).toBe(
      'https://accord.example.org',
    );
  });

  it('an Accord started with ACCORD_SMTP_URL exposes a mailer that reaches the server', async () => {
    const dir = tempDataDir();
    const accord = await startAccord(
      loadConfig({
        PORT: '0',
        HOST: '127.0.0.1',
        ACCORD_DATA_DIR: dir,
        ACCORD_CLIENT_DIR: `${dir}/none`,
        ACCORD_SMTP_URL: sink.url,
        ACCORD_SEED_DEMO: 'false',
      }),
      createLogger('silent'),
    );
    try {
      expect(await accord.mailer.send({ to: 'lucas@example.org', subject: 'wired', text: 'ok' })).toBe('smtp');
      await sink.waitFor((m) => m.subject === 'wired');
    } finally {
      await accord.close();
      removeDir(dir);
    }
  });
});
