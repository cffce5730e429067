/**
 * The register of differences: every paragraph that is contested, holds bracketed text, was
 * agreed and has changed since (its agreement no longer covers its text), or has pending
 * suggestions (wording proposals, with their authors and groups), in
 * document order, with its text and brackets, the alternatives and who proposed them, the
 * positions by stakeholder group with their reasons, and the open comment threads on it. The
 * renderings (register-markdown.ts, register-html.ts, register-docx.ts) all start from this.
 */
import {
  type BlockSource,
  type CommentThread,
  type Divergence,
  type GroupAggregate,
  type ParagraphStatus,
  type PersonShown,
  type PositionKind,
  type RegisterEntry,
  type RegisterOfDifferences,
  type RegisterSuggestion,
  SCORE_MEANING,
  standing,
} from '@accord/schema';
import type { LiveDocument, Segment } from './document.js';
import type { ConsensusIndex } from './view.js';

/** Differences of opinion catalogued among a compilation's contributions on one paragraph (issue 14). */
export type RegisterDivergence = Omit<Divergence, 'documentId' | 'blockId'>;

/** A silence procedure whose silence was broken, with its objections (issue 14). */
export interface RegisterSilence {
  procedureId: string;
  versionName: string;
  deadline: string;
  objections: { by: PersonShown; reason: string; at: string }[];
}

/** What a compilation adds to the register: divergences and sources by block, broken silences. */
export interface RegisterCompilation {
  divergences?: readonly Divergence[] | undefined;
  sources?: ReadonlyMap<string, readonly Pick<BlockSource, 'contributionId' | 'organisation'>[]> | undefined;
  silence?: readonly RegisterSilence[] | undefined;
}

/** An entry, with a compilation's divergences and the sources the paragraph cites. */
export type CompiledRegisterEntry = RegisterEntry & {
  divergences?: RegisterDivergence[];
  sources?: { contributionId: string; organisation: string }[];
};

/** The register, and each entry's text as plain and bracketed runs for the renderings. */
export interface Register extends RegisterOfDifferences {
  entries: CompiledRegisterEntry[];
  /** Silence procedures on the document's versions that were not endorsed, with their objections. */
  silence?: RegisterSilence[];
  segments: ReadonlyMap<string, readonly Segment[]>;
}

/** Whether a paragraph belongs in the register. */
export const inRegister = (p: {
  status: ParagraphStatus;
  openBrackets: number;
  changedSinceAgreed: boolean;
}): boolean => p.status === 'contested' || p.openBrackets > 0 || p.changedSinceAgreed;

export function buildRegister(input: {
  documentId: string;
  title: string;
  live: LiveDocument;
  index: ConsensusIndex;
  threads: readonly CommentThread[];
  now: Date;
  /** Pending suggestions with the block they lie in, in document order. */
  suggestions?: readonly (RegisterSuggestion & { blockId: string })[];
  /** A compilation's divergences, sources and broken silences (issue 14). */
  compilation?: RegisterCompilation | undefined;
}): Register {
  const open = input.threads.filter((t) => t.status === 'open' && !t.textRemoved && t.location);
  const suggested = new Map<string, RegisterSuggestion[]>();
  for (const { blockId, ...suggestion } of input.suggestions ?? [])
    suggested.set(blockId, [...(suggested.get(blockId) ?? []), suggestion]);
  const diverging = new Map<string, RegisterDivergence[]>();
  for (const { documentId: _, blockId, ...divergence } of input.compilation?.divergences ?? [])
    diverging.set(blockId, [...(diverging.get(blockId) ?? []), divergence]);
  const sources = input.compilation?.sources;
  const cited = (blockId: string) => {
    const found = sources?.get(blockId);
    return found && found.length > 0
      ? { sources: found.map((s) => ({ contributionId: s.contributionId, organisation: s.organisation })) }
      : {};
  };
  const silence = input.compilation?.silence?.filter((p) => p.objections.length > 0) ?? [];
  const entries = input.index
    .paragraphs(input.live)
    .filter((p) => inRegister(p) || suggested.has(p.blockId) || diverging.has(p.blockId))
    .map((p) => ({
      ...p,
      ...(suggested.has(p.blockId) ? { suggestions: suggested.get(p.blockId)! } : {}),
      ...(diverging.has(p.blockId) ? { divergences: diverging.get(p.blockId)!, ...cited(p.blockId) } : {}),
      threads: open
        .filter((t) => t.location!.blockId === p.blockId)
        .map((t) => ({
          id: t.id,
          quote: t.anchor.kind === 'passage' ? t.anchor.quote : null,
          comments: t.comments
            .filter((c) => c.deletedAt === null)
            .map((c) => ({ author: c.author, body: c.body, createdAt: c.createdAt })),
        })),
    }));
  return {
    documentId: input.documentId,
    title: input.title,
    generatedAt: input.now.toISOString(),
    stakeholderGroups: Object.fromEntries(input.index.groupNames),
    entries,
    ...(silence.length > 0 ? { silence: [...silence] } : {}),
    segments: new Map(entries.map((e) => [e.blockId, input.live.byId.get(e.blockId)!.segments])),
  };
}

