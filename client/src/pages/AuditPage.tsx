/**
 * The workspace's audit log for the secretariat ('audit.read'): who did what, when, newest
 * first. The API pages forward by sequence number, so the page reads every page once and
 * "Check for new entries" asks only for what came after the newest one shown.
 */
import type { AuditList } from '@accord/schema';
import { useEffect, useState } from 'react';
import { FormattedMessage } from 'react-intl';
import { can } from '../access.js';
import { getWorkspace, listAudit, listPeople } from '../api.js';
import { AppHeader } from '../components/AppHeader.js';
import { FormError } from '../components/FormError.js';
import { Loading, Problem } from '../components/Message.js';
import { describeError } from '../errors.js';
import { useSubmit } from '../forms/useSubmit.js';
import { Time } from '../i18n/Time.js';
import { useT } from '../i18n/useT.js';
import { actionLabel, actorLabel, detailText, targetLabel, type AuditRow } from '../people/audit-format.js';
import { paths } from '../router.js';
import { useAsync } from '../useAsync.js';
import { WorkspaceTabs } from '../workspace/WorkspaceTabs.js';

const PAGE = 1000;

/** Every entry after `after`, page by page, oldest first. */
async function readAll(workspaceId: string, after: number, signal?: AbortSignal): Promise<AuditRow[]> {
  const all: AuditRow[] = [];
  for (let seq = after; ; ) {
    const { entries }: AuditList = await listAudit(workspaceId, seq, PAGE, signal);
    all.push(...entries);
    if (entries.length < PAGE) return all;
    seq = entries[entries.length - 1]!.seq;
  }
}

export function AuditPage({ workspaceId }: { workspaceId: string }) {
  const t = useT();
  const state = useAsync(
    async (signal) => {
      const workspace = await getWorkspace(workspaceId, signal);
      const [entries, people] = await Promise.all([
        readAll(workspaceId, 0, signal),
        can(workspace.access, 'people.read')
          ? listPeople(workspaceId, signal).then((l) => l.people)
          : Promise.resolve([]),
      ]);
      return { workspace, entries, names: new Map(people.map((p) => [p.person.id, p.person.name])) };
    },
    [workspaceId],
  );
  const [newer, setNewer] = useState<AuditRow[]>([]);

  const workspace = state.status === 'done' ? state.value.workspace : null;
  const name = workspace?.name ?? workspaceId;
  useEffect(() => {
    document.title = t('shell.audit.documentTitle', { workspace: name });
  }, [name, t]);

  const entries = state.status === 'done' ? [...state.value.entries, ...newer].reverse() : [];
  const check = useSubmit(async () => {
    const more = await readAll(workspaceId, entries[0]?.seq ?? 0);
    setNewer((list) => [...list, ...more]);
  });

  return (
    <>
      <AppHeader
        crumbs={[{ label: name, href: paths.workspace(workspaceId) }, { label: t('shell.tabs.audit') }]}
        workspaceId={workspaceId}
        role={workspace?.access.role}
      />
      <main className="page page-wide">
        <h1 className="page-title">
          <bdi>{name}</bdi>
        </h1>
        {workspace && <WorkspaceTabs workspaceId={workspaceId} access={workspace.access} current="audit" />}
        {state.status === 'loading' && <Loading />}
        {state.status === 'error' && (
          <Problem title={t('shell.audit.loadFailed')}>{describeError(state.error)}</Problem>
        )}
        {state.status === 'done' && (
          <>
            <div className="table-tools">
              <p className="muted">{t('shell.audit.summary', { count: entries.length })}</p>
              <button type="button" className="btn btn-small" onClick={() => void check.run()} disabled={check.busy}>
                {check.busy ? t('shell.audit.checking') : t('shell.audit.check')}
              </button>
            </div>
            <FormError problem={check.problem} />
            <div className="table-scroll">
              <table className="data-table audit-table">
                <caption className="visually-hidden">
                  <FormattedMessage id="shell.audit.caption" values={{ workspace: <bdi>{name}</bdi> }} />
                </caption>
                <thead>
                  <tr>
                    <th scope="col">{t('shell.audit.col.when')}</th>
                    <th scope="col">{t('shell.audit.col.who')}</th>
                    <th scope="col">{t('shell.audit.col.action')}</th>
                    <th scope="col">{t('shell.audit.col.target')}</th>
                    <th scope="col">{t('shell.audit.col.detail')}</th>
                  </tr>
                </thead>
                <tbody>
                  {entries.map((e) => (
                    <tr key={e.seq} data-seq={e.seq} data-action={e.action}>
                      <td className="nowrap">
                        <Time value={e.at} />
                      </td>
                      <td>
                        <bdi>{actorLabel(e)}</bdi>
                      </td>
                      <td title={e.action}>{actionLabel(e.action)}</td>
                      <td>
                        <bdi>{targetLabel(e.target, state.value.names)}</bdi>
                      </td>
                      <td className="detail-cell" dir="auto">
                        {detailText(e.detail)}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </>
        )}
      </main>
    </>
  );
}
