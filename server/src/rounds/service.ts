/**
 * Consultation rounds: the rules around the store. Every decision about time uses the
 * server's clock (`now`, injectable for tests) — a round refuses writes before it opens and
 * after it closes whatever the client believes the time is. Participation rules, the round
 * window and per-IP / per-participant rate limits are enforced here, so every route that
 * writes goes through the same checks. Registration mails a confirmation link; what a browser
 * does before it is opened is held (./participants.ts). Once the report is published, its
 * comments are frozen.
 */
import type {
  ContentBlock,
  CreateRoundBody,
  Locale,
  ModeratedComment,
  PublicCommentAnchor,
  Reaction,
  RegisterParticipantBody,
  Round,
  ShowOnly,
} from '@accord/schema';
import { type Limit, type LimitFactory, localLimit } from '../limits/limit.js';
import type { Logger } from '../logger.js';
import type { Mailer } from '../mail/index.js';
import type { MessageKey } from '@accord/i18n';
import { type Msg, Refusal } from '../refusal.js';
import type { SqlVersionStore } from '../versions/store.js';
import { confirmationLink, confirmationMail } from './confirmation-mail.js';
import { passageProblem } from './passage.js';
import type { NewCommentStatus, ParticipantSession, SqlRoundStore } from './store.js';

/** Why a round refused a request; `retryAfter` is the seconds to wait, for a 429. */
export class RoundRefusal extends Refusal {
  override name = 'RoundRefusal';
  constructor(status: 400 | 401 | 403 | 404 | 409 | 429, code: string, message: string | Msg, retryAfter?: number) {
    super(status, code, message, { retryAfter });
  }
}

/** Rate limits per key; defaults suit a public page (a few registrations, a comment every few seconds). */
export interface RoundLimits {
  registerPerIp: { perSecond: number; burst: number };
  commentPerIp: { perSecond: number; burst: number };
  commentPerParticipant: { perSecond: number; burst: number };
}

export const defaultRoundLimits: RoundLimits = {
  registerPerIp: { perSecond: 1 / 60, burst: 5 },
  commentPerIp: { perSecond: 1 / 5, burst: 30 },
  commentPerParticipant: { perSecond: 1 / 10, burst: 10 },
};

export interface RoundServiceDeps {
  store: SqlRoundStore;
  versions: SqlVersionStore;
  /** Sends the confirmation mails. */
  mailer: Mailer;
  /** The absolute base URL for links in mails, no trailing slash. */
  publicUrl: () => string;
  /** Where a confirmation link is said when mail only reaches the outbox (a laptop demo). */
  logger?: Logger;
  /** The server clock. */
  now?: () => Date;
  limits?: RoundLimits;
  /** Where the limits are counted: in this process by default, in Redis for several instances. */
  limit?: LimitFactory;
  /** The round's text in the languages it offers (issue 15); a 404 for one it does not offer. */
  languages?: {
    text(round: Round, language?: Locale): Promise<{ language: Locale; original: boolean; paragraphs: ContentBlock[] }>;
  };
}

/** Why nothing changes a round's comments once its report is out. */
const FROZEN: Msg = { key: 'errors.round.frozen' };

/** A registration body after zod defaults. */
type Registration = Required<Omit<RegisterParticipantBody, 'showOnly'>> & { showOnly: ShowOnly };

export class RoundService {
  readonly #store: SqlRoundStore;
  readonly #versions: SqlVersionStore;
  readonly #mailer: Mailer;
  readonly #publicUrl: () => string;
  readonly #logger: Logger | undefined;
  readonly #now: () => Date;
  readonly #registerPerIp: Limit;
  readonly #commentPerIp: Limit;
  readonly #commentPerParticipant: Limit;
  readonly #languages: RoundServiceDeps['languages'];

  constructor(deps: RoundServiceDeps) {
    this.#languages = deps.languages;
    this.#store = deps.store;
    this.#versions = deps.versions;
    this.#mailer = deps.mailer;
    this.#publicUrl = deps.publicUrl;
    this.#logger = deps.logger;
    this.#now = deps.now ?? (() => new Date());
    const limits = deps.limits ?? defaultRoundLimits;
    const limit = deps.limit ?? ((_name, rate) => localLimit(rate));
    this.#registerPerIp = limit('round-register-ip', limits.registerPerIp);
    this.#commentPerIp = limit('round-comment-ip', limits.commentPerIp);
    this.#commentPerParticipant = limit('round-comment-participant', limits.commentPerParticipant);
  }

