/** The objections of a silence procedure: who broke silence, when, and why. */
import type { SilenceProcedure } from '@accord/schema';
import { dateTime } from '../time.js';
import { objectionsLabel } from './labels.js';

export function ObjectionList({ procedure }: { procedure: SilenceProcedure }) {
  return (
    <>
      <p className="silence-count">{objectionsLabel(procedure.objections.length)}</p>
      {procedure.objections.length > 0 && (
        <ul className="silence-objections">
          {procedure.objections.map((o) => (
            <li key={o.id}>
              <strong>{o.by.name}</strong> <span className="cs-muted">{dateTime(o.at)}</span>
              <p>{o.reason}</p>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
