/**
 * One way for every form to send: a busy flag, the failure as one sentence, the server's field
 * problems by field, and a guard so a second click while sending does not send twice.
 */
import { useCallback, useRef, useState, type FormEvent } from 'react';
import { describeError, fieldErrors } from '../errors.js';

/** How a form wants its failures worded. */
export interface SubmitOptions {
  /** Words for a failure when {@link describeError}'s are not the right ones (the consultation's refusals). */
  describe?: (error: unknown) => string;
  /**
   * Fields the form shows beside their inputs. A failure only about these needs no sentence of its
   * own: the fields already say it. Without this list every failure gets its sentence.
   */
  shownFields?: readonly string[];
}

/** What a form shows after a failure: one sentence (or none) and the problems field by field. */
export interface Outcome {
  problem: string | null;
  fields: Readonly<Record<string, string>>;
}

const NOTHING: Outcome = { problem: null, fields: {} };

/** The {@link Outcome} of a failed call (`null` / `undefined`: nothing failed). */
export function outcomeOf(error: unknown, options: SubmitOptions = {}): Outcome {
  if (error === null || error === undefined) return NOTHING;
  const fields = fieldErrors(error);
  const named = Object.keys(fields);
  const shown = options.shownFields;
  // Only when every problem has a place on the form may the sentence go; otherwise one would be lost.
  const covered = shown !== undefined && named.length > 0 && named.every((f) => shown.includes(f));
  return { problem: covered ? null : (options.describe ?? describeError)(error), fields };
}

/** The state and actions {@link useSubmit} gives a form. */
export interface Submit<A extends unknown[], R> {
  busy: boolean;
  /** The sentence for the form's error area ({@link FormError}), or null. */
  problem: string | null;
  /** The server's (or a local check's) problems by field name, for each field's `error`. */
  fields: Readonly<Record<string, string>>;
  /** The raw failure, for the rare form that reads more of it (Retry-After). */
  error: unknown;
  /** Runs the action unless one is already running; resolves to its result, or undefined when it failed or was refused. */
  run: (...args: A) => Promise<R | undefined>;
  /** A form's `onSubmit` for an action that takes no arguments. */
  onSubmit: (event: FormEvent) => void;
  /** Shows a local check's failure without calling anything. */
  fail: (problem: string | null, fields?: Record<string, string>) => void;
  /** Forgets the last failure (a form that was edited, a panel that was closed). */
  clear: () => void;
}

/**
 * Wraps a form's action: while it runs `busy` is true and further calls are ignored; when it
 * throws, `problem` and `fields` say why. The latest `action` is the one called.
 */
export function useSubmit<A extends unknown[], R>(
  action: (...args: A) => Promise<R>,
  options: SubmitOptions = {},
): Submit<A, R> {
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<{ error: unknown; outcome: Outcome }>({ error: null, outcome: NOTHING });
  // A ref, not the state: two clicks in one frame both see the state from before the first.
  const running = useRef(false);
  const latest = useRef({ action, options });
  latest.current = { action, options };

  const run = useCallback(async (...args: A): Promise<R | undefined> => {
    if (running.current) return undefined;
    running.current = true;
    setBusy(true);
    setFailure({ error: null, outcome: NOTHING });
    try {
      return await latest.current.action(...args);
    } catch (error) {
      setFailure({ error, outcome: outcomeOf(error, latest.current.options) });
      return undefined;
    } finally {
      running.current = false;
      setBusy(false);
    }
  }, []);

  const onSubmit = useCallback(
    (event: FormEvent) => {
      event.preventDefault();
      void run(...([] as unknown[] as A));
    },
    [run],
  );
  const fail = useCallback((problem: string | null, fields: Record<string, string> = {}) => {
    setFailure({ error: null, outcome: { problem, fields } });
  }, []);
  const clear = useCallback(() => setFailure({ error: null, outcome: NOTHING }), []);

  return { busy, ...failure.outcome, error: failure.error, run, onSubmit, fail, clear };
}
