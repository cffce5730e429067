/** Where an invitation mail went, in words for the secretariat (who never sees the link itself), in the page's language. */
import type { CreatedInvitation } from '@accord/schema';
import { translate } from '../i18n/current.js';

export function deliveryText(invitation: Pick<CreatedInvitation, 'email' | 'delivery'>): string {
  const email = invitation.email;
  switch (invitation.delivery) {
    case 'smtp':
      return translate('shell.delivery.smtp', { email });
    case 'outbox':
      return translate('shell.delivery.outbox', { email });
    case 'failed':
      return translate('shell.delivery.failed', { email });
  }
}
