/**
 * Browser sessions (with their CSRF tokens) and API tokens, in SQLite or PostgreSQL. Secrets are handed out
 * once and stored only as hashes (see `secrets.ts`); "invalid" is always answered as
 * `undefined`, never with a reason an attacker could use to tell cases apart. Revocations
 * are audited in their own transaction so that the watchers close what they opened. A
 * revocation is one conditional `UPDATE … RETURNING`, so of two at once (two instances) only
 * one finds the credential active and audits it.
 */
import { timingSafeEqual } from 'node:crypto';
import type { Queryable } from '../storage/sql/types.js';
import { type NewAuditEntry, writeAudit } from './audit-log.js';
import { csrfFor, hashSecret, isSecret, newSecret } from './secrets.js';

/** A freshly created session: the two secrets go to the browser (cookie, CSRF header) and nowhere else. */
export interface NewSession {
  sessionSecret: string;
  csrfToken: string;
  expiresAt: string;
}

/** A session that is neither expired nor revoked. */
export interface ActiveSession {
  personId: string;
  createdAt: string;
  expiresAt: string;
  /** SHA-256 of the CSRF token; compare with {@link csrfMatches}. */
  csrfHash: string;
}

/** A valid API token's owner. */
export interface ActiveToken {
  personId: string;
  name: string;
}

/** Who revokes or creates a credential, for the audit; null for the CLI or the system. */
export interface CredentialActor {
  actorPersonId: string | null;
  via?: string;
}

export interface SessionStoreOptions {
  /** The clock sessions expire by; tests move it. */
  now?: () => Date;
  /** Lifetime of a new session. Default 14 days. */
  sessionTtlMs?: number;
}

const fourteenDays = 14 * 24 * 60 * 60 * 1000;

/** Whether `csrfToken` (from the request header) belongs to `session`; constant-time, and no storage involved. */
export function csrfMatches(session: ActiveSession, csrfToken: string | undefined): boolean {
  if (!csrfToken || !isSecret('csrf', csrfToken)) return false;
  return timingSafeEqual(Buffer.from(hashSecret(csrfToken), 'hex'), Buffer.from(session.csrfHash, 'hex'));
}

/** Sessions and API tokens. */
export class SqlSessionStore {
  readonly #sql: Queryable;
  readonly #now: () => Date;
  readonly #sessionTtlMs: number;

  constructor(sql: Queryable, options: SessionStoreOptions = {}) {
    this.#sql = sql;
    this.#now = options.now ?? (() => new Date());
    this.#sessionTtlMs = options.sessionTtlMs ?? fourteenDays;
  }

  // ---- sessions

  /** Starts a browser session; the secrets are returned once and stored only as hashes. */
  async createSession(personId: string): Promise<NewSession> {
    const sessionSecret = newSecret('session');
    const csrfToken = csrfFor(sessionSecret);
    const now = this.#now();
    const expiresAt = new Date(now.getTime() + this.#sessionTtlMs).toISOString();
    await this.#sql.run(
      'INSERT INTO sessions (id_hash, person_id, created_at, expires_at, csrf_hash) VALUES (?, ?, ?, ?, ?)',
      [hashSecret(sessionSecret), personId, now.toISOString(), expiresAt, hashSecret(csrfToken)],
    );
    return { sessionSecret, csrfToken, expiresAt };
  }

  /** The session behind a cookie value, or undefined if malformed, unknown, revoked or expired. */
  async verifySession(sessionSecret: string): Promise<ActiveSession | undefined> {
    if (!isSecret('session', sessionSecret)) return undefined;
    const row = await this.#sql.get<{ person_id: string; created_at: string; expires_at: string; csrf_hash: string }>(
      'SELECT person_id, created_at, expires_at, csrf_hash FROM sessions WHERE id_hash = ? AND revoked_at IS NULL AND expires_at > ?',
      [hashSecret(sessionSecret), this.#iso()],
    );
    return (
      row && { personId: row.person_id, createdAt: row.created_at, expiresAt: row.expires_at, csrfHash: row.csrf_hash }
    );
  }

