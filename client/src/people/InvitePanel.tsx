/**
 * Inviting someone: email, role and the language the invitation is mailed in (the page's by
 * default). The server mails the link to that address (the secretariat never sees it: only
 * the mailbox holder can accept), and this panel says where the mail went.
 */
import { useLocale } from '../i18n/I18nProvider.js';
import { isLocale, type Locale, LOCALES, NATIVE_NAMES } from '@accord/i18n';
import { CreateInvitationBody, type CreatedInvitation, type Role } from '@accord/schema';
import { useState } from 'react';
import { FormattedMessage } from 'react-intl';
import { ROLE_LABELS, ROLE_SUMMARIES, ROLES } from '../access.js';
import { createInvitation } from '../api.js';
import { SelectField, TextField } from '../components/Field.js';
import { FormError } from '../components/FormError.js';
import { zodFieldErrors } from '../errors.js';
import { useSubmit } from '../forms/useSubmit.js';
import { Time } from '../i18n/Time.js';
import { useT } from '../i18n/useT.js';
import { deliveryText } from './delivery-text.js';

export function InvitePanel({
  workspaceId,
  onInvited,
}: {
  workspaceId: string;
  onInvited?: (invitation: CreatedInvitation) => void;
}) {
  const t = useT();
  const [email, setEmail] = useState('');
  const [role, setRole] = useState<Role>('member');
  const pageLocale = useLocale();
  const [locale, setLocale] = useState<Locale>(pageLocale);
  const [created, setCreated] = useState<CreatedInvitation | null>(null);
  const form = useSubmit(
    async (): Promise<void> => {
      const checked = CreateInvitationBody.safeParse({ email, role, locale });
      if (!checked.success) return form.fail(null, zodFieldErrors(checked.error.issues));
      const invitation = await createInvitation(workspaceId, checked.data);
      setCreated(invitation);
      setEmail('');
      onInvited?.(invitation);
    },
    { shownFields: ['email', 'role', 'locale'] },
  );
  const { fields, busy } = form;

  return (
    <section className="panel" aria-labelledby="invite-heading">
      <h2 id="invite-heading" className="panel-title">
        {t('shell.invitePanel.title')}
      </h2>
      {created ? (
        <div className="invitation-created" data-invitation-delivery={created.delivery} role="status">
          <p>
            <FormattedMessage
              id="shell.invitePanel.created"
              values={{
                email: <bdi>{created.email}</bdi>,
                role: created.role,
                until: <Time value={created.expiresAt} show="dateTime" />,
                b: (chunks) => <strong>{chunks}</strong>,
              }}
            />
          </p>
          <p className={created.delivery === 'failed' ? 'form-error' : 'field-hint'}>{deliveryText(created)}</p>
          <button type="button" className="btn" onClick={() => setCreated(null)}>
            {t('shell.invitePanel.again')}
          </button>
        </div>
      ) : (
        <form onSubmit={form.onSubmit} noValidate>
          <div className="form-row">
            <TextField
              label={t('shell.field.email')}
              type="email"
              dir="ltr"
              value={email}
              onChange={(e) => setEmail(e.target.value)}
              autoComplete="off"
              error={fields['email']}
              className="grow"
            />
            <SelectField
              label={t('shell.field.role')}
              value={role}
              onChange={(e) => setRole(e.target.value as Role)}
              error={fields['role']}
              hint={t(ROLE_SUMMARIES[role])}
            >
              {ROLES.map((r) => (
                <option key={r} value={r}>
                  {t(ROLE_LABELS[r])}
                </option>
              ))}
            </SelectField>
            <SelectField
              label={t('shell.invitePanel.language')}
              value={locale}
              onChange={(e) => isLocale(e.target.value) && setLocale(e.target.value)}
              error={fields['locale']}
            >
              {LOCALES.map((l) => (
                <option key={l} value={l} lang={l}>
                  {NATIVE_NAMES[l]}
                </option>
              ))}
            </SelectField>
          </div>
          <FormError problem={form.problem} />
          <button type="submit" className="btn btn-primary" disabled={busy}>
            {busy ? t('shell.invitePanel.busy') : t('shell.invitePanel.submit')}
          </button>
        </form>
      )}
    </section>
  );
}
