/** A read-only value with a Copy button (invitation links): selected on focus, copied with one click. */
import { useId, useState } from 'react';
import { useT } from '../i18n/useT.js';

export function CopyField({ label, value }: { label: string; value: string }) {
  const t = useT();
  const id = useId();
  const [copied, setCopied] = useState<'yes' | 'no' | null>(null);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(value);
      setCopied('yes');
    } catch {
      // No clipboard permission (plain http, policies): the text is selected for Ctrl+C instead.
      (document.getElementById(id) as HTMLInputElement | null)?.select();
      setCopied('no');
    }
  };
  return (
    <div className="field copy-field">
      <label className="field-label" htmlFor={id}>
        {label}
      </label>
      <div className="copy-row">
        <input
          id={id}
          className="text-input copy-input"
          dir="ltr"
          value={value}
          readOnly
          onFocus={(e) => e.target.select()}
        />
        <button type="button" className="btn" onClick={copy}>
          {t('common.copy')}
        </button>
      </div>
      <p className="field-hint" role="status">
        {copied === 'yes' ? t('shell.copy.copied') : copied === 'no' ? t('shell.copy.selected') : ''}
      </p>
    </div>
  );
}
