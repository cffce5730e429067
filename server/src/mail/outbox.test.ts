import { describe, expect, it } from 'vitest';
import { createLogger } from '../logger.js';
import { dialects, testDatabase } from '../storage/testing.js';
import { createMailer, readOutbox } from './index.js';

describe.each(dialects)('the outbox on %s', (dialect) => {
  const t = testDatabase(dialect, 'outbox');

  it('keeps mail in order, and logs what to do with it', async () => {
    const lines: string[] = [];
    const mailer = createMailer({
      smtpUrl: undefined,
      from: 'Accord <a@b.c>',
      sql: t.sql,
      logger: createLogger('info', {}, (l) => lines.push(l)),
    });
    expect(await mailer.send({ to: 'kofi@example.org', subject: 'Invitation', text: 'https://x/invite/1' })).toBe(
      'outbox',
    );
    expect(await mailer.send({ to: 'lin@example.org', subject: 'Confirm — ✓', text: 'https://x/confirm/2' })).toBe(
      'outbox',
    );
    const kept = await readOutbox(t.sql);
    expect(kept.map((m) => [m.to, m.subject, m.text])).toEqual([
      ['kofi@example.org', 'Invitation', 'https://x/invite/1'],
      ['lin@example.org', 'Confirm — ✓', 'https://x/confirm/2'],
    ]);
    expect(kept[1]!.seq).toBeGreaterThan(kept[0]!.seq);
    expect(lines.some((l) => l.includes('ACCORD_SMTP_URL') && l.includes('kofi@example.org'))).toBe(true);
  });
});
