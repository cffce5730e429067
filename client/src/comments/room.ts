/**
 * One document's comments on this page: the threads (from the live feed), the outbox of
 * comments not yet accepted, and what the person is doing (the active thread, a new comment
 * being written, the panel and its filters). The editor plugins and the side panel share one
 * `CommentsRoom`; React reads it through `subscribe` / `getSnapshot` (useCommentsRoom.ts).
 *
 * Writes go through the REST API only. New threads and replies go through the outbox so a
 * comment written offline is kept and sent later; edits, deletions and resolutions are
 * answered at once (the caller shows a refusal where the person clicked).
 */
import type { Access, CommentAnchor, PersonShown, CommentThread, Person } from '@accord/schema';
import { defaultStakeholderGroups } from '@accord/schema';
import { can } from '../access.js';
import type { Shortcut } from '../editor/shortcuts.js';
import { listStakeholderGroups } from '../api.js';
import { commentsApi, liveUrl, type CommentsApi } from './api.js';
import { DEFAULT_FILTERS, type Placement, type Placements, type ThreadFilters } from './filters.js';
import { CommentFeed, type EventSourceLike, type FeedStatus } from './live.js';
import { mentionsIn } from './mentions.js';
import * as outbox from './outbox.js';
import type { Said } from './said.js';
import { OutboxSender } from './sender.js';
import { fromList, openerOf, upsertThread } from './threads.js';

/** A new thread being written: what it will be anchored to. */
export interface Draft {
  anchor: CommentAnchor;
  /** The quote; empty for a whole block. */
  about: string;
  /** The block's number when the draft began (for "Your comment on ¶4"); null when unnumbered. */
  number: number | null;
  /** Said above the comment box (e.g. the selection was clipped to one paragraph). */
  note: Said | null;
}

export interface CommentsState {
  feed: FeedStatus;
  feedProblem: string | null;
  /** The list has arrived at least once. */
  loaded: boolean;
  threads: readonly CommentThread[];
  outbox: readonly outbox.OutboxEntry[];
  access: Access | null;
  /** A thread id, or an outbox entry's id for a thread not sent yet. */
  activeId: string | null;
  draft: Draft | null;
  panelOpen: boolean;
  /** The viewport leaves room for thread cards beside the paper. */
  marginOn: boolean;
  filters: ThreadFilters;
  places: Placements;
  /** Who can be @mentioned; null until asked for. */
  people: readonly PersonShown[] | null;
  groupNames: ReadonlyMap<string, string>;
  /** Said to screen readers (aria-live): this person's comments sent (others' are the page announcer's); `seq` tells repeats apart. */
  announcement: (Said & { seq: number }) | null;
  /** A short message for the person (why a shortcut did nothing), or null. */
  notice: (Said & { seq: number }) | null;
  /** Asks the editor plugin to scroll a thread's paragraph into view. */
  reveal: { id: string; seq: number } | null;
  /** The editor has a selection (or caret) that can be commented on. */
  selectionReady: boolean;
}

export interface CommentsRoomOptions {
  documentId: string;
  person: Pick<Person, 'id' | 'name' | 'stakeholderGroup'>;
  api?: CommentsApi;
  openEvents?: (url: string) => EventSourceLike;
  storage?: Pick<Storage, 'getItem' | 'setItem' | 'removeItem'> | null;
  isOnline?: () => boolean;
  /** Where `online` events come from (the window). */
  events?: Pick<Window, 'addEventListener' | 'removeEventListener'> | null;
  loadGroupNames?: () => Promise<ReadonlyArray<{ id: string; name: string }>>;
}

/** Comment on the selection: Ctrl+Alt+M (⌘⌥M on Apple keyboards). */
export const COMMENT_SHORTCUT: Shortcut = { code: 'KeyM', mod: true, alt: true };

/** Below this viewport width (px) the cards leave the margin for the panel. */
const MARGIN_MIN_WIDTH = 1100;
/** The panel's width (px, 22rem at the app's 15px root size). */
const PANEL_WIDTH = 330;

