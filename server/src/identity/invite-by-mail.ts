/**
 * Inviting by mail: makes the invitation and mails its link to the invited address. The
 * secretariat gets the invitation back without the link, so only the mailbox holder can use
 * it, and the answer (and the mail) is the same whether or not the email has an account:
 * inviting cannot be used to find out who is on this instance.
 */
import type { CreatedInvitation, Role, Workspace } from '@accord/schema';
import type { Mailer } from '../mail/index.js';
import type { SqlInvitationStore } from './invitations.js';

export interface InviteByMailDeps {
  invitations: SqlInvitationStore;
  mailer: Mailer;
  /** Absolute base URL of Accord for the link, without a trailing slash. */
  publicUrl: () => string;
}

/** The plain-text invitation mail; one wording for new and existing accounts alike. */
export function invitationMail(input: {
  workspaceName: string;
  role: Role;
  link: string;
  expiresAt: string;
  invitedBy: string | null;
}): { subject: string; text: string } {
  const by = input.invitedBy ? `${input.invitedBy} invites you` : 'You are invited';
  return {
    subject: `Invitation to ${input.workspaceName} on Accord`,
    text: [
      `${by} to join ${input.workspaceName} on Accord as ${input.role}.`,
      '',
      'Open this link to accept:',
      input.link,
      '',
      'If you already have an Accord account with this email address, sign in with it when asked;',
      'otherwise the link lets you create your account.',
      '',
      `The link works once and until ${input.expiresAt} (UTC). If you did not expect it, ignore this mail.`,
    ].join('\n'),
  };
}

/** Creates the invitation (audited) and mails it; never rejects because of the mail (see `delivery`). */
export async function inviteByMail(
  deps: InviteByMailDeps,
  input: { workspace: Workspace; email: string; role: Role; actor: { id: string; name: string } | null },
): Promise<CreatedInvitation> {
  const { id, token, expiresAt } = await deps.invitations.create(
    { workspaceId: input.workspace.id, email: input.email, role: input.role },
    input.actor?.id ?? null,
  );
  const link = `${deps.publicUrl()}/invite/${token}`;
  const mail = invitationMail({
    workspaceName: input.workspace.name,
    role: input.role,
    link,
    expiresAt,
    invitedBy: input.actor?.name ?? null,
  });
  const delivery = await deps.mailer.send({ to: input.email, ...mail });
  return { id, email: input.email, role: input.role, workspaceId: input.workspace.id, expiresAt, delivery };
}
