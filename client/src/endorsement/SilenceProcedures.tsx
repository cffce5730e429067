/**
 * On the versions page: putting a saved version to the workspace by silence procedure
 * (`endorsement.manage`) with a deadline typed in the viewer's zone, and every procedure with
 * its state, objections and — once endorsed — the version's public page.
 */
import type { Access, Version } from '@accord/schema';
import { useState } from 'react';
import { can } from '../access.js';
import { SelectField, TextAreaField, TextField } from '../components/Field.js';
import { FormError } from '../components/FormError.js';
import { useSubmit } from '../forms/useSubmit.js';
import { useT } from '../i18n/useT.js';
import { defaultRoundWindow, localInputToUtc } from '../rounds/datetime.js';
import { TimeInputHint } from '../rounds/TimeInputHint.js';
import { viewerZone } from '../time-zones.js';
import { useAsync } from '../useAsync.js';
import { listProcedures, startSilence } from './api.js';
import { ObjectionList } from './ObjectionList.js';
import { ProcedureHeadline } from './ProcedureHeadline.js';
import './endorsement.css';

export function SilenceProcedures({
  documentId,
  access,
  versions,
}: {
  documentId: string;
  access: Access | null;
  versions: readonly Version[];
}) {
  const t = useT();
  const zone = viewerZone();
  const [asked, setAsked] = useState(0);
  const list = useAsync((signal) => listProcedures(documentId, signal), [documentId, asked]);
  const [versionId, setVersionId] = useState(versions[0]?.id ?? '');
  const [initial] = useState(() => defaultRoundWindow(Date.now(), zone));
  const [deadline, setDeadline] = useState(initial.closes);
  const [note, setNote] = useState('');
  const form = useSubmit(
    async () => {
      await startSilence(documentId, {
        versionId: versionId || (versions[0]?.id ?? ''),
        deadline: localInputToUtc(deadline, zone) ?? deadline,
        ...(note.trim() ? { note } : {}),
      });
      setNote('');
      setAsked((n) => n + 1);
    },
    { shownFields: ['versionId', 'deadline', 'note'] },
  );
  const procedures = list.status === 'done' ? list.value.procedures : [];
  if (!can(access, 'endorsement.manage') && procedures.length === 0) return null;

  return (
    <section className="silence-procedures" aria-labelledby="silence-h">
      <h2 id="silence-h">{t('compilation.silence.heading')}</h2>
      {procedures.map((p) => (
        <article key={p.id} className="silence-banner" data-state={p.state}>
          <p className="silence-headline">
            <strong>
              <ProcedureHeadline procedure={p} />
            </strong>
            {p.publicPath && (
              <>
                {' '}
                <a href={p.publicPath}>{t('compilation.silence.publicPage')}</a>
              </>
            )}
          </p>
          <ObjectionList procedure={p} />
        </article>
      ))}
      {can(access, 'endorsement.manage') && versions.length > 0 && (
        <form onSubmit={form.onSubmit} className="silence-start" aria-label={t('compilation.silence.start')}>
          <SelectField
            label={t('compilation.silence.version')}
            value={versionId}
            onChange={(e) => setVersionId(e.target.value)}
            error={form.fields.versionId}
          >
            {versions.map((v) => (
              <option key={v.id} value={v.id} dir="auto">
                {v.name}
              </option>
            ))}
          </SelectField>
          <TextField
            label={t('compilation.silence.until')}
            type="datetime-local"
            value={deadline}
            onChange={(e) => setDeadline(e.target.value)}
            hint={<TimeInputHint value={deadline} timeZone={zone} />}
            error={form.fields.deadline}
            required
          />
          <TextAreaField
            label={t('compilation.silence.note')}
            dir="auto"
            value={note}
            onChange={(e) => setNote(e.target.value)}
            rows={2}
          />
          <FormError problem={form.problem} />
          <button type="submit" className="btn btn-primary" disabled={form.busy}>
            {form.busy ? t('compilation.silence.starting') : t('compilation.silence.startButton')}
          </button>
        </form>
      )}
    </section>
  );
}
