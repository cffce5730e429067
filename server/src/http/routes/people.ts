/**
 * The people of a workspace, administered by the secretariat: list, add (by mailed
 * invitation), change a role, remove; and the stakeholder groups people belong to. Every
 * change is audited by the store in the same transaction, and the audit entry is what makes
 * open WebSockets re-check.
 */
import { Hono } from 'hono';
import {
  CreatePersonBody,
  CreateStakeholderGroupBody,
  Id,
  SetRoleBody,
  type MentionablePeople,
  type PeopleList,
  type Role,
  type StakeholderGroupList,
  type WorkspacePerson,
} from '@accord/schema';
import type { Identity } from '../../identity/identity.js';
import { inviteByMail, type InviteByMailDeps } from '../../identity/invite-by-mail.js';
import type { AppEnv } from '../env.js';
import { param, readJson } from '../errors.js';
import { Refusal, fieldIssue } from '../../refusal.js';
import type { Gate } from '../gate.js';

export function peopleRoutes(deps: InviteByMailDeps & { identity: Identity; gate: Gate }): Hono<AppEnv> {
  const { identity, gate } = deps;

  /** A workspace must keep someone who can administer it. */
  const keepOneSecretariat = async (workspaceId: string, personId: string, next: Role | null) => {
    if (next === 'secretariat') return;
    const people = await identity.audiences.listWorkspacePeople(workspaceId);
    const secretariat = people.filter((p) => p.role === 'secretariat');
    if (secretariat.length === 1 && secretariat[0]!.person.id === personId) {
      throw new Refusal(409, 'last_secretariat', { key: 'errors.identity.lastSecretariat' });
    }
  };

  const member = async (workspaceId: string, personId: string): Promise<WorkspacePerson> => {
    const person = await identity.people.getPerson(personId);
    const role = person && (await identity.people.getRole(personId, workspaceId));
    if (!person || !role)
      throw new Refusal(404, 'not_found', { key: 'errors.notFound.personHere', values: { id: personId } });
    return { person, role };
  };

  return new Hono<AppEnv>()
    .get('/workspaces/:workspaceId/people', async (c) => {
      const { workspace } = await gate.workspace(c, param(c, 'workspaceId', Id, 'workspace'), 'people.read');
      const body: PeopleList = { people: await identity.audiences.listWorkspacePeople(workspace.id) };
      return c.json(body);
    })
    .post('/workspaces/:workspaceId/people', async (c) => {
      const { workspace, auth } = await gate.workspace(c, param(c, 'workspaceId', Id, 'workspace'), 'people.manage');
      const { role, ...input } = await readJson(c, CreatePersonBody);
      if (!role)
        throw new Refusal(
          400,
          'invalid_body',
          { key: 'errors.identity.roleRequired' },
          {
            details: [fieldIssue('role', { key: 'errors.field.required' })],
          },
        );
      // Adding is inviting, for a known email and a new one alike: no profile in the answer,
      // no role without the person's consent, nothing that tells the two cases apart. The
      // invitee gives their own name and group when accepting.
      const body = await inviteByMail(deps, {
        workspace,
        email: input.email,
        role,
        actor: auth.person,
        locale: c.get('locale'),
      });
      c.header('cache-control', 'no-store');
      return c.json(body, 201);
    })
    .put('/workspaces/:workspaceId/people/:personId/role', async (c) => {
      const { workspace, auth } = await gate.workspace(c, param(c, 'workspaceId', Id, 'workspace'), 'role.change');
      const personId = param(c, 'personId', Id, 'person');
      const { role } = await readJson(c, SetRoleBody);
      await member(workspace.id, personId);
      await keepOneSecretariat(workspace.id, personId, role);
      await identity.people.changeRole(personId, workspace.id, role, { actorPersonId: auth.person.id, via: 'api' });
      return c.json(await member(workspace.id, personId));
    })
    .delete('/workspaces/:workspaceId/people/:personId/role', async (c) => {
      const { workspace, auth } = await gate.workspace(c, param(c, 'workspaceId', Id, 'workspace'), 'role.change');
      const personId = param(c, 'personId', Id, 'person');
      await member(workspace.id, personId);
      await keepOneSecretariat(workspace.id, personId, null);
      await identity.people.changeRole(personId, workspace.id, null, { actorPersonId: auth.person.id, via: 'api' });
      return c.body(null, 204);
    })
    .get('/documents/:documentId/people', async (c) => {
      // For @mentions: names and groups only (no emails), of everyone who may read the document.
      const { document } = await gate.document(c, param(c, 'documentId', Id, 'document'), 'comment.create');
      const audience = await identity.audiences.getDocumentAudience(document.id);
      const people = (await identity.audiences.listWorkspacePeople(document.workspaceId))
        .filter(({ person, role }) =>
          gate.canRead({ personId: person.id, roles: new Map([[document.workspaceId, role]]) }, document, audience),
        )
        .map(({ person }) => ({ id: person.id, name: person.name, stakeholderGroup: person.stakeholderGroup }));
      const body: MentionablePeople = { people };
      return c.json(body);
    })
    .get('/stakeholder-groups', async (c) => {
      const body: StakeholderGroupList = { groups: await identity.people.listStakeholderGroups() };
      return c.json(body);
    })
    .post('/workspaces/:workspaceId/stakeholder-groups', async (c) => {
      const { workspace, auth } = await gate.workspace(c, param(c, 'workspaceId', Id, 'workspace'), 'people.manage');
      const group = await readJson(c, CreateStakeholderGroupBody);
      await identity.people.addStakeholderGroup(group);
      await identity.audit.append({
        actorPersonId: auth.person.id,
        action: 'stakeholder-group.create',
        workspaceId: workspace.id,
        target: group.id,
        detail: { name: group.name },
      });
      return c.json(group, 201);
    });
}
