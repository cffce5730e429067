/** Document kinds as the lists name them, as catalog keys: `t(KIND_LABELS[kind])`. */
import type { MessageKey } from '@accord/i18n';
import type { DocumentKind } from '@accord/schema';

export const KIND_LABELS: Readonly<Record<DocumentKind, MessageKey>> = {
  outcome: 'shell.kind.outcome',
  compilation: 'shell.kind.compilation',
  summary: 'shell.kind.summary',
  report: 'shell.kind.report',
  message: 'shell.kind.message',
  guide: 'shell.kind.guide',
  other: 'shell.kind.other',
};
