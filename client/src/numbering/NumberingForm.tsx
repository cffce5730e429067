/**
 * The document's numbering on the versions page (issue 13, UN practice): what it is now, and for
 * those who publish versions (`version.create`) the three actions — freeze at a saved version
 * (paragraphs keep their numbers, new ones are 4bis, deleted ones "6 [deleted]"), renumber
 * (1 … n again, still frozen; usually when a new version is circulated) and back to live numbers.
 */
import type { Numbering, Version } from '@accord/schema';
import { useId, useState } from 'react';
import { FormattedMessage } from 'react-intl';
import { SelectField } from '../components/Field.js';
import { FormError } from '../components/FormError.js';
import { useSubmit } from '../forms/useSubmit.js';
import { Time } from '../i18n/Time.js';
import { useT } from '../i18n/useT.js';
import { useAsync } from '../useAsync.js';
import { getNumbering, renumber, setNumbering } from './api.js';
import '../styles/numbering.css';

/** One sentence saying how paragraphs are numbered now; the version's and the person's names isolated. */
export function NumberingSentence({ numbering }: { numbering: Numbering }) {
  if (numbering.mode === 'live') return <FormattedMessage id="history.numbering.live" />;
  const values = {
    version: <bdi>{numbering.versionName}</bdi>,
    name: <bdi>{numbering.byPerson?.name}</bdi>,
    when: <Time value={numbering.frozenAt} show="dateTime" />,
  };
  const id = numbering.versionName
    ? numbering.byPerson
      ? 'history.numbering.frozenAtBy'
      : 'history.numbering.frozenAt'
    : numbering.byPerson
      ? 'history.numbering.renumberedBy'
      : 'history.numbering.renumbered';
  return <FormattedMessage id={id} values={values} />;
}

export function NumberingForm({
  documentId,
  versions,
  canChange,
}: {
  documentId: string;
  versions: readonly Version[];
  canChange: boolean;
}) {
  const t = useT();
  const headingId = useId();
  const [changed, setChanged] = useState<Numbering | null>(null);
  const loaded = useAsync((signal) => getNumbering(documentId, signal), [documentId]);
  const numbering = changed ?? (loaded.status === 'done' ? loaded.value : null);
  const [versionId, setVersionId] = useState(versions[0]?.id ?? '');
  const chosen = versions.some((v) => v.id === versionId) ? versionId : (versions[0]?.id ?? '');
  const form = useSubmit(async (action: 'freeze' | 'renumber' | 'live') => {
    const next =
      action === 'freeze'
        ? await setNumbering(documentId, { mode: 'frozen', versionId: chosen })
        : action === 'renumber'
          ? await renumber(documentId)
          : await setNumbering(documentId, { mode: 'live' });
    setChanged(next);
  });

  return (
    <section className="numbering-form" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('history.numbering.title')}</h2>
      <p className="version-hint numbering-state" role="status">
        {numbering ? (
          <NumberingSentence numbering={numbering} />
        ) : loaded.status === 'error' ? (
          loaded.error.message
        ) : (
          t('common.loading')
        )}
      </p>
      {canChange && numbering && (
        <>
          <div className="numbering-actions">
            {versions.length > 0 && (
              <SelectField
                label={t('history.numbering.freezeAt')}
                value={chosen}
                onChange={(e) => setVersionId(e.target.value)}
              >
                {versions.map((v) => (
                  <option key={v.id} value={v.id} dir="auto">
                    {v.name}
                  </option>
                ))}
              </SelectField>
            )}
            {versions.length > 0 && (
              <button
                type="button"
                className="btn btn-primary"
                disabled={form.busy || chosen === ''}
                onClick={() => void form.run('freeze')}
              >
                {t('history.numbering.freeze')}
              </button>
            )}
            <button type="button" className="btn" disabled={form.busy} onClick={() => void form.run('renumber')}>
              {t('history.numbering.renumber')}
            </button>
            {numbering.mode === 'frozen' && (
              <button type="button" className="btn" disabled={form.busy} onClick={() => void form.run('live')}>
                {t('history.numbering.backToLive')}
              </button>
            )}
          </div>
          <FormError problem={form.problem} />
        </>
      )}
    </section>
  );
}
