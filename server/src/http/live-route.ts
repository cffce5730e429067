/**
 * One Server-Sent Events route over a {@link DocumentHub}: `GET /documents/:documentId/<path>`
 * streams the document's events, each as a default `message` event with the event as JSON.
 * Opens with an `event: ready`: a client that opens the stream, waits for it, then fetches the
 * current state misses nothing; after a reconnect it fetches again. A `: heartbeat` comment
 * follows every 15 s. The caller's credential and right to read the document are checked
 * again before every event and heartbeat, and at once when {@link LiveAccess} sees their access
 * change, so signing out, a revoked token, losing a role or leaving the audience ends the stream
 * within about a second.
 */
import { Hono } from 'hono';
import { streamSSE } from 'hono/streaming';
import { Id } from '@accord/schema';
import { authorize } from '../authz/authorize.js';
import { documentResource } from '../authz/resources.js';
import type { Authenticator } from '../identity/authenticator.js';
import type { Identity } from '../identity/identity.js';
import type { LiveAccess } from '../live/access.js';
import { LiveStream, type DocumentHub } from '../live/hub.js';
import type { RecordStore } from '../storage/types.js';
import type { AppEnv } from './env.js';
import { param } from './errors.js';
import type { Gate } from './gate.js';

export interface LiveRouteDeps {
  gate: Gate;
  authenticator: Authenticator;
  records: RecordStore;
  identity: Identity;
  /** Ends streams when their reader's access changes. */
  access: LiveAccess;
  /** Heartbeat interval; tests shorten it. */
  heartbeatMs?: number;
}

/** The route `GET /documents/:documentId/${path}` streaming `hub`'s events of that document. */
export function liveRoute<E>(deps: LiveRouteDeps, hub: DocumentHub<E>, path: string): Hono<AppEnv> {
  return new Hono<AppEnv>().get(`/documents/:documentId/${path}`, async (c) => {
    const documentId = param(c, 'documentId', Id, 'document');
    const { auth } = await deps.gate.document(c, documentId, 'document.read');
    const credential = { kind: auth.via, secret: auth.secret };
    return streamSSE(c, async (stream) => {
      const live = new LiveStream<E>({
        write: async (chunk) => {
          await stream.write(chunk);
        },
        stillAllowed: async () => {
          const again = await deps.authenticator.authenticate(credential);
          const found = again && (await documentResource(deps.records, deps.identity.audiences, documentId));
          return !!found && authorize(again.principal, 'document.read', found.resource).allowed;
        },
        ...(deps.heartbeatMs === undefined ? {} : { heartbeatMs: deps.heartbeatMs }),
      });
      const unsubscribe = hub.subscribe(documentId, live);
      const untrack = deps.access.track({ personId: auth.person.id, documentId, recheck: () => live.recheck() });
      stream.onAbort(() => live.close());
      // With several instances: events published elsewhere are heard before the reader is told to fetch.
      await hub.listening(documentId);
      live.start();
      await live.ended;
      untrack();
      unsubscribe();
    });
  });
}
