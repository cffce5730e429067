/**
 * The browser's view of Accord's HTTP API. Every call goes through {@link request}, which
 * attaches the CSRF token to writes, parses answers with the same zod schemas the server
 * validates with (a contract drift shows up as a clear error, not as `undefined` somewhere in
 * the page), and turns a 401 into one signal the session store acts on.
 */
import {
  ApiError,
  AuditList,
  CreatedInvitation,
  DocumentList,
  DocumentRecord,
  DocumentWithAccess,
  InvitationInfo,
  PeopleList,
  PendingInvitationList,
  Session,
  StakeholderGroupList,
  WorkspaceList,
  WorkspacePerson,
  WorkspaceWithAccess,
  type AcceptInvitationBody,
  type CreateDocumentBody,
  type CreateInvitationBody,
  type Role,
  type SignInBody,
} from '@accord/schema';
import type { z } from 'zod';

/** An API error with its HTTP status and the server's code, so pages can tell "not found" from "not allowed". */
export class RequestError extends Error {
  constructor(
    message: string,
    readonly status: number,
    readonly code: string = 'http_error',
    /** Field-level problems of a refused body (`path` is the field). */
    readonly issues: ReadonlyArray<{ path: string; message: string }> = [],
    /** Seconds to wait, from Retry-After on a 429. */
    readonly retryAfter: number | null = null,
  ) {
    super(message);
  }
}

export interface ApiHooks {
  fetch: typeof fetch;
  /** The signed-in session's CSRF token, sent on every write. */
  csrfToken: () => string | null;
  /** A call answered 401 `unauthenticated`: the session is gone. */
  onUnauthenticated: (error: RequestError) => void;
  /** A write was refused for its CSRF token; resolves to a fresh token to retry once with, or null. */
  refreshCsrfToken: () => Promise<string | null>;
  /** The page's language, sent as Accept-Language so that the server's sentences come back in it. */
  acceptLanguage: () => string | null;
}

const hooks: ApiHooks = {
  fetch: (...args) => globalThis.fetch(...args),
  csrfToken: () => null,
  onUnauthenticated: () => {},
  refreshCsrfToken: async () => null,
  acceptLanguage: () => null,
};

/** Wires the API to the session store (and, in tests, to a fake fetch). */
export function configureApi(next: Partial<ApiHooks>): void {
  Object.assign(hooks, next);
}

export interface RequestOptions {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  body?: unknown;
  signal?: AbortSignal;
  /**
   * A 401 is an ordinary answer here (the session probe, a wrong password, public pages),
   * not a reason to send the person to the sign-in page.
   */
  expectUnauthenticated?: boolean;
}

function headersFor(method: string, hasBody: boolean, csrf: string | null): Record<string, string> {
  const headers: Record<string, string> = { accept: 'application/json' };
  const language = hooks.acceptLanguage();
  if (language) headers['accept-language'] = language;
  if (hasBody) headers['content-type'] = 'application/json';
  if (method !== 'GET' && csrf) headers['x-csrf-token'] = csrf;
  return headers;
}

async function toError(path: string, response: Response): Promise<RequestError> {
  const body: unknown = await response.json().catch(() => undefined);
  const parsed = ApiError.safeParse(body);
  const retryHeader = response.headers.get('retry-after');
  const retry = retryHeader === null ? NaN : Number(retryHeader);
  return new RequestError(
    parsed.success ? parsed.data.error.message : `${path} answered ${response.status}`,
    response.status,
    parsed.success ? parsed.data.error.code : 'http_error',
    parsed.success ? (parsed.data.error.issues ?? []) : [],
    response.status === 429 && Number.isFinite(retry) && retry >= 0 ? Math.ceil(retry) : null,
  );
}

/** Sends one call; resolves to the successful response, rejects with a {@link RequestError}. */
async function call(path: string, options: RequestOptions): Promise<Response> {
  const method = options.method ?? 'GET';
  const hasBody = options.body !== undefined;
  const send = (csrf: string | null) =>
    hooks.fetch(path, {
      method,
      headers: headersFor(method, hasBody, csrf),
      body: hasBody ? JSON.stringify(options.body) : undefined,
      credentials: 'same-origin',
      signal: options.signal,
    });

  let response = await send(hooks.csrfToken());
  let error = response.ok ? null : await toError(path, response);
  if (error?.status === 403 && error.code === 'csrf' && method !== 'GET') {
    // The token can lag behind the cookie (another tab signed in again): fetch it and retry once.
    const fresh = await hooks.refreshCsrfToken();
    if (fresh) {
      response = await send(fresh);
      error = response.ok ? null : await toError(path, response);
    }
  }
  if (error) {
    if (error.status === 401 && !options.expectUnauthenticated) hooks.onUnauthenticated(error);
    throw error;
  }
  return response;
}

