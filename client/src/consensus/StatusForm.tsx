/**
 * Setting (coordinators) or proposing (members) a paragraph's status, with an optional note,
 * and re-confirming an agreement whose text changed. The server's refusal is shown verbatim
 * (e.g. "paragraph 5 cannot be marked agreed: it has 1 unresolved bracket …").
 */
import type { ParagraphConsensus, ParagraphStatus } from '@accord/schema';
import { useState, type FormEvent } from 'react';
import { describeError } from '../errors.js';
import { proposeStatus, setStatus } from './api.js';
import { STATUS_LOOK, STATUSES } from './labels.js';
import type { ConsensusRoom } from './room.js';

export function StatusForm({ room, paragraph }: { room: ConsensusRoom; paragraph: ParagraphConsensus }) {
  const coordinator = room.may.setStatus;
  const [status, setChoice] = useState<ParagraphStatus>(paragraph.status);
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);

  if (!coordinator && !room.may.proposeStatus) return null;

  const send = async (to: ParagraphStatus) => {
    setBusy(true);
    setProblem(null);
    setDone(null);
    try {
      if (coordinator) {
        room.live.apply(await setStatus(room.documentId, paragraph.blockId, to, note));
        setDone(`Status set to ${STATUS_LOOK[to].label}.`);
      } else {
        await proposeStatus(room.documentId, paragraph.blockId, to, note);
        setDone(`Proposed ${STATUS_LOOK[to].label}; a coordinator decides.`);
      }
      setNote('');
    } catch (error) {
      setProblem(describeError(error));
    } finally {
      setBusy(false);
    }
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void send(status);
  };

  return (
    <form className="cs-form" onSubmit={submit}>
      {paragraph.changedSinceAgreed && coordinator && (
        <button type="button" className="btn btn-small" disabled={busy} onClick={() => void send(paragraph.status)}>
          Re-confirm {STATUS_LOOK[paragraph.status].label.toLowerCase()} for the text as it is now
        </button>
      )}
      <fieldset className="status-choices">
        <legend>{coordinator ? 'Set the status' : 'Propose a status'}</legend>
        {STATUSES.map((s) => (
          <label key={s} className="status-choice">
            <input
              type="radio"
              name={`status-${paragraph.blockId}`}
              value={s}
              checked={status === s}
              onChange={() => setChoice(s)}
            />
            <StatusGlyph status={s} /> {STATUS_LOOK[s].label}
          </label>
        ))}
      </fieldset>
      <label className="cs-note">
        Note <span className="cs-muted">(optional)</span>
        <textarea rows={2} maxLength={2000} value={note} onChange={(e) => setNote(e.target.value)} />
      </label>
      <div className="cs-actions">
        <button type="submit" className="btn btn-primary btn-small" disabled={busy}>
          {coordinator ? 'Set status' : 'Propose'}
        </button>
      </div>
      {problem && (
        <p className="cs-problem" role="alert">
          {problem}
        </p>
      )}
      {done && (
        <p className="cs-done" role="status">
          {done}
        </p>
      )}
    </form>
  );
}

/** A small shape and letter for a status (the marker's look, inline). */
export function StatusGlyph({ status }: { status: ParagraphStatus }) {
  const look = STATUS_LOOK[status];
  return (
    <span className="status-glyph" data-status={status} data-shape={look.shape} aria-hidden="true">
      {look.letter}
    </span>
  );
}
