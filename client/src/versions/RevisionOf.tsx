/** On a revised version's page: the consultation it answers and its comment-response report, which is public. */
import type { ReportFormat, Version } from '@accord/schema';
import { Fragment } from 'react';
import { FormattedMessage } from 'react-intl';
import { useT } from '../i18n/useT.js';
import { Link, paths } from '../router.js';
import { REPORT_FORMATS } from '../rounds/labels.js';

// The web page first, as on the round's public page.
const ORDER: readonly ReportFormat[] = ['html', 'markdown', 'docx', 'csv'];

export function RevisionOf({ round }: { round: NonNullable<Version['answersRound']> }) {
  const t = useT();
  const report = (format: ReportFormat) =>
    `/api/public/rounds/${encodeURIComponent(round.roundId)}/report?format=${format}`;
  const links = ORDER.map((format, i) => (
    <Fragment key={format}>
      {i > 0 && ' · '}
      <a href={report(format)} download={format !== 'html' ? '' : undefined}>
        {t(REPORT_FORMATS.find((f) => f.format === format)!.label)}
      </a>
    </Fragment>
  ));
  return (
    <p className="version-note version-revision">
      <FormattedMessage
        id="versions.revisionOf"
        values={{
          title: (
            <Link key="title" href={paths.consult(round.roundId)}>
              <bdi>{round.title}</bdi>
            </Link>
          ),
          links: <Fragment key="links">{links}</Fragment>,
        }}
      />
    </p>
  );
}
