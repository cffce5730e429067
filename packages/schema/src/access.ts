import * as z from 'zod';
import { fieldMessage, atMost } from './field-messages.js';
import { Locale } from './languages.js';
import { Id } from './ids.js';
import { CountryCode, Email, Password, Person, Role, StakeholderGroupId } from './identity.js';
import { DocumentRecord } from './document.js';
import { Workspace } from './workspace.js';

/**
 * Every action the server authorizes. Who may do each is decided by the permission table
 * in `server/src/authz/policy.ts` alone; the list lives here so the browser can name what a
 * response says the person may do.
 */
export const Action = z.enum([
  'workspace.read',
  'document.read',
  'document.create',
  'document.audience',
  'document.edit',
  'document.reset',
  'document.suggest',
  'suggestion.decide',
  'comment.create',
  'comment.moderate',
  'contribution.submit',
  'position.record',
  'status.propose',
  'status.set',
  'bracket.alternative',
  'bracket.resolve',
  'version.create',
  'round.manage',
  'call.manage',
  'compilation.edit',
  'endorsement.manage',
  'endorsement.object',
  'translation.manage',
  'round.respond',
  'people.read',
  'people.manage',
  'role.change',
  'audit.read',
]);
export type Action = z.infer<typeof Action>;

/** What the signed-in person may do on one resource: their role there and the actions allowed. */
export const Access = z.object({
  role: Role,
  allowed: z.array(Action),
});
export type Access = z.infer<typeof Access>;

/** `GET /api/workspaces/:workspaceId`: the workspace with the caller's access to it. */
export const WorkspaceWithAccess = Workspace.extend({ access: Access });
export type WorkspaceWithAccess = z.infer<typeof WorkspaceWithAccess>;

/** `GET /api/documents/:documentId`: the document with the caller's access to it. */
export const DocumentWithAccess = DocumentRecord.extend({ access: Access });
export type DocumentWithAccess = z.infer<typeof DocumentWithAccess>;

/**
 * `POST /api/session` (sign in), `GET /api/session`, and accepting an invitation. The CSRF
 * token goes back in the `X-CSRF-Token` header of every cookie-authenticated write; it is
 * derived from the HttpOnly session cookie, so `GET /api/session` can hand it out again
 * after a reload without it ever being stored in the page.
 */
export const Session = z.object({
  person: Person,
  csrfToken: z.string(),
  expiresAt: z.string(),
  workspaces: z.array(z.object({ workspaceId: Id, role: Role })),
  /** The interface language the person chose (issue 15); null: follow the browser. */
  locale: Locale.nullable().default(null),
});
export type Session = z.infer<typeof Session>;

/** One person of a workspace, with their role there. */
export const WorkspacePerson = z.object({ person: Person, role: Role });
export type WorkspacePerson = z.infer<typeof WorkspacePerson>;

/** `GET /api/workspaces/:workspaceId/people` */
export const PeopleList = z.object({ people: z.array(WorkspacePerson) });
export type PeopleList = z.infer<typeof PeopleList>;

/** `GET /api/stakeholder-groups` */
export const StakeholderGroup = z.object({ id: StakeholderGroupId, name: z.string() });
export type StakeholderGroup = z.infer<typeof StakeholderGroup>;
export const StakeholderGroupList = z.object({ groups: z.array(StakeholderGroup) });
export type StakeholderGroupList = z.infer<typeof StakeholderGroupList>;

/** Body of `POST /api/workspaces/:workspaceId/stakeholder-groups` (the secretariat extends the list). */
export const CreateStakeholderGroupBody = z
  .object({
    id: StakeholderGroupId,
    name: z.string().trim().min(1, fieldMessage('errors.field.empty')).max(100, atMost(100)),
  })
  .strict();
export type CreateStakeholderGroupBody = z.input<typeof CreateStakeholderGroupBody>;

/** Body of `POST /api/workspaces/:workspaceId/invitations`. */
export const CreateInvitationBody = z
  .object({
    email: Email,
    role: Role,
    /** The language the invitation is mailed in; the inviter's own by default. */
    locale: Locale.optional(),
  })
  .strict();
export type CreateInvitationBody = z.input<typeof CreateInvitationBody>;

