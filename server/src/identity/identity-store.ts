/**
 * People, credentials, roles, sessions, API tokens and the audit log in SQLite. Secrets are
 * handed out once and stored only as hashes (see `secrets.ts`); "invalid" is always answered
 * as `undefined`, never with a reason an attacker could use to tell cases apart.
 */
import { timingSafeEqual } from 'node:crypto';
import type { AuditEntry, Person, Role, StakeholderGroup, StakeholderGroupId } from '@accord/schema';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { Db } from '../storage/sqlite/database.js';
import { Refusal } from '../refusal.js';
import { newPersonId } from '../storage/ids.js';
import { hashPassword, needsRehash, verifyPassword } from './passwords.js';
import { csrfFor, hashSecret, isSecret, newSecret } from './secrets.js';
import { readAudit, writeAudit, type AuditQuery, type NewAuditEntry } from './audit-log.js';

export type { NewAuditEntry } from './audit-log.js';

/** A request the store refuses for a reason the caller can show (unknown group, taken email…); a 400 unless given. */
export class IdentityError extends Refusal {
  override name = 'IdentityError';
  constructor(message: string, status: ContentfulStatusCode = 400, code = 'invalid_body') {
    super(status, code, message);
  }
}

/** What {@link SqliteIdentityStore.createPerson} needs; email and country already normalised by the schema. */
export interface NewPerson {
  email: string;
  name: string;
  stakeholderGroup: StakeholderGroupId;
  affiliation?: string | undefined;
  country?: string | undefined;
}

/** A person together with their role in one workspace. */
export interface WorkspaceMember {
  person: Person;
  role: Role;
}

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
  /** SHA-256 of the CSRF token; compare with {@link SqliteIdentityStore.checkCsrf}. */
  csrfHash: string;
}

/** A valid API token's owner. */
export interface ActiveToken {
  personId: string;
  name: string;
}

/** What {@link SqliteIdentityStore.addPerson} does besides creating the person, all in one transaction. */
export interface AddPersonOptions {
  /** Who does it; null for the CLI or the system. */
  actorPersonId: string | null;
  /** The new person does it themselves (accepting an invitation): the audit names them, not `actorPersonId`. */
  actorIsNewPerson?: boolean | undefined;
  /** Set as their password (checked and hashed before anything is written). */
  password?: string | undefined;
  /** Granted at once. */
  grant?: { workspaceId: string; role: Role } | undefined;
  /** Recorded in each audit entry's detail as `via` (`cli`, `api`). */
  via?: string | undefined;
}

export interface IdentityStoreOptions {
  /** The clock sessions expire by; tests move it. */
  now?: () => Date;
  /** Lifetime of a new session. Default 14 days. */
  sessionTtlMs?: number;
}

interface PersonRow {
  id: string;
  email: string;
  name: string;
  stakeholder_group: string;
  affiliation: string | null;
  country: string | null;
  created_at: string;
}

const toPerson = (r: PersonRow): Person => ({
  id: r.id,
  email: r.email,
  name: r.name,
  stakeholderGroup: r.stakeholder_group,
  affiliation: r.affiliation,
  country: r.country,
  createdAt: r.created_at,
});

/**
 * Verified against when the email is unknown, so that a sign-in for a missing account costs
 * the same scrypt time as one for an existing account (no account enumeration by timing).
 */
let decoyHash: Promise<string> | undefined;
const decoy = () => (decoyHash ??= hashPassword('decoy password, never matches'));

const fourteenDays = 14 * 24 * 60 * 60 * 1000;

export class SqliteIdentityStore {
  readonly #db: Db;
  readonly #now: () => Date;
  readonly #sessionTtlMs: number;

  constructor(db: Db, options: IdentityStoreOptions = {}) {
    this.#db = db;
    this.#now = options.now ?? (() => new Date());
    this.#sessionTtlMs = options.sessionTtlMs ?? fourteenDays;
  }

  // ---- stakeholder groups

  async listStakeholderGroups(): Promise<StakeholderGroup[]> {
    return this.#db.prepare('SELECT id, name FROM stakeholder_groups ORDER BY name').all() as StakeholderGroup[];
  }

