/**
 * The compilation desk on the server: contributed paragraphs inserted into the compilation
 * through the collaboration pipeline (a server write on the coordinator's behalf, stored and
 * relayed like a client's edit), each new block citing its source; the sources per block; the
 * coverage of a call (which paragraphs were used where, which not yet); and the divergences
 * catalogued on compiled paragraphs. Who may do what is the routes' to ask the Gate.
 */
import { blockViews, labelParagraphs, labelsByBlock, renderYDoc } from '@accord/editor';
import type { BlockSource, Coverage, Divergence } from '@accord/schema';
import * as Y from 'yjs';
import type { LiveEdit } from '../content/live-edit.js';
import type { LiveState } from '../content/live-state.js';
import { OnBehalfOf } from '../extensions/on-behalf-of.js';
import type { Identity } from '../identity/identity.js';
import type { NumberingService } from '../numbering/service.js';
import { Refusal, notFound } from '../refusal.js';
import type { SqlContributionReads } from './contributions.js';
import { $insertParagraphs } from './insert.js';
import type { SqlCompilationStore } from './store.js';

/** A compilation request refused: an unknown contribution, call or block (404), a bad paragraph index (400). */
export class CompilationRefused extends Refusal {
  override name = 'CompilationRefused';
}

export interface CompilationServiceDeps {
  store: SqlCompilationStore;
  contributions: SqlContributionReads;
  liveState: LiveState;
  liveEdit: LiveEdit;
  numbering: Pick<NumberingService, 'baseline'>;
  identity: Pick<Identity, 'audit'>;
  /** Resolves once what stored updates did to cited blocks is recorded (merges, removals). */
  recorded?(documentId: string): Promise<void>;
}

export interface InsertRequest {
  contributionId: string;
  paragraphs: readonly number[];
  afterBlockId: string | null;
}

export class CompilationService {
  readonly #deps: CompilationServiceDeps;

  constructor(deps: CompilationServiceDeps) {
    this.#deps = deps;
  }

