/**
 * Calls for contributions: the rules around the store. Every decision about time uses the
 * server clock (`now`, injectable for tests): contributions are taken from the opening to the
 * closing time, and edited by their author until then, whatever the client believes the time
 * is. Public contributors confirm an email with a mailed code first; starts and confirmations
 * are rate-limited per address and per email (a code has eight digits: guesses are counted).
 * Every refusal happens before anything is stored.
 */
import type { Call, CreateCallBody, Pillar } from '@accord/schema';
import { type Limit, type LimitFactory, localLimit } from '../limits/limit.js';
import type { Logger } from '../logger.js';
import type { Mailer } from '../mail/index.js';
import type { Locale, MessageKey } from '@accord/i18n';
import { Refusal } from '../refusal.js';
import { isUniqueViolation } from '../storage/sql/types.js';
import type { Contributor } from './contributors.js';
import { acknowledgementMail, codeMail } from './mails.js';
import { DuplicatePillar, pillarIds } from './pillars.js';
import type { Author, ContributionFields, SqlCallStore, StoredContribution } from './store.js';

/** Rate limits of the public contributor endpoints. */
export interface CallLimits {
  startPerIp: { perSecond: number; burst: number };
  startPerEmail: { perSecond: number; burst: number };
  confirmPerEmail: { perSecond: number; burst: number };
}

export const defaultCallLimits: CallLimits = {
  startPerIp: { perSecond: 1 / 60, burst: 10 },
  startPerEmail: { perSecond: 1 / 300, burst: 3 },
  confirmPerEmail: { perSecond: 1 / 60, burst: 10 },
};

export interface CallServiceDeps {
  store: SqlCallStore;
  mailer: Mailer;
  /** The absolute base URL for links in mails, no trailing slash. */
  publicUrl: () => string;
  logger?: Logger | undefined;
  /** The server clock. */
  now?: (() => Date) | undefined;
  limits?: CallLimits | undefined;
  /** Where the limits are counted: in this process by default, in Redis for several instances. */
  limit?: LimitFactory | undefined;
}

/** Filters of a call's contribution list. */
export interface ContributionFilter {
  pillar?: string | undefined;
  kind?: string | undefined;
  country?: string | undefined;
}

export class CallService {
  readonly #store: SqlCallStore;
  readonly #mailer: Mailer;
  readonly #publicUrl: () => string;
  readonly #logger: Logger | undefined;
  readonly #now: () => Date;
  readonly #startPerIp: Limit;
  readonly #startPerEmail: Limit;
  readonly #confirmPerEmail: Limit;

  constructor(deps: CallServiceDeps) {
    this.#store = deps.store;
    this.#mailer = deps.mailer;
    this.#publicUrl = deps.publicUrl;
    this.#logger = deps.logger;
    this.#now = deps.now ?? (() => new Date());
    const limits = deps.limits ?? defaultCallLimits;
    const limit = deps.limit ?? ((_name, rate) => localLimit(rate));
    this.#startPerIp = limit('call-contributor-ip', limits.startPerIp);
    this.#startPerEmail = limit('call-contributor-email', limits.startPerEmail);
    this.#confirmPerEmail = limit('call-confirm-email', limits.confirmPerEmail);
  }

  /** The store, for the compilation's reads (contribution, contributionsOfCall, callsOfDocument). */
  get store(): SqlCallStore {
    return this.#store;
  }

