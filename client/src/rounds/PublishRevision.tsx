/**
 * Publishing the revised version once every comment has a disposition (coordinators, round
 * closed). The server refuses while comments remain; its message is shown as it wrote it.
 */
import { useState } from 'react';
import { FormattedMessage } from 'react-intl';
import type { RoundRevision } from '@accord/schema';
import { TextField } from '../components/Field.js';
import { FormError } from '../components/FormError.js';
import { useSubmit } from '../forms/useSubmit.js';
import { useFormat } from '../i18n/format.js';
import { useT } from '../i18n/useT.js';
import { Link, paths } from '../router.js';
import { versionPaths } from '../versions/paths.js';
import { publishRevision } from './api.js';
import { remainingText } from './labels.js';

export function RevisionPublished({ revision, roundId }: { revision: RoundRevision; roundId: string }) {
  const t = useT();
  const format = useFormat();
  return (
    <div className="round-published" role="status">
      <p>
        <FormattedMessage
          id="rounds.revision.published"
          values={{ name: <bdi key="name">{revision.name}</bdi>, date: format.date(revision.publishedAt) }}
        />{' '}
        <Link href={versionPaths.version(revision.documentId, revision.versionId)}>{t('rounds.revision.open')}</Link>
      </p>
      <p>
        <FormattedMessage
          id="rounds.revision.reportPublic"
          values={{
            link: (text) => (
              <a key="link" href={paths.consult(roundId)}>
                {text}
              </a>
            ),
          }}
        />
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
  const t = useT();
  const [name, setName] = useState(() => t('rounds.revision.defaultName'));
  const [note, setNote] = useState('');
  const remaining = remainingText(progress, t);
  const form = useSubmit(
    async () => {
      const { revision } = await publishRevision(roundId, { name, ...(note.trim() ? { note } : {}) });
      onPublished(revision);
    },
    { shownFields: ['name', 'note'] },
  );

  return (
    <form className="round-form" onSubmit={form.onSubmit} aria-labelledby="round-revision">
      <h2 id="round-revision">{t('rounds.revision.title')}</h2>
      <p className="round-meta">{t('rounds.revision.what')}</p>
      <TextField
        label={t('rounds.revision.name')}
        dir="auto"
        value={name}
        onChange={(e) => setName(e.target.value)}
        required
        maxLength={200}
        error={form.fields.name}
      />
      <TextField
        label={t('rounds.revision.note')}
        dir="auto"
        value={note}
        onChange={(e) => setNote(e.target.value)}
        maxLength={2000}
        error={form.fields.note}
      />
      {remaining && <p className="round-meta">{remaining}</p>}
      <FormError problem={form.problem} />
      <button type="submit" className="btn btn-primary" disabled={form.busy || remaining !== '' || name.trim() === ''}>
        {form.busy ? t('rounds.revision.publishing') : t('rounds.revision.submit')}
      </button>
    </form>
  );
}
