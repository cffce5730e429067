/** A silence procedure's headline on the page: {@link procedureHeadline}'s sentence, the version's name isolated. */
import type { SilenceProcedure } from '@accord/schema';
import { FormattedMessage, useIntl } from 'react-intl';
import { headlineMessage } from './labels.js';

export function ProcedureHeadline({
  procedure,
}: {
  procedure: Pick<SilenceProcedure, 'state' | 'versionName' | 'deadline'>;
}) {
  const { id, values } = headlineMessage(useIntl(), procedure);
  return <FormattedMessage id={id} values={{ ...values, version: <bdi>{values.version}</bdi> }} />;
}
