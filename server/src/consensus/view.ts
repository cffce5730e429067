/**
 * Consensus records and the live text, put together as the API shows them: per paragraph its
 * status (and whether its agreed text changed since), pending proposals, brackets with their
 * alternatives and resolutions, positions by stakeholder group and the score. Pure.
 */
import {
  agreedStatuses,
  type Bracket,
  type BracketAlternative,
  type ParagraphConsensus,
  type Position,
  type StatusChange,
} from '@accord/schema';
import { textHash, type LiveBlock, type LiveDocument } from './document.js';
import { aggregateByGroup, consensusScore } from './score.js';
import type { StoredResolution, StoredStatus } from './store.js';

/** Everything stored about a document's consensus. */
export interface ConsensusRecords {
  statuses: ReadonlyMap<string, StoredStatus>;
  /** Status changes and proposals, oldest first. */
  events: readonly StatusChange[];
  positions: readonly Position[];
  alternatives: readonly BracketAlternative[];
  resolutions: readonly StoredResolution[];
  groupNames: ReadonlyMap<string, string>;
  /** The stakeholder groups that can take positions here; silent ones count in the score (see score.ts). */
  constituency?: readonly string[];
}

/** Records indexed for building many paragraphs. */
export class ConsensusIndex {
  readonly #records: ConsensusRecords;
  readonly #positions = new Map<string, Position[]>();
  readonly #alternatives = new Map<string, BracketAlternative[]>();
  readonly #resolutionsByBlock = new Map<string, StoredResolution[]>();
  readonly #proposals = new Map<string, StatusChange[]>();

  constructor(records: ConsensusRecords) {
    this.#records = records;
    for (const p of records.positions) push(this.#positions, p.blockId, p);
    for (const a of records.alternatives) push(this.#alternatives, a.bracketId, a);
    for (const r of records.resolutions) push(this.#resolutionsByBlock, r.blockId, r);
    // Proposals count until the next time the status is set.
    for (const e of records.events) {
      if (e.kind === 'set') this.#proposals.delete(e.blockId);
      else push(this.#proposals, e.blockId, e);
    }
  }

  get groupNames(): ReadonlyMap<string, string> {
    return this.#records.groupNames;
  }

  /** Status changes and proposals, oldest first. */
  get events(): readonly StatusChange[] {
    return this.#records.events;
  }

  /** Whether a block has any record (so it is listed even when not numbered). */
  hasRecords(blockId: string): boolean {
    return (
      this.#records.statuses.has(blockId) ||
      this.#positions.has(blockId) ||
      this.#proposals.has(blockId) ||
      this.#resolutionsByBlock.has(blockId)
    );
  }

  /** The consensus view of one live block. */
  paragraph(block: LiveBlock): ParagraphConsensus {
    const stored = this.#records.statuses.get(block.id);
    const status = stored?.status ?? 'drafting';
    const changedSinceAgreed =
      stored !== undefined && agreedStatuses.includes(status) && stored.agreedHash !== textHash(block.bracketedText);
    const positions = this.#positions.get(block.id) ?? [];
    const groups = aggregateByGroup(positions, this.#records.groupNames);
    const open: Bracket[] = block.brackets.map((b) => ({
      id: b.id,
      blockId: block.id,
      text: b.text,
      state: 'open',
      alternatives: this.#alternatives.get(b.id) ?? [],
      resolution: null,
    }));
    const resolved: Bracket[] = (this.#resolutionsByBlock.get(block.id) ?? []).map(({ blockId: _, ...resolution }) => ({
      id: resolution.bracketId,
      blockId: null,
      text: resolution.text,
      state: 'resolved',
      alternatives: this.#alternatives.get(resolution.bracketId) ?? [],
      resolution,
    }));
    return {
      blockId: block.id,
      number: block.number,
      ...(block.label === undefined ? {} : { label: block.label }),
      text: block.text,
      bracketedText: block.bracketedText,
      status,
      changedSinceAgreed,
      statusSetAt: stored?.setAt ?? null,
      statusSetBy: stored?.setBy ?? null,
      proposals: this.#proposals.get(block.id) ?? [],
      brackets: [...open, ...resolved],
      openBrackets: open.length,
      positions,
      groups,
      score: consensusScore(groups, this.#records.constituency ?? []),
    };
  }

  /** The listed paragraphs of a document: numbered ones and any other block with records or brackets, in document order. */
  paragraphs(live: LiveDocument): ParagraphConsensus[] {
    return live.blocks
      .filter(
        (b) =>
          b.id !== '' &&
          live.byId.get(b.id) === b &&
          (b.number !== null || b.brackets.length > 0 || this.hasRecords(b.id)),
      )
      .map((b) => this.paragraph(b));
  }
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
