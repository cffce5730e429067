/**
 * Invitation links: the secretariat creates one (shown once: there is no mail server, the
 * secretariat sends it); the invitee opens it without an account, accepts, and is signed in.
 */
import { Hono } from 'hono';
import { AcceptInvitationBody, CreateInvitationBody, Id, type CreatedInvitation, type InvitationInfo } from '@accord/schema';
import { IdentityError, type SqliteIdentityStore } from '../../identity/identity-store.js';
import type { SqliteInvitationStore } from '../../identity/invitations.js';
import type { RecordStore } from '../../storage/types.js';
import type { AppEnv } from '../env.js';
import { HttpError, param, readJson } from '../errors.js';
import type { Gate } from '../gate.js';
import { startSession } from './session.js';

export interface InvitationDeps {
  records: RecordStore;
  identity: SqliteIdentityStore;
  invitations: SqliteInvitationStore;
  gate: Gate;
  secureCookies: boolean;
}

export function invitationRoutes(deps: InvitationDeps): Hono<AppEnv> {
  const { records, identity, invitations, gate } = deps;
  const gone = () => new HttpError(404, 'invitation_invalid', 'this invitation link is invalid, used or expired; ask the secretariat for a new one');

  return new Hono<AppEnv>()
    .post('/workspaces/:workspaceId/invitations', async (c) => {
      const { workspace, auth } = await gate.workspace(c, param(c, 'workspaceId', Id, 'workspace'), 'people.manage');
      const input = await readJson(c, CreateInvitationBody);
      const { token, expiresAt } = await invitations.create({ workspaceId: workspace.id, email: input.email, role: input.role }, auth.person.id);
      const body: CreatedInvitation = { email: input.email, role: input.role, workspaceId: workspace.id, expiresAt, link: `/invite/${token}` };
      c.header('cache-control', 'no-store');
      return c.json(body, 201);
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
        existingPerson: (await identity.findPersonByEmail(invitation.email)) !== undefined,
      };
      return c.json(body);
    })
    .post('/invitations/:token/accept', async (c) => {
      const details = await readJson(c, AcceptInvitationBody);
      try {
        const { person } = await invitations.accept(c.req.param('token'), details);
        return startSession(c, identity, deps.secureCookies, person.id, 'invitation');
      } catch (error) {
        if (!(error instanceof IdentityError)) throw error;
        if (/invalid, used or expired|just used/.test(error.message)) throw gone();
        throw new HttpError(400, 'invalid_body', error.message);
      }
    });
}
