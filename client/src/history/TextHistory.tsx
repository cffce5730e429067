/**
 * The paragraph panel's "Text history": who changed the paragraph's text, with their
 * stakeholder group and when, each change drawn word by word with the same `ChangedText` as
 * the versions comparison. Newest first, like the consensus history beside it. The server
 * records these from the authenticated connection, so the names here are the server's, never
 * what a browser claimed. Refetched whenever the live text of the paragraph moves.
 */
import type { ParagraphChanges } from '@accord/schema';
import { useRef } from 'react';
import { byline } from '@accord/schema';
import { relativeTime } from '../time.js';
import { useAsync } from '../useAsync.js';
import { CHANGE_LEGEND, ChangedText } from '../versions/ChangedText.js';
import { getParagraphChanges } from './api.js';
import { asParagraphDiff, changeVerb } from './labels.js';
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
  const history = useAsync((signal) => getParagraphChanges(documentId, blockId, signal), [documentId, blockId, text]);
  // The last answer stays on screen while the next one loads, so the list does not blink.
  const last = useRef<ParagraphChanges | null>(null);
  if (history.status === 'done') last.current = history.value;
  if (history.status === 'error')
    return <p className="cs-muted">The text history cannot be shown: {history.error.message}</p>;
  if (!last.current) return <p className="cs-muted">Loading the text history…</p>;
  const changes = [...last.current.changes].reverse();
  if (changes.length === 0) return <p className="cs-muted">No recorded changes to this paragraph's text yet.</p>;
  return (
    <>
      <p className="change-legend">{CHANGE_LEGEND}</p>
      <ol className="text-history" aria-label="Changes to the text, newest first">
        {changes.map((change) => (
          <li key={change.id} className="text-history-entry">
            <p className="text-history-who">
              <strong>
                {change.person ? byline(change.person, groupName(change.person.stakeholderGroup)) : 'The system'}
              </strong>{' '}
              {changeVerb(change)}
              <time className="cs-when" dateTime={change.endedAt} title={new Date(change.endedAt).toLocaleString()}>
                {relativeTime(change.endedAt)}
              </time>
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
