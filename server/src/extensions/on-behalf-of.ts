/**
 * Who an update stands for. Every update reaches the extensions with an origin: the
 * `Connection` it came from (its person was put in `connection.context.person` by the
 * authorization extension when the socket was admitted), or, for the server's own writes, an
 * {@link OnBehalfOf} naming the person whose request made it (a coordinator resolving a bracket
 * or accepting a suggestion). Attribution reads the person here and nowhere else, so nothing a
 * client claims (an awareness name, a Yjs client id) ever decides who changed the text.
 */
import { Connection } from '../collab/index.js';

/** The origin of a server write made at a person's request: attributed to them. */
export class OnBehalfOf {
  constructor(
    /** The person whose request made the write. */
    readonly personId: string,
    /** What the write does, for the record: `bracket.resolve`, `suggestion.accept`… */
    readonly action: string,
  ) {}
}

/** The person a connection was admitted for, as the authorization extension recorded it. */
export interface AdmittedPerson {
  id: string;
  name: string;
}

/** The person `origin` stands for; undefined for the system's own writes (a seed, a reset by the CLI). */
export function personOfOrigin(origin: unknown): string | undefined {
  if (origin instanceof OnBehalfOf) return origin.personId;
  if (origin instanceof Connection) return (origin.context.person as AdmittedPerson | undefined)?.id;
  return undefined;
}
