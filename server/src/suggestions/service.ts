/**
 * Suggestions through the REST API: the pending ones with their authors as the server knows
 * them, decisions (accept, reject, withdraw, all of a person's) and the document's rule for
 * members. A decision is a server write on the decider's behalf (`OnBehalfOf`), through the
 * collaboration pipeline like a client's edit: it is stored before anyone sees it, reaches
 * every open editor at once, and the suggestions extension records how the suggestion ended
 * from the same stored update. Then the audit log gets the decision and live pages hear of it.
 */
import { blockViews, renderYDoc, type SuggestionView } from '@accord/editor';
import type {
  MemberSuggesting,
  PendingSuggestion,
  SuggestionDecision,
  SuggestionSettings,
  SuggestionsDecided,
} from '@accord/schema';
import * as Y from 'yjs';
import type { LiveEdit } from '../content/live-edit.js';
import type { LiveState } from '../content/live-state.js';
import { OnBehalfOf } from '../extensions/on-behalf-of.js';
import type { Identity } from '../identity/identity.js';
import { Refusal } from '../refusal.js';
import { $decideAllBy, $decideSuggestion } from './decisions.js';
import type { SuggestionRules } from './rules.js';
import type { SqlSuggestionStore } from './store.js';

/** A suggestion request the document cannot answer: unknown (404) or no longer pending (409). */
export class SuggestionRefused extends Refusal {
  override name = 'SuggestionRefused';
}

export interface SuggestionServiceDeps {
  store: SqlSuggestionStore;
  /** The update check's cache of rules, told at once of a change made here; absent when updates are not checked. */
  rules?: Pick<SuggestionRules, 'noteMembers'>;
  liveState: LiveState;
  liveEdit: LiveEdit;
  identity: Pick<Identity, 'people' | 'audit'>;
  /** Tells open pages of the document that its suggestions changed. */
  publish(documentId: string): void;
  /** Resolves once the record of the document's stored updates is written (it follows them, off the relay's path). */
  recorded?(documentId: string): Promise<void>;
}

/** A pending suggestion as the live document holds it, with where it lies. */
interface Located extends SuggestionView {
  blockId: string;
}

/** What a decision on one suggestion writes as: the action its `OnBehalfOf` names. */
const actions: Record<SuggestionDecision, string> = {
  accept: 'suggestion.accept',
  reject: 'suggestion.reject',
  withdraw: 'suggestion.withdraw',
};

export class SuggestionService {
  readonly #deps: SuggestionServiceDeps;

  constructor(deps: SuggestionServiceDeps) {
    this.#deps = deps;
  }

  /** The document's pending suggestions in document order, with their authors, paragraphs and server times. */
  async pending(documentId: string): Promise<PendingSuggestion[]> {
    const state = await this.#deps.liveState(documentId);
    const located = await this.#located(state);
    if (located.size === 0) return [];
    const numbers = new Map(renderYDoc(state, 'json').paragraphs.map((p) => [p.id, p.number]));
    const { store } = this.#deps;
    const [records, threads, groups, people] = await Promise.all([
      store.byIds(documentId, [...located.keys()]),
      store.threads(documentId),
      store.groupNames(),
      this.#deps.identity.people.peopleByIds([...located.values()].map((s) => s.by)),
    ]);
    return [...located.values()].map((s) => {
      const person = people.get(s.by) ?? { id: s.by, name: s.by, stakeholderGroup: 'unknown' };
      const thread = threads.get(s.id);
      return {
        id: s.id,
        kind: s.kind,
        text: s.text,
        author: { ...person, groupName: groups.get(person.stakeholderGroup) ?? person.stakeholderGroup },
        blockId: s.blockId,
        paragraph: numbers.get(s.blockId) ?? null,
        createdAt: records.get(s.id)?.createdAt ?? new Date(s.at).toISOString(),
        ...(thread ? { threadId: thread } : {}),
      };
    });
  }

