/**
 * People, their stakeholder groups, passwords and workspace roles, in SQLite or PostgreSQL. Passwords are
 * stored only as scrypt hashes; "invalid" is always answered as `undefined`, never with a
 * reason an attacker could use to tell cases apart. Administrative changes are audited in
 * the transaction of the change itself, so no unaudited change can exist.
 */
import type { Person, PersonShown, Role, StakeholderGroup, StakeholderGroupId } from '@accord/schema';
import { isLocale, type Locale } from '@accord/i18n';
import { type Queryable, type SqlValue, isUniqueViolation } from '../storage/sql/types.js';
import { newId } from '../storage/ids.js';
import { type NewAuditEntry, writeAudit } from './audit-log.js';
import { IdentityError } from './errors.js';
import { hashPassword, needsRehash, verifyPassword } from './passwords.js';

/** What {@link SqlPeopleStore.createPerson} needs; email and country already normalised by the schema. */
export interface NewPerson {
  email: string;
  name: string;
  stakeholderGroup: StakeholderGroupId;
  affiliation?: string | undefined;
  country?: string | undefined;
}

/** What {@link SqlPeopleStore.addPerson} does besides creating the person, all in one transaction. */
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

/** A `people` row as the database returns it. */
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

/**
 * `email` equal to one parameter whatever its case, as each schema indexes it: SQLite's column
 * is COLLATE NOCASE (its unique index answers a plain `=`), PostgreSQL's unique index is on
 * `lower(email)`. Both fold ASCII only, so they agree on which emails are the same.
 */
export const emailIs = (q: Queryable, column = 'email'): string =>
  q.dialect === 'postgres' ? `lower(${column}) = lower(?)` : `${column} = ?`;

/** Ids per `IN (…)` list: far below either dialect's limit on parameters. */
const idsPerQuery = 500;

const taken = (email: string) => new IdentityError({ key: 'errors.identity.emailTaken', values: { email } });

/** People, stakeholder groups, passwords and roles. */
export class SqlPeopleStore {
  readonly #sql: Queryable;
  readonly #now: () => Date;

  constructor(sql: Queryable, options: ClockOptions = {}) {
    this.#sql = sql;
    this.#now = options.now ?? (() => new Date());
  }

  // ---- stakeholder groups

  async listStakeholderGroups(): Promise<StakeholderGroup[]> {
    return this.#sql.all<StakeholderGroup>('SELECT id, name FROM stakeholder_groups ORDER BY name');
  }

