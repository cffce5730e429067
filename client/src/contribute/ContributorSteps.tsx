/**
 * The public contributor's first two steps: a name and an email, then the code mailed to that
 * email. The server's refusals are shown verbatim (they say what to do); the focus moves to
 * each step's heading as it replaces the previous one.
 */
import { ContributorConfirmBody, ContributorStartBody } from '@accord/schema';
import { useEffect, useRef, useState } from 'react';
import { useFocusInvalid } from './useFocusInvalid.js';
import { TextField } from '../components/Field.js';
import { FormError } from '../components/FormError.js';
import { refusalMessage } from '../consult/refusal.js';
import { zodFieldErrors } from '../errors.js';
import { useSubmit } from '../forms/useSubmit.js';
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
        Contribute
      </h2>
      <p className="consult-lead">
        No account is needed. Give your name and email: we mail you a code to confirm the email, then you send your
        contribution.
      </p>
      <TextField
        label="Name"
        autoComplete="name"
        value={name}
        onChange={(e) => setName(e.target.value)}
        error={errors.name}
        required
      />
      <TextField
        label="Email"
        type="email"
        autoComplete="email"
        inputMode="email"
        value={email}
        onChange={(e) => setEmail(e.target.value)}
        hint="We send a code to it. It is shown only to the call's coordinators."
        error={errors.email}
        required
      />
      <FormError problem={problem} />
      <button type="submit" className="btn btn-primary consult-tap" disabled={busy}>
        {busy ? 'Sending…' : 'Send me a code'}
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
  const [code, setCode] = useState('');
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const submit = async (): Promise<void> => {
    const parsed = ContributorConfirmBody.safeParse({ email: sentTo.email, code });
    if (!parsed.success) {
      fail(null, { code: 'type the code from the mail' });
      return;
    }
    const { token } = await confirmContributor(callId, parsed.data);
    onConfirmed({ token, ...sentTo });
  };
  const { busy, problem, fields: errors, fail, onSubmit } = useSubmit(submit, { describe: refusalMessage });
  return (
    <form className="consult-register" onSubmit={onSubmit} noValidate aria-labelledby="contribute-code-title">
      <h2 id="contribute-code-title" className="consult-section-title" tabIndex={-1} ref={heading}>
        Confirm your email
      </h2>
      <p className="consult-lead" role="status">
        We sent a code to {sentTo.email}. Type it here; it works for a limited time.
      </p>
      <TextField
        label="Code from the mail"
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
        {busy ? 'Confirming…' : 'Confirm'}
      </button>
      <p>
        <button type="button" className="contribute-link consult-tap" onClick={onRestart}>
          Use another email or send a new code
        </button>
      </p>
    </form>
  );
}
