/** The panel's filters: status tabs with counts, "mine", paragraph number, stakeholder group. */
import type { MessageKey } from '@accord/i18n';
import { useId } from 'react';
import { useFormat } from '../i18n/format.js';
import { useT } from '../i18n/useT.js';
import { groupLabel } from '../people/groups.js';
import { groupChoices, paragraphChoices, statusCounts, type StatusFilter } from './filters.js';
import type { CommentsRoom } from './room.js';
import { useCommentsState } from './useCommentsRoom.js';

const STATUSES: ReadonlyArray<{ value: StatusFilter; label: MessageKey }> = [
  { value: 'open', label: 'comments.filter.open' },
  { value: 'resolved', label: 'comments.filter.resolved' },
  { value: 'all', label: 'comments.filter.all' },
];

export function PanelFilters({ room }: { room: CommentsRoom }) {
  const id = useId();
  const t = useT();
  const format = useFormat();
  const { threads, filters, places, groupNames } = useCommentsState(room);
  const counts = statusCounts(threads, filters, room.person.id, places);
  const paragraphs = paragraphChoices(threads, places);
  const groups = groupChoices(threads);
  return (
    <div className="panel-filters" role="group" aria-label={t('comments.filter.label')}>
      <div className="status-tabs" role="radiogroup" aria-label={t('comments.filter.status')}>
        {STATUSES.map(({ value, label }) => (
          <label key={value} className={`status-tab${filters.status === value ? ' is-selected' : ''}`}>
            <input
              type="radio"
              name={`${id}-status`}
              value={value}
              checked={filters.status === value}
              onChange={() => room.setFilters({ status: value })}
            />
            {t(label)} <span className="status-count">{format.number(counts[value])}</span>
          </label>
        ))}
      </div>
      <div className="filter-row">
        <label className="filter-check">
          <input type="checkbox" checked={filters.mine} onChange={(e) => room.setFilters({ mine: e.target.checked })} />
          {t('comments.filter.mine')}
        </label>
        <label className="visually-hidden" htmlFor={`${id}-paragraph`}>
          {t('comments.filter.paragraph')}
        </label>
        <select
          id={`${id}-paragraph`}
          className="filter-select"
          value={filters.paragraph ?? ''}
          onChange={(e) => room.setFilters({ paragraph: e.target.value === '' ? null : Number(e.target.value) })}
        >
          <option value="">{t('comments.filter.allParagraphs')}</option>
          {paragraphs.map((n) => (
            <option key={n} value={n}>
              {t('common.paragraph', { number: n })}
            </option>
          ))}
          {filters.paragraph !== null && !paragraphs.includes(filters.paragraph) && (
            <option value={filters.paragraph}>{t('common.paragraph', { number: filters.paragraph })}</option>
          )}
        </select>
        <label className="visually-hidden" htmlFor={`${id}-group`}>
          {t('comments.filter.group')}
        </label>
        <select
          id={`${id}-group`}
          className="filter-select"
          value={filters.group ?? ''}
          onChange={(e) => room.setFilters({ group: e.target.value || null })}
        >
          <option value="">{t('comments.filter.allGroups')}</option>
          {groups.map((g) => (
            <option key={g} value={g}>
              {groupLabel(t, g, groupNames)}
            </option>
          ))}
        </select>
      </div>
    </div>
  );
}
