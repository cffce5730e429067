/** The form's fixed choices: kinds of initiative, regions beside countries, the upload's limits. */
import type { ContributionKind } from '@accord/schema';

export const KINDS: ReadonlyArray<{ value: ContributionKind; label: string }> = [
  { value: 'national', label: 'National initiative' },
  { value: 'regional', label: 'Regional initiative' },
  { value: 'youth', label: 'Youth initiative' },
  { value: 'dynamic-coalition', label: 'Dynamic coalition' },
  { value: 'bpf', label: 'Best practice forum' },
  { value: 'other', label: 'Other' },
];

/** Regions a regional initiative may answer for, stored by name (the API takes a name or an ISO code). */
export const REGIONS = [
  'Africa',
  'Asia-Pacific',
  'Europe',
  'Latin America and the Caribbean',
  'Middle East and North Africa',
  'North America',
  'Global',
] as const;

/** The server's upload limit (slice A: 5 MB); checked here first so a phone does not send it for nothing. */
export const MAX_UPLOAD_BYTES = 5 * 1024 * 1024;

/** The extensions the server imports. */
export const UPLOAD_ACCEPT = '.docx,.md,.markdown,.txt';

/** Why `file` will not be accepted, or null. */
export function uploadProblem(file: { name: string; size: number }): string | null {
  if (!/\.(docx|md|markdown|txt)$/i.test(file.name))
    return 'choose a Word document (.docx), a Markdown file (.md) or a text file (.txt)';
  if (file.size > MAX_UPLOAD_BYTES) return 'the file is larger than 5 MB; shorten it or paste its text instead';
  if (file.size === 0) return 'the file is empty';
  return null;
}
