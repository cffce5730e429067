/** The group's decision on one comment: disposition, response, and optionally the live paragraph it changed. */
import { useState } from 'react';
import {
  dispositionLabels,
  type CommentDisposition,
  type ContentBlock,
  type Disposition,
  type ProcessedComment,
} from '@accord/schema';
import { SelectField, TextAreaField } from '../components/Field.js';
import { FormError } from '../components/FormError.js';
import { useSubmit } from '../forms/useSubmit.js';
import { saveDisposition } from './api.js';
import { paragraphOption } from './labels.js';

const DISPOSITIONS = Object.keys(dispositionLabels) as Disposition[];

export function DispositionForm({
  comment,
  liveParagraphs,
  onSaved,
}: {
  comment: ProcessedComment;
  liveParagraphs: readonly ContentBlock[];
  onSaved: (saved: CommentDisposition) => void;
}) {
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
        label="Disposition"
        value={disposition}
        onChange={(e) => setDisposition(e.target.value as Disposition | '')}
        error={fields.disposition}
        required
      >
        <option value="">Choose…</option>
        {DISPOSITIONS.map((d) => (
          <option key={d} value={d}>
            {dispositionLabels[d]}
          </option>
        ))}
      </SelectField>
      <TextAreaField
        className="round-textarea"
        label="Response"
        value={response}
        onChange={(e) => setResponse(e.target.value)}
        error={fields.response}
        rows={3}
        maxLength={5000}
      />
      <SelectField
        label="Changed paragraph (optional)"
        value={changed}
        onChange={(e) => setChanged(e.target.value)}
        error={fields.changedBlockId}
      >
        <option value="">None</option>
        {liveParagraphs.map((p) => (
          <option key={p.id} value={p.id}>
            {paragraphOption(p)}
          </option>
        ))}
      </SelectField>
      <FormError problem={form.problem} inline />
      <div className="round-actions">
        <button type="submit" className="btn btn-primary btn-small" disabled={busy || disposition === '' || !dirty}>
          {busy ? 'Saving…' : 'Save'}
        </button>
        {current && !dirty && (
          <span className="round-saved" role="status">
            {dispositionLabels[current.disposition]} — saved
          </span>
        )}
      </div>
    </form>
  );
}
