/** The form's fixed choices: kinds of initiative, regions beside countries, the upload's limits. */
import type { MessageKey } from '@accord/i18n';
import type { ContributionKind } from '@accord/schema';
import { KIND_KEYS, REGION_KEYS } from '../compilation/labels.js';

/** The kinds of initiative, in the form's order (their names: `KIND_KEYS`). */
export const KINDS = Object.keys(KIND_KEYS) as ContributionKind[];

/** Regions a regional initiative may answer for, stored by their English name (shown through `REGION_KEYS`). */
export const REGIONS = Object.keys(REGION_KEYS) as Array<keyof typeof REGION_KEYS>;

/** The server's upload limit (slice A: 5 MB); checked here first so a phone does not send it for nothing. */
export const MAX_UPLOAD_BYTES = 5 * 1024 * 1024;

/** The extensions the server imports. */
export const UPLOAD_ACCEPT = '.docx,.md,.markdown,.txt';

/** Why `file` will not be accepted (the message's key), or null. */
export function uploadProblem(file: { name: string; size: number }): MessageKey | null {
  if (!/\.(docx|md|markdown|txt)$/i.test(file.name)) return 'compilation.form.badFileType';
  if (file.size > MAX_UPLOAD_BYTES) return 'compilation.form.fileTooLarge';
  if (file.size === 0) return 'compilation.form.fileEmpty';
  return null;
}
