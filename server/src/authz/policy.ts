/**
 * Who may do what: the one table every channel's decision comes from. The REST layer, the
 * WebSocket layer and the permission-matrix test all read it; change a right here and
 * nowhere else. Roles follow issue 4: the secretariat administers, coordinators steer
 * documents (statuses, bracket resolutions, versions, rounds), members edit (brackets are
 * text), comment, propose statuses and alternatives, and record positions;
 * contributors comment and submit contributions without editing, observers read.
 */
import { Action, type Role } from '@accord/schema';

/** Every action the server authorizes; the list itself lives in @accord/schema so the browser can name them. */
export const actions = Action.options;
export type { Action };

const everyone: readonly Role[] = ['secretariat', 'coordinator', 'member', 'contributor', 'observer'];
const commenters: readonly Role[] = ['secretariat', 'coordinator', 'member', 'contributor'];
const editors: readonly Role[] = ['secretariat', 'coordinator', 'member'];
const steering: readonly Role[] = ['secretariat', 'coordinator'];
const administration: readonly Role[] = ['secretariat'];

/**
 * The roles allowed each action. `Record<Action, …>` makes the table total: an action
 * without a row does not compile. The secretariat keeps editing rights because in practice
 * it holds the pen for compilations and summaries; people.read is withheld from contributors
 * and observers because it shows email addresses.
 */
export const permissions: Readonly<Record<Action, readonly Role[]>> = {
  'workspace.read': everyone,
  'document.read': everyone,
  'document.create': steering,
  'document.audience': steering,
  'document.edit': editors,
  // Replacing the live text with a saved version undoes everyone's work since: steering.
  'document.reset': steering,
  // Proposing wording without overwriting it (suggestion mode): everyone who may comment.
  'document.suggest': commenters,
  // Accepting or rejecting someone's suggestion changes the text on their behalf: steering.
  'suggestion.decide': steering,
  'comment.create': commenters,
  'comment.moderate': steering,
  'contribution.submit': commenters,
  'position.record': editors,
  'status.propose': editors,
  'status.set': steering,
  // Alternatives are proposals of language by a member (shown with the stakeholder group they come from): the drafting members'.
  'bracket.alternative': editors,
  'bracket.resolve': steering,
  'version.create': steering,
  'round.manage': steering,
  // Calls for contributions and the compilation desk: the coordinators and the secretariat (issue 14).
  'call.manage': steering,
  'compilation.edit': steering,
  'endorsement.manage': steering,
  'translation.manage': steering,
  // Breaking silence: every member of the body, not the contributors or observers.
  'endorsement.object': editors,
  // Answering a round's comments is drafting work: whoever holds the pen gives dispositions.
  'round.respond': editors,
  'people.read': editors,
  'people.manage': administration,
  'role.change': administration,
  'audit.read': administration,
};

/** Roles that see every document of their workspace, whatever its audience. */
export const audienceExempt: readonly Role[] = steering;

/** How a refusal names an action: "observers cannot {edit this document}". */
export const actionPhrases: Readonly<Record<Action, string>> = {
  'workspace.read': 'open this workspace',
  'document.read': 'read this document',
  'document.create': 'create documents here',
  'document.audience': 'limit who can open this document',
  'document.edit': 'edit this document',
  'document.reset': 'reset this document to a saved version',
  'document.suggest': 'suggest changes to this document',
  'suggestion.decide': 'accept or reject suggestions',
  'comment.create': 'comment on this document',
  'comment.moderate': 'moderate comments here',
  'contribution.submit': 'submit contributions here',
  'position.record': 'record positions on this document',
  'status.propose': 'propose paragraph statuses',
  'status.set': 'set paragraph statuses',
  'bracket.alternative': 'propose alternatives to bracketed text',
  'bracket.resolve': 'resolve brackets',
  'version.create': 'publish versions of this document',
  'round.manage': 'open or close consultation rounds',
  'call.manage': 'run calls for contributions',
  'compilation.edit': 'compile contributions into this document',
  'endorsement.manage': 'put versions to endorsement by silence procedure',
  'translation.manage': 'create language versions of a document and offer them in consultations',
  'endorsement.object': 'break silence on a version',
  'round.respond': 'respond to consultation comments',
  'people.read': 'see the people of this workspace',
  'people.manage': 'manage the people of this workspace',
  'role.change': 'change roles in this workspace',
  'audit.read': 'read the audit log',
};

/** Role names as refusals use them, plural. */
export const rolePlurals: Readonly<Record<Role, string>> = {
  secretariat: 'the secretariat',
  coordinator: 'coordinators',
  member: 'members',
  contributor: 'contributors',
  observer: 'observers',
};

/** Whether `role` may perform `action`, before workspace and audience are considered. */
export const roleAllows = (role: Role, action: Action): boolean => permissions[action].includes(role);
