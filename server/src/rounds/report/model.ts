/**
 * The comment-response report as one render-neutral model, so the four formats cannot
 * disagree: general comments first, then the frozen paragraphs in document order, then any
 * comment whose paragraph is not in the frozen version (so nothing is ever dropped). Authors
 * are reduced here to what they chose to show; no renderer sees the raw author or the
 * participant key, so a "group only" participant's name or country cannot leak.
 */
import { defaultStakeholderGroups, dispositionLabels, Disposition } from '@accord/schema';
import type { ContentBlock, ProcessedComment, Round, RoundRevision } from '@accord/schema';

/** A published comment with an opaque key of its participant, for counting people (never rendered). */
export interface ReportComment extends ProcessedComment {
  participantKey: string;
}

export interface ReportInput {
  round: Round;
  /** The frozen version the round was about. */
  version: { name: string; title: string; createdAt: string };
  /** The frozen version's blocks in order (ContentBlock: id, number (body paragraphs only, else null), type, tag, text). */
  paragraphs: ContentBlock[];
  /** Published comments only (the caller guarantees it), any order. */
  comments: ReportComment[];
  /** Agree/disagree counts of confirmed participants by block id (blocks nobody reacted to may be missing). */
  reactions: Readonly<Record<string, Tally>>;
  /** The revised version, once published. */
  revision: RoundRevision | null;
  /** When the report is generated (server clock). */
  generatedAt: Date;
}

/** An author as the report shows them: `name` and `country` are both null for "group only". */
export interface ReportAuthor {
  name: string | null;
  group: string;
  country: string | null;
}

export interface ReportDecision {
  label: string;
  response: string;
  /** The live block the decision changed, if any. */
  changedBlockId: string | null;
  /** That change in words, e.g. "Changed paragraph 3 of the consulted text."; null when none. */
  changeNote: string | null;
  decidedAt: string;
}

export interface ReportEntry {
  id: string;
  blockId: string | null;
  /** The passage commented on, for passage comments. */
  quote: string | null;
  text: string;
  createdAt: string;
  author: ReportAuthor;
  decision: ReportDecision | null;
}

/** How many participants agreed and disagreed. */
export interface Tally {
  agree: number;
  disagree: number;
}

/** One numbered paragraph's tally, in document order. */
export interface ParagraphTally extends Tally {
  blockId: string;
  number: number;
  /** "Paragraph 3". */
  title: string;
}

export interface ReportSection {
  kind: 'general' | 'paragraph' | 'other';
  /** "General comments", "Paragraph 3", "Heading", "Other comments". */
  title: string;
  blockId: string | null;
  number: number | null;
  /** The number as consulted readers saw it ("4bis": the version was saved while numbering was frozen). */
  label?: string;
  /** The frozen paragraph's text (paragraph sections only). */
  text: string | null;
  /** Agree/disagree on a numbered paragraph; null for any other section. */
  tally: Tally | null;
  entries: ReportEntry[];
}

export interface CountRow {
  label: string;
  count: number;
}

export interface ReportStats {
  participants: number;
  comments: number;
  participantsByGroup: CountRow[];
  /** Group-only participants are counted under {@link NOT_SHOWN}, always the last row. */
  participantsByCountry: CountRow[];
  commentsByGroup: CountRow[];
  /** Every disposition in order, then {@link NO_DISPOSITION}, zeros included. */
  dispositions: CountRow[];
  /** Agree/disagree over all paragraphs. */
  reactions: Tally;
  /** Every numbered paragraph of the consulted version, zeros included. */
  reactionsByParagraph: ParagraphTally[];
}

export interface Report {
  title: string;
  documentTitle: string;
  versionName: string;
  versionCreatedAt: string;
  opensAt: string;
  /** When the round stopped taking comments: an early close, or the planned closing time. */
  closesAt: string;
  generatedAt: string;
  revision: { name: string; publishedAt: string } | null;
  stats: ReportStats;
  sections: ReportSection[];
}

export const NOT_SHOWN = 'Not shown';
export const NO_DISPOSITION = 'No disposition yet';
export const GENERAL_TITLE = 'General comments';
export const OTHER_TITLE = 'Other comments';
/** Said under the "Other comments" heading. */
export const OTHER_NOTE = 'These comments refer to text that is not in the consulted version.';

