/**
 * A consultation round's public page: anyone, signed in or not, reads the frozen version; a
 * registered participant agrees, disagrees and comments while the round is open (by the
 * server's clock). Registering mails a confirmation link; opening it (often on a phone, in
 * another browser) lands here with `?confirm=` and signs that browser in. Until then the page
 * says that comments are held and agree/disagree not counted. Built for a phone first.
 */
import type { PublicParticipant } from '@accord/schema';
import { useEffect, useMemo, useRef, useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { FormError } from '../components/FormError.js';
import { Loading, Problem } from '../components/Message.js';
import { confirmationNotice } from '../consult/confirmation.js';
import { ConsultText } from '../consult/ConsultText.js';
import { RegistrationForm } from '../consult/RegistrationForm.js';
import { OutcomeProvider, outcomeView } from '../consult/outcome.js';
import { refusalMessage } from '../consult/refusal.js';
import { RevisionNotice } from '../consult/RevisionNotice.js';
import { ConsultBar, RoundHeader } from '../consult/RoundHeader.js';
import { roundStatus } from '../consult/state.js';
import { useConfirmation } from '../consult/useConfirmation.js';
import { useRound } from '../consult/useRound.js';
import { useT } from '../i18n/useT.js';
import {
  chosenLanguage,
  rememberLanguage,
  RoundLanguageChoice,
  RoundLanguageProvider,
} from '../languages/RoundLanguageChoice.js';
import '../styles/consult.css';

export function ConsultPage({ roundId }: { roundId: string }) {
  const t = useT();
  const { locale } = useIntl();
  // The language of the text, when the round offers several (issue 15): in the address, so a link keeps it.
  const [language, setLanguage] = useState(() => chosenLanguage(roundId));
  const { state, reload, setParticipant, refreshComments, react } = useRound(roundId, language);
  const confirmation = useConfirmation(roundId, reload);
  // The form goes away once registered: the focus moves to what replaced it rather than the page's top.
  const [welcomed, setWelcomed] = useState(false);
  const me = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (welcomed) me.current?.focus();
  }, [welcomed]);
  const loadedOutcome = state.status === 'done' ? state.round.outcome : null;
  const outcome = useMemo(() => (loadedOutcome ? outcomeView(loadedOutcome) : null), [loadedOutcome]);
  const registered = (participant: PublicParticipant) => {
    setParticipant(participant);
    setWelcomed(true);
  };

  if (state.status === 'loading') {
    return (
      <main className="consult-page">
        <ConsultBar />
        <Loading />
      </main>
    );
  }
  if (state.status === 'error') {
    return (
      <main className="consult-page">
        <ConsultBar />
        <Problem title={t('rounds.consult.cannotShow')}>{refusalMessage(state.error, t)}</Problem>
        <p>
          <button type="button" className="btn consult-tap" onClick={reload}>
            {t('common.tryAgain')}
          </button>
        </p>
      </main>
    );
  }

  const { page, comments, participant, counts } = state.round;
  const status = roundStatus(page.round, page.serverTime, t, { locale });
  const taking = status.acceptsInput && participant !== null;
  const notice = participant ? confirmationNotice(participant, confirmation.status === 'confirmed', t) : null;

  return (
    <main className="consult-page">
      <OutcomeProvider value={outcome}>
        <RoundHeader round={page.round} version={page.version} status={status} />
        {page.revision && <RevisionNotice roundId={roundId} revision={page.revision} />}
        {confirmation.status === 'confirming' && (
          <p className="consult-notice" role="status">
            {t('rounds.confirm.confirming')}
          </p>
        )}
        <FormError
          problem={
            confirmation.status === 'failed' ? t('rounds.confirm.failed', { reason: confirmation.message }) : null
          }
        />
        {status.acceptsInput && !participant && <RegistrationForm round={page.round} onRegistered={registered} />}
        {participant && (
          <p className="consult-me" role="status" ref={me} tabIndex={-1}>
            <FormattedMessage
              id={participant.showOnly === 'group-only' ? 'rounds.consult.youGroupOnly' : 'rounds.consult.you'}
              values={{ name: <bdi key="name">{participant.name}</bdi>, closed: status.acceptsInput ? 'no' : 'yes' }}
            />
          </p>
        )}
        {notice && (
          <p className="consult-notice" role="status">
            {notice}
          </p>
        )}
        <RoundLanguageChoice
          languages={page.languages ?? []}
          language={page.language}
          onChoose={(next) => {
            rememberLanguage(roundId, next);
            setLanguage(next);
          }}
        />
        <RoundLanguageProvider value={page.language}>
          <ConsultText
            roundId={roundId}
            paragraphs={page.paragraphs}
            comments={comments}
            counts={counts}
            showCounts={page.round.state !== 'scheduled'}
            mine={taking ? participant.reactions : null}
            onReact={react}
            onPublished={refreshComments}
          />
        </RoundLanguageProvider>
      </OutcomeProvider>
    </main>
  );
}
