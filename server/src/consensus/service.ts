/**
 * What the consensus API does once the caller is authorized (the routes ask the Gate first):
 * checks each request against the live document (the paragraph must exist; agreement needs a
 * bracket-free text; a bracket must be open), writes through the store (which records every
 * change), resolves brackets by editing the live document through the collaboration pipeline,
 * and tells the document's live subscribers.
 */
import { permissions } from '../authz/policy.js';
import { $findBracket, $getBlockId, $replaceBracket, $unwrapBracket } from '@accord/editor';
import {
  agreedStatuses,
  type BaselineParagraph,
  type BracketAlternative,
  type CommentThread,
  type ConsensusDashboard,
  type DocumentConsensus,
  type ParagraphConsensus,
  type ParagraphHistory,
  type ParagraphStatus,
  type RegisterSuggestion,
  type PositionKind,
  type ResolveBracketBody,
  type StatusChange,
} from '@accord/schema';
import type { z } from 'zod';
import type { LiveEdit } from '../content/live-edit.js';
import type { LiveState } from '../content/live-state.js';
import { OnBehalfOf } from '../extensions/on-behalf-of.js';
import { type Msg, Refusal } from '../refusal.js';
import { buildDashboard } from './dashboard.js';
import { buildRegister, type Register, type RegisterCompilation } from './register.js';
import { readLiveDocument, textHash, type LiveBlock, type LiveDocument } from './document.js';
import type { ConsensusHub } from './live.js';
import type { SqlConsensusStore } from './store.js';
import { ConsensusIndex } from './view.js';

/** A request the consensus rules refuse because of what it asks for. */
export class ConsensusRefused extends Refusal {
  override name = 'ConsensusRefused';
  constructor(status: 400 | 404 | 409, code: string, message: Msg) {
    super(status, code, message);
  }
}

export interface ConsensusServiceDeps {
  store: SqlConsensusStore;
  liveState: LiveState;
  liveEdit: LiveEdit;
  hub: ConsensusHub;
  /** The document's frozen numbering, if any: paragraphs and the register then carry labels ("4bis"). */
  baseline?: (documentId: string) => Promise<readonly BaselineParagraph[] | undefined>;
}

/** The live document and every record of its consensus, read together. */
export interface ConsensusSnapshot {
  live: LiveDocument;
  index: ConsensusIndex;
}

export class ConsensusService {
  readonly #deps: ConsensusServiceDeps;
  /** Resolutions per document, one at a time: two coordinators resolving one bracket must not both edit the text. */
  readonly #resolving = new Map<string, Promise<unknown>>();

  constructor(deps: ConsensusServiceDeps) {
    this.#deps = deps;
  }

  /** The live document, its numbered paragraphs labelled. */
  async #live(documentId: string): Promise<LiveDocument> {
    return readLiveDocument(await this.#deps.liveState(documentId), await this.#deps.baseline?.(documentId));
  }

  /** The live document and its records. */
  async snapshot(documentId: string): Promise<ConsensusSnapshot> {
    const live = await this.#live(documentId);
    const { store } = this.#deps;
    const [statuses, events, positions, alternatives, resolutions, groupNames, constituency] = await Promise.all([
      store.statuses(documentId),
      store.statusEvents(documentId),
      store.positions(documentId),
      store.alternatives(documentId),
      store.resolutions(documentId),
      store.groupNames(),
      store.constituency(documentId, permissions['position.record']),
    ]);
    return {
      live,
      index: new ConsensusIndex({ statuses, events, positions, alternatives, resolutions, groupNames, constituency }),
    };
  }

  /** `GET …/consensus`: every listed paragraph. */
  async document(documentId: string, title: string): Promise<DocumentConsensus> {
    const { live, index } = await this.snapshot(documentId);
    return { documentId, title, paragraphs: index.paragraphs(live) };
  }

