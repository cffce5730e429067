/**
 * For tests: a report input with every kind of section and anchor, hostile text in every
 * user-typed field, and group-only participants whose raw records still carry a name or a
 * country (which no format may show). `ids` lists the comments in the order the report must
 * list them.
 */
import type { ContentBlock, Disposition } from '@accord/schema';
import type { ReportComment, ReportInput } from './model.js';

export const HOSTILE = '"><img src=x onerror=alert(1)><script>alert(2)</script>';
/** Strings that belong to group-only participants and must appear in no format. */
export const SECRETS = ['Hidden Name', 'SECRET-KEY', 'Iceland'] as const;

export const paragraphs: ContentBlock[] = [
  { id: 'h1', number: null, type: 'heading', tag: 'h1', text: 'Introduction' },
  { id: 'p1', number: 1, type: 'paragraph', text: 'Alpha one, with <b>markup</b> typed as text.' },
  { id: 'p2', number: 2, type: 'paragraph', text: 'Bravo two.' },
  { id: 'p3', number: 3, type: 'paragraph', text: 'Charlie three.' },
];

type Author = ReportComment['author'];
const ada: Author = { name: 'Ada Lovelace', stakeholderGroup: 'civil-society', country: 'KE' };
const eve: Author = { name: `Eve ${HOSTILE}`, stakeholderGroup: 'private-sector', country: 'BR' };
// Group-only as the caller sends it (no name, no country), and two malformed variants.
const bo: Author = { stakeholderGroup: 'technical-community' };
const noCountry: Author = { name: 'Hidden Name', stakeholderGroup: 'government' };
const noName: Author = { stakeholderGroup: 'unknown-group', country: 'IS' };

function c(
  id: string,
  anchor: ReportComment['anchor'],
  author: Author,
  key: string,
  createdAt: string,
  text: string,
  disposition?: Disposition,
  changedBlockId: string | null = null,
): ReportComment {
  return {
    id,
    roundId: 'round-1',
    anchor,
    text,
    author,
    createdAt,
    participantKey: key,
    disposition: disposition
      ? {
          commentId: id,
          disposition,
          response: `Response to ${id}: ${HOSTILE} *not emphasis*`,
          changedBlockId,
          decidedAt: '2031-03-21T09:30:00Z',
          decidedBy: { id: 'u1', name: 'Chair Person', stakeholderGroup: 'government' },
        }
      : null,
  };
}

const passage = (blockId: string, start: number, quote: string) => ({
  kind: 'passage' as const,
  blockId,
  start,
  end: start + quote.length,
  quote,
});

/** The comments in report order. */
export const ordered: ReportComment[] = [
  c('g-early', { kind: 'general' }, ada, 'ada', '2031-03-04T08:00:00Z', 'General, the earlier one.', 'noted'),
  c('g-late', { kind: 'general' }, eve, 'eve', '2031-03-05T08:00:00Z', `General, later: ${HOSTILE}`, 'out-of-scope'),
  c('h-block', { kind: 'block', blockId: 'h1' }, ada, 'ada', '2031-03-06T08:00:00Z', 'The heading is fine.'),
  c(
    'p1-block-b',
    { kind: 'block', blockId: 'p1' },
    bo,
    'bo',
    '2031-03-07T08:00:00Z',
    '=SUM(A1) on paragraph one',
    'accepted',
    'p1',
  ),
  c(
    'p1-block-c',
    { kind: 'block', blockId: 'p1' },
    noCountry,
    'SECRET-KEY',
    '2031-03-07T08:00:00Z',
    'Same time, larger id.',
    'not-accepted',
  ),
  c(
    'p1-at-0',
    passage('p1', 0, 'Alpha'),
    eve,
    'eve',
    '2031-03-09T08:00:00Z',
    'On "Alpha".',
    'partly-accepted',
    'new-block',
  ),
  c(
    'p1-at-6',
    passage('p1', 6, 'one'),
    ada,
    'ada',
    '2031-03-02T08:00:00Z',
    `On one: ${HOSTILE}\n# not a heading\n- not a list`,
  ),
  c(
    'p3-block',
    { kind: 'block', blockId: 'p3' },
    noName,
    'noname',
    '2031-03-08T08:00:00Z',
    'Charlie is too vague.',
    'accepted',
  ),
  c(
    'orphan',
    { kind: 'block', blockId: 'gone' },
    ada,
    'ada',
    '2031-03-08T09:00:00Z',
    'On a paragraph that is not there.',
  ),
];
export const ids = ordered.map((x) => x.id);

/** The same comments in a fixed scrambled order. */
export function shuffled(): ReportComment[] {
  const out = [...ordered];
  for (let i = out.length - 1, seed = 7; i > 0; i--) {
    seed = (seed * 48271) % 2147483647;
    const j = seed % (i + 1);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/** A complete input; `revision` published unless told otherwise. */
export function sampleInput(over: Partial<ReportInput> = {}): ReportInput {
  return {
    round: {
      id: 'round-1',
      documentId: 'doc-1',
      versionId: 'v-1',
      title: `Spring consultation ${HOSTILE}`,
      introduction: '',
      opensAt: '2031-03-02T00:00:00Z',
      closesAt: '2031-03-20T00:00:00Z',
      participation: 'anyone',
      moderation: 'immediate',
      state: 'closed',
    },
    version: { name: 'Draft for consultation', title: 'Framework <on> data', createdAt: '2031-03-01T12:00:00Z' },
    paragraphs,
    comments: shuffled(),
    // p2 has reactions but no comment; the heading's entry is ignored (only numbered paragraphs take reactions).
    reactions: { p1: { agree: 4, disagree: 1 }, p2: { agree: 0, disagree: 2 }, h1: { agree: 9, disagree: 9 } },
    revision: { documentId: 'doc-1', versionId: 'v-2', name: 'Revised version', publishedAt: '2031-03-25T10:00:00Z' },
    generatedAt: new Date('2031-03-26T11:45:00Z'),
    ...over,
  };
}
