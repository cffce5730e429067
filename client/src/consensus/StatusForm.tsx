/**
 * Setting (coordinators) or proposing (members) a paragraph's status, with an optional note,
 * and re-confirming an agreement whose text changed. The server's refusal is shown verbatim
 * (e.g. "paragraph 5 cannot be marked agreed: it has 1 unresolved bracket …").
 */
import type { ParagraphConsensus, ParagraphStatus } from '@accord/schema';
import { useState } from 'react';
import { Choices } from '../components/Choices.js';
import { TextAreaField } from '../components/Field.js';
import { FormError } from '../components/FormError.js';
import { useSubmit } from '../forms/useSubmit.js';
import { proposeStatus, setStatus } from './api.js';
import { STATUS_LOOK, STATUSES } from './labels.js';
import type { ConsensusRoom } from './room.js';

export function StatusForm({ room, paragraph }: { room: ConsensusRoom; paragraph: ParagraphConsensus }) {
  const coordinator = room.may.setStatus;
  const [status, setChoice] = useState<ParagraphStatus>(paragraph.status);
  const [note, setNote] = useState('');
  const [done, setDone] = useState<string | null>(null);
  const submit = useSubmit(async (to: ParagraphStatus) => {
    setDone(null);
    if (coordinator) {
      room.live.apply(await setStatus(room.documentId, paragraph.blockId, to, note));
      setDone(`Status set to ${STATUS_LOOK[to].label}.`);
    } else {
      await proposeStatus(room.documentId, paragraph.blockId, to, note);
      setDone(`Proposed ${STATUS_LOOK[to].label}; a coordinator decides.`);
    }
    setNote('');
  });

  if (!coordinator && !room.may.proposeStatus) return null;

  return (
    <form
      className="cs-form"
      onSubmit={(event) => {
        event.preventDefault();
        void submit.run(status);
      }}
    >
      {paragraph.changedSinceAgreed && coordinator && (
        <button
          type="button"
          className="btn btn-small"
          disabled={submit.busy}
          onClick={() => void submit.run(paragraph.status)}
        >
          Re-confirm {STATUS_LOOK[paragraph.status].label.toLowerCase()} for the text as it is now
        </button>
      )}
      <Choices
        legend={coordinator ? 'Set the status' : 'Propose a status'}
        name={`status-${paragraph.blockId}`}
        className="status-choices"
        inline
        value={status}
        onChange={setChoice}
        options={STATUSES.map((s) => ({
          value: s,
          label: (
            <>
              <StatusGlyph status={s} /> {STATUS_LOOK[s].label}
            </>
          ),
        }))}
      />
      <TextAreaField
        label="Note (optional)"
        rows={2}
        maxLength={2000}
        value={note}
        onChange={(e) => setNote(e.target.value)}
      />
      <div className="cs-actions">
        <button type="submit" className="btn btn-primary btn-small" disabled={submit.busy}>
          {coordinator ? 'Set status' : 'Propose'}
        </button>
      </div>
      <FormError problem={submit.problem} inline />
      {done && !submit.problem && (
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
