/**
 * A consultation round's public page: anyone, signed in or not, reads the frozen version; a
 * registered participant agrees, disagrees and comments while the round is open (by the
 * server's clock). Registering mails a confirmation link; opening it (often on a phone, in
 * another browser) lands here with `?confirm=` and signs that browser in. Until then the page
 * says that comments are held and agree/disagree not counted. Built for a phone first.
 */
import type { PublicParticipant } from '@accord/schema';
import { useEffect, useMemo, useRef, useState } from 'react';
import { FormError } from '../components/FormError.js';
import { Loading, Problem } from '../components/Message.js';
import { confirmationNotice } from '../consult/confirmation.js';
import { ConsultText } from '../consult/ConsultText.js';
import { RegistrationForm } from '../consult/RegistrationForm.js';
import { OutcomeProvider, outcomeView } from '../consult/outcome.js';
import { refusalMessage } from '../consult/refusal.js';
import { RevisionNotice } from '../consult/RevisionNotice.js';
import { RoundHeader } from '../consult/RoundHeader.js';
import { roundStatus } from '../consult/state.js';
import { useConfirmation } from '../consult/useConfirmation.js';
import { useRound } from '../consult/useRound.js';
import '../styles/consult.css';

export function ConsultPage({ roundId }: { roundId: string }) {
  const { state, reload, setParticipant, refreshComments, react } = useRound(roundId);
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
        <Loading />
      </main>
    );
  }
  if (state.status === 'error') {
    return (
      <main className="consult-page">
        <Problem title="This consultation cannot be shown">{refusalMessage(state.error)}</Problem>
        <p>
          <button type="button" className="btn consult-tap" onClick={reload}>
            Try again
          </button>
        </p>
      </main>
    );
  }

  const { page, comments, participant, counts } = state.round;
  const status = roundStatus(page.round, page.serverTime);
  const taking = status.acceptsInput && participant !== null;
  const notice = participant ? confirmationNotice(participant, confirmation.status === 'confirmed') : null;

  return (
    <main className="consult-page">
      <OutcomeProvider value={outcome}>
        <RoundHeader round={page.round} version={page.version} status={status} />
        {page.revision && <RevisionNotice roundId={roundId} revision={page.revision} />}
        {confirmation.status === 'confirming' && (
          <p className="consult-notice" role="status">
            Confirming your email…
          </p>
        )}
        <FormError
          problem={
            confirmation.status === 'failed' ? `Your email could not be confirmed: ${confirmation.message}` : null
          }
        />
        {status.acceptsInput && !participant && <RegistrationForm round={page.round} onRegistered={registered} />}
        {participant && (
          <p className="consult-me" role="status" ref={me} tabIndex={-1}>
            You are taking part as{' '}
            {participant.showOnly === 'group-only'
              ? `${participant.name} (your comments show only your stakeholder group)`
              : participant.name}
            .{!status.acceptsInput && ' The consultation no longer takes comments.'}
          </p>
        )}
        {notice && (
          <p className="consult-notice" role="status">
            {notice}
          </p>
        )}
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
      </OutcomeProvider>
    </main>
  );
}
