/**
 * The permission matrix, generated from the one table in server/src/authz/policy.ts: every
 * role (and a person with no role in the workspace) × every action × both channels, each
 * asserted allowed or denied against a real Accord on loopback. Denied WebSocket writes are
 * hand-made Yjs updates from a raw socket, and must leave the live and the stored document
 * byte-for-byte unchanged.
 */
import * as Y from 'yjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { actions, permissions, SqlPeopleStore, type Action } from '@accord/server';
import type { Role } from '@accord/schema';
import { bearer } from './helpers/auth.js';
import { createDocument } from './helpers/accord-process.js';
import { until } from './helpers/clients.js';
import { castOf, type Cast } from './helpers/cast.js';
import { inProcessAccord, type InProcessAccord } from './helpers/in-process.js';
import { bracketOverSocket } from './helpers/brackets.js';
import { handMadeUpdate, probeSocket } from './helpers/probe-socket.js';
import { registerConfirmed } from './helpers/participants.js';
import { suggestOverSocket } from './helpers/suggestions.js';

type Caller = Role | 'outsider';
const roles: Role[] = ['secretariat', 'coordinator', 'member', 'contributor', 'observer'];
const callers: Caller[] = [...roles, 'outsider'];

let server: InProcessAccord;
let cast: Cast;
let documentId: string;
let member2Id: string;
/** Comments are probed on the seeded MAG summary: a new thread needs a block of the live document. */
const commentedDocument = 'mag-2015-03-03-summary';
let blockId: string;
let member2Token: string;
let baseThread: { threadId: string; commentId: string };
/** Numbered paragraphs of the MAG summary by number: id and text. */
let paragraphs: Map<number, { id: string; text: string }>;
/** An open bracket that alternatives are proposed to. */
let baseBracket: string;
/** A version of the MAG summary, saved by the coordinator, that version probes read, compare and restore. */
let baseVersion: string;
/** Resolution probes each resolve a bracket of their own, made on successive passages of paragraph 3. */
let nextPassage = 0;
let baseRound: string;
let roundToClose: string;
let publicComment: string;
/** The compilation the compilation probes work on (issue 14), a call on it, a contribution to that call, one of its blocks. */
const compilationDocument = 'policy-menus-cnb';
let compilationCall: string;
let compilationContribution: string;
let compilationBlock: string;
/** A public call open now (real clock) on the compilation, for the contribution probes. */
let baseCall: string;
/** A silence procedure on a version of the commented document, with a deadline far ahead. */
let silenceProcedure: string;
/** Language versions (issue 15): the Spanish version of the commented document, for alignment probes. */
let languageVersion: string;
/** A round open now on the matrix document, and saved versions of its French and Russian versions to offer in it. */
let languageRound: string;
const offeredVersions = new Map<string, string>();

/** Every HTTP route that needs no workspace permission, and why. */
const publicRoutes: Record<string, string> = {
  'GET /healthz': 'liveness for operators',
  'GET /metrics':
    'scraped by operators: open on loopback, or behind ACCORD_METRICS_TOKEN (its own bearer token, not a person)',
  'POST /api/session': 'signing in',
  'GET /api/session': 'who am I (401 when signed out)',
  'PUT /api/session/locale': 'one’s own interface language (401 when signed out; CSRF-checked like every cookie write)',
  'DELETE /api/session': 'signing out one’s own session',
  'POST /api/tokens': 'a token for oneself (401 when signed out)',
  'POST /api/tokens/revoke': 'holding a token proves the right to revoke it',
  'GET /api/stakeholder-groups': 'the registration and invitation forms list them',
  'GET /api/invitations/:token': 'the mailed link is the credential',
  'POST /api/invitations/:token/accept':
    'the mailed link is the credential; an existing account must also be signed in as the invited email',
  'GET /*': 'the browser client’s files',
  'GET /api/public/rounds/:roundId': 'the public consultation page: the frozen version is published',
  'POST /api/public/rounds/:roundId/participants': 'anyone may register while a round is open (rate-limited)',
  'POST /api/public/rounds/:roundId/confirmations': 'the mailed single-use code is the credential',
  'POST /api/public/rounds/:roundId/comments': 'the participant token is the credential',
  'POST /api/public/rounds/:roundId/reactions': 'the participant token is the credential',
  'GET /api/public/rounds/:roundId/comments': 'published comments are public; pending and hidden ones never appear',
  'GET /api/public/rounds/:roundId/participant':
    'the participant token is the credential; it only tells its holder who they are',
  'GET /api/public/rounds/:roundId/report': 'the group publishes its report with the revised version; 404 until then',
  'GET /api/public/rounds/:roundId/outcome':
    'the answers are public with the revised version (404 until then); whose comments are whose comes from the participant session only',
  'GET /api/public/calls/:callId':
    'the public page of a call: its title, introduction, pillars and dates are published',
  'POST /api/public/calls/:callId/contributors':
    'anyone may ask for a code for a public call while it is open (rate-limited per address and email)',
  'POST /api/public/calls/:callId/contributors/confirm':
    'the mailed single-use code is the credential (attempts rate-limited per email)',
  'POST /api/public/calls/:callId/contributions':
    'the confirmed contributor token (X-Contributor-Token) is the credential; public calls only',
  'GET /api/public/calls/:callId/contributions/:contributionId':
    'the contributor token is the credential; only their own contribution',
  'PUT /api/public/calls/:callId/contributions/:contributionId':
    'the contributor token is the credential; only their own contribution, while the call is open',
  'GET /api/public/versions/:versionId':
    'an endorsed version is published; anything else (unknown, not endorsed) is the same 404',
};