/** Whether cards fit beside the paper at this viewport width. */
export const marginFits = (width: number, panelOpen: boolean) =>
  width - (panelOpen ? PANEL_WIDTH : 0) >= MARGIN_MIN_WIDTH;

export class CommentsRoom {
  readonly documentId: string;
  readonly person: CommentsRoomOptions['person'];
  readonly #api: CommentsApi;
  readonly #feed: CommentFeed;
  readonly #storage: CommentsRoomOptions['storage'];
  readonly #storageKey: string;
  readonly #isOnline: () => boolean;
  readonly #events: CommentsRoomOptions['events'];
  readonly #loadGroupNames: NonNullable<CommentsRoomOptions['loadGroupNames']>;
  #listeners = new Set<() => void>();
  #state: CommentsState;
  #viewport = Infinity;
  /** Width (px) another side panel (the paragraph panel) takes from the window. */
  #aside = 0;
  #seq = 0;
  readonly #sender: OutboxSender;
  #selectionHandler: (() => void) | null = null;
  #returnFocus: { focus(): void } | null = null;
  #started = false;
  #disposed = false;

  constructor(options: CommentsRoomOptions) {
    this.documentId = options.documentId;
    this.person = options.person;
    this.#api = options.api ?? commentsApi;
    this.#storage = options.storage === undefined ? browserStorage() : options.storage;
    this.#storageKey = outbox.storageKey(options.person.id, options.documentId);
    this.#isOnline = options.isOnline ?? (() => (typeof navigator === 'undefined' ? true : navigator.onLine));
    this.#events = options.events === undefined ? (typeof window === 'undefined' ? null : window) : options.events;
    this.#loadGroupNames = options.loadGroupNames ?? (async () => (await listStakeholderGroups()).groups);
    const open = options.openEvents ?? ((url: string) => new EventSource(url, { withCredentials: true }));
    this.#feed = new CommentFeed({
      url: liveUrl(options.documentId),
      open,
      list: (signal) => this.#api.list(this.documentId, signal),
      onList: (threads) => this.#onList(threads),
      onThread: (thread) => this.#onLive(thread),
      onStatus: (status, problem) => this.#onFeedStatus(status, problem),
    });
    this.#state = {
      feed: 'connecting',
      feedProblem: null,
      loaded: false,
      threads: [],
      outbox: outbox
        .loadOutbox(this.#storage ?? null, this.#storageKey)
        .filter((e) => e.documentId === options.documentId),
      access: null,
      activeId: null,
      draft: null,
      panelOpen: false,
      marginOn: true,
      filters: DEFAULT_FILTERS,
      places: new Map(),
      people: null,
      groupNames: new Map(defaultStakeholderGroups.map((g) => [g.id, g.name])),
      announcement: null,
      notice: null,
      reveal: null,
      selectionReady: false,
    };
    this.#sender = new OutboxSender({
      entries: () => this.#state.outbox,
      setEntries: (entries) => this.#setOutbox(entries),
      isOnline: this.#isOnline,
      post: (entry) => {
        const body = { body: entry.body, mentions: entry.mentions };
        return entry.target.kind === 'thread'
          ? this.#api.create(entry.documentId, { ...body, anchor: entry.target.anchor })
          : this.#api.reply(entry.target.threadId, body);
      },
      sent: (entry, thread) => {
        this.#apply(thread);
        if (this.#state.activeId === entry.id) this.#set({ activeId: thread.id });
        this.#announce({
          id: entry.target.kind === 'thread' ? 'comments.announce.posted' : 'comments.announce.replied',
        });
      },
    });
  }

  subscribe = (listener: () => void): (() => void) => {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  };

  getSnapshot = (): CommentsState => this.#state;

  /** Opens the live feed, listens for the network coming back, and sends what the outbox holds. */
  start(): void {
    if (this.#started || this.#disposed) return;
    this.#started = true;
    this.#feed.start();
    this.#events?.addEventListener('online', this.#onOnline);
    void this.#loadGroupNames().then(
      (groups) =>
        !this.#disposed &&
        this.#set({ groupNames: new Map([...this.#state.groupNames, ...groups.map((g) => [g.id, g.name] as const)]) }),
      () => {}, // The default names will do.
    );
    this.#sender.flush();
  }

  dispose(): void {
    this.#disposed = true;
    this.#feed.dispose();
    this.#events?.removeEventListener('online', this.#onOnline);
    this.#sender.dispose();
    this.#listeners.clear();
  }

  // ——— What the person may do ———

  get canComment(): boolean {
    return can(this.#state.access, 'comment.create');
  }

  /** Their own comment, while they may comment (the server's rule). */
  canChange(comment: { author: { id: string } }): boolean {
    return this.canComment && comment.author.id === this.person.id;
  }

  /** Resolve or reopen: moderators, and the thread's author while they may comment. */
  canSetStatus(thread: CommentThread): boolean {
    return can(this.#state.access, 'comment.moderate') || (this.canComment && openerOf(thread)?.id === this.person.id);
  }

  setAccess(access: Access | null): void {
    if (access === this.#state.access) return;
    this.#set({ access });
    if (!this.canComment && this.#state.draft) this.#set({ draft: null });
  }

  // ——— Layout and navigation ———

  setViewportWidth(width: number): void {
    const first = this.#viewport === Infinity;
    this.#viewport = width;
    // The panel starts open when it fits beside the cards.
    const panelOpen = first ? marginFits(width - this.#aside, true) : this.#state.panelOpen;
    this.#set({ panelOpen, marginOn: marginFits(width - this.#aside, panelOpen) });
  }

  setPanelOpen(panelOpen: boolean): void {
    this.#set({ panelOpen, marginOn: marginFits(this.#viewport - this.#aside, panelOpen) });
  }

  /** Another side panel (the paragraph panel) takes `width` px of the window: cards stay only if they still fit. */
  setAside(width: number): void {
    this.#aside = width;
    this.#set({ marginOn: marginFits(this.#viewport - width, this.#state.panelOpen) });
  }

  setFilters(change: Partial<ThreadFilters>): void {
    this.#set({ filters: { ...this.#state.filters, ...change } });
  }

  /** Makes a thread (or a pending one) the active one; `reveal` scrolls its paragraph into view. */
  activate(id: string | null, reveal = false): void {
    this.#set({ activeId: id, ...(reveal && id ? { reveal: { id, seq: ++this.#seq } } : {}) });
  }

  /** Called by the editor plugin as placements change (every document change, once a frame). */
  setPlaces(places: Map<string, Placement>): void {
    if (samePlaces(places, this.#state.places)) return;
    this.#set({ places });
  }

  notify(said: Said): void {
    this.#set({ notice: { ...said, seq: ++this.#seq } });
  }

  dismissNotice(): void {
    this.#set({ notice: null });
  }

  // ——— A new comment on the selection ———

  /** The editor plugin registers how to read the selection, for the panel's "Comment" button. */
  setSelectionHandler(handler: (() => void) | null, ready: boolean): void {
    this.#selectionHandler = handler;
    if (ready !== this.#state.selectionReady) this.#set({ selectionReady: ready });
  }

  commentOnSelection(): void {
    if (!this.canComment) return;
    if (this.#selectionHandler) this.#selectionHandler();
    else this.notify({ id: 'comments.notice.selectFirst' });
  }

  /** Opens the comment box for a new thread; `returnFocus` is where focus goes back if it is cancelled. */
  startDraft(draft: Draft, returnFocus: { focus(): void } | null = null): void {
    if (!this.canComment) return;
    this.#returnFocus = returnFocus;
    this.#set({ draft, activeId: null });
    if (!this.#state.marginOn) this.setPanelOpen(true);
  }

  /** Closes the comment box; gives back what had the focus before it opened. */
  cancelDraft(): { focus(): void } | null {
    this.#set({ draft: null });
    const back = this.#returnFocus;
    this.#returnFocus = null;
    return back;
  }

  /** Sends the draft as a new thread (through the outbox); the draft closes at once. */
  createThread(body: string): void {
    const draft = this.#state.draft;
    if (!draft) return;
    const id = this.#enqueue({ kind: 'thread', anchor: draft.anchor, about: draft.about, number: draft.number }, body);
    this.#set({ draft: null, activeId: id });
  }

  /** Sends a reply (through the outbox). */
  reply(threadId: string, body: string): void {
    this.#enqueue({ kind: 'reply', threadId }, body);
  }

  retry(entryId: string): void {
    this.#sender.retry(entryId);
  }

  discard(entryId: string): void {
    this.#setOutbox(outbox.remove(this.#state.outbox, entryId));
    if (this.#state.activeId === entryId) this.#set({ activeId: null });
  }

  // ——— Changes answered at once ———

  async edit(commentId: string, body: string): Promise<void> {
    this.#apply(await this.#api.edit(commentId, { body, mentions: this.#mentions(body) }));
  }

  async remove(commentId: string): Promise<void> {
    this.#apply(await this.#api.remove(commentId));
  }

  async setStatus(threadId: string, status: 'open' | 'resolved'): Promise<void> {
    this.#apply(await (status === 'resolved' ? this.#api.resolve(threadId) : this.#api.reopen(threadId)));
  }

  /** Loads who can be @mentioned, once (only people who may comment are allowed to ask). */
  loadPeople(): void {
    if (this.#state.people !== null || !this.canComment) return;
    this.#set({ people: [] });
    this.#api.people(this.documentId).then(
      (people) => !this.#disposed && this.#set({ people }),
      () => !this.#disposed && this.#set({ people: null }),
    );
  }

  // ——— Internals ———

  #mentions(body: string): string[] {
    return mentionsIn(body, this.#state.people ?? []);
  }

  #enqueue(target: outbox.OutboxTarget, body: string): string {
    const id = outbox.localId();
    this.#sender.add({
      id,
      documentId: this.documentId,
      target,
      body,
      mentions: this.#mentions(body),
      createdAt: new Date().toISOString(),
    });
    return id;
  }

  #onOnline = () => {
    this.#feed.reconnect();
    this.#sender.networkBack();
  };

  #onList(threads: CommentThread[]): void {
    // Others' comments (live, or arrived while reconnecting) are said by the page's announcer, with
    // who wrote them and where (a11y/useLiveAnnouncements.ts): not here too.
    this.#set({ threads: fromList(threads), loaded: true });
  }

  #onLive(thread: CommentThread): void {
    this.#apply(thread);
  }

  #onFeedStatus(feed: FeedStatus, feedProblem: string | null): void {
    const recovered = feed === 'live' && this.#state.feed !== 'live';
    this.#set({ feed, feedProblem });
    // The server answers again: whatever waited for the network can go now.
    if (recovered) this.#sender.flush();
  }

  #announce(said: Said): void {
    this.#set({ announcement: { ...said, seq: ++this.#seq } });
  }

  #apply(thread: CommentThread): void {
    const threads = upsertThread(this.#state.threads, thread);
    if (threads !== this.#state.threads) this.#set({ threads });
  }

  #setOutbox(entries: outbox.OutboxEntry[]): void {
    this.#set({ outbox: entries });
    outbox.saveOutbox(this.#storage ?? null, this.#storageKey, entries);
  }

  #set(change: Partial<CommentsState>): void {
    if (this.#disposed) return;
    this.#state = { ...this.#state, ...change };
    for (const listener of [...this.#listeners]) listener();
  }
}

function samePlaces(a: ReadonlyMap<string, Placement>, b: ReadonlyMap<string, Placement>): boolean {
  if (a.size !== b.size) return false;
  for (const [id, p] of a) {
    const q = b.get(id);
    if (!q || q.found !== p.found) return false;
    if (
      p.found &&
      q.found &&
      (p.blockId !== q.blockId ||
        p.number !== q.number ||
        p.label !== q.label ||
        p.order !== q.order ||
        p.start !== q.start ||
        p.end !== q.end)
    )
      return false;
  }
  return true;
}

function browserStorage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null; // Storage disabled by the browser's settings.
  }
}
