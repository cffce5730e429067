/**
 * The comment-response report as Markdown (CommonMark with GFM tables), in the look of the
 * version export. Everything people typed is escaped, line starts included, so a comment can
 * neither open a heading or a list nor carry markup or HTML.
 */
import { escapeMarkdownText } from '@accord/editor';
import { buildReport, OTHER_NOTE, type ReportEntry, type ReportSection } from './model.js';
import type { ReportInput } from './model.js';
import {
  commentHeading,
  dispositionText,
  emptyReport,
  generatedLine,
  introSentence,
  periodLine,
  revisionLine,
  statTables,
  submittedLine,
  tallyLine,
  tallyTable,
  totalsLine,
  versionLine,
} from './words.js';

// As in @accord/editor's line-start escaping: markers that would open a block at a line's start.
const LINE_START_SPECIAL = /^([#>+=-]|\d+(?=[.)]))/;

/** One line of text, escaped: inline markup, a block marker at its start, and indentation. */
const mdLine = (line: string): string => {
  const indent = /^[ \t]*/.exec(line)![0];
  const rest = escapeMarkdownText(line.slice(indent.length)).replace(LINE_START_SPECIAL, (m) =>
    /^\d/.test(m) ? `${m}\\` : `\\${m}`,
  );
  return indent.replace(/ /g, '&#32;').replace(/\t/g, '&#9;') + rest;
};

/** Text on one line (names, titles, labels). */
export const md = (text: string): string => mdLine(text.replace(/\s+/g, ' ').trim());

/** Text that may hold line breaks, kept as hard breaks; `prefix` starts every line (e.g. `> `). */
export const mdBlock = (text: string, prefix = ''): string =>
  text
    .replace(/\r\n?/g, '\n')
    .trim()
    .split('\n')
    .map((line) => `${prefix}${mdLine(line)}`)
    .join(`  \n`);

function entryMarkdown(n: number, e: ReportEntry): string[] {
  const out = [`### ${md(commentHeading(n, e))}`, '', `*${md(submittedLine(e))}*`, ''];
  if (e.quote !== null) out.push(`On the passage “${md(e.quote)}”:`, '');
  out.push(mdBlock(e.text, '> '), '', `**Disposition:** ${md(dispositionText(e))}`, '');
  if (e.decision && e.decision.response.trim() !== '') out.push(`**Response:** ${mdBlock(e.decision.response)}`, '');
  return out;
}

function sectionMarkdown(section: ReportSection, first: number): string[] {
  const out = [`## ${md(section.title)}`, ''];
  if (section.kind === 'other') out.push(`*${OTHER_NOTE}*`, '');
  if (section.text !== null)
    out.push(
      `${section.number === null ? '' : `**${section.label ?? section.number}.** `}${mdBlock(section.text)}`,
      '',
    );
  if (section.tally) out.push(`*${tallyLine(section.tally)}*`, '');
  section.entries.forEach((e, i) => out.push(...entryMarkdown(first + i, e)));
  return out;
}

/** The report as a Markdown document. */
export function reportMarkdown(input: ReportInput): string {
  const report = buildReport(input);
  const out = [
    `# ${md(report.title)}`,
    '',
    `**${md(versionLine(report))}**`,
    '',
    `${md(periodLine(report))} ${md(generatedLine(report))}`,
    '',
    md(revisionLine(report)),
    '',
    introSentence,
    '',
    '## Participation',
    '',
    totalsLine(report.stats),
  ];
  for (const table of statTables(report.stats)) {
    out.push('', `### ${table.title}`, '');
    if (table.note) out.push(md(table.note), '');
    out.push(`| ${table.columns[0]} | ${table.columns[1]} |`, '| --- | ---: |');
    if (table.rows.length === 0) out.push('| None | 0 |');
    for (const row of table.rows) out.push(`| ${md(row.label)} | ${row.count} |`);
  }
  const tallies = tallyTable(report.stats);
  out.push('', `### ${tallies.title}`, '', md(tallies.note), '');
  out.push(`| ${tallies.columns.join(' | ')} |`, '| --- | ---: | ---: |');
  for (const row of tallies.rows) out.push(`| ${md(row.label)} | ${row.agree} | ${row.disagree} |`);
  out.push('');
  if (report.sections.length === 0) out.push(emptyReport, '');
  let n = 1;
  for (const section of report.sections) {
    out.push(...sectionMarkdown(section, n));
    n += section.entries.length;
  }
  return out.join('\n');
}