  /**
   * Inserts paragraphs of a contribution (to a call on this document) after a block, on the
   * actor's behalf; each new block cites its paragraph. Returns the new blocks' ids in order.
   */
  async insert(workspaceId: string, documentId: string, request: InsertRequest, actorId: string): Promise<string[]> {
    const contribution = await this.#deps.contributions.contribution(request.contributionId);
    if (!contribution || contribution.documentId !== documentId)
      throw new CompilationRefused(404, 'not_found', {
        key: 'errors.compilation.noContribution',
        values: { id: request.contributionId },
      });
    const indexes = [...new Set(request.paragraphs)];
    const missing = indexes.filter((i) => i >= contribution.paragraphs.length);
    if (missing.length > 0)
      throw new CompilationRefused(400, 'invalid_paragraphs', {
        key: 'errors.compilation.noSuchParagraphs',
        values: {
          count: contribution.paragraphs.length,
          last: contribution.paragraphs.length - 1,
          missing: missing.map(String),
        },
      });
    const texts = indexes.map((i) => contribution.paragraphs[i]!);
    const blockIds = await this.#deps.liveEdit(
      documentId,
      () => $insertParagraphs(request.afterBlockId, texts),
      new OnBehalfOf(actorId, 'compilation.insert'),
    );
    // The blocks are in the text already: recorded after, their sources are what the margin shows next.
    await this.#deps.store.cite(
      documentId,
      blockIds.map((blockId, n) => ({
        blockId,
        contributionId: contribution.id,
        paragraph: indexes[n]!,
        organisation: contribution.organisation,
      })),
      actorId,
    );
    await this.#deps.identity.audit.append({
      actorPersonId: actorId,
      action: 'compilation.insert',
      workspaceId,
      target: documentId,
      detail: { contributionId: contribution.id, paragraphs: indexes, afterBlockId: request.afterBlockId, blockIds },
    });
    return blockIds;
  }

  /** Every block's current sources (after what stored edits did to them is recorded). */
  async sources(documentId: string): Promise<Map<string, BlockSource[]>> {
    await this.#deps.recorded?.(documentId);
    return this.#deps.store.sourcesOf(documentId);
  }

  /** The document a call is on (404 for an unknown call), for the route to ask the Gate about. */
  async documentOfCall(callId: string): Promise<string> {
    const call = await this.#deps.contributions.ofCall(callId);
    if (!call) throw notFound('call', callId);
    return call.documentId;
  }

  /** For each contribution to the call, where each paragraph is used (block and label), and what is used nowhere. */
  async coverage(callId: string): Promise<Coverage> {
    const call = await this.#deps.contributions.ofCall(callId);
    if (!call) throw notFound('call', callId);
    const [sources, labels] = await Promise.all([this.sources(call.documentId), this.#labels(call.documentId)]);
    const uses = new Map<string, string[]>();
    for (const [blockId, list] of sources)
      for (const s of list) {
        const key = `${s.contributionId}\u0000${s.paragraph}`;
        uses.set(key, [...(uses.get(key) ?? []), blockId]);
      }
    const coverage: Coverage = { contributions: [], notYetReflected: [] };
    for (const c of call.contributions) {
      const paragraphs = c.paragraphs.map((text, index) => {
        const usedIn = (uses.get(`${c.id}\u0000${index}`) ?? []).map((blockId) => ({
          blockId,
          label: labels.get(blockId) ?? null,
        }));
        if (usedIn.length === 0)
          coverage.notYetReflected.push({ contributionId: c.id, organisation: c.organisation, index, text });
        return { index, text, usedIn };
      });
      coverage.contributions.push({ contributionId: c.id, organisation: c.organisation, title: c.title, paragraphs });
    }
    return coverage;
  }

  /**
   * Records that contributions diverge on a compiled paragraph: the views and who holds each.
   * The block must be in the document; every contribution must be to one of its calls.
   */
  async recordDivergence(
    workspaceId: string,
    documentId: string,
    blockId: string,
    body: { views: ReadonlyArray<{ view: string; contributionIds: readonly string[] }>; note?: string | undefined },
    actorId: string,
  ): Promise<Divergence> {
    if (!(await this.#blockIds(documentId)).has(blockId))
      throw new CompilationRefused(404, 'not_found', {
        key: 'errors.compilation.noParagraph',
        values: { id: blockId },
      });
    const ids = [...new Set(body.views.flatMap((v) => v.contributionIds))];
    const known = await this.#deps.contributions.ofDocument(documentId, ids);
    const unknown = ids.filter((id) => !known.has(id));
    if (unknown.length > 0)
      throw new CompilationRefused(400, 'unknown_contribution', {
        key: 'errors.compilation.unknownContributions',
        values: { ids: unknown.map((id) => JSON.stringify(id)) },
      });
    const divergence = await this.#deps.store.recordDivergence({
      documentId,
      blockId,
      views: body.views.map((v) => ({
        view: v.view,
        holders: [...new Set(v.contributionIds)].map((id) => ({
          contributionId: id,
          organisation: known.get(id)!.organisation,
        })),
      })),
      note: body.note ?? null,
      by: actorId,
    });
    await this.#deps.identity.audit.append({
      actorPersonId: actorId,
      action: 'compilation.divergence',
      workspaceId,
      target: documentId,
      detail: { divergenceId: divergence.id, blockId, views: divergence.views.length },
    });
    return divergence;
  }

  /** The document's divergences, oldest first. */
  divergences(documentId: string): Promise<Divergence[]> {
    return this.#deps.store.divergencesOf(documentId);
  }

  /** The live document's numbered blocks' labels ("4", "4bis"). */
  async #labels(documentId: string): Promise<Map<string, string>> {
    const { paragraphs } = renderYDoc(await this.#deps.liveState(documentId), 'json');
    return labelsByBlock(labelParagraphs(paragraphs, await this.#deps.numbering.baseline(documentId)));
  }

  async #blockIds(documentId: string): Promise<Set<string>> {
    const doc = new Y.Doc();
    try {
      Y.applyUpdate(doc, await this.#deps.liveState(documentId));
      return new Set(blockViews(doc).map((b) => b.blockId));
    } finally {
      doc.destroy();
    }
  }
}
