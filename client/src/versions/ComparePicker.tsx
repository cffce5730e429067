/** Two selects — from and to, any version or the live document — and a button that opens the comparison. */
import { useState } from 'react';
import type { Version } from '@accord/schema';
import { useT } from '../i18n/useT.js';
import { navigate } from '../router.js';
import { versionPaths } from './paths.js';

export function ComparePicker({
  documentId,
  versions,
  from: initialFrom,
  to: initialTo,
}: {
  documentId: string;
  versions: readonly Version[];
  from?: string;
  to?: string;
}) {
  const t = useT();
  const [from, setFrom] = useState(initialFrom ?? versions[1]?.id ?? versions[0]?.id ?? 'live');
  const [to, setTo] = useState(initialTo ?? (versions.length > 1 ? versions[0]!.id : 'live'));
  const options = (
    <>
      <option value="live">{t('versions.compare.live')}</option>
      {versions.map((v) => (
        <option key={v.id} value={v.id}>
          {v.name}
        </option>
      ))}
    </>
  );
  return (
    <form
      className="compare-picker"
      onSubmit={(e) => {
        e.preventDefault();
        navigate(versionPaths.compare(documentId, from, to));
      }}
    >
      <label className="compare-side">
        <span className="field-label">{t('versions.compare.from')}</span>
        <select className="text-input select-input" value={from} onChange={(e) => setFrom(e.target.value)}>
          {options}
        </select>
      </label>
      <label className="compare-side">
        <span className="field-label">{t('versions.compare.to')}</span>
        <select className="text-input select-input" value={to} onChange={(e) => setTo(e.target.value)}>
          {options}
        </select>
      </label>
      <button type="submit" className="btn btn-primary" disabled={from === to}>
        {t('versions.compare.submit')}
      </button>
    </form>
  );
}
