/** Saving the live document as a named version: name (required) and an optional note. */
import { useState, type FormEvent } from 'react';
import type { Version } from '@accord/schema';
import { TextField } from '../components/Field.js';
import { describeError } from '../errors.js';
import { saveVersion } from './api.js';

export function SaveVersionForm({ documentId, onSaved }: { documentId: string; onSaved: (version: Version) => void }) {
  const [name, setName] = useState('');
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const version = await saveVersion(documentId, { name, ...(note.trim() ? { note } : {}) });
      setName('');
      setNote('');
      onSaved(version);
    } catch (e) {
      setError(describeError(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="version-save" onSubmit={submit} aria-label="Save a version">
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
      />
      <TextField label="Note (optional)" value={note} onChange={(e) => setNote(e.target.value)} maxLength={2000} />
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
      <button type="submit" className="primary" disabled={busy || name.trim() === ''}>
        {busy ? 'Saving…' : 'Save version'}
      </button>
    </form>
  );
}
