/**
 * One pending suggestion beside its paragraph: who (name, group, when — from the server), what
 * ("Replace ‘x’ with ‘y’"), and what the reader may do: accept or reject (`suggestion.decide`),
 * withdraw (its author), or decide everything one person suggested, from a small menu. A refusal
 * is shown under the buttons, in the words the server gave.
 */
import { Avatar } from '../components/Avatar.js';
import { FormError } from '../components/FormError.js';
import { useSubmit } from '../forms/useSubmit.js';
import { dateTime, relativeTime } from '../time.js';
import { decideAllBy, decideSuggestion, type Decision, type SuggestionRecord } from './api.js';
import { suggestionColors } from './colors.js';
import { SuggestionMenu } from './SuggestionMenu.js';
import type { PendingSuggestion } from './model.js';
import { describeSuggestion, suggestionVerb } from './wording.js';

export interface SuggestionCardProps {
  documentId: string;
  suggestion: PendingSuggestion;
  /** What the server says of its (first) suggestion; undefined until it answered. */
  record: SuggestionRecord | undefined;
  /** The reader may accept and reject. */
  canDecide: boolean;
  /** The reader's person id (the author may withdraw). */
  personId: string;
  active: boolean;
  /** After a decision went through: ask for the list again. */
  onDecided: () => void;
}

/** The author's name as the server gave it; never the node's claim alone. */
export const authorName = (record: SuggestionRecord | undefined): string => record?.author.name ?? 'Someone';

export function SuggestionCard({
  documentId,
  suggestion,
  record,
  canDecide,
  personId,
  active,
  onDecided,
}: SuggestionCardProps) {
  const name = authorName(record);
  const group = record?.author.groupName ?? '';
  const mine = suggestion.by === personId;
  const decide = useSubmit(async (decision: Decision) => {
    for (const id of suggestion.ids) await decideSuggestion(documentId, id, decision);
    onDecided();
  });
  const decideAll = useSubmit(async (decision: 'accept' | 'reject') => {
    await decideAllBy(documentId, suggestion.by, decision);
    onDecided();
  });
  const busy = decide.busy || decideAll.busy;
  const what = describeSuggestion(suggestion);
  const created = record?.createdAt ?? new Date(suggestion.at).toISOString();
  const { ink, soft } = suggestionColors(suggestion.by);

  return (
    <article
      className={`suggestion-card${active ? ' is-active' : ''}`}
      data-suggestion-id={suggestion.id}
      aria-label={`Suggestion by ${name}: ${what}`}
      style={{ ['--sg-ink' as string]: ink, ['--sg-soft' as string]: soft }}
    >
      <header className="suggestion-byline">
        <Avatar name={name} color={ink} size="sm" />
        <span className="suggestion-author">
          <strong>{name}</strong>
          {group && <span className="suggestion-group">{group}</span>}
        </span>
        <time dateTime={created} title={dateTime(created)}>
          {relativeTime(created)}
        </time>
      </header>
      <p className="suggestion-what">
        <span className="suggestion-verb" data-verb={suggestionVerb(suggestion).toLowerCase()}>
          {suggestionVerb(suggestion)}
        </span>{' '}
        {what.slice(suggestionVerb(suggestion).length + 1)}
      </p>
      {(canDecide || mine) && (
        <div className="suggestion-actions">
          {canDecide && (
            <>
              <button
                type="button"
                className="btn btn-small btn-primary"
                disabled={busy}
                onClick={() => void decide.run('accept')}
              >
                Accept
              </button>
              <button type="button" className="btn btn-small" disabled={busy} onClick={() => void decide.run('reject')}>
                Reject
              </button>
            </>
          )}
          {mine && !canDecide && (
            <button type="button" className="btn btn-small" disabled={busy} onClick={() => void decide.run('withdraw')}>
              Withdraw
            </button>
          )}
          {canDecide && (
            <SuggestionMenu
              label={`More actions on suggestions by ${name}`}
              disabled={busy || !record}
              items={[
                ...(mine ? [{ label: 'Withdraw', onSelect: () => void decide.run('withdraw') }] : []),
                { label: `Accept all by ${name}`, onSelect: () => void decideAll.run('accept') },
                { label: `Reject all by ${name}`, onSelect: () => void decideAll.run('reject') },
              ]}
            />
          )}
        </div>
      )}
      <FormError problem={decide.problem ?? decideAll.problem} inline />
    </article>
  );
}
