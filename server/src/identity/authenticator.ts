/**
 * From a presented credential to a verified person and their current roles. Both channels
 * call this on every request and every WebSocket upgrade, and the WebSocket watcher calls
 * it again after each revocation, so a revoked session or token stops working everywhere.
 */
import type { Locale } from '@accord/i18n';
import type { Person } from '@accord/schema';
import type { Credential } from './credentials.js';
import type { Identity } from './identity.js';
import type { ActiveSession } from './session-store.js';
import { loadPrincipal } from './principal.js';
import type { Principal } from '../authz/authorize.js';

/** A verified credential and who it belongs to, roles read just now. */
export interface Authenticated {
  via: Credential['kind'];
  /** The secret as presented, kept to re-verify it later (never logged). */
  secret: string;
  person: Person;
  principal: Principal;
  /** Set for browser sessions (CSRF check, expiry). */
  session?: ActiveSession;
  /** The person's saved interface language; null (or absent) when they follow their browser. */
  locale?: Locale | null;
}

export class Authenticator {
  readonly #identity: Pick<Identity, 'people' | 'sessions'>;

  constructor(identity: Pick<Identity, 'people' | 'sessions'>) {
    this.#identity = identity;
  }

  /** The person behind `credential`, or undefined if it is malformed, unknown, expired or revoked. */
  async authenticate(credential: Credential): Promise<Authenticated | undefined> {
    let personId: string;
    let session: ActiveSession | undefined;
    if (credential.kind === 'session') {
      session = await this.#identity.sessions.verifySession(credential.secret);
      if (!session) return undefined;
      personId = session.personId;
    } else {
      const token = await this.#identity.sessions.verifyApiToken(credential.secret);
      if (!token) return undefined;
      personId = token.personId;
    }
    const found = await this.#identity.people.getPersonAndLocale(personId);
    if (!found) return undefined;
    const { person, locale } = found;
    const principal = await loadPrincipal(this.#identity.people, personId);
    return session
      ? { via: credential.kind, secret: credential.secret, person, principal, session, locale }
      : { via: credential.kind, secret: credential.secret, person, principal, locale };
  }
}
