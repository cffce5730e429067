/**
 * What the suggestions extension's update check must know synchronously, per update: the
 * document's rule for members and which of its paragraphs are agreed. Asking the database on
 * every update would put a round trip on the hot path, so each open document's rules are held
 * here: read when the document loads (before any of its updates is checked), dropped when it
 * unloads.
 *
 * How current they are. Several instances share the database, so a change can be made
 * anywhere:
 * - A paragraph's status: every change publishes the paragraph's consensus view on the
 *   consensus hub (which carries it to every instance when Redis is configured), and the view
 *   says the status: applied as it arrives, without a read. On the instance that made the
 *   change it arrives synchronously after the write; elsewhere after the bus's delay.
 * - The members' rule: a change made here is noted at once ({@link SuggestionRules.noteMembers});
 *   one made elsewhere publishes `content` on the hub, and with a relayed hub every `content`
 *   event makes this document's rules be read again (one statement, at most one read in flight
 *   per document; the hub sends `content` at most once a second per document while people type).
 * - As a backstop against a lost message (pub/sub drops them while reconnecting) or a change
 *   made outside the server (the CLI), every open document's rules are read again every
 *   `refreshMs` (default 5 s), in one statement for all of them.
 * So a rule can be stale for the bus's delay, and for at most `refreshMs` when a message was
 * lost. That is acceptable: the rule says which edits must be suggestions, an edit checked
 * against the previous rule a few seconds late is one that could equally have arrived just
 * before the change, and either way nothing is lost and every decision stays audited.
 *
 * A read and events can cross: events heard while a read runs are applied again over its
 * answer, so an answer read before a change never undoes the change.
 */
import type { ConsensusLiveEvent, MemberSuggesting } from '@accord/schema';
import type { Room } from '../collab/room.js';
import type { LiveSink } from '../live/hub.js';
import type { Logger } from '../logger.js';
import { AGREED_STATUSES, type DocumentRules, type SqlSuggestionStore } from './store.js';

/** Where changes of a document's consensus are published: the consensus hub. */
export interface RuleEvents {
  subscribe(documentId: string, sink: LiveSink<ConsensusLiveEvent>): () => void;
  /** Resolves once events published on other instances are heard (a relayed hub); the load reads only then. */
  listening?(documentId: string): Promise<void>;
  /** Whether events come from other instances too; if not, a `content` event cannot mean a rule changed elsewhere. */
  readonly relayed?: boolean;
}

/** A change heard: a paragraph's status, the members' rule, or a hint that the rules must be read again. */
type Change = { blockId: string; agreed: boolean } | { members: MemberSuggesting } | { reread: true };

interface Entry {
  readonly documentId: string;
  readonly room: Room | undefined;
  rules: DocumentRules;
  /** False until the first read answered; the check refuses to guess before. */
  ready: boolean;
  /** One list per read in flight: the changes heard since it started. */
  readonly reads: Set<Change[]>;
  /** A read of this document alone (after a `content` event) is running, and whether another was asked for meanwhile. */
  rereading: boolean;
  again: boolean;
  unsubscribe: () => void;
}

/** Longest a load waits for the relayed hub to hear other instances before reading anyway. */
const LISTEN_WAIT_MS = 1000;

export interface SuggestionRulesOptions {
  store: Pick<SqlSuggestionStore, 'rulesOf'>;
  /** The consensus hub; without it only the periodic read and this process's own changes update the rules. */
  events?: RuleEvents;
  logger: Logger;
  /** Interval of the backstop read of every open document's rules. Default 5 s; 0 for none (tests). */
  refreshMs?: number;
}

export class SuggestionRules {
  readonly #store: Pick<SqlSuggestionStore, 'rulesOf'>;
  readonly #events: RuleEvents | undefined;
  readonly #log: Logger;
  readonly #refreshMs: number;
  readonly #entries = new Map<string, Entry>();
  #timer: NodeJS.Timeout | undefined;
  #refreshing: Promise<void> | undefined;

  constructor(options: SuggestionRulesOptions) {
    this.#store = options.store;
    this.#events = options.events;
    this.#log = options.logger;
    this.#refreshMs = options.refreshMs ?? 5000;
  }

