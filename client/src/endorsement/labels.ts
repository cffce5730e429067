/** Words for silence procedures, as whole sentences with their data in place. */
import type { SilenceProcedure } from '@accord/schema';
import { formatInstant } from '../time-zones.js';

/** "Silence procedure on “Draft 3” until 4 December 2026, 17:00 (your time)". */
export function procedureHeadline(p: Pick<SilenceProcedure, 'state' | 'versionName' | 'deadline'>): string {
  const until = formatInstant(p.deadline);
  if (p.state === 'running') return `Silence procedure on “${p.versionName}” until ${until}`;
  if (p.state === 'endorsed') return `“${p.versionName}” was endorsed by silence procedure on ${until}`;
  return `Silence was broken on “${p.versionName}”: it was not endorsed`;
}

/** "2 members broke silence", "1 member broke silence", "No one has broken silence". */
export function objectionsLabel(count: number): string {
  if (count === 0) return 'No one has broken silence.';
  return count === 1 ? '1 member broke silence.' : `${count} members broke silence.`;
}