  /** `GET …/consensus/dashboard`: where the document stands, for the dashboard. */
  async dashboard(documentId: string, title: string): Promise<ConsensusDashboard> {
    const { live, index } = await this.snapshot(documentId);
    return buildDashboard({ documentId, title, live, index, now: new Date() });
  }

  /** The register of differences, with the open comment threads given (the comments module's view of them). */
  async register(
    documentId: string,
    title: string,
    threads: readonly CommentThread[],
    suggestions?: readonly (RegisterSuggestion & { blockId: string })[],
    /** A compilation's divergences, sources and broken silences (issue 14). */
    compilation?: RegisterCompilation,
  ): Promise<Register> {
    const { live, index } = await this.snapshot(documentId);
    return buildRegister({
      documentId,
      title,
      live,
      index,
      threads,
      now: new Date(),
      ...(suggestions ? { suggestions } : {}),
      ...(compilation ? { compilation } : {}),
    });
  }

  /** Sets a paragraph's status (coordinators). Agreement is refused while the paragraph holds brackets. */
  async setStatus(
    documentId: string,
    blockId: string,
    to: ParagraphStatus,
    note: string,
    actorId: string,
  ): Promise<ParagraphConsensus> {
    const block = this.#block(await this.#live(documentId), blockId);
    const agreed = agreedStatuses.includes(to);
    if (agreed && block.brackets.length > 0) {
      const list = block.brackets.map((b) => `[${b.text}] (${b.id})`).join(', ');
      throw new ConsensusRefused(409, 'open_brackets', {
        key: 'errors.consensus.openBrackets',
        values: {
          paragraph: paragraphNamed(block),
          status: to === 'agreed-ad-ref' ? 'adRef' : 'agreed',
          count: block.brackets.length,
          brackets: list,
        },
      });
    }
    await this.#deps.store.setStatus({
      documentId,
      blockId,
      to,
      note,
      actorId,
      agreedHash: agreed ? textHash(block.bracketedText) : null,
    });
    return this.#publish(documentId, blockId);
  }

  /** Records a member's proposal; the status does not change. */
  async proposeStatus(
    documentId: string,
    blockId: string,
    to: ParagraphStatus,
    note: string,
    actorId: string,
  ): Promise<StatusChange> {
    this.#block(await this.#live(documentId), blockId);
    const proposal = await this.#deps.store.proposeStatus({ documentId, blockId, to, note, actorId });
    await this.#publish(documentId, blockId);
    return proposal;
  }

  /** Records the caller's own position on a paragraph. */
  async recordPosition(
    documentId: string,
    blockId: string,
    personId: string,
    position: PositionKind,
    reason: string,
  ): Promise<ParagraphConsensus> {
    this.#block(await this.#live(documentId), blockId);
    await this.#deps.store.recordPosition({ documentId, blockId, personId, position, reason });
    return this.#publish(documentId, blockId);
  }

  /** A paragraph's status changes and every position recorded on it. */
  async history(documentId: string, blockId: string): Promise<ParagraphHistory> {
    return {
      statusChanges: await this.#deps.store.statusEvents(documentId, blockId),
      positions: await this.#deps.store.positionHistory(documentId, blockId),
    };
  }

  /** Adds an alternative to an open bracket, attributed to the proposer. */
  async addAlternative(
    documentId: string,
    bracketId: string,
    text: string,
    personId: string,
  ): Promise<BracketAlternative> {
    const block = await this.#openBracket(documentId, bracketId);
    const alternative = await this.#deps.store.addAlternative({ documentId, bracketId, text, personId });
    await this.#publish(documentId, block.id);
    return alternative;
  }

  /**
   * Resolves a bracket: keeps its text (the brackets go) or replaces it with an alternative,
   * in the live document for everyone, then records the resolution.
   */
  async resolve(
    documentId: string,
    bracketId: string,
    body: z.output<typeof ResolveBracketBody>,
    actorId: string,
  ): Promise<ParagraphConsensus> {
    const previous = this.#resolving.get(documentId) ?? Promise.resolve();
    const work = previous.catch(() => undefined).then(() => this.#resolve(documentId, bracketId, body, actorId));
    this.#resolving.set(documentId, work);
    try {
      return await work;
    } finally {
      if (this.#resolving.get(documentId) === work) this.#resolving.delete(documentId);
    }
  }

  async #resolve(
    documentId: string,
    bracketId: string,
    body: z.output<typeof ResolveBracketBody>,
    actorId: string,
  ): Promise<ParagraphConsensus> {
    await this.#openBracket(documentId, bracketId);
    let alternative: BracketAlternative | undefined;
    if (body.choice === 'alternative') {
      alternative = (await this.#deps.store.alternatives(documentId)).find(
        (a) => a.id === body.alternativeId && a.bracketId === bracketId,
      );
      if (!alternative)
        throw new ConsensusRefused(400, 'unknown_alternative', {
          key: 'errors.consensus.unknownAlternative',
          values: { bracketId, alternativeId: body.alternativeId },
        });
    }
    const edited = await this.#deps.liveEdit(
      documentId,
      () => {
        const node = $findBracket(bracketId);
        if (!node)
          throw new ConsensusRefused(409, 'bracket_gone', {
            key: 'errors.consensus.bracketGone',
            values: { id: bracketId },
          });
        const previousText = node.getTextContent();
        let block = node.getParent();
        while (block !== null && $getBlockId(block) === '') block = block.getParent();
        if (alternative) $replaceBracket(node, alternative.text);
        else $unwrapBracket(node);
        return { previousText, blockId: block ? $getBlockId(block) : '' };
      },
      // The text change is the coordinator's: attribution names them.
      new OnBehalfOf(actorId, 'bracket.resolve'),
    );
    await this.#deps.store.recordResolution({
      documentId,
      bracketId,
      blockId: edited.blockId,
      choice: body.choice,
      alternativeId: alternative?.id ?? null,
      text: alternative?.text ?? edited.previousText,
      previousText: edited.previousText,
      note: body.note,
      actorId,
    });
    return this.#publish(documentId, edited.blockId);
  }

  /** The block of an open bracket; 409 when it was resolved, 404 when there is no such bracket. */
  async #openBracket(documentId: string, bracketId: string): Promise<LiveBlock> {
    if (await this.#deps.store.isResolved(documentId, bracketId))
      throw new ConsensusRefused(409, 'already_resolved', {
        key: 'errors.consensus.bracketResolved',
        values: { id: bracketId },
      });
    const block = (await this.#live(documentId)).bracketBlock.get(bracketId);
    if (!block)
      throw new ConsensusRefused(404, 'not_found', { key: 'errors.consensus.noBracket', values: { id: bracketId } });
    return block;
  }

  #block(live: LiveDocument, blockId: string): LiveBlock {
    const block = live.byId.get(blockId);
    if (!block)
      throw new ConsensusRefused(400, 'unknown_block', { key: 'errors.consensus.unknownBlock', values: { blockId } });
    return block;
  }

  /** The paragraph as shown after a change, sent to the document's subscribers too. */
  async #publish(documentId: string, blockId: string): Promise<ParagraphConsensus> {
    const { live, index } = await this.snapshot(documentId);
    const block = live.byId.get(blockId);
    if (!block) throw new Error(`block ${blockId} vanished while it was being changed`);
    const paragraph = index.paragraph(block);
    this.#deps.hub.publish(documentId, { type: 'paragraph', paragraph });
    return paragraph;
  }
}

/** A paragraph as people refer to it, in the reader's language ("paragraph 4bis", "block b7"). */
export function paragraphNamed(block: Pick<LiveBlock, 'number' | 'id' | 'label'>): Msg {
  return block.number === null
    ? { key: 'errors.consensus.block', values: { id: block.id } }
    : { key: 'errors.consensus.paragraph', values: { label: block.label ?? String(block.number) } };
}
