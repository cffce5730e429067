/** "New document": a title and a kind, created on the server, then opened. Shown only with 'document.create'. */
import { CreateDocumentBody, DocumentKind } from '@accord/schema';
import { useState } from 'react';
import { createDocument } from '../api.js';
import { SelectField, TextField } from '../components/Field.js';
import { FormError } from '../components/FormError.js';
import { zodFieldErrors } from '../errors.js';
import { useSubmit } from '../forms/useSubmit.js';
import { useT } from '../i18n/useT.js';
import { navigate, paths } from '../router.js';
import { KIND_LABELS } from './kinds.js';

export function NewDocument({ workspaceId }: { workspaceId: string }) {
  const t = useT();
  const [open, setOpen] = useState(false);
  const [title, setTitle] = useState('');
  const [kind, setKind] = useState<DocumentKind>('outcome');
  const form = useSubmit(
    async (): Promise<void> => {
      const checked = CreateDocumentBody.safeParse({ title, kind });
      if (!checked.success) return form.fail(null, zodFieldErrors(checked.error.issues));
      const document = await createDocument(workspaceId, checked.data);
      navigate(paths.document(document.id));
    },
    { shownFields: ['title', 'kind'] },
  );
  const { fields } = form;

  if (!open) {
    return (
      <button type="button" className="btn btn-primary" onClick={() => setOpen(true)}>
        {t('shell.newDocument.title')}
      </button>
    );
  }

  return (
    <form className="panel new-document" onSubmit={form.onSubmit} aria-labelledby="new-document-title" noValidate>
      <h2 id="new-document-title" className="panel-title">
        {t('shell.newDocument.title')}
      </h2>
      <div className="form-row">
        <TextField
          label={t('shell.newDocument.titleField')}
          value={title}
          onChange={(e) => setTitle(e.target.value)}
          dir="auto"
          autoFocus
          maxLength={300}
          error={fields['title']}
          className="grow"
        />
        <SelectField
          label={t('shell.newDocument.kind')}
          value={kind}
          onChange={(e) => setKind(e.target.value as DocumentKind)}
          error={fields['kind']}
        >
          {DocumentKind.options.map((k) => (
            <option key={k} value={k}>
              {t(KIND_LABELS[k])}
            </option>
          ))}
        </SelectField>
      </div>
      <FormError problem={form.problem} />
      <div className="form-actions">
        <button type="submit" className="btn btn-primary" disabled={form.busy}>
          {form.busy ? t('shell.newDocument.busy') : t('shell.newDocument.submit')}
        </button>
        <button type="button" className="btn btn-quiet" onClick={() => setOpen(false)}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
