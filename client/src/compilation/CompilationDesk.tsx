/**
 * The compilation desk (coordinators, secretariat — `compilation.edit`): a column beside the
 * compilation listing the contributions to its calls, filtered by pillar, country or region and
 * kind, each paragraph with a checkbox. "Insert after ¶N" sends the chosen paragraphs to the
 * server, which inserts them after the paragraph holding the caret through its edit pipeline:
 * they arrive in the text through the collaboration channel like anyone's edit, and their
 * sources appear in the margin. Coverage lists what is not yet reflected; the calls tab creates
 * calls and gives their public links. Opened on a paragraph's sources, it records a divergence.
 */
import type { MessageKey } from '@accord/i18n';
import type { Access, Call, Contribution, Coverage } from '@accord/schema';
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { useIntl } from 'react-intl';
import { can } from '../access.js';
import { CopyField } from '../components/CopyField.js';
import { FormError } from '../components/FormError.js';
import { useSubmit } from '../forms/useSubmit.js';
import { useFormat } from '../i18n/format.js';
import { useT } from '../i18n/useT.js';
import { type AsyncState, useAsync } from '../useAsync.js';
import { getCoverage, insertContribution, listCalls, listContributions } from './api.js';
import type { CaretBlock } from './CaretBlockPlugin.js';
import { CallForm } from './CallForm.js';
import { ContributionCard } from './ContributionCard.js';
import { DivergenceForm } from './DivergenceForm.js';
import { filterContributions, NO_FILTER, placesOf, type DeskFilter } from './filters.js';
import { insertLabel, KIND_KEYS, paragraphName, placeName } from './labels.js';
import { NotYetReflected } from './NotYetReflected.js';
import type { SourcesView } from './useSources.js';
import './compilation.css';

type Tab = 'contributions' | 'coverage' | 'calls';
const TABS: ReadonlyArray<{ tab: Tab; label: MessageKey }> = [
  { tab: 'contributions', label: 'compilation.desk.tab.contributions' },
  { tab: 'coverage', label: 'compilation.desk.tab.coverage' },
  { tab: 'calls', label: 'compilation.desk.tab.calls' },
];

type Used = Coverage['contributions'][number]['paragraphs'][number]['usedIn'];

/** The last value loaded: a list read again (after an insert, on focus) stays on screen meanwhile instead of flashing away. */
function useLastLoaded<T>(state: AsyncState<T>): T | null {
  const last = useRef<T | null>(null);
  if (state.status === 'done') last.current = state.value;
  return last.current;
}

