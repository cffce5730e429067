/**
 * The top of a call's public page: the language switcher (the public chooses too, remembered in
 * this browser), its title, where it stands, its deadline in the viewer's zone, its pillars.
 */
import type { Call } from '@accord/schema';
import { type IntlShape, useIntl } from 'react-intl';
import { LanguageSwitcher } from '../i18n/LanguageSwitcher.js';
import { useT } from '../i18n/useT.js';
import { withUtc } from './when.js';

/** Where the call stands, as one sentence of the page's language with its time in the viewer's zone (`timeZone` fixes it). */
export function callStatus(
  intl: IntlShape,
  call: Pick<Call, 'state' | 'opensAt' | 'closesAt'>,
  timeZone?: string,
): string {
  switch (call.state) {
    case 'scheduled':
      return intl.formatMessage({ id: 'compilation.call.scheduled' }, { when: withUtc(intl, call.opensAt, timeZone) });
    case 'open':
      return intl.formatMessage({ id: 'compilation.call.open' }, { when: withUtc(intl, call.closesAt, timeZone) });
    case 'closed':
      return intl.formatMessage({ id: 'compilation.call.closed' }, { when: withUtc(intl, call.closesAt, timeZone) });
  }
}

/** The kicker line with the language switcher; alone on the page while the call cannot be shown. */
export function CallBar() {
  const t = useT();
  return (
    <div className="contribute-bar">
      <p className="consult-kicker">{t('compilation.call.kicker')}</p>
      <LanguageSwitcher />
    </div>
  );
}

export function CallHeader({ call, timeZone }: { call: Call; timeZone?: string }) {
  const intl = useIntl();
  const t = useT();
  return (
    <header className="consult-header">
      <CallBar />
      <h1 className="consult-title">
        <bdi>{call.title}</bdi>
      </h1>
      <p className={`consult-state consult-state-${call.state}`} data-state={call.state}>
        {callStatus(intl, call, timeZone)}
      </p>
      {call.introduction && (
        <div className="consult-intro" dir="auto">
          {call.introduction}
        </div>
      )}
      <h2 className="consult-section-title">{t('compilation.call.pillars')}</h2>
      <ol className="contribute-pillars">
        {call.pillars.map((p) => (
          <li key={p.id}>
            <strong>
              <bdi>{p.title}</bdi>
            </strong>
            {p.question && (
              <p className="contribute-question" dir="auto">
                {p.question}
              </p>
            )}
          </li>
        ))}
      </ol>
    </header>
  );
}
