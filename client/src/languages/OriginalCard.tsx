/**
 * One paragraph of the original beside its translation: the original's number, where the
 * translation stands ("Translated", "Original changed since translated", "Not yet
 * translated"), the original's text — with what changed since it was translated marked as the
 * versions' comparison marks it — and "Mark as up to date" for those who may edit. The original
 * is tagged with its language and finds its own direction.
 */
import type { AlignedParagraph, Locale } from '@accord/schema';
import { ChangedText } from '../versions/ChangedText.js';
import { useT } from '../i18n/useT.js';
import { canMarkUpToDate, changeSinceTranslated, labelOf, STATUS_LABELS } from './alignment.js';

export function OriginalCard({
  paragraph,
  language,
  canEdit,
  marking,
  onMark,
}: {
  paragraph: AlignedParagraph;
  /** The original's language. */
  language: Locale;
  canEdit: boolean;
  /** This paragraph is being marked now. */
  marking: boolean;
  onMark: (blockId: string) => void;
}) {
  const t = useT();
  const label = labelOf(paragraph);
  const change = changeSinceTranslated(paragraph);
  const where = label === null ? t('languages.original.unnumbered') : t('common.paragraph', { number: label });
  return (
    <article
      className="lv-card"
      data-status={paragraph.status}
      data-block-id={paragraph.blockId}
      aria-label={t('languages.original.of', { paragraph: where })}
    >
      <p className="lv-card-head">
        {/* An unnumbered block (a heading) is level with its translation: nothing to name. */}
        {label !== null && <span className="lv-card-number">{where}</span>}
        <span className="lv-status" data-status={paragraph.status}>
          <span className="lv-dot" aria-hidden="true" />
          {t(STATUS_LABELS[paragraph.status])}
        </span>
      </p>
      {change && <p className="lv-changed-note">{t('languages.original.changedNote')}</p>}
      <p className="lv-original" lang={language} dir="auto">
        {change ? <ChangedText paragraph={change} /> : paragraph.original}
      </p>
      {canEdit && canMarkUpToDate(paragraph) && (
        <button
          type="button"
          className="btn btn-small lv-mark"
          disabled={marking}
          // Keeps the caret where it was: on a narrow screen the card shows while the paragraph has it.
          onMouseDown={(e) => e.preventDefault()}
          onClick={() => onMark(paragraph.blockId)}
        >
          {t('languages.mark')}
        </button>
      )}
    </article>
  );
}
