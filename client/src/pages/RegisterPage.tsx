/**
 * The register of differences as a page: every contested or bracketed paragraph (and agreed
 * ones changed since) in document order, from `GET …/register?format=json`, refetched on every
 * event of the consensus live channel; with downloads in Markdown, HTML and DOCX.
 */
import { getRegister, registerUrl } from '../consensus/api.js';
import { RegisterEntry } from '../consensus/RegisterEntry.js';
import { useDocumentHeader } from '../consensus/useDocumentHeader.js';
import { useLiveView } from '../consensus/useLiveView.js';
import { AppHeader } from '../components/AppHeader.js';
import { Loading, Problem } from '../components/Message.js';
import { Link, paths } from '../router.js';
import { dateTime } from '../time.js';
import '../styles/consensus.css';
import '../styles/dashboard.css';

export function RegisterPage({ documentId }: { documentId: string }) {
  const header = useDocumentHeader(documentId, 'Register of differences');
  const live = useLiveView(documentId, getRegister);
  const data = live.value;
  const groupName = (id: string) => data?.stakeholderGroups[id] ?? id;

  return (
    <>
      <AppHeader crumbs={header.crumbs} workspaceId={header.workspaceId} />
      <main className="page register-page" aria-busy={!data}>
        <p className="dash-links">
          <Link href={paths.document(documentId)}>Open the document</Link>
          <Link href={paths.dashboard(documentId)}>Dashboard</Link>
          <span className="register-downloads">
            Download:{' '}
            <a href={registerUrl(documentId, 'markdown')} download>
              Markdown
            </a>{' '}
            ·{' '}
            <a href={registerUrl(documentId, 'html')} download>
              HTML
            </a>{' '}
            ·{' '}
            <a href={registerUrl(documentId, 'docx')} download>
              Word (DOCX)
            </a>
          </span>
          <span className="dash-live register-live" data-status={live.status}>
            {live.status === 'live' ? 'Live' : live.status === 'refused' ? 'Not available' : 'Connecting…'}
          </span>
        </p>
        {header.error || live.problem ? (
          <Problem title="The register cannot be shown">{live.problem ?? header.error?.message}</Problem>
        ) : !data ? (
          <Loading />
        ) : (
          <div className="register-paper">
            <h1>Register of differences</h1>
            <p className="register-sub">
              {data.title} — as of {dateTime(data.generatedAt)}
            </p>
            <p>
              This register lists, in document order, every paragraph that is contested or holds bracketed text, and
              every agreed paragraph whose text changed since it was agreed: its text with brackets, the alternatives
              proposed and by whom, and where each stakeholder group stands.
            </p>
            {data.entries.length === 0 ? (
              <p className="register-empty">
                There are no differences to record: no paragraph is contested or bracketed.
              </p>
            ) : (
              data.entries.map((entry) => <RegisterEntry key={entry.blockId} entry={entry} groupName={groupName} />)
            )}
          </div>
        )}
      </main>
    </>
  );
}
