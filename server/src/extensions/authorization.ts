/**
 * Authorization on the WebSocket channel. At upgrade: the session cookie (same origin only)
 * or the `token` query parameter is verified, and `authorize()` decides whether the person
 * may read the document (else refused) and edit it (else the connection is read-only).
 * While open: presence is rewritten to the server's name for the person, and every change
 * of access (role, audience, sign-out, token revocation) is applied to the open connection
 * within a poll interval — downgraded in place or closed with a 44xx code, which the stock
 * client does not retry, so a revocation causes no reconnect storm.
 */
import type { IncomingMessage } from 'node:http';
import { CloseCode, type AwarenessEntry } from '@accord/protocol';
import type { Role } from '@accord/schema';
import {
  ConnectionRefused,
  type AwarenessPayload,
  type ConnectPayload,
  type Connection,
  type Extension,
} from '../collab/index.js';
import { authorize, reasons, type Decision } from '../authz/authorize.js';
import { documentResource } from '../authz/resources.js';
import type { Authenticated, Authenticator } from '../identity/authenticator.js';
import { credentialOf, type Credential } from '../identity/credentials.js';
import type { Identity } from '../identity/identity.js';
import { sameOrigin } from '../http/middleware/csrf.js';
import type { Logger } from '../logger.js';
import type { RecordStore } from '../storage/types.js';
import { AccessWatcher, type Affected, type AuditFeed } from './access-watcher.js';
import { sanitizeAwareness, type Speaker } from './awareness-policy.js';

export interface AuthorizationOptions {
  authenticator: Authenticator;
  records: RecordStore;
  identity: Identity;
  logger: Logger;
  secureCookies: boolean;
  allowedOrigins: readonly string[];
  /** The audit log as a change feed (see {@link AccessWatcher}). */
  audit: AuditFeed;
  /** How often access changes are looked for. Default 250 ms. */
  pollMs?: number;
  /** How often every open connection is re-checked (expired sessions). Default 60 s. */
  sweepMs?: number;
  /**
   * False leaves open connections as they were admitted, whatever changes later: only for
   * `ACCORD_BENCH_UNGUARDED`, to measure what watching costs. Default true.
   */
  recheckAccess?: boolean;
}

/** What the extension remembers of an admitted connection; one object per connection, which is also its presence speaker. */
interface Admitted extends Speaker {
  credential: Credential;
  personId: string;
}

/** The read, edit and suggest decisions for one person on one document; undefined when the document does not exist. */
type Grant =
  | { workspaceId: string; role: Role | undefined; read: Decision; edit: Decision; suggest: Decision }
  | undefined;

/**
 * How a writable connection may change the document, in `connection.context.mode`: `edit`
 * (document.edit) or `suggest` (document.suggest only: contributors; every change must be a
 * suggestion, which the suggestions extension checks). A connection allowed neither is read-only.
 */
export type ConnectionMode = 'edit' | 'suggest';

/** What a grant makes of a connection: its mode, or the reason it is read-only. */
function modeOf(grant: NonNullable<Grant>): { mode: ConnectionMode | undefined; readOnly: string | undefined } {
  if (grant.edit.allowed) return { mode: 'edit', readOnly: undefined };
  if (grant.suggest.allowed) return { mode: 'suggest', readOnly: undefined };
  return { mode: undefined, readOnly: grant.edit.reason };
}

/** Records a connection's mode and role where later hooks (the suggestions extension) read them. */
function recordMode(connection: Connection, grant: NonNullable<Grant>, mode: ConnectionMode | undefined): void {
  connection.context.mode = mode;
  connection.context.role = grant.role;
}

/** Connections re-checked between two turns of the event loop. */
const RECHECK_SLICE = 50;

/** The value of `key` in `memo`, computed by `compute` the first time. */
const once = <T>(memo: Map<string, Promise<T>>, key: string, compute: () => Promise<T>): Promise<T> => {
  let value = memo.get(key);
  if (!value) memo.set(key, (value = compute()));
  return value;
};

