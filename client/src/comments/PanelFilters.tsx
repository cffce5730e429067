/** The panel's filters: status tabs with counts, "mine", paragraph number, stakeholder group. */
import { useId } from 'react';
import { groupChoices, paragraphChoices, statusCounts, type StatusFilter } from './filters.js';
import type { CommentsRoom } from './room.js';
import { useCommentsState } from './useCommentsRoom.js';

const STATUSES: ReadonlyArray<{ value: StatusFilter; label: string }> = [
  { value: 'open', label: 'Open' },
  { value: 'resolved', label: 'Resolved' },
  { value: 'all', label: 'All' },
];

export function PanelFilters({ room }: { room: CommentsRoom }) {
  const id = useId();
  const { threads, filters, places, groupNames } = useCommentsState(room);
  const counts = statusCounts(threads, filters, room.person.id, places);
  const paragraphs = paragraphChoices(threads, places);
  const groups = groupChoices(threads);
  return (
    <div className="panel-filters" role="group" aria-label="Filter comments">
      <div className="status-tabs" role="radiogroup" aria-label="Status">
        {STATUSES.map(({ value, label }) => (
          <label key={value} className={`status-tab${filters.status === value ? ' is-selected' : ''}`}>
            <input
              type="radio"
              name={`${id}-status`}
              value={value}
              checked={filters.status === value}
              onChange={() => room.setFilters({ status: value })}
            />
            {label} <span className="status-count">{counts[value]}</span>
          </label>
        ))}
      </div>
      <div className="filter-row">
        <label className="filter-check">
          <input type="checkbox" checked={filters.mine} onChange={(e) => room.setFilters({ mine: e.target.checked })} />
          Mine
        </label>
        <label className="visually-hidden" htmlFor={`${id}-paragraph`}>
          Paragraph
        </label>
        <select
          id={`${id}-paragraph`}
          className="filter-select"
          value={filters.paragraph ?? ''}
          onChange={(e) => room.setFilters({ paragraph: e.target.value === '' ? null : Number(e.target.value) })}
        >
          <option value="">All ¶</option>
          {paragraphs.map((n) => (
            <option key={n} value={n}>
              ¶ {n}
            </option>
          ))}
          {filters.paragraph !== null && !paragraphs.includes(filters.paragraph) && (
            <option value={filters.paragraph}>¶ {filters.paragraph}</option>
          )}
        </select>
        <label className="visually-hidden" htmlFor={`${id}-group`}>
          Stakeholder group of the thread’s author
        </label>
        <select
          id={`${id}-group`}
          className="filter-select"
          value={filters.group ?? ''}
          onChange={(e) => room.setFilters({ group: e.target.value || null })}
        >
          <option value="">All groups</option>
          {groups.map((g) => (
            <option key={g} value={g}>
              {groupNames.get(g) ?? g}
            </option>
          ))}
        </select>
      </div>
    </div>
  );
}
