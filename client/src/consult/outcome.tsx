/**
 * The round's outcome on the public page, once the group has published its revised version:
 * the answer to every comment (the published report holds them all), which comments are this
 * participant's own (the server knows them from the session), and how each paragraph reads now.
 * Given through a context, so the comment lists and paragraphs deep in the page can show it.
 */
import type { ParagraphDiff, PublicAnswer, PublicRoundOutcome } from '@accord/schema';
import { createContext, useContext } from 'react';
import { FormattedMessage } from 'react-intl';
import { useT } from '../i18n/useT.js';
import { DISPOSITION_LABELS } from '../rounds/labels.js';
import { ChangedText, ChangeLegend } from '../versions/ChangedText.js';
import '../styles/consult-outcome.css';

export interface OutcomeView {
  revisionName: string;
  answers: ReadonlyMap<string, PublicAnswer>;
  yours: ReadonlySet<string>;
  /** Each consulted paragraph's fate in the revised version, by block id. */
  changes: ReadonlyMap<string, ParagraphDiff>;
  /** The revised text in order, removed paragraphs where they were. */
  paragraphs: readonly ParagraphDiff[];
}

/** The outcome as the page looks it up. */
export function outcomeView(outcome: PublicRoundOutcome): OutcomeView {
  return {
    revisionName: outcome.revision.name,
    answers: new Map(outcome.answers.map((a) => [a.commentId, a])),
    yours: new Set(outcome.yours),
    changes: new Map(outcome.paragraphs.filter((p) => p.kind !== 'added').map((p) => [p.id, p])),
    paragraphs: outcome.paragraphs,
  };
}

const OutcomeContext = createContext<OutcomeView | null>(null);
export const OutcomeProvider = OutcomeContext.Provider;
/** Null until the revised version is published. */
export const useOutcome = (): OutcomeView | null => useContext(OutcomeContext);

/** Whether the consulted paragraph's words differ in the revised version. */
export const isChanged = (p: ParagraphDiff | undefined): p is ParagraphDiff => p?.kind === 'changed';

/** The group's answer under a comment: the disposition, then the response as typed. */
export function CommentAnswer({ answer }: { answer: PublicAnswer }) {
  const t = useT();
  return (
    <div className="consult-answer">
      <p className="consult-answer-title">
        <FormattedMessage
          id="rounds.consult.answer"
          values={{
            disposition: (
              <strong key="d" className={`consult-disposition consult-disposition-${answer.disposition}`}>
                {t(DISPOSITION_LABELS[answer.disposition])}
              </strong>
            ),
          }}
        />
      </p>
      {answer.response.trim() !== '' && (
        <p className="consult-answer-response" dir="auto">
          {answer.response}
        </p>
      )}
    </div>
  );
}

/**
 * Under a consulted paragraph: how it reads in the revised version, the change marked word by
 * word. "Unchanged" is said only where someone commented (`commented`): that is where people
 * look for what became of the paragraph, and a note under every paragraph would be noise.
 */
export function NowText({
  blockId,
  number,
  commented,
}: {
  blockId: string;
  number: number | null;
  commented: boolean;
}) {
  const t = useT();
  const outcome = useOutcome();
  const change = outcome?.changes.get(blockId);
  if (!outcome || !change) return null;
  const name = <bdi key="name">{outcome.revisionName}</bdi>;
  if (change.kind === 'removed')
    return (
      <p className="consult-now-note">
        <FormattedMessage id="rounds.consult.removed" values={{ name }} />
      </p>
    );
  const renumbered =
    change.toNumber !== null && change.toNumber !== number
      ? t('common.paragraph', { number: change.toLabel ?? change.toNumber })
      : null;
  if (!isChanged(change))
    return commented ? (
      <p className="consult-now-note">
        {renumbered === null
          ? t('rounds.consult.unchanged')
          : t('rounds.consult.unchangedRenumbered', { paragraph: renumbered })}
      </p>
    ) : null;
  return (
    <div className="consult-now">
      <p className="consult-now-title">
        {renumbered === null ? (
          <FormattedMessage id="rounds.consult.nowIn" values={{ name }} />
        ) : (
          <FormattedMessage id="rounds.consult.nowInRenumbered" values={{ name, paragraph: renumbered }} />
        )}
      </p>
      <p className="consult-text" dir="auto">
        <ChangedText paragraph={change} />
      </p>
      <ChangeLegend />
    </div>
  );
}
