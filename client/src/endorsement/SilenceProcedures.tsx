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
import { defaultRoundWindow, describeLocalInput, localInputToUtc, zoneLabel } from '../rounds/datetime.js';
import { viewerZone } from '../time-zones.js';
import { useAsync } from '../useAsync.js';
import { listProcedures, startSilence } from './api.js';
import { procedureHeadline } from './labels.js';
import { ObjectionList } from './ObjectionList.js';
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
  const at = Date.parse(localInputToUtc(deadline, zone) ?? '');
  const hint = [describeLocalInput(deadline, zone), zoneLabel(zone, Number.isNaN(at) ? Date.now() : at)]
    .filter(Boolean)
    .join(' · ');
  const procedures = list.status === 'done' ? list.value.procedures : [];
  if (!can(access, 'endorsement.manage') && procedures.length === 0) return null;

  return (
    <section className="silence-procedures" aria-labelledby="silence-h">
      <h2 id="silence-h">Endorsement by silence procedure</h2>
      {procedures.map((p) => (
        <article key={p.id} className="silence-banner" data-state={p.state}>
          <p className="silence-headline">
            <strong>{procedureHeadline(p)}</strong>
            {p.publicPath && (
              <>
                {' '}
                <a href={p.publicPath}>See its public page</a>
              </>
            )}
          </p>
          <ObjectionList procedure={p} />
        </article>
      ))}
      {can(access, 'endorsement.manage') && versions.length > 0 && (
        <form onSubmit={form.onSubmit} className="silence-start" aria-label="Start a silence procedure">
          <SelectField
            label="Version"
            value={versionId}
            onChange={(e) => setVersionId(e.target.value)}
            error={form.fields.versionId}
          >
            {versions.map((v) => (
              <option key={v.id} value={v.id}>
                {v.name}
              </option>
            ))}
          </SelectField>
          <TextField
            label="Silence until"
            type="datetime-local"
            value={deadline}
            onChange={(e) => setDeadline(e.target.value)}
            hint={hint}
            error={form.fields.deadline}
            required
          />
          <TextAreaField
            label="Note to the members (optional)"
            value={note}
            onChange={(e) => setNote(e.target.value)}
            rows={2}
          />
          <FormError problem={form.problem} />
          <button type="submit" className="btn btn-primary" disabled={form.busy}>
            {form.busy ? 'Starting…' : 'Start the silence procedure'}
          </button>
        </form>
      )}
    </section>
  );
}
