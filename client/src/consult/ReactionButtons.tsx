/** Agree / disagree with a paragraph: toggle buttons with the counts, or just the counts for readers. */
import { useFormat } from '../i18n/format.js';
import { useT } from '../i18n/useT.js';
import type { Reaction, ReactionCounts } from './comments.js';

export interface ReactionButtonsProps {
  counts: ReactionCounts;
  /** The participant's own reaction; null when they cannot react (not registered, round not open). */
  mine: Reaction | undefined | null;
  /** "¶3", to name the paragraph to screen readers. */
  about: string;
  busy: boolean;
  /** A reaction chosen, or null when the chosen one is pressed again (withdrawn). */
  onReact?: (reaction: Reaction | null) => void;
}

export function ReactionButtons({ counts, mine, about, busy, onReact }: ReactionButtonsProps) {
  const t = useT();
  const format = useFormat();
  if (mine === null || !onReact) {
    return <p className="consult-counts">{t('rounds.reactions.counts', counts)}</p>;
  }
  return (
    <div className="consult-reactions" role="group" aria-label={t('rounds.reactions.yourView', { paragraph: about })}>
      {(['agree', 'disagree'] as const).map((reaction) => (
        <button
          key={reaction}
          type="button"
          className={`btn consult-tap consult-react consult-${reaction}`}
          aria-pressed={mine === reaction}
          disabled={busy}
          // One reaction per paragraph, the last counts; pressing the chosen one again withdraws it.
          onClick={() => onReact(mine === reaction ? null : reaction)}
        >
          {t(reaction === 'agree' ? 'rounds.reactions.agree' : 'rounds.reactions.disagree')}{' '}
          <span className="consult-count">{format.number(counts[reaction])}</span>
        </button>
      ))}
    </div>
  );
}
