/**
 * Invitation links: the secretariat invites an email to a workspace with a role; whoever
 * holds the link joins (creating their account, or adding the role to an existing one) and
 * is signed in. The link is the proof of the mailbox, so it is single-use, expires, and is
 * stored only as a hash like every other secret.
 */
import type { Person, Role } from '@accord/schema';
import type { Db } from '../storage/sqlite/database.js';
import { writeAudit } from './audit-log.js';
import { IdentityError, type NewPerson, type SqliteIdentityStore } from './identity-store.js';
import { hashSecret, isSecret, newSecret } from './secrets.js';

const sevenDays = 7 * 24 * 60 * 60 * 1000;

/** An invitation that may still be accepted. */
export interface OpenInvitation {
  workspaceId: string;
  email: string;
  role: Role;
  expiresAt: string;
}

/** What a new person fills in when accepting; an existing person sends nothing. */
export interface AcceptDetails {
  name?: string | undefined;
  stakeholderGroup?: string | undefined;
  affiliation?: string | undefined;
  country?: string | undefined;
  password?: string | undefined;
}

export class SqliteInvitationStore {
  readonly #db: Db;
  readonly #people: SqliteIdentityStore;
  readonly #now: () => Date;
  readonly #ttlMs: number;

  constructor(db: Db, people: SqliteIdentityStore, options: { now?: () => Date; ttlMs?: number } = {}) {
    this.#db = db;
    this.#people = people;
    this.#now = options.now ?? (() => new Date());
    this.#ttlMs = options.ttlMs ?? sevenDays;
  }

  /** Creates an invitation, audited; the returned token is shown once and never stored. */
  async create(input: { workspaceId: string; email: string; role: Role }, actorPersonId: string | null): Promise<{ token: string; expiresAt: string }> {
    const token = newSecret('invitation');
    const now = this.#now();
    const expiresAt = new Date(now.getTime() + this.#ttlMs).toISOString();
    this.#db.transaction(() => {
      this.#db
        .prepare('INSERT INTO invitations (token_hash, workspace_id, email, role, created_at, expires_at) VALUES (?, ?, ?, ?, ?, ?)')
        .run(hashSecret(token), input.workspaceId, input.email, input.role, now.toISOString(), expiresAt);
      writeAudit(this.#db, now.toISOString(), {
        actorPersonId,
        action: 'invitation.create',
        workspaceId: input.workspaceId,
        target: input.email,
        detail: { role: input.role, expiresAt },
      });
    })();
    return { token, expiresAt };
  }

  /** The invitation behind a link if it is unused and unexpired; undefined for anything else. */
  async peek(token: string): Promise<OpenInvitation | undefined> {
    if (!isSecret('invitation', token)) return undefined;
    const row = this.#db
      .prepare('SELECT workspace_id, email, role, expires_at FROM invitations WHERE token_hash = ? AND used_at IS NULL AND expires_at > ?')
      .get(hashSecret(token), this.#now().toISOString()) as { workspace_id: string; email: string; role: Role; expires_at: string } | undefined;
    return row && { workspaceId: row.workspace_id, email: row.email, role: row.role, expiresAt: row.expires_at };
  }

  /**
   * Accepts an invitation: claims it first (so two clicks cannot both use it), then creates
   * the person or grants the role to the existing one. If that fails (say, an unknown
   * stakeholder group) the claim is released and the link still works.
   */
  async accept(token: string, details: AcceptDetails): Promise<{ person: Person; invitation: OpenInvitation }> {
    const invitation = await this.peek(token);
    if (!invitation) throw new IdentityError('this invitation link is invalid, used or expired; ask the secretariat for a new one');
    const existing = await this.#people.findPersonByEmail(invitation.email);
    if (!existing && (!details.name || !details.stakeholderGroup || !details.password)) {
      throw new IdentityError('to create your account, give your name, stakeholder group and a password');
    }
    const claimed = this.#db
      .prepare('UPDATE invitations SET used_at = ? WHERE token_hash = ? AND used_at IS NULL')
      .run(this.#now().toISOString(), hashSecret(token)).changes;
    if (claimed !== 1) throw new IdentityError('this invitation link was just used; ask the secretariat for a new one');
    try {
      const via = 'invitation';
      if (existing) {
        await this.#people.changeRole(existing.id, invitation.workspaceId, invitation.role, { actorPersonId: existing.id, via });
        return { person: existing, invitation };
      }
      const input: NewPerson = {
        email: invitation.email,
        name: details.name!,
        stakeholderGroup: details.stakeholderGroup!,
        affiliation: details.affiliation,
        country: details.country,
      };
      const person = await this.#people.addPerson(input, {
        actorPersonId: null,
        password: details.password,
        grant: { workspaceId: invitation.workspaceId, role: invitation.role },
        via,
      });
      return { person, invitation };
    } catch (error) {
      this.#db.prepare('UPDATE invitations SET used_at = NULL WHERE token_hash = ?').run(hashSecret(token));
      throw error;
    }
  }
}
