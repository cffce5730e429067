/**
 * What the comments API does once the caller is authorized: checks what they send against
 * the document (anchor) and the workspace (mentions), writes through the store (which records
 * every change), and tells the document's live subscribers. Who may do what is decided
 * before, in the routes, by authz/ through the Gate.
 */
import { labelParagraphs, labelsByBlock, type BlockIndex } from '@accord/editor';
import type { BaselineParagraph, CommentAnchor, CommentThread, ThreadEvent, ThreadStatus } from '@accord/schema';
import { authorize, type Resource } from '../authz/authorize.js';
import type { LiveState } from '../content/live-state.js';
import type { Identity } from '../identity/identity.js';
import { loadPrincipal } from '../identity/principal.js';
import type { Logger } from '../logger.js';
import { type FieldIssue, fieldIssue } from '../refusal.js';
import { anchorForNewThread, CommentRefused, indexOf, isListed, viewThread } from './anchoring.js';
import type { CommentHub } from './live.js';
import type { CommentInput, SqlCommentStore, StoredThread } from './store.js';
import { suggestionInBlock } from '../suggestions/thread-link.js';

export interface CommentServiceDeps {
  store: SqlCommentStore;
  identity: Identity;
  liveState: LiveState;
  hub: CommentHub;
  logger: Logger;
  /** The document's frozen numbering, if any: locations then carry labels ("4bis"). */
  baseline?: (documentId: string) => Promise<readonly BaselineParagraph[] | undefined>;
}

export class CommentService {
  readonly #deps: CommentServiceDeps;

  constructor(deps: CommentServiceDeps) {
    this.#deps = deps;
  }

  /** The document's threads as shown: resolved against its live state, without threads whose every comment was deleted. */
  async list(documentId: string): Promise<CommentThread[]> {
    const threads = (await this.#deps.store.listThreads(documentId)).filter(isListed);
    if (threads.length === 0) return [];
    const index = indexOf(await this.#deps.liveState(documentId));
    const labels = await this.#labels(documentId, index);
    return threads.map((t) => viewThread(index, t, labels));
  }

  /** A thread that is still listed, for changing it; undefined when there is none (or nothing is left of it). */
  async listedThread(threadId: string): Promise<StoredThread | undefined> {
    const thread = await this.#deps.store.getThread(threadId);
    return thread && isListed(thread) ? thread : undefined;
  }

  /** Any thread, listed or not, or undefined. */
  anyThread(threadId: string): Promise<StoredThread | undefined> {
    return this.#deps.store.getThread(threadId);
  }

  /** The thread holding a comment, or undefined. */
  threadOfComment(commentId: string): Promise<StoredThread | undefined> {
    return this.#deps.store.threadOfComment(commentId);
  }

  /** A thread's recorded changes. */
  history(threadId: string): Promise<ThreadEvent[]> {
    return this.#deps.store.history(threadId);
  }

  /** Opens a thread on the document's live state; the anchor must point into it. */
  async open(
    resource: Resource & { documentId: string },
    authorId: string,
    input: { anchor: CommentAnchor; suggestionId?: string | undefined } & CommentInput,
  ): Promise<CommentThread> {
    const mentions = await this.#mentions(resource, input.mentions);
    const state = await this.#deps.liveState(resource.documentId);
    const index = indexOf(state);
    const anchor = anchorForNewThread(index, input.anchor);
    if (input.suggestionId !== undefined) suggestionInBlock(state, input.suggestionId, anchor.blockId);
    const stored = await this.#deps.store.createThread({
      documentId: resource.documentId,
      anchor,
      authorId,
      body: input.body,
      mentions,
      suggestionId: input.suggestionId,
    });
    return this.#publish(stored, index);
  }

  async reply(resource: Resource, threadId: string, authorId: string, input: CommentInput): Promise<CommentThread> {
    const mentions = await this.#mentions(resource, input.mentions);
    return this.#publish(await this.#deps.store.reply(threadId, { authorId, body: input.body, mentions }));
  }

  async edit(resource: Resource, commentId: string, authorId: string, input: CommentInput): Promise<CommentThread> {
    const mentions = await this.#mentions(resource, input.mentions);
    return this.#publish(await this.#deps.store.edit(commentId, authorId, { body: input.body, mentions }));
  }

  async delete(commentId: string, authorId: string): Promise<CommentThread> {
    return this.#publish(await this.#deps.store.delete(commentId, authorId));
  }

  async setStatus(threadId: string, actorId: string, status: ThreadStatus): Promise<CommentThread> {
    return this.#publish(await this.#deps.store.setStatus(threadId, actorId, status));
  }

  /** The thread as shown after a change, sent to the document's subscribers too. */
  async #publish(stored: StoredThread, known?: ReturnType<typeof indexOf>): Promise<CommentThread> {
    const index = known ?? indexOf(await this.#deps.liveState(stored.documentId));
    const thread = viewThread(index, stored, await this.#labels(stored.documentId, index));
    this.#deps.hub.publish(stored.documentId, { type: 'thread', thread });
    return thread;
  }

  /** Block id → label ("4", "4bis") of the indexed document's numbered paragraphs. */
  async #labels(documentId: string, index: BlockIndex): Promise<Map<string, string>> {
    return labelsByBlock(labelParagraphs(index.blocks, await this.#deps.baseline?.(documentId)));
  }

  /**
   * Mentions without repeats, each a person who may read the document (a role in its
   * workspace, inside its audience); anyone else is refused by position in the list, without
   * saying whether such a person exists elsewhere.
   */
  async #mentions(resource: Resource, mentions: readonly string[]): Promise<string[]> {
    const unique = [...new Set(mentions)];
    const issues: FieldIssue[] = [];
    for (const id of unique) {
      const person = await this.#deps.identity.people.getPerson(id);
      const principal = person && (await loadPrincipal(this.#deps.identity.people, id));
      const path = `mentions.${mentions.indexOf(id)}`;
      if (!principal || !principal.roles.has(resource.workspaceId))
        issues.push(fieldIssue(path, { key: 'errors.field.noRole', values: { id } }));
      else if (!authorize(principal, 'document.read', resource).allowed)
        issues.push(fieldIssue(path, { key: 'errors.field.cannotRead', values: { name: person.name } }));
    }
    if (issues.length > 0) {
      throw new CommentRefused(
        400,
        'invalid_mention',
        { key: 'errors.comment.mentions', values: { issues: { sentences: issues.map((i) => i.ref!) } } },
        issues,
      );
    }
    return unique;
  }
}
