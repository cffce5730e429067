/** A person's initials in their colour; the full name is in the tooltip and for screen readers. */
import { initials } from '../identity.js';

export function Avatar({
  name,
  color,
  size = 'md',
  ring = false,
  label,
}: {
  name: string;
  color: string;
  size?: 'sm' | 'md';
  ring?: boolean;
  label?: string;
}) {
  return (
    <span
      className={`avatar avatar-${size}${ring ? ' avatar-ring' : ''}`}
      style={{ backgroundColor: color, ['--avatar-color' as string]: color }}
      title={label ?? name}
      aria-hidden="true"
    >
      {initials(name)}
    </span>
  );
}
