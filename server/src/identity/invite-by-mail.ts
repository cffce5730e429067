/**
 * Inviting by mail: makes the invitation and mails its link to the invited address. The
 * secretariat gets the invitation back without the link, so only the mailbox holder can use
 * it, and the answer (and the mail) is the same whether or not the email has an account:
 * inviting cannot be used to find out who is on this instance. The mail is in the language the
 * inviter chose for it, else the inviter's own (their request's).
 */
import type { Locale } from '@accord/i18n';
import type { CreatedInvitation, Role, Workspace } from '@accord/schema';
import { type Reader, say } from '../i18n/say.js';
import type { Mailer } from '../mail/index.js';
import type { SqlInvitationStore } from './invitations.js';

export interface InviteByMailDeps {
  invitations: SqlInvitationStore;
  mailer: Mailer;
  /** Absolute base URL of Accord for the link, without a trailing slash. */
  publicUrl: () => string;
}

/** The plain-text invitation mail in `reader`'s language; one wording for new and existing accounts alike. */
export function invitationMail(
  input: {
    workspaceName: string;
    role: Role;
    link: string;
    expiresAt: string;
    invitedBy: string | null;
  },
  reader: Locale | Reader = 'en',
): { subject: string; text: string } {
  const invited = { workspace: input.workspaceName, role: input.role };
  return {
    subject: say(reader, { key: 'mail.invitation.subject', values: { workspace: input.workspaceName } }),
    text: [
      input.invitedBy
        ? say(reader, { key: 'mail.invitation.invitedBy', values: { ...invited, inviter: input.invitedBy } })
        : say(reader, { key: 'mail.invitation.invited', values: invited }),
      '',
      say(reader, { key: 'mail.invitation.open' }),
      input.link,
      '',
      say(reader, { key: 'mail.invitation.account' }),
      '',
      say(reader, { key: 'mail.invitation.expiry', values: { expiresAt: new Date(input.expiresAt) } }),
    ].join('\n'),
  };
}

/** Creates the invitation (audited) and mails it in `input.locale`; never rejects because of the mail (see `delivery`). */
export async function inviteByMail(
  deps: InviteByMailDeps,
  input: {
    workspace: Workspace;
    email: string;
    role: Role;
    actor: { id: string; name: string } | null;
    locale: Locale;
  },
): Promise<CreatedInvitation> {
  const { id, token, expiresAt } = await deps.invitations.create(
    { workspaceId: input.workspace.id, email: input.email, role: input.role },
    input.actor?.id ?? null,
  );
  const link = `${deps.publicUrl()}/invite/${token}`;
  const mail = invitationMail(
    {
      workspaceName: input.workspace.name,
      role: input.role,
      link,
      expiresAt,
      invitedBy: input.actor?.name ?? null,
    },
    input.locale,
  );
  const delivery = await deps.mailer.send({ to: input.email, ...mail });
  return { id, email: input.email, role: input.role, workspaceId: input.workspace.id, expiresAt, delivery };
}
