/**
 * Endorsement by silence procedure (issue 14): a coordinator puts a saved version to the
 * workspace until a deadline, the members who may break silence are told by mail, and any of
 * them may object with a reason before the deadline. The state comes from the server clock at
 * each read, as rounds do (no scheduler): running before the deadline; after it, endorsed when
 * nobody objected, else not endorsed. The first read after the deadline records the outcome
 * once (append-only) and audits it. One procedure runs per version at a time, and an endorsed
 * version is not put to the workspace again.
 */
import type { DocumentRecord, SilenceProcedure, SilenceState } from '@accord/schema';
import { authorize } from '../authz/authorize.js';
import type { Identity } from '../identity/identity.js';
import type { Logger } from '../logger.js';
import type { Mailer } from '../mail/index.js';
import type { Locale } from '@accord/i18n';
import { longDate } from '../consensus/register.js';
import { say } from '../i18n/say.js';
import { Refusal } from '../refusal.js';
import { newId } from '../storage/ids.js';
import type { SqlVersionStore } from '../versions/store.js';
import type { SqlEndorsementStore, StoredProcedure } from './store.js';

export interface EndorsementServiceDeps {
  store: SqlEndorsementStore;
  versions: Pick<SqlVersionStore, 'get'>;
  identity: Pick<Identity, 'audiences' | 'audit' | 'people'>;
  mailer: Mailer;
  /** The address people reach Accord at, for links in mails (no trailing slash). */
  publicUrl: () => string;
  logger?: Logger | undefined;
  /** The server clock deadlines are judged by; tests move it. */
  now?: (() => Date) | undefined;
}

/** A version's endorsement stamp, as exports and the version's API carry it. */
export interface EndorsementStamp {
  procedureId: string;
  endorsedAt: string;
}

/** The stamp's sentence, the same in every export. */
export const stampText = (stamp: EndorsementStamp): string =>
  `Endorsed by silence procedure on ${longDate(stamp.endorsedAt)}.`;

const noProcedure = (id: string): Refusal =>
  new Refusal(404, 'not_found', { key: 'errors.notFound.procedure', values: { id } });
const ended = (deadline: string): Refusal =>
  new Refusal(409, 'silence_ended', { key: 'errors.endorsement.ended', values: { deadline: new Date(deadline) } });

export class EndorsementService {
  readonly #deps: EndorsementServiceDeps;
  readonly #now: () => Date;

  constructor(deps: EndorsementServiceDeps) {
    this.#deps = deps;
    this.#now = deps.now ?? (() => new Date());
  }