  /** Adds a stakeholder group; refuses an id that exists. */
  async addStakeholderGroup(group: StakeholderGroup): Promise<void> {
    const exists = () =>
      new IdentityError({ key: 'errors.identity.groupExists', values: { id: group.id } }, 409, 'conflict');
    if (await this.#sql.get('SELECT 1 FROM stakeholder_groups WHERE id = ?', [group.id])) throw exists();
    try {
      await this.#sql.run('INSERT INTO stakeholder_groups (id, name, created_at) VALUES (?, ?, ?)', [
        group.id,
        group.name,
        this.#iso(),
      ]);
    } catch (error) {
      // Added by someone else between the check and the insert.
      throw isUniqueViolation(error) ? exists() : error;
    }
  }

  // ---- people

  /** Creates a person; refuses a taken email or an unknown stakeholder group with a clear message. */
  async createPerson(input: NewPerson): Promise<Person> {
    return this.#insertPerson(this.#sql, input);
  }

  /**
   * The administrative "add a person": creates them, optionally sets a password and grants a
   * role, and audits each step, in one transaction, so no half-added person and no
   * unaudited change can exist.
   */
  async addPerson(input: NewPerson, options: AddPersonOptions): Promise<Person> {
    const hash = options.password === undefined ? undefined : await hashPassword(options.password);
    const via = options.via === undefined ? {} : { via: options.via };
    // Hashed above, outside: scrypt is slow, and on SQLite the transaction holds the only connection.
    return this.#sql.transaction(async (tx) => {
      const person = await this.#insertPerson(tx, input);
      const actorPersonId = options.actorIsNewPerson ? person.id : options.actorPersonId;
      const grant = options.grant;
      await this.#audit(tx, {
        actorPersonId,
        action: 'person.create',
        workspaceId: grant?.workspaceId ?? null,
        target: person.id,
        detail: { email: person.email, ...via },
      });
      if (hash !== undefined) {
        await this.#writePasswordHash(tx, person.id, hash);
        await this.#audit(tx, { actorPersonId, action: 'password.set', target: person.id, detail: { ...via } });
      }
      if (grant) {
        await this.#writeRole(tx, person.id, grant.workspaceId, grant.role);
        await this.#audit(tx, {
          actorPersonId,
          action: 'role.change',
          workspaceId: grant.workspaceId,
          target: person.id,
          detail: { role: grant.role, previous: null, ...via },
        });
      }
      return person;
    });
  }

  async #insertPerson(q: Queryable, input: NewPerson): Promise<Person> {
    if (!(await q.get('SELECT 1 FROM stakeholder_groups WHERE id = ?', [input.stakeholderGroup]))) {
      const known = (await q.all<{ id: string }>('SELECT id FROM stakeholder_groups ORDER BY id'))
        .map((g) => g.id)
        .join(', ');
      throw new IdentityError({ key: 'errors.identity.unknownGroup', values: { id: input.stakeholderGroup, known } });
    }
    if (await q.get(`SELECT 1 FROM people WHERE ${emailIs(q)}`, [input.email.trim()])) throw taken(input.email);
    const row: PersonRow = {
      id: newId(),
      email: input.email,
      name: input.name,
      stakeholder_group: input.stakeholderGroup,
      affiliation: input.affiliation ?? null,
      country: input.country ?? null,
      created_at: this.#iso(),
    };
    try {
      await q.run(
        'INSERT INTO people (id, email, name, stakeholder_group, affiliation, country, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)',
        [row.id, row.email, row.name, row.stakeholder_group, row.affiliation, row.country, row.created_at],
      );
    } catch (error) {
      // The same email added at the same moment by another request (or instance): the index decides.
      throw isUniqueViolation(error) ? taken(input.email) : error;
    }
    return toPerson(row);
  }

  async getPerson(id: string): Promise<Person | undefined> {
    const row = await this.#sql.get<PersonRow>('SELECT * FROM people WHERE id = ?', [id]);
    return row && toPerson(row);
  }

  /** The person and their saved interface language, in one read (authentication needs both). */
  async getPersonAndLocale(id: string): Promise<{ person: Person; locale: Locale | null } | undefined> {
    const row = await this.#sql.get<PersonRow & { locale: string | null }>('SELECT * FROM people WHERE id = ?', [id]);
    return row && { person: toPerson(row), locale: isLocale(row.locale) ? row.locale : null };
  }

  /** Case-insensitive, like the column. */
  async findPersonByEmail(email: string): Promise<Person | undefined> {
    const row = await this.#sql.get<PersonRow>(`SELECT * FROM people WHERE ${emailIs(this.#sql)}`, [email.trim()]);
    return row && toPerson(row);
  }

  /**
   * Each person as shown beside what they wrote or did (name, current stakeholder group), in
   * one query per 500 ids; ids of no one are left out of the map.
   */
  async peopleByIds(ids: Iterable<string>): Promise<Map<string, PersonShown>> {
    const unique: SqlValue[] = [...new Set(ids)];
    const shown = new Map<string, PersonShown>();
    for (let i = 0; i < unique.length; i += idsPerQuery) {
      const chunk = unique.slice(i, i + idsPerQuery);
      const rows = await this.#sql.all<{ id: string; name: string; stakeholder_group: string }>(
        `SELECT id, name, stakeholder_group FROM people WHERE id IN (${chunk.map(() => '?').join(', ')})`,
        chunk,
      );
      for (const r of rows) shown.set(r.id, { id: r.id, name: r.name, stakeholderGroup: r.stakeholder_group });
    }
    return shown;
  }

  // ---- interface language

  /** The person's saved interface language; null when they follow their browser (or are unknown). */
  async localeOf(personId: string): Promise<Locale | null> {
    const row = await this.#sql.get<{ locale: string | null }>('SELECT locale FROM people WHERE id = ?', [personId]);
    return isLocale(row?.locale) ? row.locale : null;
  }

  /** Saved languages of many people at once (for mails to a workspace); people without one are left out. */
  async localesOf(ids: Iterable<string>): Promise<Map<string, Locale>> {
    const unique: SqlValue[] = [...new Set(ids)];
    const found = new Map<string, Locale>();
    for (let i = 0; i < unique.length; i += idsPerQuery) {
      const chunk = unique.slice(i, i + idsPerQuery);
      const rows = await this.#sql.all<{ id: string; locale: string | null }>(
        `SELECT id, locale FROM people WHERE locale IS NOT NULL AND id IN (${chunk.map(() => '?').join(', ')})`,
        chunk,
      );
      for (const r of rows) if (isLocale(r.locale)) found.set(r.id, r.locale);
    }
    return found;
  }

  /**
   * Remembers (or with null forgets) the person's interface language, audited in the same
   * transaction as every change to a person. Answers whether the person exists.
   */
  async setLocale(personId: string, locale: Locale | null, actor: { actorPersonId: string | null }): Promise<boolean> {
    return this.#sql.transaction(async (tx) => {
      const lock = tx.dialect === 'postgres' ? ' FOR UPDATE' : '';
      const row = await tx.get<{ locale: string | null }>(`SELECT locale FROM people WHERE id = ?${lock}`, [personId]);
      if (!row) return false;
      if (row.locale === locale) return true;
      await tx.run('UPDATE people SET locale = ? WHERE id = ?', [locale, personId]);
      await this.#audit(tx, {
        actorPersonId: actor.actorPersonId,
        action: 'person.locale',
        target: personId,
        detail: { locale, previous: row.locale },
      });
      return true;
    });
  }

  // ---- passwords

  /** Sets (or replaces) a person's password; throws `PasswordPolicyError` on a bad length. */
  async setPassword(personId: string, password: string): Promise<void> {
    await this.#writePasswordHash(this.#sql, personId, await hashPassword(password));
  }

  async #writePasswordHash(q: Queryable, personId: string, hash: string): Promise<void> {
    await q.run(
      'INSERT INTO passwords (person_id, hash, updated_at) VALUES (?, ?, ?) ON CONFLICT (person_id) DO UPDATE SET hash = excluded.hash, updated_at = excluded.updated_at',
      [personId, hash, this.#iso()],
    );
  }

  /**
   * The person whose email and password these are, or undefined. Unknown email, no password
   * and wrong password cost the same and look the same. A hash made with older parameters
   * is upgraded on success.
   */
  async checkPassword(email: string, password: string): Promise<Person | undefined> {
    const person = await this.findPersonByEmail(email);
    const stored =
      person && (await this.#sql.get<{ hash: string }>('SELECT hash FROM passwords WHERE person_id = ?', [person.id]));
    const ok = await verifyPassword(password, stored?.hash ?? (await decoy()));
    if (!person || !stored || !ok) return undefined;
    if (needsRehash(stored.hash)) await this.setPassword(person.id, password);
    return person;
  }

  // ---- roles

  /** Grants `role` in a workspace, replacing any role the person held there. */
  async setRole(personId: string, workspaceId: string, role: Role): Promise<void> {
    await this.#writeRole(this.#sql, personId, workspaceId, role);
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
    return this.#sql.transaction(async (tx) => {
      // PostgreSQL: lock the role row so two changes at once each audit the role the other left.
      const lock = tx.dialect === 'postgres' ? ' FOR UPDATE' : '';
      const previous =
        (
          await tx.get<{ role: Role }>(
            `SELECT role FROM workspace_roles WHERE person_id = ? AND workspace_id = ?${lock}`,
            [personId, workspaceId],
          )
        )?.role ?? null;
      if (role === null)
        await tx.run('DELETE FROM workspace_roles WHERE person_id = ? AND workspace_id = ?', [personId, workspaceId]);
      else await this.#writeRole(tx, personId, workspaceId, role);
      const via = actor.via === undefined ? {} : { via: actor.via };
      await this.#audit(tx, {
        actorPersonId: actor.actorPersonId,
        action: 'role.change',
        workspaceId,
        target: personId,
        detail: { role, previous, ...via },
      });
      return previous;
    });
  }

  async #writeRole(q: Queryable, personId: string, workspaceId: string, role: Role): Promise<void> {
    await q.run(
      'INSERT INTO workspace_roles (person_id, workspace_id, role, granted_at) VALUES (?, ?, ?, ?) ON CONFLICT (person_id, workspace_id) DO UPDATE SET role = excluded.role, granted_at = excluded.granted_at',
      [personId, workspaceId, role, this.#iso()],
    );
  }

  async getRole(personId: string, workspaceId: string): Promise<Role | undefined> {
    const row = await this.#sql.get<{ role: Role }>(
      'SELECT role FROM workspace_roles WHERE person_id = ? AND workspace_id = ?',
      [personId, workspaceId],
    );
    return row?.role;
  }

  /** Every role the person holds, by workspace id: the `roles` of an authorization `Principal`. */
  async rolesOf(personId: string): Promise<Map<string, Role>> {
    const rows = await this.#sql.all<{ workspace_id: string; role: Role }>(
      'SELECT workspace_id, role FROM workspace_roles WHERE person_id = ?',
      [personId],
    );
    return new Map(rows.map((r) => [r.workspace_id, r.role]));
  }

  async #audit(q: Queryable, entry: NewAuditEntry): Promise<void> {
    await writeAudit(q, this.#iso(), entry);
  }

  #iso(): string {
    return this.#now().toISOString();
  }
}
