/**
 * One pending suggestion beside its paragraph: who (name, group, when — from the server), what
 * ("Replace ‘x’ with ‘y’"), and what the reader may do: accept or reject (`suggestion.decide`),
 * withdraw (its author), or decide everything one person suggested, from a small menu. A refusal
 * is shown under the buttons, in the words the server gave.
 */
import { FormattedMessage, useIntl } from 'react-intl';
import { Avatar } from '../components/Avatar.js';
import { FormError } from '../components/FormError.js';
import { useSubmit } from '../forms/useSubmit.js';
import { translate } from '../i18n/current.js';
import { Time } from '../i18n/Time.js';
import { type T, useT } from '../i18n/useT.js';
import { decideAllBy, decideSuggestion, type Decision, type SuggestionRecord } from './api.js';
import { suggestionColors } from './colors.js';
import { SuggestionMenu } from './SuggestionMenu.js';
import type { PendingSuggestion } from './model.js';
import { describeSuggestion, suggestionKind, suggestionMessage } from './wording.js';

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
export const authorName = (record: SuggestionRecord | undefined, t: T = translate): string =>
  record?.author.name ?? t('consensus.suggestion.someone');

export function SuggestionCard({
  documentId,
  suggestion,
  record,
  canDecide,
  personId,
  active,
  onDecided,
}: SuggestionCardProps) {
  const t = useT();
  const intl = useIntl();
  const name = authorName(record, t);
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
  const what = describeSuggestion(suggestion, intl);
  const message = suggestionMessage(suggestion);
  const created = record?.createdAt ?? new Date(suggestion.at).toISOString();
  const { ink, soft } = suggestionColors(suggestion.by);

  return (
    <article
      className={`suggestion-card${active ? ' is-active' : ''}`}
      data-suggestion-id={suggestion.id}
      aria-label={t('consensus.suggestion.cardLabel', { name, what })}
      style={{ ['--sg-ink' as string]: ink, ['--sg-soft' as string]: soft }}
    >
      <header className="suggestion-byline">
        <Avatar name={name} color={ink} size="sm" />
        <span className="suggestion-author">
          <strong>
            <bdi>{name}</bdi>
          </strong>
          {group && <bdi className="suggestion-group">{group}</bdi>}
        </span>
        <Time value={created} />
      </header>
      <p className="suggestion-what">
        <FormattedMessage
          id={message.id}
          values={{
            verb: (chunks) => (
              <span key="verb" className="suggestion-verb" data-verb={suggestionKind(suggestion)}>
                {chunks}
              </span>
            ),
            deleted: (
              <bdi key="deleted" className="suggestion-passage">
                {message.values.deleted}
              </bdi>
            ),
            inserted: (
              <bdi key="inserted" className="suggestion-passage">
                {message.values.inserted}
              </bdi>
            ),
          }}
        />
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
                {t('consensus.suggestion.accept')}
              </button>
              <button type="button" className="btn btn-small" disabled={busy} onClick={() => void decide.run('reject')}>
                {t('consensus.suggestion.reject')}
              </button>
            </>
          )}
          {mine && !canDecide && (
            <button type="button" className="btn btn-small" disabled={busy} onClick={() => void decide.run('withdraw')}>
              {t('consensus.suggestion.withdraw')}
            </button>
          )}
          {canDecide && (
            <SuggestionMenu
              label={t('consensus.suggestion.more', { name })}
              disabled={busy || !record}
              items={[
                ...(mine
                  ? [{ label: t('consensus.suggestion.withdraw'), onSelect: () => void decide.run('withdraw') }]
                  : []),
                { label: t('consensus.suggestion.acceptAll', { name }), onSelect: () => void decideAll.run('accept') },
                { label: t('consensus.suggestion.rejectAll', { name }), onSelect: () => void decideAll.run('reject') },
              ]}
            />
          )}
        </div>
      )}
      <FormError problem={decide.problem ?? decideAll.problem} inline />
    </article>
  );
}
