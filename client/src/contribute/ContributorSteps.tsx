/**
 * The public contributor's first two steps: a name and an email, then the code mailed to that
 * email. The server's refusals are shown verbatim (they say what to do); the focus moves to
 * each step's heading as it replaces the previous one.
 */
import { ContributorConfirmBody, ContributorStartBody } from '@accord/schema';
import { useEffect, useRef, useState } from 'react';
import { FormattedMessage } from 'react-intl';
import { useFocusInvalid } from './useFocusInvalid.js';
import { TextField } from '../components/Field.js';
import { FormError } from '../components/FormError.js';
import { refusalMessage } from '../consult/refusal.js';
import { zodFieldErrors } from '../errors.js';
import { useSubmit } from '../forms/useSubmit.js';
import { useT } from '../i18n/useT.js';
import { confirmContributor, startContributor } from './api.js';

export interface Confirmed {
  token: string;
  name: string;
  email: string;
}

export function ContributorSteps({ callId, onConfirmed }: { callId: string; onConfirmed: (c: Confirmed) => void }) {
  const [sentTo, setSentTo] = useState<{ name: string; email: string } | null>(null);
  return sentTo ? (
    <CodeStep callId={callId} sentTo={sentTo} onConfirmed={onConfirmed} onRestart={() => setSentTo(null)} />
  ) : (
    <StartStep callId={callId} onSent={setSentTo} />
  );
}

function StartStep({ callId, onSent }: { callId: string; onSent: (to: { name: string; email: string }) => void }) {
  const t = useT();
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  const submit = async (): Promise<void> => {
    const parsed = ContributorStartBody.safeParse({ name, email });
    if (!parsed.success) {
      fail(null, zodFieldErrors(parsed.error.issues));
      return;
    }
    await startContributor(callId, parsed.data);
    onSent(parsed.data);
  };
  const { busy, problem, fields: errors, fail, onSubmit } = useSubmit(submit, { describe: refusalMessage });
  const form = useRef<HTMLFormElement>(null);
  useFocusInvalid(form, errors);
  return (
    <form
      ref={form}
      className="consult-register"
      onSubmit={onSubmit}
      noValidate
      aria-labelledby="contribute-start-title"
    >
      <h2 id="contribute-start-title" className="consult-section-title">
        {t('compilation.steps.title')}
      </h2>
      <p className="consult-lead">{t('compilation.steps.lead')}</p>
      <TextField
        label={t('compilation.steps.name')}
        autoComplete="name"
        dir="auto"
        value={name}
        onChange={(e) => setName(e.target.value)}
        error={errors.name}
        required
      />
      <TextField
        label={t('compilation.steps.email')}
        dir="auto"
        type="email"
        autoComplete="email"
        inputMode="email"
        value={email}
        onChange={(e) => setEmail(e.target.value)}
        hint={t('compilation.steps.emailHint')}
        error={errors.email}
        required
      />
      <FormError problem={problem} />
      <button type="submit" className="btn btn-primary consult-tap" disabled={busy}>
        {busy ? t('compilation.steps.sending') : t('compilation.steps.sendCode')}
      </button>
    </form>
  );
}

function CodeStep({
  callId,
  sentTo,
  onConfirmed,
  onRestart,
}: {
  callId: string;
  sentTo: { name: string; email: string };
  onConfirmed: (c: Confirmed) => void;
  onRestart: () => void;
}) {
  const t = useT();
  const [code, setCode] = useState('');
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const submit = async (): Promise<void> => {
    const parsed = ContributorConfirmBody.safeParse({ email: sentTo.email, code });
    if (!parsed.success) {
      fail(null, { code: t('compilation.steps.codeMissing') });
      return;
    }
    const { token } = await confirmContributor(callId, parsed.data);
    onConfirmed({ token, ...sentTo });
  };
  const { busy, problem, fields: errors, fail, onSubmit } = useSubmit(submit, { describe: refusalMessage });
  return (
    <form className="consult-register" onSubmit={onSubmit} noValidate aria-labelledby="contribute-code-title">
      <h2 id="contribute-code-title" className="consult-section-title" tabIndex={-1} ref={heading}>
        {t('compilation.steps.confirmTitle')}
      </h2>
      <p className="consult-lead" role="status">
        <FormattedMessage id="compilation.steps.codeSent" values={{ email: <bdi>{sentTo.email}</bdi> }} />
      </p>
      <TextField
        label={t('compilation.steps.code')}
        autoComplete="one-time-code"
        inputMode="text"
        autoCapitalize="characters"
        spellCheck={false}
        value={code}
        onChange={(e) => setCode(e.target.value)}
        error={errors.code}
        required
      />
      <FormError problem={problem} />
      <button type="submit" className="btn btn-primary consult-tap" disabled={busy}>
        {busy ? t('compilation.steps.confirming') : t('compilation.steps.confirm')}
      </button>
      <p>
        <button type="button" className="contribute-link consult-tap" onClick={onRestart}>
          {t('compilation.steps.restart')}
        </button>
      </p>
    </form>
  );
}