  async create(documentId: string, personId: string, body: CreateCallBody): Promise<Call> {
    if (Date.parse(body.closesAt) <= Date.parse(body.opensAt))
      throw new Refusal(400, 'invalid_body', { key: 'errors.call.closesBeforeOpens' });
    let pillars: Pillar[];
    try {
      pillars = pillarIds(body.pillars);
    } catch (error) {
      if (error instanceof DuplicatePillar)
        throw new Refusal(400, 'invalid_body', { key: 'errors.call.duplicatePillar', values: { id: error.id } });
      throw error;
    }
    return this.#store.create({
      documentId,
      title: body.title,
      introduction: body.introduction,
      pillars,
      opensAt: body.opensAt,
      closesAt: body.closesAt,
      participation: body.participation,
      organisations: body.participation === 'invited' ? (body.organisations ?? []) : [],
      createdBy: personId,
    });
  }

  /** A call, or 404. */
  async call(callId: string): Promise<Call> {
    const call = await this.#store.call(callId);
    if (!call) throw new Refusal(404, 'not_found', { key: 'errors.call.noSuchCall' });
    return call;
  }

  async list(documentId: string): Promise<Call[]> {
    return this.#store.callsOfDocument(documentId);
  }

  /**
   * A public contributor's first step: mails a code to `email`, in `locale` (the page's).
   * Answers alike for a new and a known email.
   */
  async start(callId: string, name: string, email: string, ip: string, locale: Locale = 'en'): Promise<void> {
    const call = await this.#public(callId);
    this.#open(call);
    await this.#limit(this.#startPerIp, `ip:${ip}`, 'errors.limit.codeRequestsFromAddress');
    await this.#limit(
      this.#startPerEmail,
      `email:${callId}:${email.toLowerCase()}`,
      'errors.limit.codeRequestsForEmail',
    );
    const { contributor, code } = await this.#store.contributors.start(callId, name, email);
    const delivery = await this.#mailer.send(codeMail(call, contributor, code, this.#publicUrl(), locale));
    if (delivery === 'outbox')
      this.#logger?.info('a contributor confirmation code (no SMTP configured)', { to: contributor.email, code });
  }

  /** Spends a mailed code; answers the bearer token for this call. */
  async confirm(callId: string, email: string, code: string): Promise<string> {
    await this.#public(callId);
    await this.#limit(this.#confirmPerEmail, `email:${callId}:${email.toLowerCase()}`, 'errors.limit.codeAttempts');
    const done = await this.#store.contributors.confirm(callId, email, code);
    if (done === 'invalid') throw new Refusal(400, 'invalid_confirmation', { key: 'errors.call.codeInvalid' });
    if (done === 'expired') throw new Refusal(400, 'invalid_confirmation', { key: 'errors.call.codeExpired' });
    return done.token;
  }

  /**
   * The confirmed contributor holding `token` on this call. Tokens are only given by
   * confirming an email, so no token (or an unknown one) means no confirmed email: a 403.
   */
  async contributor(callId: string, token: string | undefined): Promise<Contributor> {
    const found = token ? await this.#store.contributors.byToken(callId, token) : undefined;
    if (!found?.confirmed) throw new Refusal(403, 'unconfirmed_email', { key: 'errors.call.unconfirmed' });
    return found;
  }

  /** Stores a contribution while the call is open and acknowledges it by mail, in `locale` (the author's). */
  async submit(
    call: Call,
    author: Author,
    fields: ContributionFields,
    locale: Locale = 'en',
  ): Promise<StoredContribution> {
    this.#open(call);
    this.#invited(call, author, fields.organisation);
    this.#pillars(call, fields.pillars);
    const stored = await this.#store.submit(call.id, author, fields);
    await this.#mailer.send(acknowledgementMail(call, stored, this.#publicUrl(), locale));
    return stored;
  }

  /** Replaces a contribution by its author while the call is open; frozen after. */
  async edit(
    call: Call,
    contributionId: string,
    author: Author,
    fields: ContributionFields,
  ): Promise<StoredContribution> {
    const existing = await this.contribution(call.id, contributionId);
    if (existing.author.kind !== author.kind || existing.author.id !== author.id)
      throw new Refusal(403, 'forbidden', { key: 'errors.call.notAuthor' });
    if (call.state === 'closed')
      throw new Refusal(409, 'call_closed', {
        key: 'errors.call.frozen',
        values: { closesAt: new Date(call.closesAt) },
      });
    this.#open(call);
    this.#invited(call, author, fields.organisation);
    this.#pillars(call, fields.pillars);
    try {
      return (await this.#store.edit(contributionId, author, fields))!;
    } catch (error) {
      // Two edits at once (two instances) both numbered the next version: one is kept.
      if (isUniqueViolation(error))
        throw new Refusal(409, 'edit_conflict', { key: 'errors.call.editConflict' }, { cause: error });
      throw error;
    }
  }

  /** A contribution of this call, or 404. */
  async contribution(callId: string, contributionId: string): Promise<StoredContribution> {
    const found = await this.#store.contribution(contributionId);
    if (!found || found.callId !== callId) throw new Refusal(404, 'not_found', { key: 'errors.call.noContribution' });
    return found;
  }

  async contributions(callId: string, filter: ContributionFilter = {}): Promise<StoredContribution[]> {
    const country = filter.country?.toLowerCase();
    return (await this.#store.contributionsOfCall(callId)).filter(
      (c) =>
        (filter.pillar === undefined || c.pillars.includes(filter.pillar)) &&
        (filter.kind === undefined || c.kind === filter.kind) &&
        (country === undefined || c.country.toLowerCase() === country),
    );
  }

  /** The server clock, for answers that show it. */
  now(): Date {
    return this.#now();
  }

  /** A call people outside the workspace may contribute to: a public one, or an invited one that names organisations. */
  async #public(callId: string): Promise<Call> {
    const call = await this.call(callId);
    if (call.participation === 'invited' && (call.organisations ?? []).length === 0)
      throw new Refusal(403, 'invited_only', { key: 'errors.call.workspaceOnly' });
    return call;
  }

  /**
   * On an invited call, someone outside the workspace contributes on behalf of one of the
   * invited organisations (as a round open to listed organisations checks affiliations).
   */
  #invited(call: Call, author: Author, organisation: string): void {
    if (author.kind !== 'contributor' || call.participation !== 'invited') return;
    const invited = call.organisations ?? [];
    if (!invited.some((o) => o.trim().toLowerCase() === organisation.trim().toLowerCase()))
      throw new Refusal(403, 'not_invited', { key: 'errors.call.notInvited', values: { organisations: invited } });
  }

  /** Refuses unless the call takes contributions now by the server clock. */
  #open(call: Call): void {
    if (call.state === 'scheduled')
      throw new Refusal(409, 'call_not_open', {
        key: 'errors.call.notOpen',
        values: { opensAt: new Date(call.opensAt), closesAt: new Date(call.closesAt) },
      });
    if (call.state === 'closed')
      throw new Refusal(409, 'call_closed', {
        key: 'errors.call.closed',
        values: { closesAt: new Date(call.closesAt) },
      });
  }

  #pillars(call: Call, pillars: readonly string[]): void {
    const known = new Set(call.pillars.map((p) => p.id));
    const unknown = pillars.filter((p) => !known.has(p));
    if (unknown.length > 0)
      throw new Refusal(400, 'invalid_body', {
        key: 'errors.call.unknownPillars',
        values: { pillars: unknown.map((p) => JSON.stringify(p)), known: [...known] },
      });
  }

  async #limit(limit: Limit, key: string, what: MessageKey): Promise<void> {
    const wait = await limit.take(key);
    if (wait !== undefined)
      throw new Refusal(429, 'rate_limited', { key: what, values: { seconds: wait } }, { retryAfter: wait });
  }
}