/** The register as JSON, without the renderings' segments. */
export function registerJson({ segments: _, ...register }: Register): RegisterOfDifferences {
  return register;
}

export const statusLabels: Readonly<Record<ParagraphStatus, string>> = {
  drafting: 'Drafting',
  'under-discussion': 'Under discussion',
  contested: 'Contested',
  'agreed-ad-ref': 'Agreed ad referendum',
  agreed: 'Agreed',
};

export const positionLabels: Readonly<Record<PositionKind, string>> = {
  support: 'support',
  'support-with-reservation': 'support with reservation',
  oppose: 'oppose',
  abstain: 'abstain',
};

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** "28 November 2026, 14:05 UTC": the same on every machine, whatever its locale. */
export function longDate(iso: string): string {
  const d = new Date(iso);
  const time = `${String(d.getUTCHours()).padStart(2, '0')}:${String(d.getUTCMinutes()).padStart(2, '0')}`;
  return `${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}, ${time} UTC`;
}

/** "Paragraph 5", or the block's id for a block that is not numbered. */
export const entryName = (e: { number: number | null; label?: string | undefined; blockId: string }): string =>
  e.number === null ? `Unnumbered block ${e.blockId}` : `Paragraph ${e.label ?? e.number}`;

/**
 * How the paragraph stands, as the browser says it ("Divided — 2 groups in favour, 1 group
 * against"), with the score behind it for readers who compare paragraphs.
 */
export function standingText(entry: { groups: readonly GroupAggregate[]; score: number | null }): string {
  const { words, detail } = standing(entry.groups);
  return entry.score === null
    ? `${words} — ${detail}`
    : `${words} — ${detail} (consensus score ${entry.score.toFixed(2)})`;
}

/** How the renderings name a suggestion's kind: "Insert" / "Delete". */
export const suggestionLabels: Readonly<Record<RegisterSuggestion['kind'], string>> = {
  insert: 'Insert',
  delete: 'Delete',
};

/** Text on one line: runs of whitespace (line breaks included) as one space. */
export const oneLine = (text: string): string => text.replace(/\s+/g, ' ').trim();

/** "Brazil IGF (contribution 3f…), EuroDIG": who holds a view, for the renderings. */
export const holdersText = (holders: readonly { organisation: string }[]): string =>
  [...new Set(holders.map((h) => h.organisation))].join(', ');

/** The sentence under the silence section's heading. */
export const silenceIntro =
  'These silence procedures did not end in endorsement: members broke silence before the deadline, for the reasons below.';

/** The sentence under the title. */
export const registerIntro = `This register lists every paragraph that is contested, still holds bracketed text, or changed after it was agreed, in the order of the document: its text with the brackets, the alternatives proposed and by whom, the positions of the stakeholder groups with their reasons, and the open comment threads. Members take part in a personal capacity: a stakeholder group beside a name says where the member comes from, not whom they speak for. ${SCORE_MEANING}`;
