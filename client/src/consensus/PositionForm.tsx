/**
 * The person's own position on a paragraph: shows the current one and records a new one
 * (support / with reservation / oppose / abstain, optional reason). Server-authoritative: the
 * stakeholder group it counts for is the server's to decide.
 */
import type { ParagraphConsensus, PositionKind } from '@accord/schema';
import { useState } from 'react';
import { FormattedMessage } from 'react-intl';
import { Choices } from '../components/Choices.js';
import { TextAreaField } from '../components/Field.js';
import { FormError } from '../components/FormError.js';
import { useSubmit } from '../forms/useSubmit.js';
import { useT } from '../i18n/useT.js';
import { recordPosition } from './api.js';
import { POSITIONS, positionName } from './labels.js';
import type { ConsensusRoom } from './room.js';
import { positionOf } from './view.js';

export function PositionForm({ room, paragraph }: { room: ConsensusRoom; paragraph: ParagraphConsensus }) {
  const t = useT();
  const mine = positionOf(paragraph, room.personId);
  const [choice, setChoice] = useState<PositionKind | null>(mine?.position ?? null);
  const [reason, setReason] = useState(mine?.reason ?? '');
  const submit = useSubmit(async (position: PositionKind) => {
    room.live.apply(await recordPosition(room.documentId, paragraph.blockId, position, reason));
  });

  if (!room.may.recordPosition) return null;

  return (
    <form
      className="cs-form"
      onSubmit={(event) => {
        event.preventDefault();
        if (choice) void submit.run(choice);
        else submit.fail(t('consensus.positionForm.chooseFirst'));
      }}
    >
      <p className="my-position" data-position={mine?.position ?? 'none'}>
        {mine ? (
          <>
            <FormattedMessage
              id="consensus.positionForm.yours"
              values={{
                position: (
                  <strong key="position" className="position-word" data-position={mine.position}>
                    {positionName(mine.position, t)}
                  </strong>
                ),
              }}
            />
            {mine.reason && (
              <span className="cs-muted">
                {' '}
                <FormattedMessage id="consensus.note" values={{ note: <bdi key="note">{mine.reason}</bdi> }} />
              </span>
            )}
          </>
        ) : (
          t('consensus.positionForm.none')
        )}
      </p>
      <Choices
        legend={t(mine ? 'consensus.positionForm.changeLegend' : 'consensus.positionForm.recordLegend')}
        name={`position-${paragraph.blockId}`}
        className="position-choices"
        inline
        value={choice}
        onChange={setChoice}
        options={POSITIONS.map((p) => ({
          value: p,
          label: (
            <>
              <span className="position-dot" data-position={p} aria-hidden="true" />
              {positionName(p, t)}
            </>
          ),
        }))}
      />
      <TextAreaField
        label={t('consensus.positionForm.reason')}
        dir="auto"
        rows={2}
        maxLength={2000}
        value={reason}
        onChange={(e) => setReason(e.target.value)}
      />
      <div className="cs-actions">
        <button type="submit" className="btn btn-primary btn-small" disabled={submit.busy}>
          {t('consensus.positionForm.record')}
        </button>
      </div>
      <FormError problem={submit.problem} inline />
    </form>
  );
}
