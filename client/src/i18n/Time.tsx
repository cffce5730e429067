/**
 * A moment as people read it: relative ("5 minutes ago") or as a date, with the full date,
 * time and zone in the tooltip and a machine-readable `<time datetime>`.
 */
import { useFormat } from './format.js';

export interface TimeProps {
  value: string;
  /** `relative` (the default): "5 minutes ago"; `date`: "3 Dec 2026"; `dateTime`: with the time and zone. */
  show?: 'relative' | 'date' | 'dateTime';
  className?: string;
}

export function Time({ value, show = 'relative', className }: TimeProps) {
  const format = useFormat();
  const text =
    show === 'relative' ? format.relative(value) : show === 'date' ? format.date(value) : format.dateTime(value);
  return (
    <time dateTime={value} title={format.dateTime(value)} className={className}>
      {text}
    </time>
  );
}
