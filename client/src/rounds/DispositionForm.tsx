/** The group's decision on one comment: disposition, response, and optionally the live paragraph it changed. */
import { useState } from 'react';
import { Disposition, type CommentDisposition, type ContentBlock, type ProcessedComment } from '@accord/schema';
import { SelectField, TextAreaField } from '../components/Field.js';
import { FormError } from '../components/FormError.js';
import { useSubmit } from '../forms/useSubmit.js';
import { useT } from '../i18n/useT.js';
import { saveDisposition } from './api.js';
import { DISPOSITION_LABELS, paragraphOption } from './labels.js';

export function DispositionForm({
  comment,
  liveParagraphs,
  onSaved,
}: {
  comment: ProcessedComment;
  liveParagraphs: readonly ContentBlock[];
  onSaved: (saved: CommentDisposition) => void;
}) {
  const t = useT();
  const current = comment.disposition;
  const [disposition, setDisposition] = useState<Disposition | ''>(current?.disposition ?? '');
  const [response, setResponse] = useState(current?.response ?? '');
  const [changed, setChanged] = useState(current?.changedBlockId ?? '');
  const form = useSubmit(
    async () => {
      if (disposition === '') return;
      onSaved(
        await saveDisposition(comment.roundId, comment.id, { disposition, response, changedBlockId: changed || null }),
      );
    },
    { shownFields: ['disposition', 'response', 'changedBlockId'] },
  );
  const { fields, busy } = form;

  const dirty =
    disposition !== (current?.disposition ?? '') ||
    response !== (current?.response ?? '') ||
    changed !== (current?.changedBlockId ?? '');
  return (
    <form className="disposition-form" onSubmit={form.onSubmit}>
      <SelectField
        label={t('rounds.disposition.label')}
        value={disposition}
        onChange={(e) => setDisposition(e.target.value as Disposition | '')}
        error={fields.disposition}
        required
      >
        <option value="">{t('rounds.disposition.choose')}</option>
        {Disposition.options.map((d) => (
          <option key={d} value={d}>
            {t(DISPOSITION_LABELS[d])}
          </option>
        ))}
      </SelectField>
      <TextAreaField
        className="round-textarea"
        label={t('rounds.disposition.response')}
        dir="auto"
        value={response}
        onChange={(e) => setResponse(e.target.value)}
        error={fields.response}
        rows={3}
        maxLength={5000}
      />
      <SelectField
        label={t('rounds.disposition.changed')}
        value={changed}
        onChange={(e) => setChanged(e.target.value)}
        error={fields.changedBlockId}
      >
        <option value="">{t('common.none')}</option>
        {liveParagraphs.map((p) => (
          <option key={p.id} value={p.id}>
            {paragraphOption(p, t)}
          </option>
        ))}
      </SelectField>
      <FormError problem={form.problem} inline />
      <div className="round-actions">
        <button type="submit" className="btn btn-primary btn-small" disabled={busy || disposition === '' || !dirty}>
          {busy ? t('common.saving') : t('common.save')}
        </button>
        {current && !dirty && (
          <span className="round-saved" role="status">
            {t('rounds.disposition.saved', { disposition: t(DISPOSITION_LABELS[current.disposition]) })}
          </span>
        )}
      </div>
    </form>
  );
}
