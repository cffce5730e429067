/**
 * People, their stakeholder groups, passwords and workspace roles in SQLite. Passwords are
 * stored only as scrypt hashes; "invalid" is always answered as `undefined`, never with a
 * reason an attacker could use to tell cases apart. Administrative changes are audited in
 * the transaction of the change itself, so no unaudited change can exist.
 */
import type { Person, PersonShown, Role, StakeholderGroup, StakeholderGroupId } from '@accord/schema';
import type { Db } from '../storage/sqlite/database.js';
import { newId } from '../storage/ids.js';
import { type NewAuditEntry, writeAudit } from './audit-log.js';
import { IdentityError } from './errors.js';
import { hashPassword, needsRehash, verifyPassword } from './passwords.js';

/** What {@link SqlitePeopleStore.createPerson} needs; email and country already normalised by the schema. */
export interface NewPerson {
  email: string;
  name: string;
  stakeholderGroup: StakeholderGroupId;
  affiliation?: string | undefined;
  country?: string | undefined;
}

/** What {@link SqlitePeopleStore.addPerson} does besides creating the person, all in one transaction. */
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

/** The clock the stores date their rows by; tests move it. */
export interface ClockOptions {
  now?: () => Date;
}

/** A `people` row as SQLite returns it. */
export interface PersonRow {
  id: string;
  email: string;
  name: string;
  stakeholder_group: string;
  affiliation: string | null;
  country: string | null;
  created_at: string;
}

/** A person as the API shows them, from their row. */
export const toPerson = (r: PersonRow): Person => ({
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

/** People, stakeholder groups, passwords and roles. */
export class SqlitePeopleStore {
  readonly #db: Db;
  readonly #now: () => Date;

  constructor(db: Db, options: ClockOptions = {}) {
    this.#db = db;
    this.#now = options.now ?? (() => new Date());
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
      id: newId(),
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

  /**
   * Each person as shown beside what they wrote or did (name, current stakeholder group), in
   * one query; ids of no one are left out of the map.
   */
  async peopleByIds(ids: Iterable<string>): Promise<Map<string, PersonShown>> {
    const rows = this.#db
      .prepare('SELECT id, name, stakeholder_group FROM people WHERE id IN (SELECT value FROM json_each(?))')
      .all(JSON.stringify([...new Set(ids)])) as { id: string; name: string; stakeholder_group: string }[];
    return new Map(rows.map((r) => [r.id, { id: r.id, name: r.name, stakeholderGroup: r.stakeholder_group }]));
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

  #audit(entry: NewAuditEntry): void {
    writeAudit(this.#db, this.#iso(), entry);
  }

  #iso(): string {
    return this.#now().toISOString();
  }
}
