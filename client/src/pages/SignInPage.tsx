/**
 * Signing in with email and password. The server's refusal is shown as it words it; after
 * too many attempts the button waits out Retry-After. Where to go next is the App's business
 * (it comes back to the page that asked for the sign-in).
 */
import type { MessageKey } from '@accord/i18n';
import { SignInBody } from '@accord/schema';
import { useEffect, useState } from 'react';
import { RequestError } from '../api.js';
import { TextField } from '../components/Field.js';
import { FormError } from '../components/FormError.js';
import { Notice } from '../components/Message.js';
import { PublicHeader } from '../components/PublicHeader.js';
import { zodFieldErrors } from '../errors.js';
import { useSubmit } from '../forms/useSubmit.js';
import { useT } from '../i18n/useT.js';
import type { SignedOutReason } from '../session/store.js';
import { sessionStore } from '../session/useSession.js';

/** Seconds left until `until` (epoch ms), ticking each second while positive. */
function useCountdown(until: number): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (until <= Date.now()) return;
    setNow(Date.now());
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, [until]);
  return Math.max(0, Math.ceil((until - now) / 1000));
}

const REASONS: Record<Exclude<SignedOutReason, null>, { title: MessageKey; body: MessageKey }> = {
  expired: { title: 'shell.signIn.expiredTitle', body: 'shell.signIn.expiredBody' },
  'signed-out': { title: 'shell.signIn.signedOutTitle', body: 'shell.signIn.signedOutBody' },
};

const INVITATION_NOTE = { title: 'shell.signIn.invitationTitle', body: 'shell.signIn.invitationBody' } as const;

export function SignInPage({ reason }: { reason: SignedOutReason }) {
  const t = useT();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [waitUntil, setWaitUntil] = useState(0);
  const wait = useCountdown(waitUntil);

  useEffect(() => {
    document.title = t('shell.signIn.documentTitle');
  }, [t]);

  const form = useSubmit(async (): Promise<void> => {
    const checked = SignInBody.safeParse({ email, password });
    if (!checked.success) return form.fail(null, zodFieldErrors(checked.error.issues));
    try {
      await sessionStore.signIn(checked.data.email, checked.data.password);
      // The App notices the session and leaves this page.
    } catch (caught) {
      if (caught instanceof RequestError && caught.status === 429)
        setWaitUntil(Date.now() + (caught.retryAfter ?? 60) * 1000);
      throw caught;
    }
  });
  const { busy, fields } = form;

  // Sent here by an invitation for an existing account: say why, and that it comes back.
  const forInvitation = new URLSearchParams(window.location.search).get('next')?.startsWith('/invite/') ?? false;
  const note = reason ? REASONS[reason] : forInvitation ? INVITATION_NOTE : null;
  return (
    <>
      <PublicHeader />
      <main className="sign-in">
        <form className="sign-in-card" onSubmit={form.onSubmit} aria-labelledby="sign-in-title" noValidate>
          <div className="sign-in-brand" aria-hidden="true">
            §
          </div>
          <h1 id="sign-in-title">{t('shell.signIn.title')}</h1>
          <p className="sign-in-lead">{t('shell.signIn.lead')}</p>

          {note && (
            <Notice title={t(note.title)} className="sign-in-notice">
              {t(note.body)}
            </Notice>
          )}

          <TextField
            label={t('shell.field.email')}
            type="email"
            name="email"
            dir="ltr"
            autoComplete="username"
            autoFocus
            value={email}
            onChange={(e) => setEmail(e.target.value)}
            error={fields['email']}
          />
          <TextField
            label={t('shell.field.password')}
            type="password"
            name="password"
            dir="ltr"
            autoComplete="current-password"
            value={password}
            onChange={(e) => setPassword(e.target.value)}
            error={fields['password']}
          />

          <FormError problem={form.problem} />

          <button type="submit" className="btn btn-primary btn-block" disabled={busy || wait > 0} aria-busy={busy}>
            {busy
              ? t('shell.signIn.busy')
              : wait > 0
                ? t('shell.signIn.wait', { seconds: wait })
                : t('shell.signIn.submit')}
          </button>
          <p className="sign-in-note">{t('shell.signIn.noAccount')}</p>
        </form>
      </main>
    </>
  );
}
