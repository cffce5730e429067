/**
 * After a round closes, the group answers it: every published comment gets a disposition and
 * a response, seen beside the paragraph as consulted and as it reads now (block ids map one to
 * the other), and the revised version is published with the comment-response report. Only
 * published comments take part — pending ones must be moderated first, hidden ones never appear.
 * The report is stored, every format, when it is published; from then on that snapshot is what
 * anyone downloads, never a rebuild from records that might since have changed.
 */
import { renderYDoc } from '@accord/editor';
import {
  ReportFormat,
  type ContentBlock,
  type DispositionBody,
  type DocumentRecord,
  type ProcessedComment,
  type PublicRoundOutcome,
  type Round,
  type RoundProcessing as ProcessingView,
  type RoundRevision,
} from '@accord/schema';
import type { LiveState } from '../content/live-state.js';
import { diffBlocks } from '../versions/diff.js';
import type { VersionService } from '../versions/service.js';
import type { SqlProcessingStore, StoredReport } from './processing-store.js';
import { renderReport, type RenderedReport } from './report/index.js';
import type { ReportInput } from './report/model.js';
import { RoundRefusal, type RoundService } from './service.js';
import type { ParticipantSession, PublishedComment, SqlRoundStore } from './store.js';

export interface RoundProcessingDeps {
  rounds: RoundService;
  store: SqlRoundStore;
  processing: SqlProcessingStore;
  liveState: LiveState;
  versions: VersionService;
}

/** A decision body after zod defaults. */
type Decision = Required<DispositionBody>;

export class RoundProcessing {
  readonly #deps: RoundProcessingDeps;

  constructor(deps: RoundProcessingDeps) {
    this.#deps = deps;
  }