interface RestProbe {
  action: Action;
  /** Sends the request as `caller`; returns the response. */
  send(caller: Caller): Promise<Response>;
}

const api = (caller: Caller, method: string, path: string, body?: unknown) => cast.api(caller, method, path, body);

/** One probe per REST route that needs a permission, keyed as Hono lists routes. */
const restProbes: Record<string, RestProbe> = {
  // Language versions (issue 15). Each allowed caller makes a language of its own (the setup made es of this document).
  'POST /api/documents/:documentId/languages': {
    action: 'translation.manage',
    send: (c) =>
      api(c, 'POST', `/api/documents/${commentedDocument}/languages`, {
        language: c === 'secretariat' ? 'ar' : c === 'coordinator' ? 'zh' : 'ru',
      }),
  },
  'GET /api/documents/:documentId/languages': {
    action: 'document.read',
    send: (c) => api(c, 'GET', `/api/documents/${languageVersion}/languages`),
  },
  'GET /api/documents/:documentId/alignment': {
    action: 'document.read',
    send: (c) => api(c, 'GET', `/api/documents/${languageVersion}/alignment`),
  },
  // A sync with nothing to add or remove, and a mark of paragraph 1: harmless to later probes.
  'POST /api/documents/:documentId/alignment/sync': {
    action: 'document.edit',
    send: (c) => api(c, 'POST', `/api/documents/${languageVersion}/alignment/sync`, { start: 'empty' }),
  },
  'POST /api/documents/:documentId/alignment/:blockId/translated': {
    action: 'document.edit',
    send: (c) => api(c, 'POST', `/api/documents/${languageVersion}/alignment/${blockId}/translated`),
  },
  'GET /api/documents/:documentId/paragraphs/:blockId/threads': {
    action: 'document.read',
    send: (c) => api(c, 'GET', `/api/documents/${languageVersion}/paragraphs/${blockId}/threads?languages=all`),
  },
  // Once per language: the secretariat offers French, the coordinator Russian (denied callers are refused first).
  'POST /api/rounds/:roundId/languages': {
    action: 'translation.manage',
    send: (c) => {
      const language = c === 'coordinator' ? 'ru' : 'fr';
      return api(c, 'POST', `/api/rounds/${languageRound}/languages`, {
        language,
        versionId: offeredVersions.get(language),
      });
    },
  },
  'GET /api/rounds/:roundId/languages': {
    action: 'document.read',
    send: (c) => api(c, 'GET', `/api/rounds/${languageRound}/languages`),
  },
  // Calls for contributions (issue 14).
  'POST /api/documents/:documentId/calls': {
    action: 'call.manage',
    send: (c) =>
      api(c, 'POST', `/api/documents/${compilationDocument}/calls`, {
        title: `Call by ${c}`,
        pillars: [{ title: 'Access' }],
        opensAt: '2100-01-01T00:00:00Z',
        closesAt: '2100-02-01T00:00:00Z',
        participation: 'invited',
        organisations: ['EuroDIG'],
      }),
  },
  'GET /api/documents/:documentId/calls': {
    action: 'document.read',
    send: (c) => api(c, 'GET', `/api/documents/${compilationDocument}/calls`),
  },
  'GET /api/calls/:callId': { action: 'document.read', send: (c) => api(c, 'GET', `/api/calls/${baseCall}`) },
  'POST /api/calls/:callId/contributions': {
    action: 'contribution.submit',
    send: (c) => api(c, 'POST', `/api/calls/${baseCall}/contributions`, contributionBody(c)),
  },
  // Author only: an allowed caller edits their own contribution; a denied one is refused by the Gate
  // before authorship is looked at (it targets the member's).
  'PUT /api/calls/:callId/contributions/:contributionId': {
    action: 'contribution.submit',
    send: async (c) =>
      api(
        c,
        'PUT',
        `/api/calls/${baseCall}/contributions/${await contribution(allowed(c, 'contribution.submit') ? c : 'member')}`,
        contributionBody(c),
      ),
  },
  'GET /api/calls/:callId/contributions': {
    action: 'call.manage',
    send: (c) => api(c, 'GET', `/api/calls/${baseCall}/contributions?format=csv`),
  },
  // The compilation desk: each allowed caller inserts the contribution's first paragraph at the top.
  'POST /api/documents/:documentId/compilation/insert': {
    action: 'compilation.edit',
    send: (c) =>
      api(c, 'POST', `/api/documents/${compilationDocument}/compilation/insert`, {
        contributionId: compilationContribution,
        paragraphs: [0],
        afterBlockId: null,
      }),
  },
  'GET /api/documents/:documentId/compilation/sources': {
    action: 'document.read',
    send: (c) => api(c, 'GET', `/api/documents/${compilationDocument}/compilation/sources`),
  },
  // The call's document decides: call.manage on it (an unknown call is 404 for everyone signed in).
  'GET /api/calls/:callId/coverage': {
    action: 'call.manage',
    send: (c) => api(c, 'GET', `/api/calls/${compilationCall}/coverage`),
  },
  'POST /api/documents/:documentId/paragraphs/:blockId/divergences': {
    action: 'compilation.edit',
    send: (c) =>
      api(c, 'POST', `/api/documents/${compilationDocument}/paragraphs/${compilationBlock}/divergences`, {
        views: [
          { view: 'One view', contributionIds: [compilationContribution] },
          { view: 'Another view', contributionIds: [compilationContribution] },
        ],
      }),
  },
  'GET /api/documents/:documentId/divergences': {
    action: 'document.read',
    send: (c) => api(c, 'GET', `/api/documents/${compilationDocument}/divergences`),
  },
  // Silence procedures: one runs per version, so each allowed caller puts a version of its own to silence.
  'POST /api/documents/:documentId/endorsements': {
    action: 'endorsement.manage',
    send: async (c) => {
      const saved = (await (
        await api('coordinator', 'POST', `/api/documents/${commentedDocument}/versions`, { name: `Silence by ${c}` })
      ).json()) as { id: string };
      return api(c, 'POST', `/api/documents/${commentedDocument}/endorsements`, {
        versionId: saved.id,
        deadline: '2100-01-01T00:00:00.000Z',
      });
    },
  },
  'GET /api/documents/:documentId/endorsements': {
    action: 'document.read',
    send: (c) => api(c, 'GET', `/api/documents/${commentedDocument}/endorsements`),
  },
  'GET /api/endorsements/:procedureId': {
    action: 'document.read',
    send: (c) => api(c, 'GET', `/api/endorsements/${silenceProcedure}`),
  },
  // The deadline is far ahead: every allowed caller's objection is taken.
  'POST /api/endorsements/:procedureId/objections': {
    action: 'endorsement.object',
    send: (c) => api(c, 'POST', `/api/endorsements/${silenceProcedure}/objections`, { reason: `Objection by ${c}` }),
  },
  'GET /api/documents/:documentId/compilation/export': {
    action: 'document.read',
    send: (c) => api(c, 'GET', `/api/documents/${commentedDocument}/compilation/export?format=docx`),
  },
  'GET /api/workspaces': { action: 'workspace.read', send: (c) => api(c, 'GET', '/api/workspaces') },
  'GET /api/workspaces/:workspaceId': { action: 'workspace.read', send: (c) => api(c, 'GET', '/api/workspaces/demo') },
  'GET /api/workspaces/:workspaceId/documents': {
    action: 'workspace.read',
    send: (c) => api(c, 'GET', '/api/workspaces/demo/documents'),
  },
  'POST /api/workspaces/:workspaceId/documents': {
    action: 'document.create',
    send: (c) => api(c, 'POST', '/api/workspaces/demo/documents', { title: `Created by ${c}` }),
  },
  'GET /api/documents/:documentId': {
    action: 'document.read',
    send: (c) => api(c, 'GET', `/api/documents/${documentId}`),
  },
  'GET /api/documents/:documentId/audience': {
    action: 'document.read',
    send: (c) => api(c, 'GET', `/api/documents/${documentId}/audience`),
  },
  'PUT /api/documents/:documentId/audience': {
    action: 'document.audience',
    // An empty audience is the whole workspace: an allowed change locks no later probe out.
    send: async (c) => api(c, 'PUT', `/api/documents/${documentId}/audience`, { people: [] }),
  },
  'GET /api/documents/:documentId/people': {
    action: 'comment.create',
    send: (c) => api(c, 'GET', `/api/documents/${documentId}/people`),
  },
  'GET /api/documents/:documentId/content': {
    action: 'document.read',
    send: (c) => api(c, 'GET', `/api/documents/${documentId}/content?format=markdown`),
  },
  'GET /api/workspaces/:workspaceId/people': {
    action: 'people.read',
    send: (c) => api(c, 'GET', '/api/workspaces/demo/people'),
  },
  'POST /api/workspaces/:workspaceId/people': {
    action: 'people.manage',
    send: (c) =>
      api(c, 'POST', '/api/workspaces/demo/people', {
        email: `added-by-${c}@example.org`,
        name: 'Added',
        stakeholderGroup: 'academia',
        role: 'observer',
      }),
  },
  'POST /api/workspaces/:workspaceId/invitations': {
    action: 'people.manage',
    send: (c) =>
      api(c, 'POST', '/api/workspaces/demo/invitations', { email: `invited-by-${c}@example.org`, role: 'observer' }),
  },
  'GET /api/workspaces/:workspaceId/invitations': {
    action: 'people.manage',
    send: (c) => api(c, 'GET', '/api/workspaces/demo/invitations'),
  },
  'DELETE /api/workspaces/:workspaceId/invitations/:invitationId': {
    action: 'people.manage',
    send: async (c) => {
      // A fresh invitation per probe, made by the secretariat, so an allowed revocation harms no other probe.
      const created = await api('secretariat', 'POST', '/api/workspaces/demo/invitations', {
        email: `revocable-${c}@example.org`,
        role: 'observer',
      });
      const { id } = (await created.json()) as { id: string };
      return api(c, 'DELETE', `/api/workspaces/demo/invitations/${id}`);
    },
  },
  'POST /api/workspaces/:workspaceId/stakeholder-groups': {
    action: 'people.manage',
    send: (c) =>
      api(c, 'POST', '/api/workspaces/demo/stakeholder-groups', { id: `group-of-${c}`, name: `Group of ${c}` }),
  },
  'PUT /api/workspaces/:workspaceId/people/:personId/role': {
    action: 'role.change',
    send: (c) => api(c, 'PUT', `/api/workspaces/demo/people/${member2Id}/role`, { role: 'member' }),
  },
  'DELETE /api/workspaces/:workspaceId/people/:personId/role': {
    action: 'role.change',
    send: async (c) => {
      // A fresh person per probe, so an allowed removal harms no one else. Written to the
      // database directly: adding over HTTP only invites (the person must accept).
      const person = await new SqlPeopleStore(server.accord.sql).addPerson(
        { email: `removable-${c}@example.org`, name: 'Removable', stakeholderGroup: 'academia' },
        { actorPersonId: null, grant: { workspaceId: 'demo', role: 'observer' } },
      );
      return api(c, 'DELETE', `/api/workspaces/demo/people/${person.id}/role`);
    },
  },
  'GET /api/workspaces/:workspaceId/audit': {
    action: 'audit.read',
    send: (c) => api(c, 'GET', '/api/workspaces/demo/audit'),
  },
  'GET /api/documents/:documentId/comments': {
    action: 'document.read',
    send: (c) => api(c, 'GET', `/api/documents/${commentedDocument}/comments?format=csv`),
  },
  'GET /api/documents/:documentId/comments/live': {
    action: 'document.read',
    send: async (c) => {
      // An event stream never ends by itself: take the status, then hang up.
      const controller = new AbortController();
      const response = await fetch(`${server.url}/api/documents/${commentedDocument}/comments/live`, {
        headers: bearer(cast.token(c)),
        signal: controller.signal,
      });
      if (response.status !== 200) return response;
      controller.abort();
      return new Response('a stream was open', { status: 200 });
    },
  },
  'POST /api/documents/:documentId/comments': {
    action: 'comment.create',
    send: (c) =>
      api(c, 'POST', `/api/documents/${commentedDocument}/comments`, {
        anchor: { kind: 'block', blockId },
        body: `Comment by ${c}`,
      }),
  },
  'POST /api/comment-threads/:threadId/replies': {
    action: 'comment.create',
    send: (c) => api(c, 'POST', `/api/comment-threads/${baseThread.threadId}/replies`, { body: `Reply by ${c}` }),
  },
  'PATCH /api/comments/:commentId': {
    action: 'comment.create',
    send: async (c) => api(c, 'PATCH', `/api/comments/${await ownCommentOr(c)}`, { body: `Edited by ${c}` }),
  },
  'DELETE /api/comments/:commentId': {
    action: 'comment.create',
    send: async (c) => api(c, 'DELETE', `/api/comments/${await ownCommentOr(c)}`),
  },
  'POST /api/comment-threads/:threadId/resolve': {
    action: 'comment.moderate',
    send: async (c) => api(c, 'POST', `/api/comment-threads/${await member2Thread()}/resolve`),
  },
  'POST /api/comment-threads/:threadId/reopen': {
    action: 'comment.moderate',
    send: async (c) => {
      const threadId = await member2Thread();
      expect(
        (
          await fetch(`${server.url}/api/comment-threads/${threadId}/resolve`, {
            method: 'POST',
            headers: bearer(member2Token),
          })
        ).status,
      ).toBe(200);
      return api(c, 'POST', `/api/comment-threads/${threadId}/reopen`);
    },
  },
  'GET /api/comment-threads/:threadId/history': {
    action: 'document.read',
    send: (c) => api(c, 'GET', `/api/comment-threads/${baseThread.threadId}/history`),
  },
  'GET /api/documents/:documentId/suggestions': {
    action: 'document.read',
    send: (c) => api(c, 'GET', `/api/documents/${commentedDocument}/suggestions`),
  },
  // Each decision probe decides a suggestion of its own, made by the member at the end of paragraph 1.
  'POST /api/documents/:documentId/suggestions/:suggestionId/accept': {
    action: 'suggestion.decide',
    send: async (c) => api(c, 'POST', `/api/documents/${commentedDocument}/suggestions/${await suggestion(c)}/accept`),
  },
  'POST /api/documents/:documentId/suggestions/:suggestionId/reject': {
    action: 'suggestion.decide',
    send: async (c) => api(c, 'POST', `/api/documents/${commentedDocument}/suggestions/${await suggestion(c)}/reject`),
  },
  // Everyone who may suggest withdraws a suggestion of their own (others': 403, see test/suggestions.test.ts).
  'POST /api/documents/:documentId/suggestions/:suggestionId/withdraw': {
    action: 'document.suggest',
    send: async (c) =>
      api(
        c,
        'POST',
        `/api/documents/${commentedDocument}/suggestions/${await suggestion(c, allowed(c, 'document.suggest') ? c : 'member')}/withdraw`,
      ),
  },
  // Nothing pending by member2: an allowed decision decides nothing, and harms no other probe.
  'POST /api/documents/:documentId/suggestions/decide': {
    action: 'suggestion.decide',
    send: (c) =>
      api(c, 'POST', `/api/documents/${commentedDocument}/suggestions/decide`, {
        authorId: member2Id,
        decision: 'reject',
      }),
  },
  'GET /api/documents/:documentId/settings/suggestions': {
    action: 'document.read',
    send: (c) => api(c, 'GET', `/api/documents/${commentedDocument}/settings/suggestions`),
  },
  'PUT /api/documents/:documentId/settings/suggestions': {
    action: 'status.set',
    send: (c) => api(c, 'PUT', `/api/documents/${commentedDocument}/settings/suggestions`, { members: 'open' }),
  },
  'GET /api/documents/:documentId/consensus': {
    action: 'document.read',
    send: (c) => api(c, 'GET', `/api/documents/${commentedDocument}/consensus`),
  },
  'GET /api/documents/:documentId/register': {
    action: 'document.read',
    send: (c) => api(c, 'GET', `/api/documents/${commentedDocument}/register?format=docx`),
  },
  'GET /api/documents/:documentId/consensus/dashboard': {
    action: 'document.read',
    send: (c) => api(c, 'GET', `/api/documents/${commentedDocument}/consensus/dashboard`),
  },
  'GET /api/documents/:documentId/consensus/live': {
    action: 'document.read',
    send: (c) => openStream(c, `/api/documents/${commentedDocument}/consensus/live`),
  },
  'GET /api/documents/:documentId/paragraphs/:blockId/history': {
    action: 'document.read',
    send: (c) => api(c, 'GET', paragraphPath(4, 'history')),
  },
  'GET /api/documents/:documentId/paragraphs/:blockId/changes': {
    action: 'document.read',
    send: (c) => api(c, 'GET', paragraphPath(4, 'changes')),
  },
  'POST /api/documents/:documentId/visits': {
    action: 'document.read',
    send: (c) => api(c, 'POST', `/api/documents/${commentedDocument}/visits`),
  },
  // Paragraph 4 is agreed again and again: re-confirming an agreement is always a change.
  'PUT /api/documents/:documentId/paragraphs/:blockId/status': {
    action: 'status.set',
    send: (c) => api(c, 'PUT', paragraphPath(4, 'status'), { status: 'agreed', note: `by ${c}` }),
  },
  'POST /api/documents/:documentId/paragraphs/:blockId/status-proposals': {
    action: 'status.propose',
    send: (c) => api(c, 'POST', paragraphPath(4, 'status-proposals'), { status: 'contested', note: `by ${c}` }),
  },
  'PUT /api/documents/:documentId/paragraphs/:blockId/position': {
    action: 'position.record',
    send: (c) => api(c, 'PUT', paragraphPath(4, 'position'), { position: 'support' }),
  },
  'POST /api/documents/:documentId/brackets/:bracketId/alternatives': {
    action: 'bracket.alternative',
    send: (c) =>
      api(c, 'POST', `/api/documents/${commentedDocument}/brackets/${baseBracket}/alternatives`, {
        text: `Proposed by ${c}`,
      }),
  },
  'POST /api/documents/:documentId/brackets/:bracketId/resolution': {
    action: 'bracket.resolve',
    send: async (c) => {
      const start = 10 * nextPassage++;
      const bracketId = await bracketOverSocket(
        server,
        cast.token('secretariat'),
        commentedDocument,
        paragraphs.get(3)!.id,
        start,
        start + 5,
      );
      return api(c, 'POST', `/api/documents/${commentedDocument}/brackets/${bracketId}/resolution`, {
        choice: 'bracketed',
      });
    },
  },
  'POST /api/documents/:documentId/versions': {
    action: 'version.create',
    send: (c) => api(c, 'POST', `/api/documents/${commentedDocument}/versions`, { name: `Saved by ${c}` }),
  },
  'GET /api/documents/:documentId/versions': {
    action: 'document.read',
    send: (c) => api(c, 'GET', `/api/documents/${commentedDocument}/versions`),
  },
  'GET /api/documents/:documentId/versions/:versionId': {
    action: 'document.read',
    send: (c) => api(c, 'GET', `/api/documents/${commentedDocument}/versions/${baseVersion}`),
  },
  'GET /api/documents/:documentId/versions/:versionId/content': {
    action: 'document.read',
    send: (c) => api(c, 'GET', `/api/documents/${commentedDocument}/versions/${baseVersion}/content?format=docx`),
  },
  'GET /api/documents/:documentId/compare': {
    action: 'document.read',
    send: (c) => api(c, 'GET', `/api/documents/${commentedDocument}/compare?from=${baseVersion}&to=live`),
  },
  'POST /api/documents/:documentId/versions/:versionId/restore': {
    action: 'version.create',
    send: (c) => api(c, 'POST', `/api/documents/${commentedDocument}/versions/${baseVersion}/restore`),
  },
  'POST /api/documents/:documentId/versions/:versionId/reset': {
    action: 'document.reset',
    // The matrix document back to a version of itself saved just before: an allowed reset changes nothing other probes use.
    send: async (c) => {
      const saved = await api('coordinator', 'POST', `/api/documents/${documentId}/versions`, {
        name: `Before ${c} resets`,
      });
      const { id } = (await saved.json()) as { id: string };
      return api(c, 'POST', `/api/documents/${documentId}/versions/${id}/reset`);
    },
  },
  'GET /api/documents/:documentId/numbering': {
    action: 'document.read',
    send: (c) => api(c, 'GET', `/api/documents/${commentedDocument}/numbering`),
  },
  // Freezing again at the same version is a change each time (recorded); labels change nothing other probes check.
  'PUT /api/documents/:documentId/numbering': {
    action: 'version.create',
    send: (c) =>
      api(c, 'PUT', `/api/documents/${commentedDocument}/numbering`, { mode: 'frozen', versionId: baseVersion }),
  },
  'POST /api/documents/:documentId/numbering/renumber': {
    action: 'version.create',
    send: (c) => api(c, 'POST', `/api/documents/${commentedDocument}/numbering/renumber`),
  },
  // Each probe's round gets its own window in the far future, so no two clash.
  'POST /api/documents/:documentId/rounds': {
    action: 'round.manage',
    send: (c) => api(c, 'POST', `/api/documents/${commentedDocument}/rounds`, roundBody(`Opened by ${c}`)),
  },
  'GET /api/documents/:documentId/rounds': {
    action: 'round.respond',
    send: (c) => api(c, 'GET', `/api/documents/${commentedDocument}/rounds`),
  },
  'POST /api/rounds/:roundId/close': {
    action: 'round.manage',
    send: (c) => api(c, 'POST', `/api/rounds/${roundToClose}/close`),
  },
  'GET /api/rounds/:roundId/moderation': {
    action: 'round.manage',
    send: (c) => api(c, 'GET', `/api/rounds/${baseRound}/moderation`),
  },
  'POST /api/rounds/:roundId/comments/:commentId/flag': {
    action: 'round.manage',
    send: (c) => api(c, 'POST', `/api/rounds/${baseRound}/comments/${publicComment}/flag`, { note: `by ${c}` }),
  },
  'POST /api/rounds/:roundId/comments/:commentId/hide': {
    action: 'round.manage',
    send: (c) => api(c, 'POST', `/api/rounds/${baseRound}/comments/${publicComment}/hide`, { reason: `by ${c}` }),
  },
  'POST /api/rounds/:roundId/comments/:commentId/restore': {
    action: 'round.manage',
    send: (c) => api(c, 'POST', `/api/rounds/${baseRound}/comments/${publicComment}/restore`, {}),
  },
  // The base round is closed in beforeAll, and its comment published again by the restore above.
  'GET /api/rounds/:roundId/processing': {
    action: 'round.respond',
    send: (c) => api(c, 'GET', `/api/rounds/${baseRound}/processing`),
  },
  'PUT /api/rounds/:roundId/comments/:commentId/disposition': {
    action: 'round.respond',
    send: (c) =>
      api(c, 'PUT', `/api/rounds/${baseRound}/comments/${publicComment}/disposition`, {
        disposition: 'noted',
        response: `by ${c}`,
      }),
  },
  'GET /api/rounds/:roundId/report': {
    action: 'round.respond',
    send: (c) => api(c, 'GET', `/api/rounds/${baseRound}/report?format=csv`),
  },
  // A round publishes one revised version: each caller gets a round of its own, already over and without comments.
  'POST /api/rounds/:roundId/revision': {
    action: 'round.manage',
    send: async (c) => {
      const past = await api('coordinator', 'POST', `/api/documents/${commentedDocument}/rounds`, {
        versionId: baseVersion,
        title: `Past for ${c}`,
        opensAt: '2020-01-01T00:00:00Z',
        closesAt: '2020-01-02T00:00:00Z',
      });
      expect(past.status).toBe(201);
      return api(c, 'POST', `/api/rounds/${((await past.json()) as { id: string }).id}/revision`, {
        name: `Revised for ${c}`,
      });
    },
  },
};

