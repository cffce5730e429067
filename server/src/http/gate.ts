/**
 * The REST layer's door to the authorization module: every route that reads or writes
 * workspace data asks here, and here only `authorize()` decides. Refusals become HTTP errors
 * with the module's reason: 401 without a valid credential, 404 when the caller has no
 * access to the workspace or document at all (so ids cannot be probed across workspaces),
 * 403 with the reason when their role does not allow the action. 403s are audited.
 */
import type { Context } from 'hono';
import type { Access, DocumentRecord, Workspace } from '@accord/schema';
import { authorize, reasons, type Decision, type Principal, type Resource } from '../authz/authorize.js';
import { actions, type Action } from '../authz/policy.js';
import { documentResource, type DocumentResource } from '../authz/resources.js';
import type { Authenticated } from '../identity/authenticator.js';
import type { Identity } from '../identity/identity.js';
import type { Logger } from '../logger.js';
import type { RecordStore } from '../storage/types.js';
import type { AppEnv } from './env.js';
import { type Missing, Refusal, notFound } from '../refusal.js';

/** What a 404 names: the thing the caller asked for, by the id they gave. */
export interface Asked {
  what: Missing;
  id: string;
}

export interface GateDeps {
  records: RecordStore;
  identity: Identity;
  logger: Logger;
}

export class Gate {
  readonly #deps: GateDeps;

  constructor(deps: GateDeps) {
    this.#deps = deps;
  }

  /** The caller, or a 401 saying to sign in. */
  signedIn(c: Context<AppEnv>): Authenticated {
    const auth = c.get('auth');
    if (!auth) throw new Refusal(401, 'unauthenticated', { key: 'errors.auth.signIn' });
    return auth;
  }

  /** Allows `action` on `resource` or throws; `missing` names the resource in a 404. */
  async check(c: Context<AppEnv>, action: Action, resource: Resource, missing: Asked): Promise<Authenticated> {
    const auth = this.signedIn(c);
    return this.enforce(c, authorize(auth.principal, action, resource), action, resource, missing);
  }

  /**
   * Turns a decision made by the authorization module (`authorize` or one of its helpers,
   * e.g. authz/comments.ts) into the same HTTP refusals as {@link check}; `action` names it in the audit.
   */
  async enforce(
    c: Context<AppEnv>,
    decision: Decision,
    action: string,
    resource: Resource,
    missing: Asked,
  ): Promise<Authenticated> {
    const auth = this.signedIn(c);
    if (decision.allowed) return auth;
    if (decision.reason === reasons.noWorkspace || decision.reason === reasons.audience)
      throw notFound(missing.what, missing.id);
    await this.#deps.identity.audit.append({
      actorPersonId: auth.person.id,
      action: 'access.refused',
      workspaceId: resource.workspaceId,
      target: resource.documentId ?? null,
      detail: { action, reason: decision.reason, method: c.req.method, path: c.req.path },
    });
    throw new Refusal(403, 'forbidden', decision.ref ?? decision.reason);
  }

  /** Loads a workspace the caller may perform `action` in; 404 for unknown and foreign ones alike. */
  async workspace(
    c: Context<AppEnv>,
    workspaceId: string,
    action: Action,
  ): Promise<{ workspace: Workspace; auth: Authenticated; resource: Resource }> {
    const missing: Asked = { what: 'workspace', id: workspaceId };
    const auth = this.signedIn(c);
    const workspace = await this.#deps.records.getWorkspace(workspaceId);
    if (!workspace) throw notFound(missing.what, missing.id);
    const resource: Resource = { workspaceId };
    await this.check(c, action, resource, missing);
    return { workspace, auth, resource };
  }

  /**
   * Loads a document the caller may perform `action` on; 404 for unknown, foreign and
   * audience-limited ones alike. `missing` names what the caller asked for in that 404
   * (e.g. a comment thread, whose document id the caller need not learn).
   */
  async document(
    c: Context<AppEnv>,
    documentId: string,
    action: Action,
    missing: Asked = { what: 'document', id: documentId },
  ): Promise<DocumentResource & { auth: Authenticated }> {
    const auth = this.signedIn(c);
    const found = await documentResource(this.#deps.records, this.#deps.identity.audiences, documentId);
    if (!found) throw notFound(missing.what, missing.id);
    await this.check(c, action, found.resource, missing);
    return { ...found, auth };
  }

  /** Whether `principal` may read `document` (e.g. to list it), audience included. */
  canRead(principal: Principal, document: DocumentRecord, audience: readonly string[]): boolean {
    return authorize(principal, 'document.read', {
      workspaceId: document.workspaceId,
      documentId: document.id,
      audience,
    }).allowed;
  }

  /** The caller's role on a resource and every action allowed there, for the browser to show or hide controls. */
  access(auth: Authenticated, resource: Resource): Access {
    const role = auth.principal.roles.get(resource.workspaceId);
    if (!role) throw new Error('access() asked for a resource the caller has no role in');
    return { role, allowed: actions.filter((action) => authorize(auth.principal, action, resource).allowed) };
  }
}