export function CompilationDesk({
  documentId,
  access,
  caret,
  sources,
  divergenceOn,
  onClose,
}: {
  documentId: string;
  access: Access | null;
  /** The paragraph holding the caret (the insert goes after it), or null before the caret was anywhere. */
  caret: CaretBlock | null;
  sources: SourcesView;
  /** A paragraph whose divergences to record (opened from its sources in the margin). */
  divergenceOn: CaretBlock | null;
  onClose: () => void;
}) {
  const intl = useIntl();
  const t = useT();
  const format = useFormat();
  const callSelectId = useId();
  const [tab, setTab] = useState<Tab>('contributions');
  const [callsAsked, setCallsAsked] = useState(0);
  const calls = useAsync((signal) => listCalls(documentId, signal), [documentId, callsAsked]);
  const list = calls.status === 'done' ? calls.value.calls : [];
  const [callId, setCallId] = useState<string | null>(null);
  const call: Call | null = list.find((c) => c.id === callId) ?? list[0] ?? null;

  // Asked again after an insert and whenever the sources changed (someone else inserted, a merge).
  const [asked, setAsked] = useState(0);
  // Coming back to the window (after reading mail about a new contribution) reads the list again.
  useEffect(() => {
    const onFocus = () => setAsked((n) => n + 1);
    window.addEventListener('focus', onFocus);
    return () => window.removeEventListener('focus', onFocus);
  }, []);
  const contributions = useAsync(
    (signal) => (call ? listContributions(call.id, signal) : Promise.resolve({ contributions: [] })),
    [call?.id, asked],
  );
  const coverage = useAsync(
    (signal) => (call && can(access, 'call.manage') ? getCoverage(call.id, signal) : Promise.resolve(null)),
    [call?.id, asked, sources.blocks],
  );
  const loaded = useLastLoaded(contributions);
  const lastCoverage = useLastLoaded(coverage);
  const all: Contribution[] = useMemo(
    () => (loaded?.contributions ?? []).filter((c) => c.callId === call?.id),
    [loaded, call?.id],
  );
  const [filter, setFilter] = useState<DeskFilter>(NO_FILTER);
  const shown = useMemo(() => filterContributions(all, filter), [all, filter]);
  const places = useMemo(() => placesOf(all), [all]);
  const pillarTitles = useMemo(() => new Map((call?.pillars ?? []).map((p) => [p.id, p.title])), [call]);
  const used = useMemo(() => {
    const byContribution = new Map<string, Map<number, Used>>();
    if (!lastCoverage) return byContribution;
    for (const c of lastCoverage.contributions)
      byContribution.set(c.contributionId, new Map(c.paragraphs.map((p) => [p.index, p.usedIn])));
    return byContribution;
  }, [lastCoverage]);

  // Selected paragraphs, by contribution, in the order they were ticked.
  const [selected, setSelected] = useState<ReadonlyMap<string, ReadonlySet<number>>>(new Map());
  const count = [...selected.values()].reduce((n, s) => n + s.size, 0);
  const toggle = (contributionId: string, index: number) =>
    setSelected((old) => {
      const next = new Map(old);
      const set = new Set(old.get(contributionId) ?? []);
      if (set.has(index)) set.delete(index);
      else set.add(index);
      if (set.size === 0) next.delete(contributionId);
      else next.set(contributionId, set);
      return next;
    });
  // biome-ignore lint/correctness/useExhaustiveDependencies: another call's paragraphs are another selection.
  useEffect(() => setSelected(new Map()), [call?.id]);

  const [inserted, setInserted] = useState<string | null>(null);
  const insert = useSubmit(async () => {
    setInserted(null);
    const at = caret;
    let after = at?.blockId ?? null;
    // One request per contribution, each after what the one before inserted, in the contributions' order.
    for (const c of all) {
      const indexes = selected.get(c.id);
      if (!indexes || indexes.size === 0) continue;
      const answer = await insertContribution(documentId, {
        contributionId: c.id,
        paragraphs: [...indexes].sort((a, b) => a - b),
        afterBlockId: after,
      });
      after = answer.blockIds.at(-1) ?? after;
    }
    setSelected(new Map());
    setInserted(
      at === null
        ? t('compilation.desk.insertedAtTop')
        : at.label === null
          ? t('compilation.desk.insertedAfterBlock')
          : t('compilation.desk.insertedAfter', { paragraph: paragraphName(intl, at.label) }),
    );
    sources.refresh();
    setAsked((n) => n + 1);
  });

  const byBlock = divergenceOn ? (sources.blocks.get(divergenceOn.blockId) ?? []) : [];
  const recorded = divergenceOn ? sources.divergences.filter((d) => d.blockId === divergenceOn.blockId) : [];

  return (
    <aside className="cs-panel cs-side desk" aria-labelledby="desk-h">
      <div className="cs-panel-head">
        <h2 id="desk-h" tabIndex={-1}>
          {t('compilation.desk.title')}
        </h2>
        <button type="button" className="btn btn-small btn-quiet" onClick={onClose}>
          {t('common.close')}
        </button>
        <div className="desk-tabs">
          {TABS.map((one) => (
            <button
              key={one.tab}
              type="button"
              className="btn btn-small btn-quiet"
              aria-pressed={tab === one.tab}
              onClick={() => setTab(one.tab)}
            >
              {t(one.label)}
            </button>
          ))}
        </div>
      </div>
      <div className="cs-panel-body">
        {divergenceOn && can(access, 'compilation.edit') && (
          <DivergenceForm
            key={divergenceOn.blockId}
            documentId={documentId}
            blockId={divergenceOn.blockId}
            label={divergenceOn.label}
            sources={byBlock}
            recorded={recorded}
            contributions={all}
            onRecorded={sources.refresh}
          />
        )}
        {calls.status === 'error' && <FormError problem={calls.error.message} />}
        {list.length > 1 && (
          // The label beside the select, not around it: wrapped, the chosen option's text joined its name.
          <div className="field">
            <label className="field-label" htmlFor={callSelectId}>
              {t('compilation.desk.call')}
            </label>
            <select
              id={callSelectId}
              className="text-input select-input"
              value={call?.id ?? ''}
              onChange={(e) => setCallId(e.target.value)}
            >
              {list.map((c) => (
                <option key={c.id} value={c.id} dir="auto">
                  {c.title}
                </option>
              ))}
            </select>
          </div>
        )}
        {calls.status === 'done' && list.length === 0 && tab !== 'calls' && (
          <p className="cs-muted">{t('compilation.desk.noCall')}</p>
        )}
        {tab === 'contributions' && call && (
          <>
            <div className="desk-filters">
              <select
                aria-label={t('compilation.desk.filter.pillar')}
                value={filter.pillar}
                onChange={(e) => setFilter({ ...filter, pillar: e.target.value })}
              >
                <option value="">{t('compilation.desk.filter.anyPillar')}</option>
                {call.pillars.map((p) => (
                  <option key={p.id} value={p.id} dir="auto">
                    {p.title}
                  </option>
                ))}
              </select>
              <select
                aria-label={t('compilation.desk.filter.place')}
                value={filter.place}
                onChange={(e) => setFilter({ ...filter, place: e.target.value })}
              >
                <option value="">{t('compilation.desk.filter.anyPlace')}</option>
                {places.map((p) => (
                  <option key={p} value={p} dir="auto">
                    {placeName(intl, p)}
                  </option>
                ))}
              </select>
              <select
                aria-label={t('compilation.desk.filter.kind')}
                value={filter.kind}
                onChange={(e) => setFilter({ ...filter, kind: e.target.value })}
              >
                <option value="">{t('compilation.desk.filter.anyKind')}</option>
                {Object.entries(KIND_KEYS).map(([value, label]) => (
                  <option key={value} value={value}>
                    {t(label)}
                  </option>
                ))}
              </select>
            </div>
            {contributions.status === 'error' && <FormError problem={contributions.error.message} />}
            {loaded && shown.length === 0 && (
              <p className="cs-muted">
                {all.length === 0 ? t('compilation.desk.noneYet') : t('compilation.desk.noneMatch')}
              </p>
            )}
            {shown.map((c) => (
              <ContributionCard
                key={c.id}
                contribution={c}
                pillarTitles={pillarTitles}
                selected={selected.get(c.id) ?? new Set()}
                usedIn={used.get(c.id) ?? new Map()}
                onToggle={(index) => toggle(c.id, index)}
              />
            ))}
            <div className="desk-insert">
              <FormError problem={insert.problem} />
              <p role="status" className="cs-muted">
                {inserted ?? ''}
              </p>
              <button
                type="button"
                className="btn btn-primary"
                disabled={count === 0 || insert.busy}
                onClick={() => void insert.run()}
              >
                {insert.busy ? t('compilation.desk.inserting') : insertLabel(intl, Math.max(count, 1), caret)}
              </button>
            </div>
          </>
        )}
        {tab === 'coverage' &&
          (lastCoverage ? (
            <NotYetReflected coverage={lastCoverage} />
          ) : coverage.status === 'error' ? (
            <FormError problem={coverage.error.message} />
          ) : (
            <p className="cs-muted">{call ? t('compilation.desk.readingCoverage') : ''}</p>
          ))}
        {tab === 'calls' && (
          <>
            <ul className="desk-paragraphs">
              {list.map((c) => (
                <li key={c.id}>
                  <strong>
                    <bdi>{c.title}</bdi>
                  </strong>{' '}
                  <span className="cs-muted">
                    {t('compilation.desk.callState', {
                      state: c.state,
                      opens: format.dateTime(c.opensAt),
                      closes: format.dateTime(c.closesAt),
                    })}
                  </span>
                  <CopyField
                    label={t('compilation.desk.publicPage')}
                    value={new URL(c.publicPath, window.location.origin).href}
                  />
                </li>
              ))}
            </ul>
            {can(access, 'call.manage') && (
              <CallForm
                documentId={documentId}
                onCreated={(created) => {
                  setCallId(created.id);
                  setCallsAsked((n) => n + 1);
                }}
              />
            )}
          </>
        )}
      </div>
    </aside>
  );
}
