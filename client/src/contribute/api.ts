/**
 * The call endpoints the public page uses (issue 14). A public contributor is identified by
 * the token the code confirmation answers (this call only, in `X-Contributor-Token`); a signed-in person of the
 * workspace contributes with their session instead. Uploads are multipart, which the app's
 * JSON `request` does not send, so this file has its own small sender with the same error shape,
 * and the page's language (the server words its refusals, and the mails it sends, in it).
 */
import { ApiError, Contribution, ContributorToken, PublicCall, type ContributionBody } from '@accord/schema';
import type * as z from 'zod';
import { RequestError } from '../api.js';
import { localeStore } from '../i18n/locale-store.js';
import { sessionStore } from '../session/useSession.js';

const seg = encodeURIComponent;
const publicCall = (callId: string) => `/api/public/calls/${seg(callId)}`;

/** Who sends: a confirmed contributor's token, or the signed-in session. */
export type Contributor = { kind: 'token'; token: string } | { kind: 'session' };

/** The text of a contribution: typed paragraphs, or a file the server imports. */
export type ContributionText = { paragraphs: string[] } | { file: File };

export type ContributionFields = Omit<ContributionBody, 'paragraphs'>;

async function send<S extends z.ZodType>(
  path: string,
  schema: S,
  init: {
    method: 'GET' | 'POST' | 'PUT';
    body?: unknown;
    form?: FormData;
    contributor?: Contributor;
    signal?: AbortSignal;
  },
): Promise<z.output<S>> {
  const headers: Record<string, string> = { accept: 'application/json', 'accept-language': localeStore.locale };
  if (init.body !== undefined) headers['content-type'] = 'application/json';
  if (init.contributor?.kind === 'token') headers['x-contributor-token'] = init.contributor.token;
  if (init.contributor?.kind === 'session' && init.method !== 'GET') {
    const csrf = sessionStore.csrfToken;
    if (csrf) headers['x-csrf-token'] = csrf;
  }
  const response = await fetch(path, {
    method: init.method,
    headers,
    body: init.form ?? (init.body === undefined ? undefined : JSON.stringify(init.body)),
    // Only the session path sends the cookie: a token (or nobody yet) says who they are, and a
    // session cookie sent along would make the server ask for the session's CSRF token.
    credentials: init.contributor?.kind === 'session' ? 'same-origin' : 'omit',
    signal: init.signal,
  });
  if (!response.ok) throw await toError(path, response);
  return schema.parse(await response.json());
}

async function toError(path: string, response: Response): Promise<RequestError> {
  const parsed = ApiError.safeParse(await response.json().catch(() => undefined));
  const retry = Number(response.headers.get('retry-after') ?? NaN);
  if (!parsed.success) return new RequestError(`${path} answered ${response.status}`, response.status);
  const { message, code, issues } = parsed.data.error;
  return new RequestError(
    message,
    response.status,
    code,
    issues ?? [],
    response.status === 429 && Number.isFinite(retry) ? Math.ceil(retry) : null,
  );
}

/** The call for its public page, with the server's time (its state is by that clock). */
export const getCall = (callId: string, signal?: AbortSignal) =>
  send(publicCall(callId), PublicCall, { method: 'GET', signal });

/** A confirmed contributor's own contribution (the acknowledgement mail links it with `?contribution=`). */
export const getOwnContribution = (callId: string, token: string, contributionId: string, signal?: AbortSignal) =>
  send(`${publicCall(callId)}/contributions/${seg(contributionId)}`, Contribution, {
    method: 'GET',
    contributor: { kind: 'token', token },
    signal,
  });

/** Step 1: a name and an email; the server mails a code to it. */
export const startContributor = async (callId: string, body: { name: string; email: string }): Promise<void> => {
  const response = await fetch(`${publicCall(callId)}/contributors`, {
    method: 'POST',
    headers: {
      accept: 'application/json',
      'accept-language': localeStore.locale,
      'content-type': 'application/json',
    },
    body: JSON.stringify(body),
    credentials: 'omit',
  });
  if (!response.ok) throw await toError(`${publicCall(callId)}/contributors`, response);
};

/** Step 2: the mailed code; answers the bearer token for this call. */
export const confirmContributor = (callId: string, body: { email: string; code: string }) =>
  send(`${publicCall(callId)}/contributors/confirm`, ContributorToken, { method: 'POST', body });

/** Where a contribution goes: the public endpoint for token holders, the workspace's for sessions. */
function contributionsPath(callId: string, contributor: Contributor, contributionId?: string): string {
  const base =
    contributor.kind === 'token' ? `${publicCall(callId)}/contributions` : `/api/calls/${seg(callId)}/contributions`;
  return contributionId ? `${base}/${seg(contributionId)}` : base;
}

/** Sends a new contribution (no id) or its edit (PUT, until the call closes). */
export function sendContribution(
  callId: string,
  contributor: Contributor,
  fields: ContributionFields,
  text: ContributionText,
  contributionId?: string,
): Promise<Contribution> {
  const path = contributionsPath(callId, contributor, contributionId);
  const method = contributionId ? 'PUT' : 'POST';
  if ('paragraphs' in text)
    return send(path, Contribution, { method, body: { ...fields, paragraphs: text.paragraphs }, contributor });
  const form = new FormData();
  form.set('title', fields.title);
  form.set('organisation', fields.organisation);
  form.set('kind', fields.kind);
  form.set('country', fields.country);
  if (fields.group) form.set('group', fields.group);
  form.set('pillars', JSON.stringify(fields.pillars));
  form.set('file', text.file, text.file.name);
  return send(path, Contribution, { method, form, contributor });
}
