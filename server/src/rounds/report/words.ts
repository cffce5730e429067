/**
 * The sentences and table captions every format of the report shares, so the Markdown, HTML,
 * Word and CSV reports say the same thing. Plain text: each format escapes them its own way.
 */
import { longDate } from '../../consensus/register.js';
import {
  authorLine,
  NOT_SHOWN,
  type CountRow,
  type Report,
  type ReportEntry,
  type ReportStats,
  type Tally,
} from './model.js';

export const introSentence =
  'This report lists every published comment exactly once: general comments first, then the comments on each paragraph in the order of the document, each with the disposition given and the response. Participants who chose to show only their stakeholder group appear as their group alone.';

export const versionLine = (r: Report): string =>
  `${r.documentTitle}, version “${r.versionName}” saved on ${longDate(r.versionCreatedAt)}.`;
export const periodLine = (r: Report): string =>
  `Consultation open from ${longDate(r.opensAt)} to ${longDate(r.closesAt)}.`;
export const generatedLine = (r: Report): string => `Report generated on ${longDate(r.generatedAt)}.`;
export const revisionLine = (r: Report): string =>
  r.revision
    ? `Revised version: ${r.revision.name}, published ${longDate(r.revision.publishedAt)}.`
    : 'The revised version is not published yet.';

const plural = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;
export const totalsLine = (s: ReportStats): string =>
  `${plural(s.participants, 'participant', 'participants')} made ${plural(s.comments, 'published comment', 'published comments')}.`;

export interface StatTable {
  title: string;
  /** Header of the label column and of the count column. */
  columns: readonly [string, string];
  rows: CountRow[];
  note: string | null;
  /** Drawn as a bar chart in the HTML report. */
  chart: boolean;
}

/** The statistics tables, in the order the reports show them. */
export const statTables = (s: ReportStats): StatTable[] => [
  {
    title: 'Participants by stakeholder group',
    columns: ['Stakeholder group', 'Participants'],
    rows: s.participantsByGroup,
    note: null,
    chart: true,
  },
  {
    title: 'Participants by country',
    columns: ['Country', 'Participants'],
    rows: s.participantsByCountry,
    note: `Participants who chose to show only their stakeholder group are counted under “${NOT_SHOWN}”.`,
    chart: true,
  },
  {
    title: 'Comments by stakeholder group',
    columns: ['Stakeholder group', 'Comments'],
    rows: s.commentsByGroup,
    note: null,
    chart: false,
  },
  { title: 'Dispositions', columns: ['Disposition', 'Comments'], rows: s.dispositions, note: null, chart: false },
];

/** "4 agree, 1 disagree." */
export const tallyLine = (t: Tally): string => `${t.agree} agree, ${t.disagree} disagree.`;

/** The agree/disagree table: one row per numbered paragraph, then the total. */
export interface TallyTable {
  title: string;
  columns: readonly [string, string, string];
  note: string;
  rows: { label: string; agree: number; disagree: number }[];
}

export const tallyTable = (s: ReportStats): TallyTable => ({
  title: 'Agree and disagree by paragraph',
  columns: ['Paragraph', 'Agree', 'Disagree'],
  note: 'Registered participants who confirmed their email could agree or disagree with each numbered paragraph once; the last choice counts.',
  rows: [
    ...s.reactionsByParagraph.map((p) => ({ label: p.title, agree: p.agree, disagree: p.disagree })),
    { label: 'All paragraphs', ...s.reactions },
  ],
});

/** "Comment 3: Ada Lovelace (Civil society, Kenya)"; comments are numbered through the report. */
export const commentHeading = (n: number, e: ReportEntry): string => `Comment ${n}: ${authorLine(e.author)}`;
export const submittedLine = (e: ReportEntry): string => `Submitted on ${longDate(e.createdAt)}.`;
/** "Accepted. Changed paragraph 1 of the consulted text." or "No disposition yet." */
export const dispositionText = (e: ReportEntry): string =>
  e.decision
    ? `${e.decision.label}.${e.decision.changeNote ? ` ${e.decision.changeNote}` : ''}`
    : 'No disposition yet.';
export const emptyReport = 'No comments were published in this round.';