/** One API call whose answer is parsed with `schema`. */
export async function request<S extends z.ZodType>(
  path: string,
  schema: S,
  options: RequestOptions = {},
): Promise<z.output<S>> {
  const response = await call(path, options);
  return schema.parse(await response.json());
}

/** One API call answered with no body (204). */
export async function requestNoContent(path: string, options: RequestOptions = {}): Promise<void> {
  await call(path, options);
}

const seg = encodeURIComponent;
const ws = (workspaceId: string) => `/api/workspaces/${seg(workspaceId)}`;

// Session
export const getSession = (signal?: AbortSignal) =>
  request('/api/session', Session, { signal, expectUnauthenticated: true });
export const signIn = (body: SignInBody) =>
  request('/api/session', Session, { method: 'POST', body, expectUnauthenticated: true });
export const signOut = () => requestNoContent('/api/session', { method: 'DELETE', expectUnauthenticated: true });

// Workspaces and documents
export const listWorkspaces = (signal?: AbortSignal) => request('/api/workspaces', WorkspaceList, { signal });
export const getWorkspace = (workspaceId: string, signal?: AbortSignal) =>
  request(ws(workspaceId), WorkspaceWithAccess, { signal });
export const listDocuments = (workspaceId: string, signal?: AbortSignal) =>
  request(`${ws(workspaceId)}/documents`, DocumentList, { signal });
export const createDocument = (workspaceId: string, body: CreateDocumentBody) =>
  request(`${ws(workspaceId)}/documents`, DocumentRecord, { method: 'POST', body });
export const getDocument = (documentId: string, signal?: AbortSignal) =>
  request(`/api/documents/${seg(documentId)}`, DocumentWithAccess, { signal });

// People, roles, invitations, audit
export const listPeople = (workspaceId: string, signal?: AbortSignal) =>
  request(`${ws(workspaceId)}/people`, PeopleList, { signal });
export const setRole = (workspaceId: string, personId: string, role: Role) =>
  request(`${ws(workspaceId)}/people/${seg(personId)}/role`, WorkspacePerson, { method: 'PUT', body: { role } });
export const removeFromWorkspace = (workspaceId: string, personId: string) =>
  requestNoContent(`${ws(workspaceId)}/people/${seg(personId)}/role`, { method: 'DELETE' });
export const createInvitation = (workspaceId: string, body: CreateInvitationBody) =>
  request(`${ws(workspaceId)}/invitations`, CreatedInvitation, { method: 'POST', body });
export const listInvitations = (workspaceId: string, signal?: AbortSignal) =>
  request(`${ws(workspaceId)}/invitations`, PendingInvitationList, { signal });
export const revokeInvitation = (workspaceId: string, invitationId: string) =>
  requestNoContent(`${ws(workspaceId)}/invitations/${seg(invitationId)}`, { method: 'DELETE' });
export const listAudit = (workspaceId: string, after: number, limit: number, signal?: AbortSignal) =>
  request(`${ws(workspaceId)}/audit?after=${after}&limit=${limit}`, AuditList, { signal });
export const listStakeholderGroups = (signal?: AbortSignal) =>
  request('/api/stakeholder-groups', StakeholderGroupList, { signal, expectUnauthenticated: true });

// Invitations, for the invitee (no session needed)
export const getInvitation = (token: string, signal?: AbortSignal) =>
  request(`/api/invitations/${seg(token)}`, InvitationInfo, { signal, expectUnauthenticated: true });
export const acceptInvitation = (token: string, body: AcceptInvitationBody) =>
  request(`/api/invitations/${seg(token)}/accept`, Session, { method: 'POST', body, expectUnauthenticated: true });

/** The collaboration endpoint on the page's own origin (ws: beside http:, wss: beside https:). */
export function collabUrl(location: Location = window.location): string {
  return `${location.protocol === 'https:' ? 'wss:' : 'ws:'}//${location.host}/collab`;
}
