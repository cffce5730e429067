/** Whether a page's live view (dashboard, register) is following the document: live, refused, or connecting. */
import { useT } from '../i18n/useT.js';

export function LiveStatus({ status, className }: { status: string; className?: string }) {
  const t = useT();
  return (
    <span className={`dash-live${className ? ` ${className}` : ''}`} data-status={status}>
      {status === 'live'
        ? t('shell.live.live')
        : status === 'refused'
          ? t('shell.live.refused')
          : t('shell.live.connecting')}
    </span>
  );
}