const contributionBody = (c: Caller) => ({
  title: `By ${c}`,
  organisation: 'Brazil IGF',
  kind: 'national',
  country: 'BR',
  pillars: ['access'],
  paragraphs: [`Text by ${c}`],
});
/** A contribution of `who` to the base call (who must be allowed contribution.submit); its id. */
async function contribution(who: Caller): Promise<string> {
  const r = await api(who, 'POST', `/api/calls/${baseCall}/contributions`, contributionBody(who));
  expect(r.status).toBe(201);
  return ((await r.json()) as { id: string }).id;
}

let nextRound = 0;
/** A round body on the base version with a window of its own, one day per probe from 2100 on. */
const roundBody = (title: string) => {
  const day = 24 * 3600 * 1000;
  const opens = Date.parse('2100-01-01T00:00:00Z') + 2 * day * nextRound++;
  return {
    versionId: baseVersion,
    title,
    opensAt: new Date(opens).toISOString(),
    closesAt: new Date(opens + day).toISOString(),
  };
};

const paragraphPath = (n: number, rest: string) =>
  `/api/documents/${commentedDocument}/paragraphs/${paragraphs.get(n)!.id}/${rest}`;

/** An event stream never ends by itself: take the status, then hang up. */
async function openStream(caller: Caller, path: string): Promise<Response> {
  const controller = new AbortController();
  const response = await fetch(`${server.url}${path}`, {
    headers: bearer(cast.token(caller)),
    signal: controller.signal,
  });
  if (response.status !== 200) return response;
  controller.abort();
  return new Response('a stream was open', { status: 200 });
}

