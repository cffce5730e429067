/**
 * Cataloguing a difference of opinion on a compiled paragraph: two or more views, each held by
 * some of the call's contributions, and a note. The paragraph's sources and the divergences
 * already recorded on it are shown above the form.
 */
import type { BlockSource, Contribution, Divergence } from '@accord/schema';
import { useState } from 'react';
import { TextAreaField } from '../components/Field.js';
import { FormError } from '../components/FormError.js';
import { useSubmit } from '../forms/useSubmit.js';
import { recordDivergence } from './api.js';
import { sourcesLabel } from './labels.js';

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
  const name = label === null ? 'this block' : `¶${label}`;
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
      <h3 id="desk-divergence-h">{`Where contributions diverge on ${name}`}</h3>
      <p className="cs-muted">{sources.length > 0 ? sourcesLabel(sources) : 'This paragraph cites no contribution.'}</p>
      {recorded.length > 0 && (
        <ul className="desk-recorded">
          {recorded.map((d) => (
            <li key={d.id}>
              {d.views.map((v) => (
                <p key={v.view}>
                  “{v.view}” — {v.holders.map((h) => h.organisation).join(', ')}
                </p>
              ))}
              {d.note && <p className="cs-muted">{d.note}</p>}
            </li>
          ))}
        </ul>
      )}
      <form onSubmit={form.onSubmit}>
        {views.map((v, i) => (
          <fieldset key={v.key} className="desk-views">
            <legend>{`View ${i + 1}`}</legend>
            <TextAreaField
              label="The view, in a sentence"
              value={v.view}
              onChange={(e) => change(i, { view: e.target.value })}
              rows={2}
              maxLength={2000}
              required
            />
            <fieldset className="desk-holders">
              <legend className="visually-hidden">{`Held by (view ${i + 1})`}</legend>
              {contributions.map((c) => (
                <label key={c.id}>
                  <input type="checkbox" checked={v.holders.has(c.id)} onChange={() => toggle(i, c.id)} />{' '}
                  {c.organisation}
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
            Add a view
          </button>
        </p>
        <TextAreaField label="Note (optional)" value={note} onChange={(e) => setNote(e.target.value)} rows={2} />
        <FormError problem={form.problem} />
        <p role="status" className="cs-muted">
          {done ? `The divergence on ${name} is recorded in the register of differences.` : ''}
        </p>
        <button
          type="submit"
          className="btn btn-primary"
          disabled={form.busy || views.some((v) => v.holders.size === 0)}
        >
          {form.busy ? 'Recording…' : 'Record the divergence'}
        </button>
      </form>
    </section>
  );
}