  /** Reads a document's rules and starts following their changes; throws (refusing the load) if they cannot be read. */
  async load(documentId: string, room?: Room): Promise<void> {
    this.#entries.get(documentId)?.unsubscribe();
    const entry: Entry = {
      documentId,
      room,
      rules: { members: 'open', agreed: new Set() },
      ready: false,
      reads: new Set(),
      rereading: false,
      again: false,
      unsubscribe: () => {},
    };
    this.#entries.set(documentId, entry);
    // Subscribe before reading: a change made while the read runs is heard and applied over it.
    if (this.#events) entry.unsubscribe = this.#events.subscribe(documentId, this.#sink(entry));
    try {
      await this.#listening(documentId);
      await this.#read([entry]);
    } catch (error) {
      this.#drop(entry);
      throw error;
    }
    this.#start();
  }

  /** Stops following a document (it unloads). `room`, when given, must be the one it was loaded for. */
  drop(documentId: string, room?: Room): void {
    const entry = this.#entries.get(documentId);
    if (entry && (room === undefined || entry.room === undefined || entry.room === room)) this.#drop(entry);
  }

  /** The document's rule for members. Synchronous (hot path); throws if the document's rules were not loaded. */
  members(documentId: string): MemberSuggesting {
    return this.#loaded(documentId).rules.members;
  }

  /** Whether the paragraph is agreed (final or ad referendum). Synchronous (hot path); throws if not loaded. */
  isAgreed(documentId: string, blockId: string): boolean {
    return this.#loaded(documentId).rules.agreed.has(blockId);
  }

  /** A change of the members' rule made by this process, known before any event or read says so. */
  noteMembers(documentId: string, members: MemberSuggesting): void {
    const entry = this.#entries.get(documentId);
    if (entry) this.#apply(entry, { members });
  }

  /** Reads every open document's rules again now (the periodic backstop; tests call it). */
  refresh(): Promise<void> {
    this.#refreshing ??= (async () => {
      try {
        for (const entry of [...this.#entries.values()]) {
          // A room whose load failed after this extension's hook never unloads: forget it here.
          if (entry.room && (entry.room.state === 'failed' || entry.room.state === 'unloaded')) this.#drop(entry);
        }
        const entries = [...this.#entries.values()].filter((e) => e.ready);
        if (entries.length) await this.#read(entries);
      } catch (error) {
        this.#log.error('could not re-read the suggestion rules of open documents; will retry', { error });
      } finally {
        this.#refreshing = undefined;
      }
    })();
    return this.#refreshing;
  }

  /** Documents followed now. */
  get size(): number {
    return this.#entries.size;
  }

  close(): void {
    clearInterval(this.#timer);
    this.#timer = undefined;
    for (const entry of [...this.#entries.values()]) this.#drop(entry);
  }

  /**
   * Waits until other instances' events are heard, but not for long: with Redis away the
   * subscription may wait for its return, and a document must still open; the periodic read
   * covers what was missed meanwhile.
   */
  async #listening(documentId: string): Promise<void> {
    const listening = this.#events?.listening?.(documentId);
    if (!listening) return;
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([listening, new Promise<void>((resolve) => (timer = setTimeout(resolve, LISTEN_WAIT_MS)))]);
    clearTimeout(timer);
  }

  #loaded(documentId: string): Entry {
    const entry = this.#entries.get(documentId);
    if (!entry?.ready) {
      throw new Error(
        `the suggestion rules of document ${documentId} are not loaded; its updates cannot be checked (reload the document)`,
      );
    }
    return entry;
  }

  #start(): void {
    if (this.#timer || this.#refreshMs <= 0) return;
    this.#timer = setInterval(() => void this.refresh(), this.#refreshMs);
    this.#timer.unref();
  }

  #drop(entry: Entry): void {
    entry.unsubscribe();
    entry.unsubscribe = () => {};
    if (this.#entries.get(entry.documentId) === entry) this.#entries.delete(entry.documentId);
    if (this.#entries.size === 0) {
      clearInterval(this.#timer);
      this.#timer = undefined;
    }
  }

  /**
   * Reads the rules of `entries` and installs them, each with the changes heard during the read
   * applied over it. A hint to read again heard meanwhile means the answer may predate a change
   * of the members' rule: that document is read once more.
   */
  async #read(entries: readonly Entry[]): Promise<void> {
    const heard = new Map(entries.map((e) => [e, [] as Change[]]));
    for (const [entry, list] of heard) entry.reads.add(list);
    const again: Entry[] = [];
    try {
      const answer = await this.#store.rulesOf(entries.map((e) => e.documentId));
      for (const [entry, list] of heard) {
        const rules = answer.get(entry.documentId);
        if (!rules || this.#entries.get(entry.documentId) !== entry) continue;
        entry.rules = rules;
        entry.ready = true;
        for (const change of list) this.#change(entry.rules, change);
        if (list.some((c) => 'reread' in c)) again.push(entry);
      }
    } finally {
      for (const [entry, list] of heard) entry.reads.delete(list);
    }
    for (const entry of again) this.#reread(entry);
  }

  /** Reads one document's rules again (a `content` event: perhaps the members' rule changed elsewhere); one such read at a time. */
  #reread(entry: Entry): void {
    if (!entry.ready || this.#entries.get(entry.documentId) !== entry) return;
    if (entry.rereading) {
      entry.again = true;
      return;
    }
    entry.rereading = true;
    void (async () => {
      try {
        do {
          entry.again = false;
          await this.#read([entry]);
        } while (entry.again && this.#entries.get(entry.documentId) === entry);
      } catch (error) {
        this.#log.error('could not re-read a document’s suggestion rules; the periodic read will', {
          error,
          documentId: entry.documentId,
        });
      } finally {
        entry.rereading = false;
      }
    })();
  }

  #apply(entry: Entry, change: Change): void {
    this.#change(entry.rules, change);
    for (const list of entry.reads) list.push(change);
  }

  #change(rules: DocumentRules, change: Change): void {
    if ('reread' in change) return;
    if ('members' in change) rules.members = change.members;
    else if (change.agreed) rules.agreed.add(change.blockId);
    else rules.agreed.delete(change.blockId);
  }

  #sink(entry: Entry): LiveSink<ConsensusLiveEvent> {
    return {
      deliver: (event) => {
        if (event.type === 'paragraph') {
          const { blockId, status } = event.paragraph;
          this.#apply(entry, { blockId, agreed: AGREED_STATUSES.has(status) });
        } else if (event.type === 'content' && this.#events?.relayed !== false) {
          this.#apply(entry, { reread: true });
          this.#reread(entry);
        }
      },
      // The hub is shutting down: nothing more will come, and the rules stay as they are.
      close: () => {
        entry.unsubscribe = () => {};
      },
    };
  }
}
