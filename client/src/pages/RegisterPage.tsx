/**
 * The register of differences as a page: every contested or bracketed paragraph (and agreed
 * ones changed since) in document order, from `GET …/register?format=json`, refetched on every
 * event of the consensus live channel; with downloads in Markdown, HTML and DOCX.
 */
import { getRegister, registerUrl } from '../consensus/api.js';
import { RegisterEntry } from '../consensus/RegisterEntry.js';
import { useDocumentHeader } from '../consensus/useDocumentHeader.js';
import { useLiveView } from '../consensus/useLiveView.js';
import { useMemo } from 'react';
import { FormattedMessage } from 'react-intl';
import { groupLabel } from '../people/groups.js';
import { AppHeader } from '../components/AppHeader.js';
import { LiveStatus } from '../components/LiveStatus.js';
import { Loading, Problem } from '../components/Message.js';
import { Time } from '../i18n/Time.js';
import { useT } from '../i18n/useT.js';
import { Link, paths } from '../router.js';
import '../styles/consensus.css';
import '../styles/dashboard.css';

export function RegisterPage({ documentId }: { documentId: string }) {
  const t = useT();
  const header = useDocumentHeader(documentId, t('shell.docLinks.register'));
  const live = useLiveView(documentId, getRegister);
  const data = live.value;
  const groupNames = useMemo(() => new Map(Object.entries(data?.stakeholderGroups ?? {})), [data]);
  const groupName = (id: string) => groupLabel(t, id, groupNames);

  return (
    <>
      <AppHeader crumbs={header.crumbs} workspaceId={header.workspaceId} />
      <main className="page register-page" aria-busy={!data}>
        <p className="dash-links">
          <Link href={paths.document(documentId)}>{t('shell.docLinks.open')}</Link>
          <Link href={paths.dashboard(documentId)}>{t('shell.docLinks.dashboard')}</Link>
          <span className="register-downloads">
            {t('shell.register.download')}{' '}
            <a href={registerUrl(documentId, 'markdown')} download>
              Markdown
            </a>{' '}
            ·{' '}
            <a href={registerUrl(documentId, 'html')} download>
              HTML
            </a>{' '}
            ·{' '}
            <a href={registerUrl(documentId, 'docx')} download>
              {t('shell.register.docx')}
            </a>
          </span>
          <LiveStatus status={live.status} className="register-live" />
        </p>
        {header.error || live.problem ? (
          <Problem title={t('shell.register.unavailable')}>{live.problem ?? header.error?.message}</Problem>
        ) : !data ? (
          <Loading />
        ) : (
          <div className="register-paper">
            <h1>{t('shell.docLinks.register')}</h1>
            <p className="register-sub">
              <FormattedMessage
                id="shell.register.asOf"
                values={{ title: <bdi>{data.title}</bdi>, when: <Time value={data.generatedAt} show="dateTime" /> }}
              />
            </p>
            <p>{t('shell.register.intro')}</p>
            {data.entries.length === 0 ? (
              <p className="register-empty">{t('shell.register.empty')}</p>
            ) : (
              data.entries.map((entry) => <RegisterEntry key={entry.blockId} entry={entry} groupName={groupName} />)
            )}
          </div>
        )}
      </main>
    </>
  );
}
