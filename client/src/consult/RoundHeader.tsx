/**
 * The top of a round's public page: the language switcher (the public chooses too, remembered in
 * this browser), its title, where it stands by the server's clock, and its introduction.
 */
import type { PublicRoundPage, Round } from '@accord/schema';
import { FormattedMessage, useIntl } from 'react-intl';
import { LanguageSwitcher } from '../i18n/LanguageSwitcher.js';
import { useT } from '../i18n/useT.js';
import { formatDate, type Zone } from '../time-zones.js';
import type { RoundStatus } from './state.js';

/** The kicker line with the language switcher; alone on the page while the round cannot be shown. */
export function ConsultBar() {
  const t = useT();
  return (
    <div className="consult-bar">
      <p className="consult-kicker">{t('rounds.consult.kicker')}</p>
      <LanguageSwitcher />
    </div>
  );
}

export function RoundHeader({
  round,
  version,
  status,
  zone,
}: {
  round: Round;
  version: PublicRoundPage['version'];
  status: RoundStatus;
  /** The zone dates are shown in; the viewer's by default. The language is always the page's. */
  zone?: Pick<Zone, 'timeZone'>;
}) {
  const { locale } = useIntl();
  return (
    <header className="consult-header">
      <ConsultBar />
      <h1 className="consult-title">
        <bdi>{round.title}</bdi>
      </h1>
      <p className="consult-version">
        <FormattedMessage
          id="rounds.consult.version"
          values={{
            title: (
              <cite key="title">
                <bdi>{version.title}</bdi>
              </cite>
            ),
            name: <bdi key="name">{version.name}</bdi>,
            date: formatDate(version.createdAt, { ...zone, locale }),
          }}
        />
      </p>
      <p className={`consult-state consult-state-${status.state}`} data-state={status.state}>
        {status.message}
      </p>
      {round.introduction && (
        <div className="consult-intro" dir="auto">
          {round.introduction}
        </div>
      )}
    </header>
  );
}
