/** Saving the live document as a named version: name (required) and an optional note. */
import { useState } from 'react';
import type { Version } from '@accord/schema';
import { TextField } from '../components/Field.js';
import { FormError } from '../components/FormError.js';
import { useSubmit } from '../forms/useSubmit.js';
import { saveVersion } from './api.js';

export function SaveVersionForm({ documentId, onSaved }: { documentId: string; onSaved: (version: Version) => void }) {
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
    <form className="version-save" onSubmit={form.onSubmit} aria-label="Save a version">
      <h2>Save the live document as a version</h2>
      <p className="version-hint">
        A version is frozen: later edits never change it. Name it for what it is for, e.g. “Draft for public
        consultation”.
      </p>
      <TextField
        label="Name"
        value={name}
        onChange={(e) => setName(e.target.value)}
        required
        maxLength={200}
        placeholder="Draft for public consultation"
        error={form.fields.name}
      />
      <TextField
        label="Note (optional)"
        value={note}
        onChange={(e) => setNote(e.target.value)}
        maxLength={2000}
        error={form.fields.note}
      />
      <FormError problem={form.problem} />
      <button type="submit" className="btn btn-primary" disabled={form.busy || name.trim() === ''}>
        {form.busy ? 'Saving…' : 'Save version'}
      </button>
    </form>
  );
}