/** A new thread opened by the demo member2 (not a caller), so resolving it is moderation for everyone probed. */
async function member2Thread(): Promise<string> {
  const response = await fetch(`${server.url}/api/documents/${commentedDocument}/comments`, {
    method: 'POST',
    headers: bearer(member2Token),
    body: JSON.stringify({ anchor: { kind: 'block', blockId }, body: 'To be moderated' }),
  });
  expect(response.status).toBe(201);
  return ((await response.json()) as { id: string }).id;
}

/**
 * A comment of the caller's own when their role lets them comment (changing it is then
 * allowed), else the secretariat's (refused for observers; unknown to outsiders).
 */
async function ownCommentOr(caller: Caller): Promise<string> {
  const created = await api(caller, 'POST', `/api/documents/${commentedDocument}/comments`, {
    anchor: { kind: 'block', blockId },
    body: `Own comment of ${caller}`,
  });
  if (created.status !== 201) return baseThread.commentId;
  return ((await created.json()) as { comments: { id: string }[] }).comments[0]!.id;
}

/** A pending suggestion by `by` at the end of paragraph 1, made over the WebSocket for the probe of `caller`. */
const suggestion = (caller: Caller, by: Caller = 'member'): Promise<string> =>
  suggestOverSocket(
    server,
    cast.token(by),
    cast.id(by),
    commentedDocument,
    blockId,
    ` (suggested by ${by} for ${caller})`,
  );