const groupNames = new Map<string, string>(defaultStakeholderGroups.map((g) => [g.id, g.name]));
/** A stakeholder group's name, or its id when it is not one of the defaults. */
export const groupName = (id: string): string => groupNames.get(id) ?? id;

// Made on first use: loading the ICU region names costs start-up time for a rare report.
let regions: Intl.DisplayNames | undefined;
/** A country's English name, or its code when there is none. */
export function countryName(code: string): string {
  try {
    regions ??= new Intl.DisplayNames(['en'], { type: 'region' });
    return regions.of(code) ?? code;
  } catch {
    return code; // not a well-formed region code
  }
}

const blockLabels: Record<ContentBlock['type'], string> = {
  paragraph: 'Paragraph',
  heading: 'Heading',
  quote: 'Quote',
  list: 'List',
  listitem: 'List item',
};
/** "Paragraph 3" for numbered paragraphs, else the kind of block. */
export const blockTitle = (b: ContentBlock): string =>
  b.number === null ? blockLabels[b.type] : `Paragraph ${b.label ?? b.number}`;

/** "group only" is told by a missing name or country; either missing hides both. */
const groupOnly = (c: ProcessedComment): boolean => c.author.name === undefined || c.author.country === undefined;

function author(c: ProcessedComment): ReportAuthor {
  if (groupOnly(c)) return { name: null, group: groupName(c.author.stakeholderGroup), country: null };
  return { name: c.author.name!, group: groupName(c.author.stakeholderGroup), country: countryName(c.author.country!) };
}

/** "Ada Lovelace (Civil society, Kenya)", or "Civil society" for a group-only author. */
export const authorLine = (a: ReportAuthor): string =>
  a.name === null ? a.group : `${a.name} (${a.group}${a.country === null ? '' : `, ${a.country}`})`;