  /** The author of a pending suggestion; 404 when the document never had it, 409 when it is no longer pending. */
  async authorOf(documentId: string, suggestionId: string): Promise<string> {
    return (await this.#pendingOne(documentId, suggestionId)).by;
  }

  /**
   * Accepts, rejects or withdraws one pending suggestion on `actorId`'s behalf. Who may is the
   * caller's to check (the route asks the gate; withdrawing is for the author only).
   */
  async decide(
    workspaceId: string,
    documentId: string,
    suggestionId: string,
    decision: SuggestionDecision,
    actorId: string,
  ): Promise<SuggestionsDecided> {
    const suggestion = await this.#pendingOne(documentId, suggestionId);
    const done = await this.#deps.liveEdit(
      documentId,
      () => $decideSuggestion(suggestionId, decision === 'accept'),
      new OnBehalfOf(actorId, actions[decision]),
    );
    if (!done) throw this.#gone(suggestionId);
    await this.#deps.identity.audit.append({
      actorPersonId: actorId,
      action: actions[decision],
      workspaceId,
      target: documentId,
      detail: { suggestionId, kind: suggestion.kind, authorId: suggestion.by, text: suggestion.text },
    });
    this.#deps.publish(documentId);
    return { decision, decided: [suggestionId] };
  }

  /** Accepts or rejects every pending suggestion of one person (none pending: an empty list). */
  async decideAllBy(
    workspaceId: string,
    documentId: string,
    authorId: string,
    decision: 'accept' | 'reject',
    actorId: string,
  ): Promise<SuggestionsDecided> {
    const theirs = [...(await this.#located(await this.#deps.liveState(documentId))).values()].filter(
      (s) => s.by === authorId,
    );
    if (theirs.length === 0) return { decision, decided: [] };
    const decided = await this.#deps.liveEdit(
      documentId,
      () => $decideAllBy(authorId, decision === 'accept'),
      new OnBehalfOf(actorId, actions[decision]),
    );
    await this.#deps.identity.audit.append({
      actorPersonId: actorId,
      action: actions[decision],
      workspaceId,
      target: documentId,
      detail: { authorId, suggestionIds: decided },
    });
    this.#deps.publish(documentId);
    return { decision, decided };
  }

  /** The document's rule for members, and what it means for a caller of `role` whose connection mode is `mode`. */
  async settings(documentId: string, mode: SuggestionSettings['mode'], isMember: boolean): Promise<SuggestionSettings> {
    const members = await this.#deps.store.members(documentId);
    const suggestOnly =
      mode === 'suggest' ? 'all' : mode === 'edit' && isMember && members !== 'open' ? members : 'nowhere';
    return { members, mode, suggestOnly, agreedBlockIds: await this.#deps.store.agreedBlocks(documentId) };
  }

  /** Sets the document's rule for members, recorded in the audit log. */
  async setMembers(workspaceId: string, documentId: string, members: MemberSuggesting, actorId: string): Promise<void> {
    const previous = await this.#deps.store.setMembers(documentId, members, actorId);
    this.#deps.rules?.noteMembers(documentId, members);
    if (previous === members) return;
    await this.#deps.identity.audit.append({
      actorPersonId: actorId,
      action: 'suggestion.settings',
      workspaceId,
      target: documentId,
      detail: { members, previous },
    });
    this.#deps.publish(documentId);
  }

  async #pendingOne(documentId: string, suggestionId: string): Promise<Located> {
    const found = (await this.#located(await this.#deps.liveState(documentId))).get(suggestionId);
    if (found) return found;
    // Decided a moment ago, its record may still be being written: 409, not 404.
    await this.#deps.recorded?.(documentId);
    if (await this.#deps.store.get(documentId, suggestionId)) throw this.#gone(suggestionId);
    throw new SuggestionRefused(404, 'not_found', { key: 'errors.suggestion.notFound', values: { id: suggestionId } });
  }

  #gone(suggestionId: string): SuggestionRefused {
    return new SuggestionRefused(409, 'suggestion_gone', {
      key: 'errors.suggestion.gone',
      values: { id: suggestionId },
    });
  }

  /** The live document's suggestions by id, in document order (a split suggestion's parts joined). */
  async #located(state: Uint8Array): Promise<Map<string, Located>> {
    const doc = new Y.Doc();
    try {
      Y.applyUpdate(doc, state);
      const found = new Map<string, Located>();
      for (const block of blockViews(doc)) {
        for (const s of block.suggestions) {
          if (s.id === '') continue;
          const known = found.get(s.id);
          if (known) known.text += `\n${s.text}`;
          else found.set(s.id, { ...s, blockId: block.blockId });
        }
      }
      return found;
    } finally {
      doc.destroy();
    }
  }
}
