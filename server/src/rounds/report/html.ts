/**
 * The comment-response report as a standalone HTML page to read and to print, in the look of
 * the version export: no script and no external resource (it is served under a CSP that allows
 * neither), participation drawn as inline SVG bar charts beside the same numbers as tables.
 * Every string people typed goes through `escapeHtml`; nothing is interpreted as markup.
 */
import { escapeHtml as h } from '@accord/editor';
import {
  buildReport,
  OTHER_NOTE,
  type CountRow,
  type ReportEntry,
  type ReportInput,
  type ReportSection,
} from './model.js';
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
  type StatTable,
  type TallyTable,
} from './words.js';

/** Text that may hold line breaks, escaped, the breaks kept. */
const lines = (text: string): string => h(text.replace(/\r\n?/g, '\n').trim()).replace(/\n/g, '<br>');

const CHART = { width: 640, label: 210, bar: 360, row: 26 } as const;
const BAR_COLOUR = '#3b6ea5';

/** A label short enough for the chart's label column; the table beside it has it in full. */
const short = (label: string): string => (label.length > 30 ? `${label.slice(0, 29)}…` : label);

/** A horizontal bar chart of the rows; decorative for screen readers, which read the table. */
export function barChart(rows: readonly CountRow[]): string {
  const max = Math.max(1, ...rows.map((r) => r.count));
  const height = rows.length * CHART.row + 8;
  const bars = rows.map((r, i) => {
    const y = 4 + i * CHART.row;
    const width = r.count === 0 ? 0 : Math.max(2, Math.round((r.count / max) * CHART.bar));
    return (
      `<text x="${CHART.label - 8}" y="${y + 17}" text-anchor="end">${h(short(r.label))}</text>` +
      `<rect x="${CHART.label}" y="${y + 4}" width="${width}" height="18" fill="${BAR_COLOUR}"/>` +
      `<text x="${CHART.label + width + 6}" y="${y + 17}">${r.count}</text>`
    );
  });
  return `<svg class="chart" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${CHART.width} ${height}" width="${CHART.width}" height="${height}" aria-hidden="true" font-family="system-ui, sans-serif" font-size="13" fill="#1d1d1f">${bars.join('')}</svg>`;
}

function statHtml(table: StatTable): string {
  const rows = table.rows.length === 0 ? [{ label: 'None', count: 0 }] : table.rows;
  return [
    `<h3>${h(table.title)}</h3>`,
    table.note ? `<p class="meta">${h(table.note)}</p>` : '',
    table.chart && table.rows.length > 0 ? barChart(table.rows) : '',
    `<table><thead><tr><th scope="col">${h(table.columns[0])}</th><th scope="col" class="count">${h(table.columns[1])}</th></tr></thead><tbody>`,
    ...rows.map((r) => `<tr><td>${h(r.label)}</td><td class="count">${r.count}</td></tr>`),
    '</tbody></table>',
  ]
    .filter((part) => part !== '')
    .join('\n');
}

function tallyHtml(table: TallyTable): string {
  const [label, agree, disagree] = table.columns;
  return [
    `<h3>${h(table.title)}</h3>`,
    `<p class="meta">${h(table.note)}</p>`,
    `<table class="tallies"><thead><tr><th scope="col">${h(label)}</th><th scope="col" class="count">${h(agree)}</th><th scope="col" class="count">${h(disagree)}</th></tr></thead><tbody>`,
    ...table.rows.map(
      (r) =>
        `<tr><th scope="row">${h(r.label)}</th><td class="count">${r.agree}</td><td class="count">${r.disagree}</td></tr>`,
    ),
    '</tbody></table>',
  ].join('\n');
}

