/** Where an invitation mail went, in words for the secretariat (who never sees the link itself). */
import type { CreatedInvitation } from '@accord/schema';

export function deliveryText(invitation: Pick<CreatedInvitation, 'email' | 'delivery'>): string {
  switch (invitation.delivery) {
    case 'smtp':
      return `The invitation link was mailed to ${invitation.email}.`;
    case 'outbox':
      return `This server sends no mail yet (no ACCORD_SMTP_URL): the invitation waits in its outbox and log, where the operator can pass it on to ${invitation.email}.`;
    case 'failed':
      return `The mail to ${invitation.email} could not be sent; the server log says why. Revoke this invitation and invite again once mail works.`;
  }
}
