/**
 * Browser sessions (with their CSRF tokens) and API tokens in SQLite. Secrets are handed out
 * once and stored only as hashes (see `secrets.ts`); "invalid" is always answered as
 * `undefined`, never with a reason an attacker could use to tell cases apart. Revocations
 * are audited in their own transaction so that the watchers close what they opened.
 */
import { timingSafeEqual } from 'node:crypto';
import type { Db } from '../storage/sqlite/database.js';
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
export class SqliteSessionStore {
  readonly #db: Db;
  readonly #now: () => Date;
  readonly #sessionTtlMs: number;

  constructor(db: Db, options: SessionStoreOptions = {}) {
    this.#db = db;
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
    this.#db
      .prepare('INSERT INTO sessions (id_hash, person_id, created_at, expires_at, csrf_hash) VALUES (?, ?, ?, ?, ?)')
      .run(hashSecret(sessionSecret), personId, now.toISOString(), expiresAt, hashSecret(csrfToken));
    return { sessionSecret, csrfToken, expiresAt };
  }

  /** The session behind a cookie value, or undefined if malformed, unknown, revoked or expired. */
  async verifySession(sessionSecret: string): Promise<ActiveSession | undefined> {
    if (!isSecret('session', sessionSecret)) return undefined;
    const row = this.#db
      .prepare(
        'SELECT person_id, created_at, expires_at, csrf_hash FROM sessions WHERE id_hash = ? AND revoked_at IS NULL AND expires_at > ?',
      )
      .get(hashSecret(sessionSecret), this.#iso()) as
      | { person_id: string; created_at: string; expires_at: string; csrf_hash: string }
      | undefined;
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
    return this.#db.transaction(() => {
      const row = this.#db
        .prepare('SELECT person_id FROM sessions WHERE id_hash = ? AND revoked_at IS NULL')
        .get(idHash) as { person_id: string } | undefined;
      if (!row) return false;
      this.#db.prepare('UPDATE sessions SET revoked_at = ? WHERE id_hash = ?').run(this.#iso(), idHash);
      this.#audit({
        actorPersonId: actor.actorPersonId,
        action: 'session.revoke',
        target: row.person_id,
        detail: actor.via ? { via: actor.via } : {},
      });
      return true;
    })();
  }

  /** Signs a person out everywhere (password change, removal), audited; returns how many sessions ended. */
  async revokeSessionsOf(personId: string, actor: CredentialActor = { actorPersonId: null }): Promise<number> {
    return this.#db.transaction(() => {
      const ended = this.#db
        .prepare('UPDATE sessions SET revoked_at = ? WHERE person_id = ? AND revoked_at IS NULL')
        .run(this.#iso(), personId).changes;
      if (ended > 0)
        this.#audit({
          actorPersonId: actor.actorPersonId,
          action: 'session.revoke',
          target: personId,
          detail: { sessions: ended, ...(actor.via ? { via: actor.via } : {}) },
        });
      return ended;
    })();
  }

  // ---- API tokens

  /** A new bearer token for scripts; returned once. With `audit`, a `token.create` entry is written in the same transaction. */
  async createApiToken(personId: string, name: string, audit?: CredentialActor): Promise<string> {
    const token = newSecret('token');
    this.#db.transaction(() => {
      this.#db
        .prepare('INSERT INTO api_tokens (id_hash, person_id, name, created_at) VALUES (?, ?, ?, ?)')
        .run(hashSecret(token), personId, name, this.#iso());
      if (audit) {
        const via = audit.via === undefined ? {} : { via: audit.via };
        this.#audit({
          actorPersonId: audit.actorPersonId,
          action: 'token.create',
          target: personId,
          detail: { name, ...via },
        });
      }
    })();
    return token;
  }

  /** The owner of a bearer token, or undefined if malformed, unknown or revoked. */
  async verifyApiToken(token: string): Promise<ActiveToken | undefined> {
    if (!isSecret('token', token)) return undefined;
    const row = this.#db
      .prepare('SELECT person_id, name FROM api_tokens WHERE id_hash = ? AND revoked_at IS NULL')
      .get(hashSecret(token)) as { person_id: string; name: string } | undefined;
    return row && { personId: row.person_id, name: row.name };
  }

  /** Revokes a token and audits it (`token.revoke`, target its owner); true if it was active. */
  async revokeApiToken(token: string, actor: CredentialActor = { actorPersonId: null }): Promise<boolean> {
    if (!isSecret('token', token)) return false;
    const idHash = hashSecret(token);
    return this.#db.transaction(() => {
      const row = this.#db
        .prepare('SELECT person_id, name FROM api_tokens WHERE id_hash = ? AND revoked_at IS NULL')
        .get(idHash) as { person_id: string; name: string } | undefined;
      if (!row) return false;
      this.#db.prepare('UPDATE api_tokens SET revoked_at = ? WHERE id_hash = ?').run(this.#iso(), idHash);
      this.#audit({
        actorPersonId: actor.actorPersonId,
        action: 'token.revoke',
        target: row.person_id,
        detail: { name: row.name, ...(actor.via ? { via: actor.via } : {}) },
      });
      return true;
    })();
  }

  #audit(entry: NewAuditEntry): void {
    writeAudit(this.#db, this.#iso(), entry);
  }

  #iso(): string {
    return this.#now().toISOString();
  }
}