function entryHtml(n: number, e: ReportEntry): string {
  const parts = [
    `<article class="comment" id="comment-${h(e.id)}">`,
    `<h3>${h(commentHeading(n, e))}</h3>`,
    `<p class="meta">${h(submittedLine(e))}</p>`,
  ];
  if (e.quote !== null) parts.push(`<p class="passage">On the passage <q>${h(e.quote)}</q>:</p>`);
  parts.push(
    `<blockquote>${lines(e.text)}</blockquote>`,
    `<p class="decision"><strong>Disposition:</strong> ${h(dispositionText(e))}</p>`,
  );
  if (e.decision && e.decision.response.trim() !== '')
    parts.push(`<p class="response"><strong>Response:</strong> ${lines(e.decision.response)}</p>`);
  parts.push('</article>');
  return parts.join('\n');
}

function sectionHtml(section: ReportSection, first: number): string {
  const parts = [
    `<section class="${section.kind}"${section.blockId === null ? '' : ` data-block-id="${h(section.blockId)}"`}>`,
    `<h2>${h(section.title)}</h2>`,
  ];
  if (section.kind === 'other') parts.push(`<p class="meta">${h(OTHER_NOTE)}</p>`);
  if (section.text !== null)
    parts.push(
      `<p class="paragraph">${section.number === null ? '' : `<span class="num">${h(section.label ?? String(section.number))}.</span>`}${lines(section.text)}</p>`,
    );
  if (section.tally) parts.push(`<p class="meta tally">${h(tallyLine(section.tally))}</p>`);
  section.entries.forEach((e, i) => parts.push(entryHtml(first + i, e)));
  parts.push('</section>');
  return parts.join('\n');
}

const STYLE = `
body { font: 16px/1.5 Georgia, 'Times New Roman', serif; color: #1d1d1f; max-width: 46rem; margin: 2.5rem auto; padding: 0 1.25rem; }
h1, h2, h3, table, .meta, .decision, .response, .passage { font-family: system-ui, sans-serif; }
h2 { border-bottom: 1px solid #ccc; margin-top: 2.5rem; } h3 { font-size: 1rem; margin-bottom: 0.2rem; }
.meta { color: #555; font-size: 0.9rem; } .num { font-weight: bold; margin-right: 0.4rem; }
p.paragraph { background: #f4f4f2; padding: 0.6rem 0.9rem; border-radius: 4px; }
blockquote { margin: 0.5rem 0; padding-left: 1rem; border-left: 3px solid ${BAR_COLOUR}; }
.comment { margin: 1.5rem 0; } .chart { display: block; max-width: 100%; height: auto; margin: 0.5rem 0; }
table { border-collapse: collapse; font-size: 0.9rem; margin: 0.5rem 0 1rem; } th, td { border-bottom: 1px solid #ddd; padding: 0.2rem 0.8rem 0.2rem 0; text-align: left; }
tbody th { font-weight: normal; } .tallies tr:last-child th, .tallies tr:last-child td { font-weight: bold; }
.count { text-align: right; }
@media print { body { margin: 0; max-width: none; } .comment, table, .chart { break-inside: avoid; } h2, h3 { break-after: avoid; } }
`;

/** The report as one HTML page. */
export function reportHtml(input: ReportInput): string {
  const report = buildReport(input);
  let n = 1;
  const sections = report.sections.map((s) => {
    const html = sectionHtml(s, n);
    n += s.entries.length;
    return html;
  });
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${h(report.title)}</title>
<style>${STYLE}</style>
</head>
<body>
<h1>${h(report.title)}</h1>
<p><strong>${h(versionLine(report))}</strong></p>
<p class="meta">${h(periodLine(report))} ${h(generatedLine(report))}</p>
<p class="meta revision">${h(revisionLine(report))}</p>
<p>${h(introSentence)}</p>
<section class="stats">
<h2>Participation</h2>
<p>${h(totalsLine(report.stats))}</p>
${statTables(report.stats).map(statHtml).join('\n')}
${tallyHtml(tallyTable(report.stats))}
</section>
${sections.length === 0 ? `<p>${h(emptyReport)}</p>` : sections.join('\n')}
</body>
</html>
`;
}
