/**
 * The one authorization decision: may this principal do this action on this resource? Pure
 * and synchronous, so the WebSocket layer can re-ask it for every open connection when a
 * role changes, and both channels get the same answer and the same reason.
 */
import type { Role } from '@accord/schema';
import type { Msg } from '../i18n/say.js';
import { actionPhrases, audienceExempt, permissions, rolePlurals, type Action } from './policy.js';

/** Who is asking: a signed-in person and their role in each workspace they belong to. */
export interface Principal {
  personId: string;
  roles: ReadonlyMap<string, Role>;
}

/** What is acted on. `audience` is the document's narrowed audience; empty or absent = the whole workspace. */
export interface Resource {
  workspaceId: string;
  documentId?: string;
  audience?: readonly string[];
}

/**
 * The answer, with a reason a person can act on when refused: `reason` in English (logs, the
 * audit, the WebSocket's refusal), `ref` the same sentence as a catalog message, for answering
 * a request in its own language.
 */
export type Decision = { allowed: true } | { allowed: false; reason: string; ref?: Msg };

/** Refusal reasons that are the same for every action. */
export const reasons = {
  signIn: 'sign in first',
  noWorkspace: 'you have no role in this workspace',
  audience: 'this document is limited to its drafting group',
} as const;

const allowed: Decision = Object.freeze({ allowed: true });
const deny = (reason: string, ref?: Msg): Decision =>
  ref ? { allowed: false, reason, ref } : { allowed: false, reason };

/**
 * Decides. In order: a principal is required; the principal must hold a role in the
 * resource's workspace (isolation: no role there means nothing there, and the reason does
 * not say whether the workspace exists); a document with an audience is open only to that
 * audience and to the roles in `audienceExempt`; then the role must be in the action's row.
 */
export function authorize(principal: Principal | undefined, action: Action, resource: Resource): Decision {
  if (!principal) return deny(reasons.signIn, { key: 'errors.auth.signIn' });
  const role = principal.roles.get(resource.workspaceId);
  if (!role) return deny(reasons.noWorkspace);
  if (resource.documentId !== undefined && resource.audience && resource.audience.length > 0) {
    if (!audienceExempt.includes(role) && !resource.audience.includes(principal.personId))
      return deny(reasons.audience);
  }
  if (!permissions[action].includes(role))
    return deny(`${rolePlurals[role]} cannot ${actionPhrases[action]}`, {
      key: 'errors.forbidden',
      values: { role, action: { key: `errors.action.${action}` } },
    });
  return allowed;
}
