/** Agree / disagree with a paragraph: toggle buttons with the counts, or just the counts for readers. */
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

const LABELS: Record<Reaction, string> = { agree: 'Agree', disagree: 'Disagree' };

export function ReactionButtons({ counts, mine, about, busy, onReact }: ReactionButtonsProps) {
  if (mine === null || !onReact) {
    return (
      <p className="consult-counts">
        {counts.agree} agree · {counts.disagree} disagree
      </p>
    );
  }
  return (
    <div className="consult-reactions" role="group" aria-label={`Your view of ${about}`}>
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
          {LABELS[reaction]} <span className="consult-count">{counts[reaction]}</span>
        </button>
      ))}
    </div>
  );
}
