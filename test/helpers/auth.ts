/**
 * Credentials for tests, obtained the way a person or a script does: sign in over HTTP as
 * one of the seeded demo people, then create a bearer token. Nothing is written into the
 * database behind the server's back.
 */
import { demoPassword } from '@accord/server';

/** A browser-like session: the cookie to send and the CSRF token for writes. */
export interface SignedIn {
  cookie: string;
  csrfToken: string;
  personId: string;
}

/** The demo people by role, as seeded in workspace `demo`. */
export const demo = {
  secretariat: 'secretariat@demo.example',
  coordinator: 'coordinator@demo.example',
  member: 'member@demo.example',
  member2: 'member2@demo.example',
  contributor: 'contributor@demo.example',
  observer: 'observer@demo.example',
} as const;

/** Signs in with email and password; throws with the server's answer when refused. */
export async function signIn(url: string, email: string, password: string = demoPassword): Promise<SignedIn> {
  const response = await fetch(`${url}/api/session`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  if (response.status !== 200)
    throw new Error(`signing in as ${email} answered ${response.status}: ${await response.text()}`);
  const cookie = response.headers
    .getSetCookie()
    .map((c) => c.split(';')[0]!)
    .join('; ');
  const body = (await response.json()) as { csrfToken: string; person: { id: string } };
  return { cookie, csrfToken: body.csrfToken, personId: body.person.id };
}

/** Headers for a cookie-authenticated request (with the CSRF token, as the browser app sends it). */
export const sessionHeaders = (s: SignedIn): Record<string, string> => ({
  cookie: s.cookie,
  'x-csrf-token': s.csrfToken,
  'content-type': 'application/json',
});

/** Headers for a bearer-token request. */
export const bearer = (token: string): Record<string, string> => ({
  authorization: `Bearer ${token}`,
  'content-type': 'application/json',
});

const tokens = new Map<string, Promise<string>>();

/** A bearer token of `email` (a demo person by default password), created once per server and person. */
export function tokenFor(url: string, email: string, password: string = demoPassword): Promise<string> {
  const key = `${url} ${email}`;
  let token = tokens.get(key);
  if (!token) {
    token = (async () => {
      const session = await signIn(url, email, password);
      const response = await fetch(`${url}/api/tokens`, {
        method: 'POST',
        headers: sessionHeaders(session),
        body: JSON.stringify({ name: 'tests' }),
      });
      if (response.status !== 201)
        throw new Error(`creating a token for ${email} answered ${response.status}: ${await response.text()}`);
      return ((await response.json()) as { token: string }).token;
    })();
    tokens.set(key, token);
    token.catch(() => tokens.delete(key));
  }
  return token;
}
