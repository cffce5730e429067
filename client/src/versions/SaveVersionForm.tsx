/** Saving the live document as a named version: name (required) and an optional note. */
import { useState } from 'react';
import type { Version } from '@accord/schema';
import { TextField } from '../components/Field.js';
import { FormError } from '../components/FormError.js';
import { useSubmit } from '../forms/useSubmit.js';
import { useT } from '../i18n/useT.js';
import { saveVersion } from './api.js';

export function SaveVersionForm({ documentId, onSaved }: { documentId: string; onSaved: (version: Version) => void }) {
  const t = useT();
  const [name, setName] = useState('');
  const [note, setNote] = useState('');
  const form = useSubmit(
    async () => {
      const version = await saveVersion(documentId, { name, ...(note.trim() ? { note } : {}) });
      setName('');
      setNote('');
      onSaved(version);
    },
    { shownFields: ['name', 'note'] },
  );

  return (
    <form className="version-save" onSubmit={form.onSubmit} aria-label={t('versions.save.form')}>
      <h2>{t('versions.save.title')}</h2>
      <p className="version-hint">{t('versions.save.hint')}</p>
      <TextField
        label={t('versions.save.name')}
        dir="auto"
        value={name}
        onChange={(e) => setName(e.target.value)}
        required
        maxLength={200}
        placeholder={t('versions.save.placeholder')}
        error={form.fields.name}
      />
      <TextField
        label={t('versions.save.note')}
        dir="auto"
        value={note}
        onChange={(e) => setNote(e.target.value)}
        maxLength={2000}
        error={form.fields.note}
      />
      <FormError problem={form.problem} />
      <button type="submit" className="btn btn-primary" disabled={form.busy || name.trim() === ''}>
        {form.busy ? t('common.saving') : t('versions.save.submit')}
      </button>
    </form>
  );
}
