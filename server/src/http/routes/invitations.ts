/**
 * Invitations: the secretariat invites (the link is mailed, never shown), lists the pending
 * ones and revokes them; the invitee opens the mailed link. Accepting as a new person creates
 * the account and signs in; an email that has an account must be signed in as itself, and
 * then only gains the role (its session stays the one it has).
 */
import { Hono } from 'hono';
import {
  AcceptInvitationBody,
  CreateInvitationBody,
  Id,
  type InvitationInfo,
  type PendingInvitationList,
} from '@accord/schema';
import { csrfFor } from '../../identity/secrets.js';
import type { Identity } from '../../identity/identity.js';
import { inviteByMail, type InviteByMailDeps } from '../../identity/invite-by-mail.js';
import type { SqlInvitationStore } from '../../identity/invitations.js';
import type { RecordStore } from '../../storage/types.js';
import type { AppEnv } from '../env.js';
import { param, readJson } from '../errors.js';
import { Refusal } from '../../refusal.js';
import type { Gate } from '../gate.js';
import { sessionBody, startSession } from './session.js';

export interface InvitationDeps extends InviteByMailDeps {
  records: RecordStore;
  identity: Identity;
  invitations: SqlInvitationStore;
  gate: Gate;
  secureCookies: boolean;
}

export function invitationRoutes(deps: InvitationDeps): Hono<AppEnv> {
  const { records, identity, invitations, gate } = deps;
  const gone = () => new Refusal(404, 'invitation_invalid', { key: 'errors.invitation.gone' });

  return new Hono<AppEnv>()
    .post('/workspaces/:workspaceId/invitations', async (c) => {
      const { workspace, auth } = await gate.workspace(c, param(c, 'workspaceId', Id, 'workspace'), 'people.manage');
      const input = await readJson(c, CreateInvitationBody);
      const body = await inviteByMail(deps, {
        workspace,
        email: input.email,
        role: input.role,
        actor: auth.person,
        locale: input.locale ?? c.get('locale'),
      });
      c.header('cache-control', 'no-store');
      return c.json(body, 201);
    })
    .get('/workspaces/:workspaceId/invitations', async (c) => {
      const { workspace } = await gate.workspace(c, param(c, 'workspaceId', Id, 'workspace'), 'people.manage');
      const body: PendingInvitationList = { invitations: await invitations.listPending(workspace.id) };
      c.header('cache-control', 'no-store');
      return c.json(body);
    })
    .delete('/workspaces/:workspaceId/invitations/:invitationId', async (c) => {
      const { workspace, auth } = await gate.workspace(c, param(c, 'workspaceId', Id, 'workspace'), 'people.manage');
      const id = param(c, 'invitationId', Id, 'invitation');
      if (!(await invitations.revoke(workspace.id, id, auth.person.id))) {
        throw new Refusal(404, 'not_found', { key: 'errors.notFound.pendingInvitation' });
      }
      return c.body(null, 204);
    })
    .get('/invitations/:token', async (c) => {
      const invitation = await invitations.peek(c.req.param('token'));
      const workspace = invitation && (await records.getWorkspace(invitation.workspaceId));
      if (!invitation || !workspace) throw gone();
      const body: InvitationInfo = {
        email: invitation.email,
        role: invitation.role,
        workspace,
        expiresAt: invitation.expiresAt,
        existingPerson: (await identity.people.findPersonByEmail(invitation.email)) !== undefined,
      };
      c.header('cache-control', 'no-store');
      return c.json(body);
    })
    .post('/invitations/:token/accept', async (c) => {
      const details = await readJson(c, AcceptInvitationBody);
      const auth = c.get('auth');
      const { person, created } = await invitations.accept(c.req.param('token'), details, auth?.person.id);
      if (created) return startSession(c, identity, deps.secureCookies, person.id, 'invitation');
      // The invitee was signed in already: the same session, now with the new role.
      const roles = await identity.people.rolesOf(person.id);
      c.header('cache-control', 'no-store');
      return c.json(
        sessionBody(
          { person, principal: { personId: person.id, roles }, locale: auth!.locale ?? null },
          auth!.session ? csrfFor(auth!.secret) : '',
          auth!.session?.expiresAt ?? '',
        ),
      );
    });
}