const time = (iso: string): number => {
  const t = Date.parse(iso);
  return Number.isNaN(t) ? 0 : t;
};
const start = (c: ProcessedComment): number => (c.anchor.kind === 'passage' ? c.anchor.start : -1);
/** Block comments first, then passages by where they start, then oldest first, then by id. */
const byReportOrder = (a: ProcessedComment, b: ProcessedComment): number =>
  start(a) - start(b) ||
  time(a.createdAt) - time(b.createdAt) ||
  (a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : 0) ||
  (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

function entry(c: ProcessedComment, frozen: ReadonlyMap<string, ContentBlock>): ReportEntry {
  const d = c.disposition;
  let decision: ReportDecision | null = null;
  if (d) {
    const changed = d.changedBlockId === null ? undefined : frozen.get(d.changedBlockId);
    const changeNote =
      d.changedBlockId === null
        ? null
        : changed
          ? `Changed ${blockTitle(changed).toLowerCase()} of the consulted text.`
          : 'Changed the text (a paragraph added since the consultation).';
    decision = {
      label: dispositionLabels[d.disposition],
      response: d.response,
      changedBlockId: d.changedBlockId,
      changeNote,
      decidedAt: d.decidedAt,
    };
  }
  return {
    id: c.id,
    blockId: c.anchor.kind === 'general' ? null : c.anchor.blockId,
    quote: c.anchor.kind === 'passage' ? c.anchor.quote : null,
    text: c.text,
    createdAt: c.createdAt,
    author: author(c),
    decision,
  };
}

/** Rows by descending count, then by label; `last` (if present) goes at the end. */
function countRows(counts: ReadonlyMap<string, number>, last?: string): CountRow[] {
  return [...counts]
    .map(([label, count]) => ({ label, count }))
    .sort(
      (a, b) =>
        Number(a.label === last) - Number(b.label === last) ||
        b.count - a.count ||
        (a.label < b.label ? -1 : a.label > b.label ? 1 : 0),
    );
}

const bump = (m: Map<string, number>, key: string): void => {
  m.set(key, (m.get(key) ?? 0) + 1);
};

const tallyOf = (reactions: ReportInput['reactions'], blockId: string): Tally => ({
  agree: reactions[blockId]?.agree ?? 0,
  disagree: reactions[blockId]?.disagree ?? 0,
});

/** Reactions are only taken on numbered paragraphs, so those are the rows; each block id once. */
function paragraphTallies(input: ReportInput): ParagraphTally[] {
  const seen = new Set<string>();
  const rows: ParagraphTally[] = [];
  for (const b of input.paragraphs) {
    if (b.number === null || seen.has(b.id)) continue;
    seen.add(b.id);
    rows.push({ blockId: b.id, number: b.number, title: blockTitle(b), ...tallyOf(input.reactions, b.id) });
  }
  return rows;
}

function stats(comments: readonly ReportComment[], byParagraph: ParagraphTally[]): ReportStats {
  // One participant, one group and one country: a participant shown as group-only anywhere is hidden everywhere.
  const people = new Map<string, { group: string; country: string | null }>();
  const commentsByGroup = new Map<string, number>();
  const dispositions = new Map<string, number>([
    ...Disposition.options.map((d) => [dispositionLabels[d], 0] as const),
    [NO_DISPOSITION, 0],
  ]);
  for (const c of comments) {
    const country = groupOnly(c) ? null : c.author.country!;
    const person = people.get(c.participantKey);
    if (!person) people.set(c.participantKey, { group: c.author.stakeholderGroup, country });
    else if (country === null || person.country !== country) person.country = null;
    bump(commentsByGroup, groupName(c.author.stakeholderGroup));
    bump(dispositions, c.disposition ? dispositionLabels[c.disposition.disposition] : NO_DISPOSITION);
  }
  const byGroup = new Map<string, number>();
  const byCountry = new Map<string, number>();
  for (const p of people.values()) {
    bump(byGroup, groupName(p.group));
    bump(byCountry, p.country === null ? NOT_SHOWN : countryName(p.country));
  }
  return {
    participants: people.size,
    comments: comments.length,
    participantsByGroup: countRows(byGroup),
    participantsByCountry: countRows(byCountry, NOT_SHOWN),
    commentsByGroup: countRows(commentsByGroup),
    dispositions: [...dispositions].map(([label, count]) => ({ label, count })),
    reactions: byParagraph.reduce((t, p) => ({ agree: t.agree + p.agree, disagree: t.disagree + p.disagree }), {
      agree: 0,
      disagree: 0,
    }),
    reactionsByParagraph: byParagraph,
  };
}

/** The report every format renders. */
export function buildReport(input: ReportInput): Report {
  const frozen = new Map(input.paragraphs.map((b) => [b.id, b]));
  const general: ReportComment[] = [];
  const byBlock = new Map<string, ReportComment[]>();
  const other: ReportComment[] = [];
  for (const c of input.comments) {
    if (c.anchor.kind === 'general') general.push(c);
    else if (!frozen.has(c.anchor.blockId)) other.push(c);
    else {
      const list = byBlock.get(c.anchor.blockId);
      if (list) list.push(c);
      else byBlock.set(c.anchor.blockId, [c]);
    }
  }
  const entries = (list: ReportComment[]): ReportEntry[] => [...list].sort(byReportOrder).map((c) => entry(c, frozen));
  const sections: ReportSection[] = [];
  if (general.length > 0)
    sections.push({
      kind: 'general',
      title: GENERAL_TITLE,
      blockId: null,
      number: null,
      text: null,
      tally: null,
      entries: entries(general),
    });
  const seen = new Set<string>();
  for (const b of input.paragraphs) {
    const list = byBlock.get(b.id);
    if (!list || seen.has(b.id)) continue; // a repeated block id must not list its comments twice
    seen.add(b.id);
    sections.push({
      kind: 'paragraph',
      title: blockTitle(b),
      blockId: b.id,
      number: b.number,
      ...(b.number !== null && b.label !== undefined ? { label: b.label } : {}),
      text: b.text,
      tally: b.number === null ? null : tallyOf(input.reactions, b.id),
      entries: entries(list),
    });
  }
  if (other.length > 0)
    sections.push({
      kind: 'other',
      title: OTHER_TITLE,
      blockId: null,
      number: null,
      text: null,
      tally: null,
      entries: entries(other),
    });
  return {
    title: `Comment-response report: ${input.round.title}`,
    documentTitle: input.version.title,
    versionName: input.version.name,
    versionCreatedAt: input.version.createdAt,
    opensAt: input.round.opensAt,
    closesAt: input.round.closedAt ?? input.round.closesAt,
    generatedAt: input.generatedAt.toISOString(),
    revision: input.revision ? { name: input.revision.name, publishedAt: input.revision.publishedAt } : null,
    stats: stats(input.comments, paragraphTallies(input)),
    sections,
  };
}
