/**
 * A placeholder sign-in until accounts arrive: a display name and a colour, which label this
 * person's cursor and avatar for everyone else in a document.
 */
import { useId, useState, type FormEvent } from 'react';
import { Avatar } from '../components/Avatar.js';
import { PALETTE, type Identity } from '../identity.js';

export function SignInPage({ onSignIn, previous }: { onSignIn: (identity: Identity) => void; previous?: Identity | null }) {
  const [name, setName] = useState(previous?.name ?? '');
  const [color, setColor] = useState(previous?.color ?? PALETTE[Math.floor(Math.random() * PALETTE.length)]!.color);
  const [touched, setTouched] = useState(false);
  const nameId = useId();
  const trimmed = name.trim();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setTouched(true);
    if (trimmed) onSignIn({ name: trimmed.slice(0, 60), color });
  };

  return (
    <main className="sign-in">
      <form className="sign-in-card" onSubmit={submit} aria-labelledby="sign-in-title">
        <div className="sign-in-brand" aria-hidden="true">
          §
        </div>
        <h1 id="sign-in-title">Welcome to Accord</h1>
        <p className="sign-in-lead">Draft outcome documents together, paragraph by paragraph. Tell the others who you are.</p>

        <label className="field-label" htmlFor={nameId}>
          Your name
        </label>
        <input
          id={nameId}
          className="text-input"
          name="name"
          autoComplete="name"
          autoFocus
          maxLength={60}
          value={name}
          onChange={(e) => setName(e.target.value)}
          aria-invalid={touched && !trimmed}
          placeholder="e.g. Ana Ruiz"
        />
        {touched && !trimmed && <p className="field-error">Please enter the name others will see.</p>}

        <fieldset className="swatches">
          <legend className="field-label">Your colour</legend>
          {PALETTE.map((swatch) => (
            <label key={swatch.color} className="swatch" title={swatch.label}>
              <input type="radio" name="color" value={swatch.color} checked={color === swatch.color} onChange={() => setColor(swatch.color)} aria-label={swatch.label} />
              <span style={{ backgroundColor: swatch.color }} />
            </label>
          ))}
        </fieldset>

        <div className="sign-in-preview" aria-hidden="true">
          <Avatar name={trimmed || '?'} color={color} />
          <span className="remote-caret-name preview-label" style={{ ['--lexical-cursor-color' as string]: color }}>
            {trimmed || 'Your name'}
          </span>
        </div>

        <button type="submit" className="btn btn-primary btn-block">
          Continue
        </button>
        <p className="sign-in-note">Accounts and roles come later; for now this is remembered in this browser only.</p>
      </form>
    </main>
  );
}
