/**
 * What a click on a bracket in the text shows: its alternatives ("Alt 1: …", each "proposed by"
 * a person, with the stakeholder group they come from), a box for members to propose another, and for
 * coordinators the resolution — keep the bracketed text or choose an alternative; the server
 * then changes the live text for everyone. Refusals are shown as the server words them.
 */
import { useState, type FormEvent } from 'react';
import { FormError } from '../components/FormError.js';
import { useSubmit } from '../forms/useSubmit.js';
import { useT } from '../i18n/useT.js';
import { AlternativeLine, alternativeLabel } from './alternatives.js';
import { addAlternative, resolveBracket } from './api.js';
import type { ConsensusRoom } from './room.js';
import { findBracket } from './view.js';

export function BracketPopover({
  room,
  bracketId,
  onClose,
}: {
  room: ConsensusRoom;
  bracketId: string;
  onClose: () => void;
}) {
  const t = useT();
  const found = findBracket(room.live.value, bracketId);
  const [text, setText] = useState('');
  const [choice, setChoice] = useState<string>('bracketed');
  const [note, setNote] = useState('');
  // One submit for both forms: a refusal of either shows in the one error area below them.
  const submit = useSubmit((action: () => Promise<void>) => action());
  const { busy, run } = submit;
  const propose = (event: FormEvent) => {
    event.preventDefault();
    void run(async () => {
      await addAlternative(room.documentId, bracketId, text);
      setText('');
      room.live.refresh();
    });
  };
  const resolve = (event: FormEvent) => {
    event.preventDefault();
    void run(async () => {
      const body =
        choice === 'bracketed'
          ? { choice: 'bracketed' as const, note }
          : { choice: 'alternative' as const, alternativeId: choice, note };
      room.live.apply(await resolveBracket(room.documentId, bracketId, body));
      onClose();
    });
  };

  if (!found) {
    return (
      <section
        className="cs-panel bracket-popover"
        role="dialog"
        aria-label={t('consensus.bracket.dialog')}
        data-bracket-id={bracketId}
      >
        <p className="cs-muted">{t('consensus.bracket.new')}</p>
      </section>
    );
  }
  const { bracket, paragraph } = found;
  const open = bracket.state === 'open';
  return (
    <section
      className="cs-panel bracket-popover"
      role="dialog"
      aria-label={t('consensus.bracket.dialogNamed', { text: bracket.text })}
      data-bracket-id={bracketId}
    >
      <header className="cs-panel-head">
        <h2>
          {paragraph.number === null
            ? t('consensus.bracket.inBlock')
            : t('consensus.bracket.inParagraph', { number: paragraph.label ?? paragraph.number })}
        </h2>
        <button type="button" className="cs-close" aria-label={t('common.close')} onClick={onClose}>
          ×
        </button>
      </header>
      <p className="bracket-quote" dir="auto">
        [{bracket.text}]
      </p>
      {bracket.alternatives.length === 0 ? (
        <p className="cs-muted">{t('consensus.alternative.none')}</p>
      ) : (
        <ol className="bracket-alternatives">
          {bracket.alternatives.map((alt, i) => (
            <li key={alt.id} data-alternative-id={alt.id}>
              <AlternativeLine alt={alt} index={i} groupName={room.groupName} t={t} />
            </li>
          ))}
        </ol>
      )}
      {!open && <p className="cs-muted">{t('consensus.bracket.resolved')}</p>}
      {open && room.may.addAlternative && (
        <form className="cs-form" onSubmit={propose}>
          <label className="cs-note">
            {t('consensus.bracket.propose')}
            <textarea rows={2} maxLength={5000} dir="auto" value={text} onChange={(e) => setText(e.target.value)} />
          </label>
          <div className="cs-actions">
            <button type="submit" className="btn btn-small" disabled={busy || text.trim() === ''}>
              {t('consensus.bracket.add')}
            </button>
          </div>
        </form>
      )}
      {open && room.may.resolve && (
        <form className="cs-form" onSubmit={resolve}>
          <fieldset>
            <legend>{t('consensus.bracket.resolveLegend')}</legend>
            <label>
              <input
                type="radio"
                name={`resolve-${bracketId}`}
                checked={choice === 'bracketed'}
                onChange={() => setChoice('bracketed')}
              />
              {t('consensus.bracket.keep')}
            </label>
            {bracket.alternatives.map((alt, i) => (
              <label key={alt.id}>
                <input
                  type="radio"
                  name={`resolve-${bracketId}`}
                  checked={choice === alt.id}
                  onChange={() => setChoice(alt.id)}
                />
                {t('consensus.bracket.choose', { label: alternativeLabel(alt, i, t) })}
              </label>
            ))}
          </fieldset>
          <label className="cs-note">
            {t('consensus.bracket.note')} <span className="cs-muted">{t('consensus.optional')}</span>
            <textarea rows={1} maxLength={2000} dir="auto" value={note} onChange={(e) => setNote(e.target.value)} />
          </label>
          <div className="cs-actions">
            <button type="submit" className="btn btn-primary btn-small" disabled={busy}>
              {t('consensus.bracket.resolve')}
            </button>
          </div>
        </form>
      )}
      <FormError problem={submit.problem} inline />
    </section>
  );
}