  /** Every published comment by paragraph, the frozen paragraph beside the live one, and the progress. */
  async view(round: Round): Promise<ProcessingView> {
    const [frozen, live] = await Promise.all([this.#deps.rounds.content(round), this.#live(round.documentId)]);
    const liveById = new Map(live.map((b) => [b.id, b]));
    const comments = await this.#processed(round.id);
    const byBlock = new Map<string, ProcessedComment[]>();
    for (const c of comments)
      if (c.anchor.kind !== 'general')
        (byBlock.get(c.anchor.blockId) ?? byBlock.set(c.anchor.blockId, []).get(c.anchor.blockId)!).push(c);
    const reactions = await this.#deps.store.reactions(round.id);
    const changes = new Map(diffBlocks(frozen, live).map((d) => [d.id, d]));
    return {
      round,
      general: comments.filter((c) => c.anchor.kind === 'general'),
      paragraphs: frozen.map((block) => ({
        frozen: contentBlock(block),
        live: liveById.get(block.id) ?? null,
        reactions: reactions[block.id] ?? { agree: 0, disagree: 0 },
        comments: byBlock.get(block.id) ?? [],
        ...(changes.has(block.id) ? { change: changes.get(block.id)! } : {}),
      })),
      liveParagraphs: live,
      progress: progress(comments),
      awaitingModeration: await this.#deps.processing.awaitingModeration(round.id),
      revision: await this.#deps.processing.revision(round.id),
    };
  }

  /** Records the group's decision on one published comment, once the round is closed. */
  async decide(round: Round, commentId: string, personId: string, body: Decision) {
    if (round.state !== 'closed') {
      throw new RoundRefusal(409, 'round_not_closed', { key: 'errors.round.stillOpen' });
    }
    if (await this.#deps.processing.revision(round.id)) {
      throw new RoundRefusal(409, 'already_published', { key: 'errors.round.dispositionsFinal' });
    }
    if (
      body.changedBlockId !== null &&
      !(await this.#live(round.documentId)).some((b) => b.id === body.changedBlockId)
    ) {
      throw new RoundRefusal(400, 'no_such_paragraph', { key: 'errors.round.changedParagraphGone' });
    }
    const decided = await this.#deps.processing.decide({ roundId: round.id, commentId, personId, ...body });
    if (!decided) throw new RoundRefusal(404, 'not_found', { key: 'errors.round.noPublishedComment' });
    return decided;
  }

  /**
   * Saves the live document as the round's revised version and links the report to it — only
   * once every comment has been considered: none waiting for moderation, each with a disposition.
   */
  async publishRevision(
    round: Round,
    document: DocumentRecord,
    personId: string,
    body: { name: string; note?: string | undefined },
  ): Promise<RoundRevision> {
    if (round.state !== 'closed') throw new RoundRefusal(409, 'round_not_closed', { key: 'errors.round.closeFirst' });
    if (await this.#deps.processing.revision(round.id))
      throw new RoundRefusal(409, 'already_published', { key: 'errors.round.revisedAlready' });
    const waiting = await this.#deps.processing.awaitingModeration(round.id);
    if (waiting > 0)
      throw new RoundRefusal(409, 'awaiting_moderation', {
        key: 'errors.round.awaitingModeration',
        values: { count: waiting },
      });
    const { processed, total } = progress(await this.#processed(round.id));
    if (processed < total) {
      throw new RoundRefusal(409, 'unprocessed_comments', {
        key: 'errors.round.unanswered',
        values: { remaining: total - processed, total },
      });
    }
    const version = await this.#deps.versions.save(document, personId, body);
    if (!(await this.#deps.processing.linkRevision(round.id, version.id, personId))) {
      throw new RoundRefusal(409, 'already_published', { key: 'errors.round.revisedAlready' });
    }
    const revision = (await this.#deps.processing.revision(round.id))!;
    await this.#snapshot(round, revision);
    return revision;
  }

  /**
   * The comment-response report in `format`: as stored at publication once the revised version
   * is out (stored then if a crash came between the two), else rendered from the records now.
   */
  async report(round: Round, format: ReportFormat): Promise<RenderedReport> {
    const revision = await this.#deps.processing.revision(round.id);
    if (!revision) return renderReport(await this.reportInput(round), format);
    return (
      (await this.#deps.processing.storedReport(round.id, format)) ??
      (await this.#snapshot(round, revision)).find((r) => r.format === format)!
    );
  }

  /** Renders every format as of publication and keeps them; answers what is kept (an earlier snapshot wins). */
  async #snapshot(round: Round, revision: RoundRevision): Promise<StoredReport[]> {
    const input = { ...(await this.reportInput(round)), generatedAt: new Date(revision.publishedAt) };
    const rendered = await Promise.all(
      ReportFormat.options.map(async (format) => ({ format, ...(await renderReport(input, format)) })),
    );
    await this.#deps.processing.storeReports(round.id, rendered);
    return Promise.all(
      ReportFormat.options.map(async (format) => (await this.#deps.processing.storedReport(round.id, format))!),
    );
  }

  /**
   * The public side of the outcome, once the revised version is out: every published comment's
   * answer (final by then: decisions are refused after publication, so they match the stored
   * report), the ids of the session's own comments, and the consulted text against the revision.
   */
  async outcome(round: Round, session: ParticipantSession | null): Promise<PublicRoundOutcome> {
    const revision = await this.#deps.processing.revision(round.id);
    if (!revision) throw new RoundRefusal(404, 'not_published', { key: 'errors.round.answersNotOut' });
    const [consulted, revised] = await Promise.all([
      this.#deps.rounds.version(round),
      this.#deps.versions.get(round.documentId, revision.versionId),
    ]);
    const dispositions = await this.#deps.processing.dispositions(round.id);
    return {
      revision,
      answers: (await this.#deps.store.published(round.id)).flatMap((c) => {
        const d = dispositions.get(c.id);
        return d ? [{ commentId: c.id, disposition: d.disposition, response: d.response }] : [];
      }),
      // An unconfirmed session may be a stranger who typed someone's email: it owns nothing published.
      yours: session?.confirmed ? await this.#deps.store.publishedIdsOf(round.id, session.participant.id) : [],
      paragraphs: diffBlocks(consulted.blocks, revised.blocks),
    };
  }

  /** The revised version of a round, if published. */
  async revision(roundId: string): Promise<RoundRevision | null> {
    return this.#deps.processing.revision(roundId);
  }

  /** What the comment-response report is made of, by the server clock. */
  async reportInput(round: Round): Promise<ReportInput> {
    const stored = await this.#deps.rounds.version(round);
    const dispositions = await this.#deps.processing.dispositions(round.id);
    return {
      round,
      version: { name: stored.version.name, title: stored.version.title, createdAt: stored.version.createdAt },
      paragraphs: stored.blocks.map(contentBlock),
      comments: (await this.#deps.store.publishedWithParticipants(round.id)).map(({ participantId, ...c }) => ({
        ...c,
        participantKey: participantId,
        disposition: dispositions.get(c.id) ?? null,
      })),
      reactions: await this.#deps.store.reactions(round.id),
      revision: await this.#deps.processing.revision(round.id),
      generatedAt: this.#deps.rounds.now(),
    };
  }

  async #processed(roundId: string): Promise<ProcessedComment[]> {
    const dispositions = await this.#deps.processing.dispositions(roundId);
    return (await this.#deps.store.publishedWithParticipants(roundId)).map(
      ({ participantId: _, ...c }: PublishedComment) => ({ ...c, disposition: dispositions.get(c.id) ?? null }),
    );
  }

  async #live(documentId: string): Promise<ContentBlock[]> {
    return renderYDoc(await this.#deps.liveState(documentId), 'json').paragraphs;
  }
}

const progress = (comments: readonly ProcessedComment[]) => ({
  processed: comments.filter((c) => c.disposition !== null).length,
  total: comments.length,
});

/** A frozen block without its version-only fields (segments, status), with its formatting and bracket alternatives. */
const contentBlock = (b: ContentBlock): ContentBlock => ({
  id: b.id,
  number: b.number,
  type: b.type,
  ...(b.tag ? { tag: b.tag } : {}),
  text: b.text,
  ...(b.runs ? { runs: b.runs } : {}),
  ...(b.list ? { list: b.list } : {}),
  ...(b.alternatives ? { alternatives: b.alternatives } : {}),
});
