/** Document kinds as the lists name them. */
import type { DocumentKind } from '@accord/schema';

export const KIND_LABELS: Readonly<Record<DocumentKind, string>> = {
  outcome: 'Outcome document',
  compilation: 'Compilation',
  summary: 'Meeting summary',
  report: 'Report',
  message: 'Message',
  guide: 'Guide',
  other: 'Document',
};