/** Actions reachable over the WebSocket, with the probe that tries them. */
const wsActions: Action[] = ['document.read', 'document.edit'];

/** Actions with no channel yet, each waiting for the issue that builds it. */
const notYetExposed: Action[] = [];

const allowed = (caller: Caller, action: Action): boolean =>
  caller !== 'outsider' && permissions[action].includes(caller);

const storedUpdates = async (id: string): Promise<Buffer[]> =>
  (
    await server.accord.sql.all<{ data: Buffer }>(
      'SELECT data FROM document_updates WHERE document_id = ? ORDER BY seq',
      [id],
    )
  ).map((r) => r.data);

beforeAll(async () => {
  server = await inProcessAccord({ ACCORD_LIMIT_SIGNINS_PER_MINUTE: '600', ACCORD_LIMIT_REQUESTS_PER_SECOND: '1000' });
  // The outsider holds a role in another workspace only.
  cast = await castOf(server, { outsider: true });
  member2Id = cast.id('member2');
  documentId = await createDocument(server, 'Matrix document', 'demo', cast.token('coordinator'));
  member2Token = cast.token('member2');
  const content = (await (
    await api('member', 'GET', `/api/documents/${commentedDocument}/content?format=json`)
  ).json()) as { paragraphs: { id: string; number: number | null; text: string }[] };
  blockId = content.paragraphs.find((p) => p.number === 1)!.id;
  paragraphs = new Map(
    content.paragraphs.flatMap((p) => (p.number === null ? [] : [[p.number, { id: p.id, text: p.text }]])),
  );
  baseBracket = await bracketOverSocket(server, cast.token('member'), commentedDocument, paragraphs.get(2)!.id, 0, 10);
  const base = (await (
    await api('secretariat', 'POST', `/api/documents/${commentedDocument}/comments`, {
      anchor: { kind: 'block', blockId },
      body: 'Base thread',
    })
  ).json()) as {
    id: string;
    comments: { id: string }[];
  };
  baseThread = { threadId: base.id, commentId: base.comments[0]!.id };
  baseVersion = (
    (await (
      await api('coordinator', 'POST', `/api/documents/${commentedDocument}/versions`, { name: 'Base version' })
    ).json()) as { id: string }
  ).id;
  // A round open now (by the real clock) with one public comment to moderate, and one to close.
  const open = await api('coordinator', 'POST', `/api/documents/${commentedDocument}/rounds`, {
    versionId: baseVersion,
    title: 'Base round',
    opensAt: '2020-01-01T00:00:00Z',
    closesAt: '2090-01-01T00:00:00Z',
  });
  baseRound = ((await open.json()) as { id: string }).id;
  roundToClose = (
    (await (
      await api('coordinator', 'POST', `/api/documents/${commentedDocument}/rounds`, roundBody('To close'))
    ).json()) as { id: string }
  ).id;
  // Confirmed through the mailed link, so the comment reaches moderation.
  const token = await registerConfirmed(server, baseRound, {
    name: 'Ada',
    email: 'ada@example.org',
    stakeholderGroup: 'civil-society',
    country: 'KE',
  });
  const commented = await fetch(`${server.url}/api/public/rounds/${baseRound}/comments`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-participant-token': token },
    body: JSON.stringify({ anchor: { kind: 'general' }, text: 'A public comment' }),
  });
  expect(commented.status).toBe(201);
  publicComment = ((await commented.json()) as { id: string }).id;
  // Dispositions are given after the close.
  expect((await api('coordinator', 'POST', `/api/rounds/${baseRound}/close`)).status).toBe(200);
  const publicCall = await api('coordinator', 'POST', `/api/documents/${compilationDocument}/calls`, {
    title: 'Base call',
    pillars: [{ title: 'Access' }],
    opensAt: '2020-01-01T00:00:00Z',
    closesAt: '2090-01-01T00:00:00Z',
    participation: 'public',
  });
  baseCall = ((await publicCall.json()) as { id: string }).id;
  const invited = (await (
    await api('coordinator', 'POST', `/api/documents/${compilationDocument}/calls`, {
      title: 'Policy Menus call',
      pillars: [{ title: 'Access', question: 'What works?' }],
      opensAt: '2020-01-01T00:00:00.000Z',
      closesAt: '2100-01-01T00:00:00.000Z',
      participation: 'invited',
    })
  ).json()) as { id: string };
  compilationCall = invited.id;
  compilationContribution = (
    (await (
      await api('coordinator', 'POST', `/api/calls/${compilationCall}/contributions`, {
        title: 'Brazil IGF',
        organisation: 'Brazil IGF',
        kind: 'national',
        country: 'BR',
        pillars: [],
        paragraphs: ['Connectivity is a right.', 'Community networks need spectrum.'],
      })
    ).json()) as { id: string }
  ).id;
  compilationBlock = (
    (await (await api('coordinator', 'GET', `/api/documents/${compilationDocument}/content?format=json`)).json()) as {
      paragraphs: { id: string }[];
    }
  ).paragraphs[0]!.id;
  const silenced = (await (
    await api('coordinator', 'POST', `/api/documents/${commentedDocument}/versions`, { name: 'Put to silence' })
  ).json()) as { id: string };
  silenceProcedure = (
    (await (
      await api('coordinator', 'POST', `/api/documents/${commentedDocument}/endorsements`, {
        versionId: silenced.id,
        deadline: '2100-01-01T00:00:00.000Z',
      })
    ).json()) as { id: string }
  ).id;
  // Language versions (issue 15): a Spanish version of the commented document to align; a round
  // open now on the matrix document, with saved French and Russian versions each allowed caller can offer.
  languageVersion = (
    (await (
      await api('coordinator', 'POST', `/api/documents/${commentedDocument}/languages`, { language: 'es' })
    ).json()) as { documentId: string }
  ).documentId;
  const matrixVersion = (
    (await (await api('coordinator', 'POST', `/api/documents/${documentId}/versions`, { name: 'Matrix' })).json()) as {
      id: string;
    }
  ).id;
  for (const language of ['fr', 'ru']) {
    const made = (await (
      await api('coordinator', 'POST', `/api/documents/${documentId}/languages`, { language, start: 'empty' })
    ).json()) as { documentId: string };
    const saved = (await (
      await api('coordinator', 'POST', `/api/documents/${made.documentId}/versions`, { name: `Matrix ${language}` })
    ).json()) as { id: string };
    offeredVersions.set(language, saved.id);
  }
  languageRound = (
    (await (
      await api('coordinator', 'POST', `/api/documents/${documentId}/rounds`, {
        versionId: matrixVersion,
        title: 'Matrix round in several languages',
        opensAt: '2020-01-01T00:00:00Z',
        closesAt: '2090-01-01T00:00:00Z',
      })
    ).json()) as { id: string }
  ).id;
});
afterAll(() => server?.close());

