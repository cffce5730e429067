/**
 * The consensus tables' rows as both dialects return them, and the API objects made from them
 * (with the people behind them, looked up by the caller in one query).
 */
import type {
  BracketAlternative,
  BracketResolution,
  ParagraphStatus,
  PersonShown,
  Position,
  PositionKind,
  StatusChange,
} from '@accord/schema';

/** A resolution as stored, with the block the bracket was in. */
export type StoredResolution = BracketResolution & { blockId: string };

type People = ReadonlyMap<string, PersonShown>;

export interface StatusEventRow {
  seq: number;
  block_id: string;
  kind: 'set' | 'proposed';
  from_status: ParagraphStatus;
  to_status: ParagraphStatus;
  note: string;
  actor_id: string;
  at: string;
}

export interface PositionRow {
  block_id: string;
  person_id: string;
  stakeholder_group: string;
  position: PositionKind;
  reason: string;
  at: string;
}

export interface AlternativeRow {
  id: string;
  bracket_id: string;
  ordinal: number;
  text: string;
  proposed_by: string;
  stakeholder_group: string;
  created_at: string;
}

export interface ResolutionRow {
  bracket_id: string;
  block_id: string;
  choice: 'bracketed' | 'alternative';
  alternative_id: string | null;
  text: string;
  previous_text: string;
  note: string;
  resolved_by: string;
  at: string;
}

export function toStatusChange(r: StatusEventRow, people: People): StatusChange {
  return {
    seq: r.seq,
    blockId: r.block_id,
    kind: r.kind,
    from: r.from_status,
    to: r.to_status,
    note: r.note,
    actor: people.get(r.actor_id)!,
    at: r.at,
  };
}

export function toPosition(r: PositionRow, people: People): Position {
  return {
    blockId: r.block_id,
    person: people.get(r.person_id)!,
    stakeholderGroup: r.stakeholder_group,
    position: r.position,
    reason: r.reason,
    at: r.at,
  };
}

export function toAlternative(r: AlternativeRow, people: People): BracketAlternative {
  return {
    id: r.id,
    bracketId: r.bracket_id,
    label: `Alt ${r.ordinal}`,
    text: r.text,
    proposedBy: people.get(r.proposed_by)!,
    stakeholderGroup: r.stakeholder_group,
    at: r.created_at,
  };
}

export function toResolution(r: ResolutionRow, people: People): StoredResolution {
  return {
    bracketId: r.bracket_id,
    blockId: r.block_id,
    choice: r.choice,
    alternativeId: r.alternative_id,
    text: r.text,
    previousText: r.previous_text,
    note: r.note,
    resolvedBy: people.get(r.resolved_by)!,
    at: r.at,
  };
}
