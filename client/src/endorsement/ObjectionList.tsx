/** The objections of a silence procedure: who broke silence, when, and why. */
import type { SilenceProcedure } from '@accord/schema';
import { useIntl } from 'react-intl';
import { Time } from '../i18n/Time.js';
import { objectionsLabel } from './labels.js';

export function ObjectionList({ procedure }: { procedure: SilenceProcedure }) {
  const intl = useIntl();
  return (
    <>
      <p className="silence-count">{objectionsLabel(intl, procedure.objections.length)}</p>
      {procedure.objections.length > 0 && (
        <ul className="silence-objections">
          {procedure.objections.map((o) => (
            <li key={o.id}>
              <strong>
                <bdi>{o.by.name}</bdi>
              </strong>{' '}
              <Time value={o.at} show="dateTime" className="cs-muted" />
              <p dir="auto">{o.reason}</p>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
