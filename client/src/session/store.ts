/**
 * Who is signed in, for the whole page. The session itself is an HttpOnly cookie the page
 * cannot read; this store holds what `GET /api/session` says about it (the person, their
 * roles, the CSRF token for writes) and the transitions between signed in and signed out.
 * React reads it through `subscribe`/`getSnapshot`.
 */
import type { Role, Session } from '@accord/schema';
import { getSession, RequestError, signIn, signOut } from '../api.js';

/** Why the person is signed out: they asked to, or the server no longer knows the session. */
export type SignedOutReason = 'signed-out' | 'expired' | null;

export type SessionState =
  | { status: 'loading' }
  | { status: 'signed-out'; reason: SignedOutReason }
  | { status: 'signed-in'; session: Session }
  /** The server could not be asked (down, unreachable): nothing is known yet. */
  | { status: 'error'; error: Error };

/** The calls the store makes; the API module's by default, fakes in tests. */
export interface SessionApi {
  getSession: (signal?: AbortSignal) => Promise<Session>;
  signIn: (body: { email: string; password: string }) => Promise<Session>;
  signOut: () => Promise<void>;
}

const isUnauthenticated = (error: unknown) => error instanceof RequestError && error.status === 401;
const asError = (error: unknown) => (error instanceof Error ? error : new Error(String(error)));

export class SessionStore {
  #state: SessionState = { status: 'loading' };
  #listeners = new Set<() => void>();
  #api: SessionApi;

  constructor(api: SessionApi = { getSession, signIn, signOut }) {
    this.#api = api;
  }

  subscribe = (listener: () => void): (() => void) => {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  };

  getSnapshot = (): SessionState => this.#state;

  /** The signed-in session, or null. */
  get session(): Session | null {
    return this.#state.status === 'signed-in' ? this.#state.session : null;
  }

  /** The token every write must carry in `X-CSRF-Token`. */
  get csrfToken(): string | null {
    return this.session?.csrfToken || null;
  }

  /** The signed-in person's role in a workspace, as of the last answer from the server. */
  roleIn(workspaceId: string): Role | null {
    return this.session?.workspaces.find((w) => w.workspaceId === workspaceId)?.role ?? null;
  }

  /** Asks the server who is signed in (on page load, and to retry after an error). */
  async load(): Promise<void> {
    this.#set({ status: 'loading' });
    try {
      this.#set({ status: 'signed-in', session: await this.#api.getSession() });
    } catch (error) {
      this.#set(
        isUnauthenticated(error) ? { status: 'signed-out', reason: null } : { status: 'error', error: asError(error) },
      );
    }
  }

  /**
   * Re-reads the session without passing through "loading" (after a role change, or when the
   * CSRF token was refused). Resolves to the fresh CSRF token, or null when signed out.
   */
  async refresh(): Promise<string | null> {
    try {
      const session = await this.#api.getSession();
      this.#set({ status: 'signed-in', session });
      return session.csrfToken || null;
    } catch (error) {
      if (isUnauthenticated(error)) this.expire();
      return null;
    }
  }

  /** Signs in; rejects with the server's refusal (wrong password, too many attempts) for the form to show. */
  async signIn(email: string, password: string): Promise<Session> {
    const session = await this.#api.signIn({ email, password });
    this.#set({ status: 'signed-in', session });
    return session;
  }

  /** Takes a session the server started some other way (accepting an invitation). */
  adopt(session: Session): void {
    this.#set({ status: 'signed-in', session });
  }

  /**
   * Signs out. If the server cannot be reached the cookie still works, so the person stays
   * signed in and the error goes to the caller; a 401 means it was over already.
   */
  async signOut(): Promise<void> {
    try {
      await this.#api.signOut();
    } catch (error) {
      if (!isUnauthenticated(error)) throw error;
    }
    this.#set({ status: 'signed-out', reason: 'signed-out' });
  }

  /** The server answered 401 to a call: the session ended (expired, revoked, signed out elsewhere). */
  expire(): void {
    if (this.#state.status === 'signed-in') this.#set({ status: 'signed-out', reason: 'expired' });
  }

  #set(next: SessionState): void {
    this.#state = next;
    this.#listeners.forEach((l) => l());
  }
}
