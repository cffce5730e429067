/**
 * What a click on a bracket in the text shows: its alternatives ("Alt 1: …", each "proposed by"
 * a person, with the stakeholder group they come from), a box for members to propose another, and for
 * coordinators the resolution — keep the bracketed text or choose an alternative; the server
 * then changes the live text for everyone. Refusals are shown as the server words them.
 */
import { useState, type FormEvent } from 'react';
import { FormError } from '../components/FormError.js';
import { useSubmit } from '../forms/useSubmit.js';
import { addAlternative, resolveBracket } from './api.js';
import { byline } from './labels.js';
import type { ConsensusRoom } from './room.js';
import { findBracket } from './view.js';

export function BracketPopover({
  room,
  bracketId,
  onClose,
}: {
  room: ConsensusRoom;
  bracketId: string;
  onClose: () => void;
}) {
  const found = findBracket(room.live.value, bracketId);
  const [text, setText] = useState('');
  const [choice, setChoice] = useState<string>('bracketed');
  const [note, setNote] = useState('');
  // One submit for both forms: a refusal of either shows in the one error area below them.
  const submit = useSubmit((action: () => Promise<void>) => action());
  const { busy, run } = submit;
  const propose = (event: FormEvent) => {
    event.preventDefault();
    void run(async () => {
      await addAlternative(room.documentId, bracketId, text);
      setText('');
      room.live.refresh();
    });
  };
  const resolve = (event: FormEvent) => {
    event.preventDefault();
    void run(async () => {
      const body =
        choice === 'bracketed'
          ? { choice: 'bracketed' as const, note }
          : { choice: 'alternative' as const, alternativeId: choice, note };
      room.live.apply(await resolveBracket(room.documentId, bracketId, body));
      onClose();
    });
  };

  if (!found) {
    return (
      <section className="cs-panel bracket-popover" role="dialog" aria-label="Bracket" data-bracket-id={bracketId}>
        <p className="cs-muted">This bracket is new; its record appears in a moment.</p>
      </section>
    );
  }
  const { bracket, paragraph } = found;
  const open = bracket.state === 'open';
  return (
    <section
      className="cs-panel bracket-popover"
      role="dialog"
      aria-label={`Bracket: ${bracket.text}`}
      data-bracket-id={bracketId}
    >
      <header className="cs-panel-head">
        <h2>
          Bracket in {paragraph.number === null ? 'this block' : `paragraph ${paragraph.label ?? paragraph.number}`}
        </h2>
        <button type="button" className="cs-close" aria-label="Close" onClick={onClose}>
          ×
        </button>
      </header>
      <p className="bracket-quote">[{bracket.text}]</p>
      {bracket.alternatives.length === 0 ? (
        <p className="cs-muted">No alternatives proposed yet.</p>
      ) : (
        <ol className="bracket-alternatives">
          {bracket.alternatives.map((alt) => (
            <li key={alt.id} data-alternative-id={alt.id}>
              <strong>{alt.label}:</strong> {alt.text}
              <span className="cs-muted">
                {' '}
                — proposed by {byline(alt.proposedBy, room.groupName(alt.stakeholderGroup))}
              </span>
            </li>
          ))}
        </ol>
      )}
      {!open && <p className="cs-muted">This bracket was resolved.</p>}
      {open && room.may.addAlternative && (
        <form className="cs-form" onSubmit={propose}>
          <label className="cs-note">
            Propose an alternative
            <textarea rows={2} maxLength={5000} value={text} onChange={(e) => setText(e.target.value)} />
          </label>
          <div className="cs-actions">
            <button type="submit" className="btn btn-small" disabled={busy || text.trim() === ''}>
              Add alternative
            </button>
          </div>
        </form>
      )}
      {open && room.may.resolve && (
        <form className="cs-form" onSubmit={resolve}>
          <fieldset>
            <legend>Resolve</legend>
            <label>
              <input
                type="radio"
                name={`resolve-${bracketId}`}
                checked={choice === 'bracketed'}
                onChange={() => setChoice('bracketed')}
              />
              Keep the bracketed text
            </label>
            {bracket.alternatives.map((alt) => (
              <label key={alt.id}>
                <input
                  type="radio"
                  name={`resolve-${bracketId}`}
                  checked={choice === alt.id}
                  onChange={() => setChoice(alt.id)}
                />
                Choose {alt.label}
              </label>
            ))}
          </fieldset>
          <label className="cs-note">
            Note <span className="cs-muted">(optional)</span>
            <textarea rows={1} maxLength={2000} value={note} onChange={(e) => setNote(e.target.value)} />
          </label>
          <div className="cs-actions">
            <button type="submit" className="btn btn-primary btn-small" disabled={busy}>
              Resolve bracket
            </button>
          </div>
        </form>
      )}
      <FormError problem={submit.problem} inline />
    </section>
  );
}