  /**
   * Puts a saved version of `document` to the workspace until `deadline`, and mails the members,
   * each in their saved language, else in `locale` (the coordinator's request's).
   */
  async start(
    document: DocumentRecord,
    personId: string,
    body: { versionId: string; deadline: string; note?: string | undefined },
    locale: Locale = 'en',
  ): Promise<SilenceProcedure> {
    const now = this.#now();
    const deadline = new Date(body.deadline);
    if (!(deadline.getTime() > now.getTime()))
      throw new Refusal(400, 'deadline_passed', {
        key: 'errors.endorsement.deadlinePassed',
        values: { deadline, now },
      });
    const version = await this.#deps.versions.get(document.id, body.versionId);
    if (!version)
      throw new Refusal(404, 'not_found', { key: 'errors.notFound.versionSaveFirst', values: { id: body.versionId } });
    const id = newId();
    const started = await this.#deps.store.start({
      id,
      documentId: document.id,
      versionId: body.versionId,
      deadline: deadline.toISOString(),
      note: body.note?.trim() ? body.note.trim() : null,
      startedBy: personId,
      now: now.toISOString(),
    });
    if (started !== 'started') {
      if ('running' in started)
        throw new Refusal(409, 'silence_running', {
          key: 'errors.endorsement.running',
          values: { id: started.running },
        });
      throw new Refusal(409, 'already_endorsed', {
        key: 'errors.endorsement.endorsed',
        values: { id: started.endorsed },
      });
    }
    const procedure = await this.get(id);
    await this.#notify(document, procedure, locale);
    return procedure;
  }

  /** Breaks silence: before the deadline only (after it, 409 naming the deadline). */
  async object(procedureId: string, personId: string, reason: string): Promise<SilenceProcedure> {
    const stored = await this.#deps.store.get(procedureId);
    if (!stored) throw noProcedure(procedureId);
    const now = this.#now();
    if (now.getTime() >= new Date(stored.deadline).getTime()) throw ended(stored.deadline);
    const taken = await this.#deps.store.object({
      id: newId(),
      procedureId,
      personId,
      reason,
      at: now.toISOString(),
      deadline: stored.deadline,
    });
    if (!taken) throw ended(stored.deadline);
    return this.get(procedureId);
  }

  /** The document a procedure is about (for the Gate), or a 404. */
  async documentOf(procedureId: string): Promise<string> {
    const stored = await this.#deps.store.get(procedureId);
    if (!stored) throw noProcedure(procedureId);
    return stored.documentId;
  }

  async get(procedureId: string): Promise<SilenceProcedure> {
    const stored = await this.#deps.store.get(procedureId);
    if (!stored) throw noProcedure(procedureId);
    return this.#view(stored);
  }

  /** A document's procedures, newest first. */
  async list(documentId: string): Promise<SilenceProcedure[]> {
    return Promise.all((await this.#deps.store.list(documentId)).map((p) => this.#view(p)));
  }

  /** Objections of a document's ended procedures that were not endorsed, for the register. */
  async objectionsOf(documentId: string): Promise<SilenceProcedure[]> {
    return (await this.list(documentId)).filter((p) => p.state === 'not-endorsed');
  }

  /** A version's endorsement, settling procedures whose deadline passed unread. */
  async stampOf(documentId: string, versionId: string): Promise<EndorsementStamp | undefined> {
    for (const p of await this.#deps.store.list(documentId)) if (p.versionId === versionId) await this.#view(p);
    const found = await this.#deps.store.endorsement(versionId);
    return found ? { procedureId: found.procedureId, endorsedAt: found.decidedAt } : undefined;
  }

  async #view(stored: StoredProcedure): Promise<SilenceProcedure> {
    const state = await this.#settle(stored);
    return {
      id: stored.id,
      documentId: stored.documentId,
      versionId: stored.versionId,
      versionName: stored.versionName,
      deadline: stored.deadline,
      note: stored.note,
      state,
      startedAt: stored.startedAt,
      startedBy: stored.startedBy,
      objections: stored.objections,
      ...(state === 'endorsed' ? { publicPath: `/published/${stored.versionId}` } : {}),
    };
  }

  /** The state by the clock; past the deadline, records the outcome if nobody has yet. */
  async #settle(stored: StoredProcedure): Promise<SilenceState> {
    if (stored.outcome) return stored.outcome.outcome;
    const deadline = new Date(stored.deadline).getTime();
    const now = this.#now();
    if (now.getTime() < deadline) return 'running';
    // Objections are refused from the deadline on (store.object), so those stored were made in time.
    const { outcome, objections, wrote } = await this.#deps.store.settle({
      procedureId: stored.id,
      versionId: stored.versionId,
      deadline: stored.deadline,
      recordedAt: now.toISOString(),
    });
    if (wrote)
      await this.#deps.identity.audit.append({
        actorPersonId: null,
        action: 'endorsement.outcome',
        workspaceId: stored.workspaceId,
        target: stored.documentId,
        detail: { procedureId: stored.id, versionId: stored.versionId, outcome, objections },
      });
    return outcome;
  }

  /**
   * Mails everyone who may break silence on the document (its audience when it has one), each
   * in their saved language, else in `fallback`.
   */
  async #notify(document: DocumentRecord, procedure: SilenceProcedure, fallback: Locale): Promise<void> {
    const audience = await this.#deps.identity.audiences.getDocumentAudience(document.id);
    const people = await this.#deps.identity.audiences.listWorkspacePeople(document.workspaceId);
    const resource = { workspaceId: document.workspaceId, documentId: document.id, audience };
    const link = `${this.#deps.publicUrl()}/documents/${document.id}`;
    const recipients = people.filter(
      ({ person, role }) =>
        authorize(
          { personId: person.id, roles: new Map([[document.workspaceId, role]]) },
          'endorsement.object',
          resource,
        ).allowed,
    );
    const saved = await this.#deps.identity.people.localesOf(recipients.map(({ person }) => person.id));
    const deadline = new Date(procedure.deadline);
    for (const { person } of recipients) {
      const reader = saved.get(person.id) ?? fallback;
      await this.#deps.mailer.send({
        to: person.email,
        subject: say(reader, { key: 'mail.silence.subject', values: { title: document.title, deadline } }),
        text: [
          say(reader, { key: 'mail.dear', values: { name: person.name } }),
          '',
          say(reader, {
            key: 'mail.silence.started',
            values: { starter: procedure.startedBy.name, version: procedure.versionName, title: document.title },
          }),
          say(reader, { key: 'mail.silence.rule', values: { deadline } }),
          ...(procedure.note ? ['', procedure.note] : []),
          '',
          say(reader, { key: 'mail.silence.object', values: { link } }),
        ].join('\n'),
      });
    }
    this.#deps.logger?.info('silence procedure started', { procedureId: procedure.id, documentId: document.id });
  }
}
