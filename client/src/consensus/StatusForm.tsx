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
import { useT } from '../i18n/useT.js';
import { proposeStatus, setStatus } from './api.js';
import { STATUS_LOOK, STATUSES, statusLetter, statusName } from './labels.js';
import type { ConsensusRoom } from './room.js';

export function StatusForm({ room, paragraph }: { room: ConsensusRoom; paragraph: ParagraphConsensus }) {
  const t = useT();
  const coordinator = room.may.setStatus;
  const [status, setChoice] = useState<ParagraphStatus>(paragraph.status);
  const [note, setNote] = useState('');
  const [done, setDone] = useState<string | null>(null);
  const submit = useSubmit(async (to: ParagraphStatus) => {
    setDone(null);
    if (coordinator) {
      room.live.apply(await setStatus(room.documentId, paragraph.blockId, to, note));
      setDone(t('consensus.statusForm.set', { status: statusName(to, t) }));
    } else {
      await proposeStatus(room.documentId, paragraph.blockId, to, note);
      setDone(t('consensus.statusForm.proposed', { status: statusName(to, t) }));
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
          {t('consensus.statusForm.reconfirm', { status: paragraph.status === 'agreed-ad-ref' ? 'adRef' : 'agreed' })}
        </button>
      )}
      <Choices
        legend={t(coordinator ? 'consensus.statusForm.setLegend' : 'consensus.statusForm.proposeLegend')}
        name={`status-${paragraph.blockId}`}
        className="status-choices"
        inline
        value={status}
        onChange={setChoice}
        options={STATUSES.map((s) => ({
          value: s,
          label: (
            <>
              <StatusGlyph status={s} /> {statusName(s, t)}
            </>
          ),
        }))}
      />
      <TextAreaField
        label={t('consensus.statusForm.note')}
        dir="auto"
        rows={2}
        maxLength={2000}
        value={note}
        onChange={(e) => setNote(e.target.value)}
      />
      <div className="cs-actions">
        <button type="submit" className="btn btn-primary btn-small" disabled={submit.busy}>
          {t(coordinator ? 'consensus.statusForm.setButton' : 'consensus.statusForm.proposeButton')}
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
  const t = useT();
  const letter = statusLetter(status, t);
  return (
    <span
      className="status-glyph"
      data-status={status}
      data-shape={STATUS_LOOK[status].shape}
      data-long={letter.length > 1 || undefined}
      aria-hidden="true"
    >
      {letter}
    </span>
  );
}
