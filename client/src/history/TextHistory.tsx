/**
 * The paragraph panel's "Text history": who changed the paragraph's text, with their
 * stakeholder group and when, each change drawn word by word with the same `ChangedText` as
 * the versions comparison. Newest first, like the consensus history beside it. The server
 * records these from the authenticated connection, so the names here are the server's, never
 * what a browser claimed. Refetched whenever the live text of the paragraph moves.
 */
import type { ParagraphChanges } from '@accord/schema';
import { useRef } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { Time } from '../i18n/Time.js';
import { useT } from '../i18n/useT.js';
import { useAsync } from '../useAsync.js';
import { ChangedText, ChangeLegend } from '../versions/ChangedText.js';
import { getParagraphChanges } from './api.js';
import { asParagraphDiff, CHANGE_MESSAGES, changeKind, personWithGroup } from './labels.js';
import './history.css';

export function TextHistory({
  documentId,
  blockId,
  text,
  groupName,
}: {
  documentId: string;
  blockId: string;
  /** The paragraph's live text: when it moves, the history has moved too. */
  text: string;
  groupName: (id: string) => string;
}) {
  const intl = useIntl();
  const t = useT();
  const history = useAsync((signal) => getParagraphChanges(documentId, blockId, signal), [documentId, blockId, text]);
  // The last answer stays on screen while the next one loads, so the list does not blink.
  const last = useRef<ParagraphChanges | null>(null);
  if (history.status === 'done') last.current = history.value;
  if (history.status === 'error')
    return <p className="cs-muted">{t('history.text.cannotShow', { problem: history.error.message })}</p>;
  if (!last.current) return <p className="cs-muted">{t('history.text.loading')}</p>;
  const changes = [...last.current.changes].reverse();
  if (changes.length === 0) return <p className="cs-muted">{t('history.text.empty')}</p>;
  return (
    <>
      <ChangeLegend />
      <ol className="text-history" aria-label={t('history.text.list')}>
        {changes.map((change) => (
          <li key={change.id} className="text-history-entry">
            <p className="text-history-who">
              <FormattedMessage
                id={CHANGE_MESSAGES[changeKind(change)]}
                values={{
                  person: (
                    <strong>
                      <bdi>
                        {change.person ? personWithGroup(intl, change.person, groupName) : t('history.text.system')}
                      </bdi>
                    </strong>
                  ),
                  when: <Time value={change.endedAt} className="cs-when" />,
                }}
              />
            </p>
            <p className="text-history-diff">
              <ChangedText paragraph={asParagraphDiff(change)} />
            </p>
          </li>
        ))}
      </ol>
    </>
  );
}
