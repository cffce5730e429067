/**
 * On the document page: each running silence procedure as a banner — "Silence procedure on
 * <version> until <time>" — with a reason field to break silence (members: `endorsement.object`)
 * and the objections so far; an ended one says whether the version was endorsed and links to
 * its public page. Read again every minute, so the state turns at the deadline (the server's
 * clock decides; the page only asks).
 */
import type { Access, SilenceProcedure } from '@accord/schema';
import { useEffect, useState } from 'react';
import { useIntl } from 'react-intl';
import { can } from '../access.js';
import { TextAreaField } from '../components/Field.js';
import { FormError } from '../components/FormError.js';
import { useSubmit } from '../forms/useSubmit.js';
import { useT } from '../i18n/useT.js';
import { useAsync } from '../useAsync.js';
import { breakSilence, listProcedures } from './api.js';
import { procedureHeadline } from './labels.js';
import { ObjectionList } from './ObjectionList.js';
import { ProcedureHeadline } from './ProcedureHeadline.js';
import './endorsement.css';

const REREAD_MS = 60_000;

function BreakSilence({ procedure, onDone }: { procedure: SilenceProcedure; onDone: () => void }) {
  const t = useT();
  const [reason, setReason] = useState('');
  const form = useSubmit(
    async () => {
      await breakSilence(procedure.id, { reason });
      setReason('');
      onDone();
    },
    { shownFields: ['reason'] },
  );
  return (
    <form onSubmit={form.onSubmit} className="silence-break">
      <TextAreaField
        label={t('compilation.silence.why')}
        dir="auto"
        value={reason}
        onChange={(e) => setReason(e.target.value)}
        error={form.fields.reason}
        rows={2}
        maxLength={5000}
        required
      />
      <FormError problem={form.problem} />
      <button type="submit" className="btn btn-danger" disabled={form.busy || reason.trim() === ''}>
        {form.busy ? t('compilation.silence.sending') : t('compilation.silence.break')}
      </button>
    </form>
  );
}

export function SilenceBanner({ documentId, access }: { documentId: string; access: Access | null }) {
  const intl = useIntl();
  const t = useT();
  const [asked, setAsked] = useState(0);
  useEffect(() => {
    const timer = setInterval(() => setAsked((n) => n + 1), REREAD_MS);
    return () => clearInterval(timer);
  }, []);
  const list = useAsync((signal) => listProcedures(documentId, signal).catch(() => null), [documentId, asked]);
  const procedures = list.status === 'done' && list.value ? list.value.procedures : [];
  // Running ones, and the latest that ended (so "endorsed" is seen once it happens).
  const ended = procedures.filter((p) => p.state !== 'running').at(-1);
  const shown = [...procedures.filter((p) => p.state === 'running'), ...(ended ? [ended] : [])];
  if (shown.length === 0) return null;
  return (
    <div className="silence-banners">
      {shown.map((p) => (
        <section key={p.id} className="silence-banner" data-state={p.state} aria-label={procedureHeadline(intl, p)}>
          <p className="silence-headline">
            <strong>
              <ProcedureHeadline procedure={p} />
            </strong>
            {p.state === 'endorsed' && p.publicPath && (
              <>
                {' '}
                <a href={p.publicPath}>{t('compilation.silence.publicPage')}</a>
              </>
            )}
          </p>
          {p.note && <p dir="auto">{p.note}</p>}
          <ObjectionList procedure={p} />
          {p.state === 'running' && can(access, 'endorsement.object') && (
            <BreakSilence procedure={p} onDone={() => setAsked((n) => n + 1)} />
          )}
        </section>
      ))}
    </div>
  );
}