describe('the permission matrix covers', () => {
  it('every HTTP route: each is public for a stated reason or has a probe', () => {
    const unaccounted = server.accord.routes.filter((r) => !(r in publicRoutes) && !(r in restProbes));
    expect(unaccounted).toEqual([]);
    for (const route of Object.keys(restProbes)) expect(server.accord.routes).toContain(route);
  });

  it('every action: each is probed on some channel or listed as not yet exposed', () => {
    const probed = new Set<Action>([...Object.values(restProbes).map((p) => p.action), ...wsActions]);
    expect(actions.filter((a) => !probed.has(a))).toEqual(notYetExposed);
  });
});

describe.each(callers)('REST as %s', (caller) => {
  it.each(Object.entries(restProbes))('%s', async (_route, probe) => {
    const response = await probe.send(caller);
    const body = await response.text();
    if (allowed(caller, probe.action)) {
      expect(response.status, body).toBeLessThan(300);
    } else if (caller === 'outsider') {
      // No role in the workspace: it does not exist for them (or, for the list, shows nothing of it).
      if (response.status === 200)
        expect(JSON.parse(body)).toEqual({
          workspaces: [
            { id: 'elsewhere', name: 'Elsewhere', createdAt: expect.any(String), updatedAt: expect.any(String) },
          ],
        });
      else expect(response.status, body).toBe(404);
    } else {
      expect(response.status, body).toBe(403);
      expect(JSON.parse(body).error.message).toMatch(/ cannot /);
    }
  });
});

