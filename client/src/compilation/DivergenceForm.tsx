/**
 * Cataloguing a difference of opinion on a compiled paragraph: two or more views, each held by
 * some of the call's contributions, and a note. The paragraph's sources and the divergences
 * already recorded on it are shown above the form.
 */
import type { BlockSource, Contribution, Divergence } from '@accord/schema';
import { useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { TextAreaField } from '../components/Field.js';
import { FormError } from '../components/FormError.js';
import { useSubmit } from '../forms/useSubmit.js';
import { useFormat } from '../i18n/format.js';
import { useT } from '../i18n/useT.js';
import { recordDivergence } from './api.js';
import { paragraphName } from './labels.js';
import { SourcesText } from './SourcesText.js';

interface View {
  /** Stable across edits of the list, for React. */
  key: number;
  view: string;
  holders: ReadonlySet<string>;
}

let nextKey = 0;
const emptyView = (): View => ({ key: nextKey++, view: '', holders: new Set() });

export function DivergenceForm({
  documentId,
  blockId,
  label,
  sources,
  recorded,
  contributions,
  onRecorded,
}: {
  documentId: string;
  blockId: string;
  /** The paragraph's margin label, or null for an unnumbered block. */
  label: string | null;
  sources: readonly BlockSource[];
  recorded: readonly Divergence[];
  contributions: readonly Contribution[];
  onRecorded: () => void;
}) {
  const [views, setViews] = useState<View[]>(() => [emptyView(), emptyView()]);
  const [note, setNote] = useState('');
  const [done, setDone] = useState(false);
  const intl = useIntl();
  const t = useT();
  const format = useFormat();
  const paragraph = label === null ? null : paragraphName(intl, label);
  const form = useSubmit(async () => {
    setDone(false);
    await recordDivergence(documentId, blockId, {
      views: views.map((v) => ({ view: v.view, contributionIds: [...v.holders] })),
      ...(note.trim() ? { note } : {}),
    });
    setViews([emptyView(), emptyView()]);
    setNote('');
    setDone(true);
    onRecorded();
  });
  const change = (i: number, next: Partial<View>) =>
    setViews((list) => list.map((v, at) => (at === i ? { ...v, ...next } : v)));
  const toggle = (i: number, id: string) => {
    const holders = new Set(views[i]!.holders);
    if (holders.has(id)) holders.delete(id);
    else holders.add(id);
    change(i, { holders });
  };

  return (
    <section className="cs-section desk-divergence" aria-labelledby="desk-divergence-h" data-block-id={blockId}>
      <h3 id="desk-divergence-h">
        {paragraph === null
          ? t('compilation.divergence.headingBlock')
          : t('compilation.divergence.heading', { paragraph })}
      </h3>
      <p className="cs-muted">
        {sources.length > 0 ? <SourcesText sources={sources} /> : t('compilation.divergence.noSource')}
      </p>
      {recorded.length > 0 && (
        <ul className="desk-recorded">
          {recorded.map((d) => (
            <li key={d.id}>
              {d.views.map((v) => (
                <p key={v.view}>
                  <FormattedMessage
                    id="compilation.divergence.view"
                    values={{
                      view: <bdi>{v.view}</bdi>,
                      holders: <bdi>{format.list(v.holders.map((h) => h.organisation))}</bdi>,
                    }}
                  />
                </p>
              ))}
              {d.note && (
                <p className="cs-muted" dir="auto">
                  {d.note}
                </p>
              )}
            </li>
          ))}
        </ul>
      )}
      <form onSubmit={form.onSubmit}>
        {views.map((v, i) => (
          <fieldset key={v.key} className="desk-views">
            <legend>{t('compilation.divergence.viewN', { n: i + 1 })}</legend>
            <TextAreaField
              label={t('compilation.divergence.viewLabel')}
              dir="auto"
              value={v.view}
              onChange={(e) => change(i, { view: e.target.value })}
              rows={2}
              maxLength={2000}
              required
            />
            <fieldset className="desk-holders">
              <legend className="visually-hidden">{t('compilation.divergence.heldBy', { n: i + 1 })}</legend>
              {contributions.map((c) => (
                <label key={c.id}>
                  <input type="checkbox" checked={v.holders.has(c.id)} onChange={() => toggle(i, c.id)} />{' '}
                  <bdi>{c.organisation}</bdi>
                </label>
              ))}
            </fieldset>
          </fieldset>
        ))}
        <p>
          <button
            type="button"
            className="btn btn-small btn-quiet"
            onClick={() => setViews((list) => [...list, emptyView()])}
            disabled={views.length >= 10}
          >
            {t('compilation.divergence.addView')}
          </button>
        </p>
        <TextAreaField
          label={t('compilation.divergence.note')}
          dir="auto"
          value={note}
          onChange={(e) => setNote(e.target.value)}
          rows={2}
        />
        <FormError problem={form.problem} />
        <p role="status" className="cs-muted">
          {!done
            ? ''
            : paragraph === null
              ? t('compilation.divergence.recordedBlock')
              : t('compilation.divergence.recorded', { paragraph })}
        </p>
        <button
          type="submit"
          className="btn btn-primary"
          disabled={form.busy || views.some((v) => v.holders.size === 0)}
        >
          {form.busy ? t('compilation.divergence.recording') : t('compilation.divergence.record')}
        </button>
      </form>
    </section>
  );
}
