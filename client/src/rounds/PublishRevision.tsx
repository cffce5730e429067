/**
 * Publishing the revised version once every comment has a disposition (coordinators, round
 * closed). The server refuses while comments remain; its message is shown as it wrote it.
 */
import { useState } from 'react';
import type { RoundRevision } from '@accord/schema';
import { TextField } from '../components/Field.js';
import { FormError } from '../components/FormError.js';
import { useSubmit } from '../forms/useSubmit.js';
import { formatDate } from '../time-zones.js';
import { Link, paths } from '../router.js';
import { versionPaths } from '../versions/paths.js';
import { publishRevision } from './api.js';
import { remainingText } from './labels.js';

export function RevisionPublished({ revision, roundId }: { revision: RoundRevision; roundId: string }) {
  return (
    <div className="round-published" role="status">
      <p>
        Revised version “{revision.name}” published on {formatDate(revision.publishedAt)}.{' '}
        <Link href={versionPaths.version(revision.documentId, revision.versionId)}>Open the revised version</Link>
      </p>
      <p>
        The report is now public on the round's <a href={paths.consult(roundId)}>public page</a>.
      </p>
    </div>
  );
}

export function PublishRevision({
  roundId,
  progress,
  onPublished,
}: {
  roundId: string;
  progress: { processed: number; total: number };
  onPublished: (revision: RoundRevision) => void;
}) {
  const [name, setName] = useState('Revised version');
  const [note, setNote] = useState('');
  const remaining = remainingText(progress);
  const form = useSubmit(
    async () => {
      const { revision } = await publishRevision(roundId, { name, ...(note.trim() ? { note } : {}) });
      onPublished(revision);
    },
    { shownFields: ['name', 'note'] },
  );

  return (
    <form className="round-form" onSubmit={form.onSubmit} aria-labelledby="round-revision">
      <h2 id="round-revision">Publish the revised version</h2>
      <p className="round-meta">
        Saves the live document as a version, links the report to it and makes the report public.
      </p>
      <TextField
        label="Name"
        value={name}
        onChange={(e) => setName(e.target.value)}
        required
        maxLength={200}
        error={form.fields.name}
      />
      <TextField
        label="Note (optional)"
        value={note}
        onChange={(e) => setNote(e.target.value)}
        maxLength={2000}
        error={form.fields.note}
      />
      {remaining && <p className="round-meta">{remaining}.</p>}
      <FormError problem={form.problem} />
      <button type="submit" className="btn btn-primary" disabled={form.busy || remaining !== '' || name.trim() === ''}>
        {form.busy ? 'Publishing…' : 'Publish the revised version'}
      </button>
    </form>
  );
}
