/**
 * Invitations: the secretariat invites an email to a workspace with a role, and the link is
 * mailed to that address. Whoever opens it without an account creates one (the link is the
 * proof of the mailbox) and is signed in. An email that already has an account is never
 * signed in by a link: its owner signs in first, and the role is granted only to the person
 * signed in with that email — a link that leaked (or that a secretariat of another workspace
 * minted for someone else's email) takes over nothing. Links are single-use, expire, can be
 * revoked, and are stored only as a hash like every other secret.
 */
import type { Person, Role } from '@accord/schema';
import type { Queryable } from '../storage/sql/types.js';
import { newId } from '../storage/ids.js';
import { writeAudit } from './audit-log.js';
import type { Msg } from '../refusal.js';
import { IdentityError } from './errors.js';
import type { NewPerson, SqlPeopleStore } from './people-store.js';
import { hashSecret, isSecret, newSecret } from './secrets.js';

const sevenDays = 7 * 24 * 60 * 60 * 1000;

/** An invitation that may still be accepted. */
export interface OpenInvitation {
  id: string;
  workspaceId: string;
  email: string;
  role: Role;
  expiresAt: string;
}

/** A pending invitation as the secretariat lists it. */
export interface PendingInvitationRow {
  id: string;
  email: string;
  role: Role;
  createdAt: string;
  expiresAt: string;
  /** Name of who invited, null for the CLI or someone since deleted. */
  invitedBy: string | null;
}

/** What a new person fills in when accepting; an existing person sends nothing. */
export interface AcceptDetails {
  name?: string | undefined;
  stakeholderGroup?: string | undefined;
  affiliation?: string | undefined;
  country?: string | undefined;
  password?: string | undefined;
}

/** Why an accept was refused. */
export type InvitationRefusal = 'gone' | 'sign_in_required' | 'wrong_person' | 'details_required';

const statusOf = { gone: 404, sign_in_required: 401, wrong_person: 403, details_required: 400 } as const;
const codeOf = {
  gone: 'invitation_invalid',
  sign_in_required: 'sign_in_required',
  wrong_person: 'wrong_person',
  details_required: 'invalid_body',
} as const;

/** A refused accept, with a message the invitee can act on; `reason` says which refusal it is. */
export class InvitationError extends IdentityError {
  override name = 'InvitationError';
  constructor(
    readonly reason: InvitationRefusal,
    message: Msg,
  ) {
    super(message, statusOf[reason], codeOf[reason]);
  }
}

/** The result of an accept: `created` when a new account was made (and may be signed in). */
export interface Accepted {
  person: Person;
  invitation: OpenInvitation;
  created: boolean;
}

const goneMessage: Msg = { key: 'errors.invitation.gone' };

/** Invitations in SQLite or PostgreSQL; claiming and revoking are single conditional updates, so one of two at once wins. */
export class SqlInvitationStore {
  readonly #sql: Queryable;
  readonly #people: SqlPeopleStore;
  readonly #now: () => Date;
  readonly #ttlMs: number;

  constructor(sql: Queryable, people: SqlPeopleStore, options: { now?: () => Date; ttlMs?: number } = {}) {
    this.#sql = sql;
    this.#people = people;
    this.#now = options.now ?? (() => new Date());
    this.#ttlMs = options.ttlMs ?? sevenDays;
  }

