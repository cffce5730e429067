/**
 * A paragraph's comment threads in the document's other languages (issue 15: numbers are
 * shared, so a comment on ¶7 in French and one on ¶7 in English are about the same paragraph).
 * Read-only here, each marked with the language version it is on (not necessarily the
 * language it is written in) and linked to its document, where it is answered. Shows nothing when the family has none, or when the document has no family.
 */
import type { FamilyThread } from '@accord/schema';
import { useEffect, useId, useState } from 'react';
import { CommentText } from '../comments/CommentText.js';
import { Time } from '../i18n/Time.js';
import { useT } from '../i18n/useT.js';
import { Link, paths } from '../router.js';
import { getParagraphThreads } from './api.js';
import { useLanguageName } from './names.js';
import './languages.css';

export function OtherLanguageThreads({
  documentId,
  blockId,
  news,
}: {
  documentId: string;
  blockId: string;
  /** Fetches again when it changes identity (the page's comments changed). */
  news?: unknown;
}) {
  const t = useT();
  const name = useLanguageName();
  const headingId = useId();
  const [threads, setThreads] = useState<FamilyThread[] | null>(null);

  // biome-ignore lint/correctness/useExhaustiveDependencies: `news` is the trigger to fetch again.
  useEffect(() => {
    const controller = new AbortController();
    getParagraphThreads(documentId, blockId, controller.signal).then(
      (answer) => !controller.signal.aborted && setThreads(answer.threads.filter((th) => th.documentId !== documentId)),
      // A side list: without it the paragraph's own threads still show; nothing to say.
      () => !controller.signal.aborted && setThreads([]),
    );
    return () => controller.abort();
  }, [documentId, blockId, news]);

  if (!threads || threads.length === 0) return null;
  return (
    <section className="lv-threads" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('languages.threads.heading', { count: threads.length })}</h3>
      <ul>
        {threads.map((thread) => {
          const opener = thread.comments[0];
          const replies = thread.comments.length - 1;
          return (
            <li key={thread.id} className="lv-thread" data-thread-id={thread.id} data-language={thread.language}>
              <p className="lv-thread-head">
                <span className="lv-lang-tag">{name(thread.language)}</span>
                {opener && (
                  <>
                    <bdi className="lv-thread-author">{opener.author.name}</bdi>
                    <Time value={opener.createdAt} />
                  </>
                )}
                {thread.status === 'resolved' && <span className="lv-tag">{t('comments.thread.resolved')}</span>}
              </p>
              {opener && (
                <div className="lv-thread-body" dir="auto">
                  <CommentText text={opener.body} />
                </div>
              )}
              <p className="lv-thread-foot">
                {replies > 0 && <span>{t('comments.thread.replies', { count: replies })}</span>}
                <Link href={paths.document(thread.documentId)}>
                  {t('languages.threads.open', { language: thread.language })}
                </Link>
              </p>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