  /** Opens a round on one of the document's versions; 409 when another round clashes. */
  async create(
    documentId: string,
    personId: string,
    body: CreateRoundBody & {
      introduction: string;
      participation: Round['participation'];
      moderation: Round['moderation'];
    },
  ): Promise<Round> {
    if (!(await this.#versions.get(documentId, body.versionId))) {
      throw new RoundRefusal(404, 'not_found', {
        key: 'errors.notFound.versionSaveFirst',
        values: { id: body.versionId },
      });
    }
    const created = await this.#store.create({
      documentId,
      versionId: body.versionId,
      title: body.title,
      introduction: body.introduction,
      opensAt: body.opensAt,
      closesAt: body.closesAt,
      participation: body.participation,
      organisations: body.participation === 'listed-organisations' ? (body.organisations ?? []) : [],
      moderation: body.moderation,
      createdBy: personId,
    });
    if (created === 'clash') throw new RoundRefusal(409, 'round_clash', { key: 'errors.round.clash' });
    return created;
  }

  /** The server clock, for answers that show it. */
  now(): Date {
    return this.#now();
  }

  async list(documentId: string): Promise<Round[]> {
    return this.#store.list(documentId);
  }

  /** A round of `documentId` (for coordinator routes) or any round (public); 404 otherwise. */
  async round(roundId: string, documentId?: string): Promise<Round> {
    const round = await this.#store.get(roundId);
    if (!round || (documentId !== undefined && round.documentId !== documentId))
      throw new RoundRefusal(404, 'not_found', { key: 'errors.round.noSuchRound' });
    return round;
  }

  async close(roundId: string, personId: string): Promise<Round> {
    await this.round(roundId);
    return (await this.#store.close(roundId, personId))!;
  }

  /** The frozen version a round is about, numbered as saved. */
  async content(round: Round) {
    return (await this.version(round)).blocks;
  }

  /** The frozen version a round is about, with its record. */
  async version(round: Round) {
    const stored = await this.#versions.get(round.documentId, round.versionId);
    if (!stored) throw new RoundRefusal(404, 'not_found', { key: 'errors.round.versionMissing' });
    return stored;
  }

  /** The session's own reactions, for the public page after a reload. */
  async reactionsOf(session: ParticipantSession) {
    return this.#store.participants.reactionsOf(session);
  }

  /**
   * Registers while the round is open and mails a confirmation link, in `locale` (the page's
   * language). A new email and one that registered before are answered alike — a new session,
   * unconfirmed — so the answer never tells whether an address took part; the mail says the rest.
   */
  async register(
    roundId: string,
    body: Registration,
    ip: string,
    locale: Locale = 'en',
  ): Promise<{ session: ParticipantSession; token: string }> {
    const round = await this.#writable(roundId);
    await this.#limit(this.#registerPerIp, `ip:${ip}`, 'errors.limit.registrations');
    if (round.participation === 'listed-organisations') {
      const listed = (round.organisations ?? []).map((o) => o.toLowerCase());
      if (!listed.includes(body.affiliation.trim().toLowerCase())) {
        throw new RoundRefusal(403, 'not_listed', { key: 'errors.round.notListed' });
      }
    }
    const registered = await this.#store.participants.register({ roundId, ...body });
    const link = confirmationLink(this.#publicUrl(), roundId, registered.code);
    const delivery = await this.#mailer.send(
      confirmationMail(round, registered.session.participant, link, registered.firstTime, locale),
    );
    // Without SMTP the link is only in the outbox: say it where the person running the demo looks.
    if (delivery === 'outbox')
      this.#logger?.info('a participant confirmation link (no SMTP configured): open it to confirm that email', {
        to: body.email,
        link,
      });
    return { session: registered.session, token: registered.token };
  }

  /**
   * Opens a mailed link: confirms the email, releases what the registering browser did, and
   * answers a confirmed session for the browser that opened it.
   */
  async confirm(
    roundId: string,
    code: string,
    openerToken: string | undefined,
  ): Promise<{ session: ParticipantSession; token: string }> {
    await this.round(roundId);
    if (await this.#store.reportPublished(roundId)) throw new RoundRefusal(409, 'already_published', FROZEN);
    const done = await this.#store.participants.confirm(roundId, code, openerToken);
    if (done === 'invalid') throw new RoundRefusal(400, 'invalid_confirmation', { key: 'errors.round.linkInvalid' });
    if (done === 'expired') throw new RoundRefusal(400, 'invalid_confirmation', { key: 'errors.round.linkExpired' });
    return done;
  }

  /** The session holding `token` for this round; 401 otherwise. */
  async participant(roundId: string, token: string | undefined): Promise<ParticipantSession> {
    const found = token ? await this.#store.participants.session(roundId, token) : undefined;
    if (!found) throw new RoundRefusal(401, 'not_registered', { key: 'errors.round.notRegistered' });
    return found;
  }

  /** The session a token belongs to, or null: for reads open to anyone in which a participant sees more. */
  async sessionOf(roundId: string, token: string | undefined): Promise<ParticipantSession | null> {
    return token ? ((await this.#store.participants.session(roundId, token)) ?? null) : null;
  }

  /**
   * Adds a comment while the round is open, published or pending by the round's moderation;
   * `language` names the language version it was made on (one the round offers), whose text a
   * passage is checked against.
   */
  async comment(
    roundId: string,
    token: string | undefined,
    anchor: PublicCommentAnchor,
    text: string,
    ip: string,
    language?: Locale,
  ): Promise<{ id: string; status: NewCommentStatus }> {
    const round = await this.#writable(roundId);
    const session = await this.participant(roundId, token);
    await this.#limit(this.#commentPerIp, `ip:${ip}`, 'errors.limit.commentsFromAddress');
    await this.#limit(this.#commentPerParticipant, `p:${session.participant.id}`, 'errors.limit.commentsFromYou');
    const chosen = language === undefined ? undefined : await this.#text(round, language);
    if (anchor.kind !== 'general') {
      const block = await this.#paragraph(round, anchor.blockId, chosen?.paragraphs);
      if (anchor.kind === 'passage') checkPassage(block, anchor);
    }
    return this.#store.addComment(
      session,
      anchor,
      text,
      round.moderation === 'immediate' ? 'published' : 'pending',
      chosen && !chosen.original ? chosen.language : null,
    );
  }

  /** The round's text in `language`: a 404 for a language it does not offer. */
  async #text(round: Round, language: Locale) {
    if (!this.#languages) throw new RoundRefusal(404, 'not_found', { key: 'languages.refusal.ownLanguageOnly' });
    return this.#languages.text(round, language);
  }

  /** Records agree/disagree on a paragraph (null withdraws it) while the round is open. */
  async react(
    roundId: string,
    token: string | undefined,
    blockId: string,
    reaction: Reaction | null,
    ip: string,
  ): Promise<void> {
    const round = await this.#writable(roundId);
    const session = await this.participant(roundId, token);
    await this.#limit(this.#commentPerIp, `ip:${ip}`, 'errors.limit.reactions');
    await this.#paragraph(round, blockId);
    await this.#store.participants.react(session, blockId, reaction);
  }

  /** Published comments only. */
  async published(roundId: string) {
    await this.round(roundId);
    return this.#store.published(roundId);
  }

  /** Agree/disagree counts per paragraph. */
  async reactions(roundId: string) {
    return this.#store.reactions(roundId);
  }

  /** Every comment with its moderation state (coordinators only). */
  async moderated(roundId: string) {
    return this.#store.all(roundId);
  }

  /** Flags, hides or restores a comment — never once the report is published (what it says stays said). */
  async moderate(
    roundId: string,
    commentId: string,
    personId: string,
    action: { kind: 'flag' | 'restore'; note?: string | undefined } | { kind: 'hide'; reason: string },
  ): Promise<ModeratedComment> {
    if (await this.#store.reportPublished(roundId)) throw new RoundRefusal(409, 'already_published', FROZEN);
    const done = await (action.kind === 'hide'
      ? this.#store.hide(roundId, commentId, personId, action.reason)
      : action.kind === 'flag'
        ? this.#store.flag(roundId, commentId, personId, action.note)
        : this.#store.restore(roundId, commentId, personId, action.note));
    if (!done) throw new RoundRefusal(404, 'not_found', { key: 'errors.round.noComment' });
    return done;
  }

  /** The round, if it takes input now by the server clock; a clear refusal otherwise. */
  async #writable(roundId: string): Promise<Round> {
    const round = await this.round(roundId);
    if (round.state === 'scheduled')
      throw new RoundRefusal(403, 'round_not_open', {
        key: 'errors.round.notOpen',
        values: { opensAt: new Date(round.opensAt) },
      });
    if (round.state === 'closed') throw new RoundRefusal(403, 'round_closed', { key: 'errors.round.closed' });
    return round;
  }

  async #paragraph(round: Round, blockId: string, paragraphs?: readonly ContentBlock[]): Promise<ContentBlock> {
    const block = (paragraphs ?? (await this.content(round))).find((b) => b.id === blockId);
    if (!block) throw new RoundRefusal(400, 'no_such_paragraph', { key: 'errors.round.noParagraph' });
    return block;
  }

  async #limit(limit: Limit, key: string, what: MessageKey): Promise<void> {
    const wait = await limit.take(key);
    if (wait !== undefined) throw new RoundRefusal(429, 'rate_limited', { key: what, values: { seconds: wait } }, wait);
  }
}

/** A passage comment quotes its paragraph exactly, at offsets inside it (F5: no invented quotes in the report). */
function checkPassage(block: ContentBlock, anchor: Extract<PublicCommentAnchor, { kind: 'passage' }>): void {
  const number = block.number === null ? 'none' : String(block.number);
  switch (passageProblem(block.text, anchor.start, anchor.end, anchor.quote)) {
    case null:
      return;
    case 'mismatch':
      throw new RoundRefusal(400, 'quote_mismatch', { key: 'errors.round.quoteMismatch', values: { number } });
    case 'out_of_range':
    case 'split_character':
      throw new RoundRefusal(400, 'passage_out_of_range', { key: 'errors.round.passageOutside', values: { number } });
  }
}
