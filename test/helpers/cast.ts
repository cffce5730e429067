/**
 * The people of a test, signed in once per server: every demo person of workspace `demo`,
 * and optionally an outsider who is secretariat of another workspace only. `api` sends a
 * request as one of them with their bearer token.
 */
import { SqlPeopleStore, SqlRecordStore } from '@accord/server';
import { bearer, demo, tokenFor } from './auth.js';
import type { InProcessAccord } from './in-process.js';

/** A demo person by their key in `demo`, or the outsider. */
export type Who = keyof typeof demo | 'outsider';

export interface Cast {
  token(who: Who): string;
  /** The person's id. */
  id(who: Who): string;
  api(who: Who, method: string, path: string, body?: unknown): Promise<Response>;
}

/** Signs everyone in on `server` (in-process, so the outsider can be created in its database). */
export async function castOf(server: InProcessAccord, options: { outsider?: boolean } = {}): Promise<Cast> {
  const identity = new SqlPeopleStore(server.accord.sql);
  const tokens = new Map<Who, string>();
  const ids = new Map<Who, string>();
  for (const who of Object.keys(demo) as (keyof typeof demo)[]) {
    tokens.set(who, await tokenFor(server.url, demo[who]));
    ids.set(who, (await identity.findPersonByEmail(demo[who]))!.id);
  }
  if (options.outsider) {
    await new SqlRecordStore(server.accord.sql).createWorkspace({ id: 'elsewhere', name: 'Elsewhere' });
    const outsider = await identity.addPerson(
      { email: 'outsider@example.org', name: 'Olu Outsider', stakeholderGroup: 'academia' },
      { actorPersonId: null, password: 'outsider password', grant: { workspaceId: 'elsewhere', role: 'secretariat' } },
    );
    tokens.set('outsider', await tokenFor(server.url, 'outsider@example.org', 'outsider password'));
    ids.set('outsider', outsider.id);
  }
  const known = <T>(map: Map<Who, T>, who: Who): T => {
    const value = map.get(who);
    if (value === undefined) throw new Error(`${who} is not in this test's cast`);
    return value;
  };
  return {
    token: (who) => known(tokens, who),
    id: (who) => known(ids, who),
    api: (who, method, path, body) =>
      fetch(`${server.url}${path}`, {
        method,
        headers: bearer(known(tokens, who)),
        body: body === undefined ? undefined : JSON.stringify(body),
      }),
  };
}
