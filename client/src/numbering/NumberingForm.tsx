/**
 * The document's numbering on the versions page (issue 13, UN practice): what it is now, and for
 * those who publish versions (`version.create`) the three actions — freeze at a saved version
 * (paragraphs keep their numbers, new ones are 4bis, deleted ones "6 [deleted]"), renumber
 * (1 … n again, still frozen; usually when a new version is circulated) and back to live numbers.
 */
import type { Numbering, Version } from '@accord/schema';
import { useState } from 'react';
import { SelectField } from '../components/Field.js';
import { FormError } from '../components/FormError.js';
import { useSubmit } from '../forms/useSubmit.js';
import { dateTime } from '../time.js';
import { useAsync } from '../useAsync.js';
import { getNumbering, renumber, setNumbering } from './api.js';
import '../styles/numbering.css';

/** One sentence saying how paragraphs are numbered now. */
export function numberingSentence(numbering: Numbering): string {
  if (numbering.mode === 'live') return 'Numbering is live: paragraphs are numbered 1, 2, 3 … as they stand.';
  const at = numbering.versionName ? `at “${numbering.versionName}”` : 'at the live document (renumbered)';
  const by = numbering.byPerson ? ` by ${numbering.byPerson.name}` : '';
  return `Numbering is frozen ${at}, ${dateTime(numbering.frozenAt)}${by}: paragraphs keep their numbers, new ones are numbered 4bis, 4ter …, deleted ones stay as “6 [deleted]”.`;
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
    <section className="numbering-form" aria-label="Paragraph numbering">
      <h2>Paragraph numbering</h2>
      <p className="version-hint numbering-state" role="status">
        {numbering ? numberingSentence(numbering) : loaded.status === 'error' ? loaded.error.message : 'Loading…'}
      </p>
      {canChange && numbering && (
        <>
          <div className="numbering-actions">
            {versions.length > 0 && (
              <SelectField label="Freeze at version" value={chosen} onChange={(e) => setVersionId(e.target.value)}>
                {versions.map((v) => (
                  <option key={v.id} value={v.id}>
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
                Freeze numbering
              </button>
            )}
            <button type="button" className="btn" disabled={form.busy} onClick={() => void form.run('renumber')}>
              Renumber 1 … n
            </button>
            {numbering.mode === 'frozen' && (
              <button type="button" className="btn" disabled={form.busy} onClick={() => void form.run('live')}>
                Back to live numbers
              </button>
            )}
          </div>
          <FormError problem={form.problem} />
        </>
      )}
    </section>
  );
}