/**
 * `POST /api/workspaces/:workspaceId/invitations` (and `POST …/people`, which invites too)
 * answers with the invitation, never its link: the link is mailed to the invitee, so only the
 * mailbox holder can use it, and the answer is the same whether the email has an account.
 */
export const CreatedInvitation = z.object({
  /** Names the invitation in the pending list and for revoking it. */
  id: z.string(),
  email: Email,
  role: Role,
  workspaceId: Id,
  expiresAt: z.string(),
  /** Where the mail went: sent over SMTP, kept in the server's outbox and log, or failed (the log says why). */
  delivery: z.enum(['smtp', 'outbox', 'failed']),
});
export type CreatedInvitation = z.infer<typeof CreatedInvitation>;

/** `GET /api/invitations/:token`: what the invitee sees before accepting. */
export const InvitationInfo = z.object({
  email: Email,
  role: Role,
  workspace: Workspace,
  expiresAt: z.string(),
  /** True when the email already has an account: its owner signs in first, then accepts (no new session). */
  existingPerson: z.boolean(),
});
export type InvitationInfo = z.infer<typeof InvitationInfo>;

/** One pending invitation, as `GET /api/workspaces/:workspaceId/invitations` lists it (no link: that was mailed). */
export const PendingInvitation = z.object({
  id: z.string(),
  email: Email,
  role: Role,
  createdAt: z.string(),
  expiresAt: z.string(),
  /** Name of who invited; null for the CLI or a person since removed. */
  invitedBy: z.string().nullable(),
});
export type PendingInvitation = z.infer<typeof PendingInvitation>;
export const PendingInvitationList = z.object({ invitations: z.array(PendingInvitation) });
export type PendingInvitationList = z.infer<typeof PendingInvitationList>;

/**
 * Body of `POST /api/invitations/:token/accept`. A new person gives their details and a
 * password; an existing person, signed in as the invited email, sends `{}`.
 */
export const AcceptInvitationBody = z
  .object({
    name: z.string().trim().min(1, fieldMessage('errors.field.empty')).max(200, atMost(200)).optional(),
    stakeholderGroup: StakeholderGroupId.optional(),
    affiliation: z.string().trim().max(200, atMost(200)).optional(),
    country: CountryCode.optional(),
    password: Password.optional(),
  })
  .strict();
export type AcceptInvitationBody = z.input<typeof AcceptInvitationBody>;

/** Body of `POST /api/tokens`: a bearer token for scripts, for the signed-in person. */
export const CreateTokenBody = z.object({ name: z.string().trim().min(1).max(100) }).strict();
export type CreateTokenBody = z.input<typeof CreateTokenBody>;
/** Answer of `POST /api/tokens`; the token is shown once. */
export const CreatedToken = z.object({ token: z.string(), name: z.string() });
export type CreatedToken = z.infer<typeof CreatedToken>;
/** Body of `POST /api/tokens/revoke`: whoever holds a token may revoke it. */
export const RevokeTokenBody = z.object({ token: z.string().max(200) }).strict();
export type RevokeTokenBody = z.input<typeof RevokeTokenBody>;

/** `GET /api/workspaces/:workspaceId/audit?after=SEQ&limit=N` */
export const AuditList = z.object({
  entries: z.array(
    z.object({
      seq: z.number().int().positive(),
      at: z.string(),
      actorPersonId: z.string().nullable(),
      /** The actor's name at reading time, for display; null for the CLI and the system. */
      actorName: z.string().nullable(),
      action: z.string(),
      workspaceId: z.string().nullable(),
      target: z.string().nullable(),
      detail: z.record(z.string(), z.unknown()),
    }),
  ),
});
export type AuditList = z.infer<typeof AuditList>;

/** Body of `PUT /api/documents/:documentId/audience`: the people who may open it; empty = the whole workspace. */
export const SetAudienceBody = z.object({ people: z.array(Id).max(1000) }).strict();
export type SetAudienceBody = z.input<typeof SetAudienceBody>;

/** `GET|PUT /api/documents/:documentId/audience` */
export const DocumentAudience = z.object({
  documentId: Id,
  /** Empty: everyone with a role in the workspace. Coordinators and the secretariat always see the document. */
  people: z.array(z.object({ id: Id, name: z.string() })),
});
export type DocumentAudience = z.infer<typeof DocumentAudience>;
