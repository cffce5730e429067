/**
 * The person's own position on a paragraph: shows the current one and records a new one
 * (support / with reservation / oppose / abstain, optional reason). Server-authoritative: the
 * stakeholder group it counts for is the server's to decide.
 */
import type { ParagraphConsensus, PositionKind } from '@accord/schema';
import { useState, type FormEvent } from 'react';
import { describeError } from '../errors.js';
import { recordPosition } from './api.js';
import { POSITION_LABELS, POSITIONS } from './labels.js';
import type { ConsensusRoom } from './room.js';
import { positionOf } from './view.js';

export function PositionForm({ room, paragraph }: { room: ConsensusRoom; paragraph: ParagraphConsensus }) {
  const mine = positionOf(paragraph, room.personId);
  const [choice, setChoice] = useState<PositionKind | null>(mine?.position ?? null);
  const [reason, setReason] = useState(mine?.reason ?? '');
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  if (!room.may.recordPosition) return null;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!choice) return setProblem('Choose a position first.');
    setBusy(true);
    setProblem(null);
    try {
      room.live.apply(await recordPosition(room.documentId, paragraph.blockId, choice, reason));
    } catch (error) {
      setProblem(describeError(error));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="cs-form" onSubmit={(e) => void submit(e)}>
      <p className="my-position" data-position={mine?.position ?? 'none'}>
        {mine ? (
          <>
            Your position: <strong>{POSITION_LABELS[mine.position]}</strong>
            {mine.reason && <span className="cs-muted"> — “{mine.reason}”</span>}
          </>
        ) : (
          'You have not recorded a position on this paragraph.'
        )}
      </p>
      <fieldset className="position-choices">
        <legend>{mine ? 'Change your position' : 'Record your position'}</legend>
        {POSITIONS.map((p) => (
          <label key={p} className="position-choice" data-position={p}>
            <input
              type="radio"
              name={`position-${paragraph.blockId}`}
              value={p}
              checked={choice === p}
              onChange={() => setChoice(p)}
            />
            {POSITION_LABELS[p]}
          </label>
        ))}
      </fieldset>
      <label className="cs-note">
        Reason <span className="cs-muted">(optional)</span>
        <textarea rows={2} maxLength={2000} value={reason} onChange={(e) => setReason(e.target.value)} />
      </label>
      <div className="cs-actions">
        <button type="submit" className="btn btn-primary btn-small" disabled={busy}>
          Record position
        </button>
      </div>
      {problem && (
        <p className="cs-problem" role="alert">
          {problem}
        </p>
      )}
    </form>
  );
}