export class Authorization implements Extension {
  readonly name = 'authorization';
  /** Before every other extension: nothing is loaded for a connection that may not open its document. */
  readonly priority = 0;
  readonly #options: AuthorizationOptions;
  readonly #log: Logger;
  readonly #admitted = new Map<Connection, Admitted>();
  readonly #watcher: AccessWatcher;

  constructor(options: AuthorizationOptions) {
    this.#options = options;
    this.#log = options.logger.child({ extension: 'authorization' });
    this.#watcher = new AccessWatcher({
      lastSeq: options.audit.lastSeq,
      readAfter: options.audit.readAfter,
      recheck: (affected) => this.#recheck(affected),
      pollMs: options.pollMs ?? 250,
      sweepMs: options.sweepMs ?? 60_000,
      onError: (error) =>
        this.#log.error('could not re-check open connections after an access change; will retry', { error }),
    });
  }

  async onConnect({ documentId, request, connection }: ConnectPayload): Promise<void> {
    const credential = this.#credential(request);
    const auth = await this.#options.authenticator.authenticate(credential);
    if (!auth)
      throw new ConnectionRefused(
        CloseCode.Unauthenticated,
        'your session or token is invalid, expired or revoked; sign in again',
      );
    const grant = await this.#grant(auth.principal, documentId);
    const refusal = this.#refusal(grant, documentId);
    if (refusal) {
      // Like the REST layer: a refusal by role is audited; "no such document" is not an event.
      if (refusal.code === CloseCode.PermissionDenied) {
        await this.#options.identity.audit.append({
          actorPersonId: auth.person.id,
          action: 'access.refused',
          workspaceId: grant?.workspaceId ?? null,
          target: documentId,
          detail: { action: 'document.read', reason: refusal.message, channel: 'websocket' },
        });
      }
      throw refusal;
    }
    const { mode, readOnly } = modeOf(grant!);
    connection.setReadOnly(readOnly);
    recordMode(connection, grant!, mode);
    connection.context.person = { id: auth.person.id, name: auth.person.name };
    this.#admitted.set(connection, {
      // The secret is a slice of the upgrade's URL or Cookie header, and a slice keeps its whole
      // parent string alive for as long as the connection is open: keep a copy of the secret only.
      credential: { kind: credential.kind, secret: Buffer.from(credential.secret).toString() },
      personId: auth.person.id,
      name: auth.person.name,
      readOnly: readOnly !== undefined,
      clientIds: new Set(),
    });
    if (this.#options.recheckAccess !== false) this.#watcher.start();
  }

  onDisconnect({ connection }: { connection: Connection }): void {
    this.#admitted.delete(connection);
  }

  onAwareness({ connection, entries }: AwarenessPayload): AwarenessEntry[] {
    const admitted = this.#admitted.get(connection);
    // Every connection in a room passed onConnect; one that did not has nothing to announce.
    if (!admitted) return [];
    admitted.readOnly = connection.readOnly !== undefined;
    return sanitizeAwareness(entries, admitted);
  }

  onDestroy(): void {
    this.#watcher.stop();
  }

  /** Runs one poll now (tests use it to avoid waiting for the timer). */
  poll(): Promise<void> {
    return this.#watcher.tick();
  }

  #credential(request: IncomingMessage): Credential {
    const url = new URL(request.url ?? '/', 'http://localhost');
    const credential = credentialOf(
      {
        cookie: request.headers.cookie,
        authorization: request.headers.authorization,
        queryToken: url.searchParams.get('token'),
      },
      this.#options.secureCookies,
    );
    if (!credential)
      throw new ConnectionRefused(
        CloseCode.Unauthenticated,
        'sign in first: connect with your session cookie or ?token=',
      );
    if (credential.kind === 'session') {
      // Cross-site WebSocket hijacking: a page elsewhere can open a socket that carries our cookie.
      const origin = request.headers.origin;
      if (origin !== undefined && !sameOrigin(origin, request.headers.host, this.#options.allowedOrigins)) {
        throw new ConnectionRefused(CloseCode.PermissionDenied, `connections from ${origin} are not accepted`);
      }
    }
    return credential;
  }

  async #grant(principal: Parameters<typeof authorize>[0], documentId: string): Promise<Grant> {
    const found = await documentResource(this.#options.records, this.#options.identity.audiences, documentId);
    if (!found) return undefined;
    const { resource } = found;
    return {
      workspaceId: resource.workspaceId,
      role: principal?.roles.get(resource.workspaceId),
      read: authorize(principal, 'document.read', resource),
      edit: authorize(principal, 'document.edit', resource),
      suggest: authorize(principal, 'document.suggest', resource),
    };
  }

  /** The refusal for a grant that does not allow reading; unknown and inaccessible documents look the same. */
  #refusal(grant: Grant, documentId: string): ConnectionRefused | undefined {
    if (grant?.read.allowed) return undefined;
    const reason = grant && !grant.read.allowed ? grant.read.reason : undefined;
    if (!grant || reason === reasons.noWorkspace || reason === reasons.audience) {
      return new ConnectionRefused(
        CloseCode.DocumentNotFound,
        `no document ${documentId.slice(0, 64)} that you can open`,
      );
    }
    return new ConnectionRefused(CloseCode.PermissionDenied, reason!);
  }

  /**
   * Re-checks the affected connections. One pass stands for one moment, so a credential shared
   * by several connections (tabs, a script's token) is verified once and a person's grant on a
   * document read once; and the relay gets the event loop back every {@link RECHECK_SLICE}
   * connections: a re-check costs ~0.15 ms of SQLite reads, and a sweep of a thousand connections
   * in one go would hold every update back for that long.
   */
  async #recheck(affected: Affected): Promise<void> {
    const auths = new Map<string, Promise<Authenticated | undefined>>();
    const grants = new Map<string, Promise<Grant>>();
    let slice = 0;
    for (const [connection, admitted] of [...this.#admitted]) {
      if (!affected.all && !affected.people.has(admitted.personId) && !affected.documents.has(connection.documentId))
        continue;
      if (++slice % RECHECK_SLICE === 0) await new Promise((resolve) => setImmediate(resolve));
      if (connection.closed) continue;
      const { credential } = admitted;
      const auth = await once(auths, `${credential.kind}:${credential.secret}`, () =>
        this.#options.authenticator.authenticate(credential),
      );
      if (!auth) {
        connection.refuse(CloseCode.Unauthenticated, 'you were signed out, or your token was revoked; sign in again');
        continue;
      }
      const grant = await once(grants, `${auth.person.id}\n${connection.documentId}`, () =>
        this.#grant(auth.principal, connection.documentId),
      );
      if (!grant?.read.allowed) {
        connection.refuse(CloseCode.PermissionDenied, 'you no longer have access to this document');
        continue;
      }
      const { mode, readOnly } = modeOf(grant);
      const modeChanged = mode !== connection.context.mode;
      if (readOnly !== connection.readOnly || modeChanged) {
        this.#log.info('access changed on an open connection', {
          connection: connection.id,
          person: admitted.personId,
          readOnly: readOnly ?? false,
          mode: mode ?? 'read',
        });
        if (readOnly === connection.readOnly && readOnly === undefined) {
          // Editing ⇄ suggesting: still writable, but the client must learn it. permissionDenied is
          // the one message that makes it re-read its access (see Connection.setReadOnly), so it is
          // sent once and the connection stays writable.
          connection.setReadOnly(
            mode === 'suggest'
              ? 'your access changed: you may suggest changes now'
              : 'your access changed: you may edit now',
            true,
          );
          connection.setReadOnly(undefined);
        } else connection.setReadOnly(readOnly, true);
        admitted.readOnly = readOnly !== undefined;
      }
      recordMode(connection, grant, mode);
      admitted.name = auth.person.name;
    }
  }
}