describe.each(callers)('WebSocket as %s', (caller) => {
  it('document.read: syncs, or is refused with a 44xx close', async () => {
    const socket = await probeSocket(`${server.wsUrl}/${documentId}`, cast.token(caller));
    if (allowed(caller, 'document.read')) {
      await until(() => socket.messages().some((m) => m.type === 'sync-step-1'), 'the server’s sync step 1');
      socket.socket.close();
    } else {
      const closed = await socket.closed;
      expect(closed.code).toBe(4404);
    }
  });

  it('document.edit: a hand-made update is applied and stored, or leaves the document byte-for-byte unchanged (document.suggest: refused with 4400)', async () => {
    const socket = await probeSocket(`${server.wsUrl}/${documentId}`, cast.token(caller));
    if (!allowed(caller, 'document.read')) {
      expect((await socket.closed).code).toBe(4404);
      return;
    }
    await socket.roundTrip();
    const room = server.accord.collab.room(documentId)!;
    const liveBefore = Y.encodeStateAsUpdate(room.doc);
    const storedBefore = await storedUpdates(documentId);
    socket.sendUpdate(handMadeUpdate(caller, `written by ${caller}`));
    if (!allowed(caller, 'document.edit') && allowed(caller, 'document.suggest')) {
      // A suggesting connection changes nothing but suggestions in the text: refused, closed with 4400.
      expect((await socket.closed).code).toBe(4400);
      expect(socket.denials()).toEqual([expect.stringMatching(/writes outside the document’s text/)]);
      expect(Buffer.from(Y.encodeStateAsUpdate(room.doc)).equals(Buffer.from(liveBefore))).toBe(true);
      expect(await storedUpdates(documentId)).toEqual(storedBefore);
      return;
    }
    await socket.roundTrip();
    if (allowed(caller, 'document.edit')) {
      await until(() => room.doc.getMap('probe').get(caller) === `written by ${caller}`, 'the update to be applied');
      expect((await storedUpdates(documentId)).length).toBe(storedBefore.length + 1);
      expect(socket.denials()).toEqual([]);
    } else {
      expect(socket.denials()).toEqual([`${caller}s cannot edit this document`]);
      expect(Buffer.from(Y.encodeStateAsUpdate(room.doc)).equals(Buffer.from(liveBefore))).toBe(true);
      expect(await storedUpdates(documentId)).toEqual(storedBefore);
    }
    socket.socket.close();
  });
});