  /** Creates an invitation, audited; the returned token goes into the mail and is never stored. */
  async create(
    input: { workspaceId: string; email: string; role: Role },
    actorPersonId: string | null,
  ): Promise<{ id: string; token: string; expiresAt: string }> {
    const token = newSecret('invitation');
    const id = newId();
    const now = this.#now();
    const expiresAt = new Date(now.getTime() + this.#ttlMs).toISOString();
    await this.#sql.transaction(async (tx) => {
      await tx.run(
        'INSERT INTO invitations (id, token_hash, workspace_id, email, role, created_at, expires_at, invited_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
        [
          id,
          hashSecret(token),
          input.workspaceId,
          input.email,
          input.role,
          now.toISOString(),
          expiresAt,
          actorPersonId,
        ],
      );
      await writeAudit(tx, now.toISOString(), {
        actorPersonId,
        action: 'invitation.create',
        workspaceId: input.workspaceId,
        target: input.email,
        detail: { invitation: id, role: input.role, expiresAt },
      });
    });
    return { id, token, expiresAt };
  }

  /** The invitation behind a link if it is unused, unrevoked and unexpired; undefined for anything else. */
  async peek(token: string): Promise<OpenInvitation | undefined> {
    if (!isSecret('invitation', token)) return undefined;
    const row = await this.#sql.get<{
      id: string;
      workspace_id: string;
      email: string;
      role: Role;
      expires_at: string;
    }>(
      'SELECT id, workspace_id, email, role, expires_at FROM invitations WHERE token_hash = ? AND used_at IS NULL AND revoked_at IS NULL AND expires_at > ?',
      [hashSecret(token), this.#now().toISOString()],
    );
    return (
      row && { id: row.id, workspaceId: row.workspace_id, email: row.email, role: row.role, expiresAt: row.expires_at }
    );
  }

  /** A workspace's invitations that can still be accepted, newest first. */
  async listPending(workspaceId: string): Promise<PendingInvitationRow[]> {
    const rows = await this.#sql.all<{
      id: string;
      email: string;
      role: Role;
      created_at: string;
      expires_at: string;
      invited_by: string | null;
    }>(
      `SELECT i.id, i.email, i.role, i.created_at, i.expires_at, p.name AS invited_by
         FROM invitations i LEFT JOIN people p ON p.id = i.invited_by
        WHERE i.workspace_id = ? AND i.used_at IS NULL AND i.revoked_at IS NULL AND i.expires_at > ?
        ORDER BY i.created_at DESC, i.id`,
      [workspaceId, this.#now().toISOString()],
    );
    return rows.map((r) => ({
      id: r.id,
      email: r.email,
      role: r.role,
      createdAt: r.created_at,
      expiresAt: r.expires_at,
      invitedBy: r.invited_by,
    }));
  }

  /** Revokes a pending invitation of `workspaceId`, audited; false if there is none by that id (or it was used or had expired). */
  async revoke(workspaceId: string, id: string, actorPersonId: string | null): Promise<boolean> {
    const now = this.#now().toISOString();
    return this.#sql.transaction(async (tx) => {
      const row = await tx.get<{ email: string; role: Role }>(
        'UPDATE invitations SET revoked_at = ? WHERE id = ? AND workspace_id = ? AND used_at IS NULL AND revoked_at IS NULL AND expires_at > ? RETURNING email, role',
        [now, id, workspaceId, now],
      );
      if (!row) return false;
      await writeAudit(tx, now, {
        actorPersonId,
        action: 'invitation.revoke',
        workspaceId,
        target: row.email,
        detail: { invitation: id, role: row.role },
      });
      return true;
    });
  }

  /**
   * Accepts an invitation. For an email with an account, `signedInAs` must be that person
   * (checked before the link is claimed, so a refused try leaves it usable); the role is
   * granted and audited with them as actor. For a new email the details create the account.
   * The link is claimed first (two clicks cannot both use it) and released if the rest fails.
   */
  async accept(token: string, details: AcceptDetails, signedInAs?: string): Promise<Accepted> {
    const invitation = await this.peek(token);
    if (!invitation) throw new InvitationError('gone', goneMessage);
    const existing = await this.#people.findPersonByEmail(invitation.email);
    if (existing && signedInAs === undefined) {
      throw new InvitationError('sign_in_required', {
        key: 'errors.invitation.signInFirst',
        values: { email: invitation.email },
      });
    }
    if (existing && signedInAs !== existing.id) {
      throw new InvitationError('wrong_person', {
        key: 'errors.invitation.wrongPerson',
        values: { email: invitation.email },
      });
    }
    if (!existing && (!details.name || !details.stakeholderGroup || !details.password)) {
      throw new InvitationError('details_required', { key: 'errors.invitation.detailsRequired' });
    }
    const { changes: claimed } = await this.#sql.run(
      'UPDATE invitations SET used_at = ? WHERE token_hash = ? AND used_at IS NULL AND revoked_at IS NULL',
      [this.#now().toISOString(), hashSecret(token)],
    );
    if (claimed !== 1) throw new InvitationError('gone', goneMessage);
    try {
      const via = 'invitation';
      if (existing) {
        await this.#people.changeRole(existing.id, invitation.workspaceId, invitation.role, {
          actorPersonId: existing.id,
          via,
        });
        await this.#audited(existing.id, invitation);
        return { person: existing, invitation, created: false };
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
        actorIsNewPerson: true,
        password: details.password,
        grant: { workspaceId: invitation.workspaceId, role: invitation.role },
        via,
      });
      await this.#audited(person.id, invitation);
      return { person, invitation, created: true };
    } catch (error) {
      await this.#sql.run('UPDATE invitations SET used_at = NULL WHERE token_hash = ?', [hashSecret(token)]);
      throw error;
    }
  }

  async #audited(actorPersonId: string, invitation: OpenInvitation): Promise<void> {
    await writeAudit(this.#sql, this.#now().toISOString(), {
      actorPersonId,
      action: 'invitation.accept',
      workspaceId: invitation.workspaceId,
      target: invitation.email,
      detail: { invitation: invitation.id, role: invitation.role },
    });
  }
}