  /** Adds a stakeholder group; refuses an id that exists. */
  async addStakeholderGroup(group: StakeholderGroup): Promise<void> {
    if (this.#db.prepare('SELECT 1 FROM stakeholder_groups WHERE id = ?').get(group.id))
      throw new IdentityError(`stakeholder group ${group.id} already exists`, 409, 'conflict');
    this.#db
      .prepare('INSERT INTO stakeholder_groups (id, name, created_at) VALUES (?, ?, ?)')
      .run(group.id, group.name, this.#iso());
  }

  // ---- people

  /** Creates a person; refuses a taken email or an unknown stakeholder group with a clear message. */
  async createPerson(input: NewPerson): Promise<Person> {
    return this.#insertPerson(input);
  }

  /**
   * The administrative "add a person": creates them, optionally sets a password and grants a
   * role, and audits each step, in one transaction, so no half-added person and no
   * unaudited change can exist.
   */
  async addPerson(input: NewPerson, options: AddPersonOptions): Promise<Person> {
    const hash = options.password === undefined ? undefined : await hashPassword(options.password);
    const via = options.via === undefined ? {} : { via: options.via };
    return this.#db.transaction(() => {
      const person = this.#insertPerson(input);
      const actorPersonId = options.actorIsNewPerson ? person.id : options.actorPersonId;
      const grant = options.grant;
      this.#audit({
        actorPersonId,
        action: 'person.create',
        workspaceId: grant?.workspaceId ?? null,
        target: person.id,
        detail: { email: person.email, ...via },
      });
      if (hash !== undefined) {
        this.#writePasswordHash(person.id, hash);
        this.#audit({ actorPersonId, action: 'password.set', target: person.id, detail: { ...via } });
      }
      if (grant) {
        this.#writeRole(person.id, grant.workspaceId, grant.role);
        this.#audit({
          actorPersonId,
          action: 'role.change',
          workspaceId: grant.workspaceId,
          target: person.id,
          detail: { role: grant.role, previous: null, ...via },
        });
      }
      return person;
    })();
  }

  #insertPerson(input: NewPerson): Person {
    if (!this.#db.prepare('SELECT 1 FROM stakeholder_groups WHERE id = ?').get(input.stakeholderGroup)) {
      const known = (this.#db.prepare('SELECT id FROM stakeholder_groups ORDER BY id').all() as { id: string }[])
        .map((g) => g.id)
        .join(', ');
      throw new IdentityError(`unknown stakeholder group ${input.stakeholderGroup}; known groups: ${known}`);
    }
    if (this.#db.prepare('SELECT 1 FROM people WHERE email = ?').get(input.email.trim()))
      throw new IdentityError(`a person with email ${input.email} already exists`);
    const row: PersonRow = {
      id: newPersonId(),
      email: input.email,
      name: input.name,
      stakeholder_group: input.stakeholderGroup,
      affiliation: input.affiliation ?? null,
      country: input.country ?? null,
      created_at: this.#iso(),
    };
    this.#db
      .prepare(
        'INSERT INTO people (id, email, name, stakeholder_group, affiliation, country, created_at) VALUES (@id, @email, @name, @stakeholder_group, @affiliation, @country, @created_at)',
      )
      .run(row);
    return toPerson(row);
  }

  async getPerson(id: string): Promise<Person | undefined> {
    const row = this.#db.prepare('SELECT * FROM people WHERE id = ?').get(id) as PersonRow | undefined;
    return row && toPerson(row);
  }

  /** Case-insensitive, like the column. */
  async findPersonByEmail(email: string): Promise<Person | undefined> {
    const row = this.#db.prepare('SELECT * FROM people WHERE email = ?').get(email.trim()) as PersonRow | undefined;
    return row && toPerson(row);
  }

  // ---- passwords

  /** Sets (or replaces) a person's password; throws `PasswordPolicyError` on a bad length. */
  async setPassword(personId: string, password: string): Promise<void> {
    this.#writePasswordHash(personId, await hashPassword(password));
  }

  #writePasswordHash(personId: string, hash: string): void {
    this.#db
      .prepare(
        'INSERT INTO passwords (person_id, hash, updated_at) VALUES (?, ?, ?) ON CONFLICT (person_id) DO UPDATE SET hash = excluded.hash, updated_at = excluded.updated_at',
      )
      .run(personId, hash, this.#iso());
  }

  /**
   * The person whose email and password these are, or undefined. Unknown email, no password
   * and wrong password cost the same and look the same. A hash made with older parameters
   * is upgraded on success.
   */
  async checkPassword(email: string, password: string): Promise<Person | undefined> {
    const person = await this.findPersonByEmail(email);
    const stored =
      person &&
      (this.#db.prepare('SELECT hash FROM passwords WHERE person_id = ?').get(person.id) as
        | { hash: string }
        | undefined);
    const ok = await verifyPassword(password, stored?.hash ?? (await decoy()));
    if (!person || !stored || !ok) return undefined;
    if (needsRehash(stored.hash)) await this.setPassword(person.id, password);
    return person;
  }

  // ---- roles

  /** Grants `role` in a workspace, replacing any role the person held there. */
  async setRole(personId: string, workspaceId: string, role: Role): Promise<void> {
    this.#writeRole(personId, workspaceId, role);
  }

  /**
   * The administrative role change: sets (or with null removes) a person's role in a
   * workspace and audits it with the previous role, in one transaction. Returns the previous role.
   */
  async changeRole(
    personId: string,
    workspaceId: string,
    role: Role | null,
    actor: { actorPersonId: string | null; via?: string },
  ): Promise<Role | null> {
    return this.#db.transaction(() => {
      const previous =
        (
          this.#db
            .prepare('SELECT role FROM workspace_roles WHERE person_id = ? AND workspace_id = ?')
            .get(personId, workspaceId) as { role: Role } | undefined
        )?.role ?? null;
      if (role === null)
        this.#db
          .prepare('DELETE FROM workspace_roles WHERE person_id = ? AND workspace_id = ?')
          .run(personId, workspaceId);
      else this.#writeRole(personId, workspaceId, role);
      const via = actor.via === undefined ? {} : { via: actor.via };
      this.#audit({
        actorPersonId: actor.actorPersonId,
        action: 'role.change',
        workspaceId,
        target: personId,
        detail: { role, previous, ...via },
      });
      return previous;
    })();
  }

  #writeRole(personId: string, workspaceId: string, role: Role): void {
    this.#db
      .prepare(
        'INSERT INTO workspace_roles (person_id, workspace_id, role, granted_at) VALUES (?, ?, ?, ?) ON CONFLICT (person_id, workspace_id) DO UPDATE SET role = excluded.role, granted_at = excluded.granted_at',
      )
      .run(personId, workspaceId, role, this.#iso());
  }

  async getRole(personId: string, workspaceId: string): Promise<Role | undefined> {
    const row = this.#db
      .prepare('SELECT role FROM workspace_roles WHERE person_id = ? AND workspace_id = ?')
      .get(personId, workspaceId) as { role: Role } | undefined;
    return row?.role;
  }

  /** Every role the person holds, by workspace id: the `roles` of an authorization `Principal`. */
  async rolesOf(personId: string): Promise<Map<string, Role>> {
    const rows = this.#db
      .prepare('SELECT workspace_id, role FROM workspace_roles WHERE person_id = ?')
      .all(personId) as { workspace_id: string; role: Role }[];
    return new Map(rows.map((r) => [r.workspace_id, r.role]));
  }

  /** The people holding a role in a workspace, by name. */
  async listWorkspacePeople(workspaceId: string): Promise<WorkspaceMember[]> {
    const rows = this.#db
      .prepare(
        'SELECT p.*, r.role FROM workspace_roles r JOIN people p ON p.id = r.person_id WHERE r.workspace_id = ? ORDER BY p.name, p.id',
      )
      .all(workspaceId) as (PersonRow & { role: Role })[];
    return rows.map((r) => ({ person: toPerson(r), role: r.role }));
  }

  // ---- document audience

  /**
   * Replaces a document's audience, audited (`document.audience`, target the document) so
   * open connections are re-checked; an empty list opens it to everyone with a role in its workspace.
   */
  async setDocumentAudience(
    documentId: string,
    personIds: readonly string[],
    actor: { actorPersonId: string | null; workspaceId?: string; via?: string } = { actorPersonId: null },
  ): Promise<void> {
    this.#db.transaction(() => {
      this.#db.prepare('DELETE FROM document_audience WHERE document_id = ?').run(documentId);
      const add = this.#db.prepare('INSERT OR IGNORE INTO document_audience (document_id, person_id) VALUES (?, ?)');
      for (const id of personIds) add.run(documentId, id);
      this.#audit({
        actorPersonId: actor.actorPersonId,
        action: 'document.audience',
        workspaceId: actor.workspaceId ?? null,
        target: documentId,
        detail: { people: [...personIds], ...(actor.via ? { via: actor.via } : {}) },
      });
    })();
  }

  async getDocumentAudience(documentId: string): Promise<string[]> {
    const rows = this.#db
      .prepare('SELECT person_id FROM document_audience WHERE document_id = ? ORDER BY person_id')
      .all(documentId) as { person_id: string }[];
    return rows.map((r) => r.person_id);
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

  /** Whether `csrfToken` (from the request header) belongs to `session`; constant-time. */
  checkCsrf(session: ActiveSession, csrfToken: string | undefined): boolean {
    if (!csrfToken || !isSecret('csrf', csrfToken)) return false;
    return timingSafeEqual(Buffer.from(hashSecret(csrfToken), 'hex'), Buffer.from(session.csrfHash, 'hex'));
  }

  /**
   * Signs a session out and audits it (`session.revoke`, target the person), so open
   * WebSockets of that session are closed by the watcher; true if it was active.
   */
  async revokeSession(
    sessionSecret: string,
    actor: { actorPersonId: string | null; via?: string } = { actorPersonId: null },
  ): Promise<boolean> {
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
  async revokeSessionsOf(
    personId: string,
    actor: { actorPersonId: string | null; via?: string } = { actorPersonId: null },
  ): Promise<number> {
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
  async createApiToken(
    personId: string,
    name: string,
    audit?: { actorPersonId: string | null; via?: string },
  ): Promise<string> {
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
  async revokeApiToken(
    token: string,
    actor: { actorPersonId: string | null; via?: string } = { actorPersonId: null },
  ): Promise<boolean> {
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

  // ---- audit log

  /** Appends one entry; the table refuses updates and deletes, so this is the only write. */
  async appendAudit(entry: NewAuditEntry): Promise<AuditEntry> {
    return this.#audit(entry);
  }

  #audit(entry: NewAuditEntry): AuditEntry {
    return writeAudit(this.#db, this.#iso(), entry);
  }

  /** Entries in order, optionally of one workspace (with its people's sign-ins) and after a sequence number. */
  async listAudit(query: AuditQuery = {}): Promise<AuditEntry[]> {
    return readAudit(this.#db, query);
  }

  #iso(): string {
    return this.#now().toISOString();
  }
}
