/**
 * Opens the mailed confirmation link on this page: when the address carries `?confirm=`, the
 * code is removed from the address and POSTed once; on success the browser holds the
 * participant cookie and the page reloads the round (counts and comments now include theirs).
 */
import { useEffect, useRef, useState } from 'react';
import { confirmParticipant } from './api.js';
import { confirmationCode, withoutConfirmation } from './confirmation.js';
import { refusalMessage } from './refusal.js';

export type ConfirmationState =
  | { status: 'none' }
  | { status: 'confirming' }
  | { status: 'confirmed' }
  | { status: 'failed'; message: string };

export function useConfirmation(roundId: string, onConfirmed: () => void): ConfirmationState {
  const [code] = useState(() => confirmationCode(window.location.href));
  const [state, setState] = useState<ConfirmationState>(code ? { status: 'confirming' } : { status: 'none' });
  // A code works once: never POST it twice, even when effects run twice (React's strict mode).
  const sent = useRef(false);

  useEffect(() => {
    if (!code || sent.current) return;
    sent.current = true;
    window.history.replaceState(window.history.state, '', withoutConfirmation(window.location.href));
    confirmParticipant(roundId, code).then(
      () => {
        setState({ status: 'confirmed' });
        onConfirmed();
      },
      (error: unknown) => setState({ status: 'failed', message: refusalMessage(error) }),
    );
  }, [code, roundId, onConfirmed]);

  return state;
}