  /**
   * Signs a session out and audits it (`session.revoke`, target the person), so open
   * WebSockets of that session are closed by the watcher; true if it was active.
   */
  async revokeSession(sessionSecret: string, actor: CredentialActor = { actorPersonId: null }): Promise<boolean> {
    if (!isSecret('session', sessionSecret)) return false;
    const idHash = hashSecret(sessionSecret);
    return this.#sql.transaction(async (tx) => {
      const row = await tx.get<{ person_id: string }>(
        'UPDATE sessions SET revoked_at = ? WHERE id_hash = ? AND revoked_at IS NULL RETURNING person_id',
        [this.#iso(), idHash],
      );
      if (!row) return false;
      await this.#audit(tx, {
        actorPersonId: actor.actorPersonId,
        action: 'session.revoke',
        target: row.person_id,
        detail: actor.via ? { via: actor.via } : {},
      });
      return true;
    });
  }

  /** Signs a person out everywhere (password change, removal), audited; returns how many sessions ended. */
  async revokeSessionsOf(personId: string, actor: CredentialActor = { actorPersonId: null }): Promise<number> {
    return this.#sql.transaction(async (tx) => {
      const { changes: ended } = await tx.run(
        'UPDATE sessions SET revoked_at = ? WHERE person_id = ? AND revoked_at IS NULL',
        [this.#iso(), personId],
      );
      if (ended > 0)
        await this.#audit(tx, {
          actorPersonId: actor.actorPersonId,
          action: 'session.revoke',
          target: personId,
          detail: { sessions: ended, ...(actor.via ? { via: actor.via } : {}) },
        });
      return ended;
    });
  }

  // ---- API tokens

  /** A new bearer token for scripts; returned once. With `audit`, a `token.create` entry is written in the same transaction. */
  async createApiToken(personId: string, name: string, audit?: CredentialActor): Promise<string> {
    const token = newSecret('token');
    await this.#sql.transaction(async (tx) => {
      await tx.run('INSERT INTO api_tokens (id_hash, person_id, name, created_at) VALUES (?, ?, ?, ?)', [
        hashSecret(token),
        personId,
        name,
        this.#iso(),
      ]);
      if (audit) {
        const via = audit.via === undefined ? {} : { via: audit.via };
        await this.#audit(tx, {
          actorPersonId: audit.actorPersonId,
          action: 'token.create',
          target: personId,
          detail: { name, ...via },
        });
      }
    });
    return token;
  }

  /** The owner of a bearer token, or undefined if malformed, unknown or revoked. */
  async verifyApiToken(token: string): Promise<ActiveToken | undefined> {
    if (!isSecret('token', token)) return undefined;
    const row = await this.#sql.get<{ person_id: string; name: string }>(
      'SELECT person_id, name FROM api_tokens WHERE id_hash = ? AND revoked_at IS NULL',
      [hashSecret(token)],
    );
    return row && { personId: row.person_id, name: row.name };
  }

  /** Revokes a token and audits it (`token.revoke`, target its owner); true if it was active. */
  async revokeApiToken(token: string, actor: CredentialActor = { actorPersonId: null }): Promise<boolean> {
    if (!isSecret('token', token)) return false;
    const idHash = hashSecret(token);
    return this.#sql.transaction(async (tx) => {
      const row = await tx.get<{ person_id: string; name: string }>(
        'UPDATE api_tokens SET revoked_at = ? WHERE id_hash = ? AND revoked_at IS NULL RETURNING person_id, name',
        [this.#iso(), idHash],
      );
      if (!row) return false;
      await this.#audit(tx, {
        actorPersonId: actor.actorPersonId,
        action: 'token.revoke',
        target: row.person_id,
        detail: { name: row.name, ...(actor.via ? { via: actor.via } : {}) },
      });
      return true;
    });
  }

  async #audit(tx: Queryable, entry: NewAuditEntry): Promise<void> {
    await writeAudit(tx, this.#iso(), entry);
  }

  #iso(): string {
    return this.#now().toISOString();
  }
}
