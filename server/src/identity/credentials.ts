/**
 * Where a request carries its credential, for both channels: the browser's session cookie,
 * an `Authorization: Bearer` token, or (WebSocket only, because the stock y-websocket
 * provider can only add query parameters) `?token=`. Parsing only; verifying is the
 * authenticator's job.
 */

/** The session cookie's name; with `secure`, the `__Host-` prefix pins it to this origin over https. */
export const sessionCookieName = (secure: boolean): string => (secure ? '__Host-accord_session' : 'accord_session');

/** A credential as presented: which kind, and the secret (unverified). */
export type Credential = { kind: 'session'; secret: string } | { kind: 'token'; secret: string };

/** What a request looks like to {@link credentialOf}: its headers and, for upgrades, its URL. */
export interface CredentialSource {
  cookie?: string | undefined;
  authorization?: string | undefined;
  /** Query `token` of a WebSocket upgrade. */
  queryToken?: string | null | undefined;
}

/** Reads one cookie's value from a Cookie header; undefined when absent. */
export function readCookie(header: string | undefined, name: string): string | undefined {
  if (!header) return undefined;
  for (const part of header.split(';')) {
    const eq = part.indexOf('=');
    if (eq < 0) continue;
    if (part.slice(0, eq).trim() === name) return part.slice(eq + 1).trim();
  }
  return undefined;
}

/**
 * The credential a request presents. An explicit token (header or query) wins over a
 * cookie: a script that says who it is should not be taken for the browser it runs in.
 */
export function credentialOf(source: CredentialSource, secureCookies: boolean): Credential | undefined {
  const bearer = /^Bearer\s+(\S+)\s*$/i.exec(source.authorization ?? '')?.[1];
  if (bearer) return { kind: 'token', secret: bearer };
  if (source.queryToken) return { kind: 'token', secret: source.queryToken };
  const cookie = readCookie(source.cookie, sessionCookieName(secureCookies));
  if (cookie) return { kind: 'session', secret: cookie };
  return undefined;
}

/** The Set-Cookie value that starts a session. HttpOnly: page scripts never see it; SameSite=Lax: other sites' forms do not send it. */
export function sessionCookie(secret: string, maxAgeSeconds: number, secure: boolean): string {
  return `${sessionCookieName(secure)}=${secret}; Path=/; HttpOnly; SameSite=Lax; Max-Age=${maxAgeSeconds}${secure ? '; Secure' : ''}`;
}

/** The Set-Cookie value that removes the session cookie. */
export function clearedSessionCookie(secure: boolean): string {
  return `${sessionCookieName(secure)}=; Path=/; HttpOnly; SameSite=Lax; Max-Age=0${secure ? '; Secure' : ''}`;
}
