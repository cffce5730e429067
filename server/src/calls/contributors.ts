/**
 * Public contributors of calls (migration 0014): one per email and call. Starting mails a
 * code; the code, given back before it expires, confirms the email and answers a bearer
 * token for that call alone. The database keeps SHA-256 hashes of codes and tokens, never
 * the values. As with rounds, every start answers alike whether the email is new or not.
 *
 * Several instances may write at once: a start inserts the contributor with ON CONFLICT, and a
 * code is spent by a conditional UPDATE (of two confirmations at once, one wins).
 */
import { randomBytes, randomInt } from 'node:crypto';
import { hashToken } from '../rounds/participants.js';
import { newId } from '../storage/ids.js';
import type { Queryable } from '../storage/sql/types.js';

/** How long a mailed code works. */
export const CODE_TTL_MS = 2 * 3600 * 1000;

/** A public contributor as the server knows them. */
export interface Contributor {
  id: string;
  callId: string;
  name: string;
  email: string;
  confirmed: boolean;
}

interface ContributorRow {
  id: string;
  call_id: string;
  name: string;
  email: string;
  confirmed_at: string | null;
}

const toContributor = (row: ContributorRow): Contributor => ({
  id: row.id,
  callId: row.call_id,
  name: row.name,
  email: row.email,
  confirmed: row.confirmed_at !== null,
});

/** A code people can type from a phone: eight digits (the email is asked with it, and codes expire). */
const newCode = (): string => String(randomInt(0, 100_000_000)).padStart(8, '0');

export class SqlContributorStore {
  readonly #sql: Queryable;
  readonly #now: () => Date;

  constructor(sql: Queryable, now: () => Date) {
    this.#sql = sql;
    this.#now = now;
  }

  /** Registers `email` for the call (or keeps its first registration) and makes a new code for it. */
  async start(callId: string, name: string, email: string): Promise<{ contributor: Contributor; code: string }> {
    const at = this.#now();
    const code = newCode();
    const id = await this.#sql.transaction(async (tx) => {
      await tx.run(
        `INSERT INTO call_contributors (id, call_id, name, email, created_at) VALUES (?, ?, ?, ?, ?)
         ON CONFLICT (call_id, email) DO NOTHING`,
        [newId(), callId, name, email.toLowerCase(), at.toISOString()],
      );
      const row = (await tx.get<{ id: string }>('SELECT id FROM call_contributors WHERE call_id = ? AND email = ?', [
        callId,
        email.toLowerCase(),
      ]))!;
      // A code is keyed by its hash; the contributor id keeps equal codes of two people apart.
      await tx.run(
        'INSERT INTO call_contributor_codes (code_hash, contributor_id, created_at, expires_at) VALUES (?, ?, ?, ?)',
        [codeHash(row.id, code), row.id, at.toISOString(), new Date(at.getTime() + CODE_TTL_MS).toISOString()],
      );
      return row.id;
    });
    return { contributor: (await this.byId(id))!, code };
  }

  /** Spends a code of `email` on the call: confirms it and answers a new bearer token, or why not. */
  async confirm(
    callId: string,
    email: string,
    code: string,
  ): Promise<{ token: string; contributor: Contributor } | 'invalid' | 'expired'> {
    const at = this.#now().toISOString();
    const token = randomBytes(32).toString('base64url');
    const done = await this.#sql.transaction(async (tx) => {
      const who = await tx.get<{ id: string }>('SELECT id FROM call_contributors WHERE call_id = ? AND email = ?', [
        callId,
        email.toLowerCase(),
      ]);
      if (!who) return 'invalid' as const;
      const hash = codeHash(who.id, code.trim());
      const row = await tx.get<{ expires_at: string; used_at: string | null }>(
        'SELECT expires_at, used_at FROM call_contributor_codes WHERE code_hash = ? AND contributor_id = ?',
        [hash, who.id],
      );
      if (!row || row.used_at !== null) return 'invalid' as const;
      if (row.expires_at <= at) return 'expired' as const;
      const spent = await tx.run(
        'UPDATE call_contributor_codes SET used_at = ? WHERE code_hash = ? AND used_at IS NULL',
        [at, hash],
      );
      if (spent.changes !== 1) return 'invalid' as const;
      await tx.run('UPDATE call_contributors SET confirmed_at = COALESCE(confirmed_at, ?) WHERE id = ?', [at, who.id]);
      await tx.run('INSERT INTO call_contributor_tokens (token_hash, contributor_id, created_at) VALUES (?, ?, ?)', [
        hashToken(token),
        who.id,
        at,
      ]);
      return who.id;
    });
    if (done === 'invalid' || done === 'expired') return done;
    return { token, contributor: (await this.byId(done))! };
  }

  /** The contributor holding `token` on this call, or undefined. */
  async byToken(callId: string, token: string): Promise<Contributor | undefined> {
    const row = await this.#sql.get<ContributorRow>(
      `SELECT c.id, c.call_id, c.name, c.email, c.confirmed_at FROM call_contributor_tokens t
       JOIN call_contributors c ON c.id = t.contributor_id WHERE t.token_hash = ? AND c.call_id = ?`,
      [hashToken(token), callId],
    );
    return row && toContributor(row);
  }

  /** The contributor registered with `email` on the call, or undefined. */
  async byEmail(callId: string, email: string): Promise<Contributor | undefined> {
    const row = await this.#sql.get<ContributorRow>(
      'SELECT id, call_id, name, email, confirmed_at FROM call_contributors WHERE call_id = ? AND email = ?',
      [callId, email.toLowerCase()],
    );
    return row && toContributor(row);
  }

  async byId(id: string): Promise<Contributor | undefined> {
    const row = await this.#sql.get<ContributorRow>(
      'SELECT id, call_id, name, email, confirmed_at FROM call_contributors WHERE id = ?',
      [id],
    );
    return row && toContributor(row);
  }
}

const codeHash = (contributorId: string, code: string): string => hashToken(`${contributorId}:${code}`);
