/**
 * The register of differences as a standalone HTML page: readable in a browser, printable,
 * and safe to serve (everything people typed is escaped; no script; the route adds a CSP).
 */
import { escapeHtml } from '@accord/editor';
import type { Segment } from './document.js';
import {
  type CompiledRegisterEntry,
  entryName,
  holdersText,
  longDate,
  positionLabels,
  registerIntro,
  silenceIntro,
  standingText,
  statusLabels,
  suggestionLabels,
  type Register,
} from './register.js';

const h = escapeHtml;

/** A paragraph's text with its brackets, each in `<span class="bracket">`. */
export function segmentsHtml(segments: readonly Segment[]): string {
  return segments
    .map((s) =>
      'bracketId' in s ? `<span class="bracket" data-bracket-id="${h(s.bracketId)}">[${h(s.text)}]</span>` : h(s.text),
    )
    .join('');
}

const STYLE = `
body { font: 16px/1.5 Georgia, 'Times New Roman', serif; color: #1d1d1f; max-width: 46rem; margin: 2.5rem auto; padding: 0 1.25rem; }
h1 { font-size: 1.9rem; margin-bottom: 0.2rem; } h2 { font-size: 1.3rem; margin-top: 2.5rem; border-bottom: 1px solid #ccc; padding-bottom: 0.2rem; }
h3 { font-size: 1rem; margin: 1.2rem 0 0.4rem; font-family: system-ui, sans-serif; text-transform: uppercase; letter-spacing: 0.04em; color: #555; }
.doc { font-size: 1.15rem; font-style: italic; margin: 0; } .meta { color: #555; font-size: 0.9rem; }
blockquote { margin: 0.6rem 0; padding: 0.6rem 1rem; background: #f6f5f1; border-left: 4px solid #b58900; }
.num { font-weight: bold; margin-right: 0.4rem; } .bracket { color: #8a3b00; font-weight: bold; }
.status { font-family: system-ui, sans-serif; font-size: 0.8rem; padding: 0.1rem 0.5rem; border-radius: 1rem; background: #eee; vertical-align: middle; }
.status-contested { background: #f8d7da; } .status-agreed, .status-agreed-ad-ref { background: #d4edda; } .status-under-discussion { background: #fff3cd; }
.changed { color: #8a3b00; font-style: italic; } .by { color: #555; }
ins { color: #0b6e4f; text-decoration: underline; } del { color: #a4262c; text-decoration: line-through; }
table { border-collapse: collapse; font-family: system-ui, sans-serif; font-size: 0.9rem; } th, td { border: 1px solid #ccc; padding: 0.25rem 0.6rem; } td.n { text-align: right; }
`;

export function registerHtml(register: Register): string {
  const group = (id: string): string => register.stakeholderGroups[id] ?? id;
  const entries =
    register.entries.length === 0
      ? '<p>No paragraph is contested and no text is bracketed.</p>'
      : register.entries.map((e) => entryHtml(e, register.segments.get(e.blockId) ?? [], group)).join('\n');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Register of differences — ${h(register.title)}</title>
<style>${STYLE}</style>
</head>
<body>
<main>
<h1>Register of differences</h1>
<p class="doc">${h(register.title)}</p>
<p class="meta">Generated on ${h(longDate(register.generatedAt))}.</p>
<p>${h(registerIntro)}</p>
${entries}
${silenceHtml(register, group)}</main>
</body>
</html>
`;
}

/** Silence procedures whose silence was broken, with each objection (issue 14). */
function silenceHtml(register: Register, group: (id: string) => string): string {
  if (!register.silence || register.silence.length === 0) return '';
  const procedures = register.silence.map((p) => {
    const items = p.objections.map(
      (o) =>
        `<li>Broke silence: ${h(o.reason)} <span class="by">— ${h(o.by.name)}, ${h(group(o.by.stakeholderGroup))}, ${h(longDate(o.at))}</span></li>`,
    );
    return `<h3>Version “${h(p.versionName)}”, deadline ${h(longDate(p.deadline))}</h3><ul>${items.join('')}</ul>`;
  });
  return `<section><h2>Silence broken</h2><p>${h(silenceIntro)}</p>${procedures.join('')}</section>\n`;
}

function entryHtml(entry: CompiledRegisterEntry, segments: readonly Segment[], group: (id: string) => string): string {
  const parts = [
    `<section id="${h(entry.blockId)}">`,
    `<h2>${h(entryName(entry))} <span class="status status-${h(entry.status)}">${h(statusLabels[entry.status])}</span></h2>`,
    `<blockquote>${entry.number === null ? '' : `<span class="num">${h(entry.label ?? String(entry.number))}</span>`}${segmentsHtml(segments)}</blockquote>`,
  ];
  if (entry.changedSinceAgreed) parts.push('<p class="changed">The text changed since it was agreed.</p>');
  const open = entry.brackets.filter((b) => b.state === 'open');
  if (open.length > 0) {
    const items = open.map((bracket) => {
      const alts =
        bracket.alternatives.length === 0
          ? '<li>No alternative proposed yet.</li>'
          : bracket.alternatives
              .map(
                (a) =>
                  `<li><strong>${h(a.label)}:</strong> ${h(a.text)} <span class="by">— proposed by ${h(a.proposedBy.name)} (${h(group(a.stakeholderGroup))})</span></li>`,
              )
              .join('');
      return `<li><span class="bracket">[${h(bracket.text)}]</span><ul>${alts}</ul></li>`;
    });
    parts.push('<h3>Bracketed text</h3>', `<ol>${items.join('')}</ol>`);
  }
  if (entry.suggestions && entry.suggestions.length > 0) {
    const items = entry.suggestions.map((s) => {
      const tag = s.kind === 'insert' ? 'ins' : 'del';
      return `<li>${suggestionLabels[s.kind]} <${tag} data-suggestion-id="${h(s.id)}">${h(s.text)}</${tag}> <span class="by">— proposed by ${h(s.author.name)} (${h(group(s.author.stakeholderGroup))}), ${h(longDate(s.createdAt))}</span></li>`;
    });
    parts.push('<h3>Wording proposals (pending suggestions)</h3>', `<ol>${items.join('')}</ol>`);
  }
  if (entry.divergences && entry.divergences.length > 0) {
    parts.push('<h3>Differences among contributions</h3>');
    if (entry.sources && entry.sources.length > 0) parts.push(`<p>Sources: ${h(holdersText(entry.sources))}</p>`);
    for (const d of entry.divergences) {
      const views = d.views.map(
        (v) => `<li>${h(v.view)} <span class="by">— held by ${h(holdersText(v.holders))}</span></li>`,
      );
      parts.push(`<ol data-divergence-id="${h(d.id)}">${views.join('')}</ol>`);
      if (d.note) parts.push(`<p><em>${h(d.note)}</em></p>`);
    }
  }
  parts.push('<h3>Positions</h3>');
  if (entry.groups.length === 0) {
    parts.push('<p>No positions recorded yet.</p>');
  } else {
    const rows = entry.groups.map(
      (g) =>
        `<tr><td>${h(g.name)}</td><td class="n">${g.support}</td><td class="n">${g.supportWithReservation}</td><td class="n">${g.oppose}</td><td class="n">${g.abstain}</td></tr>`,
    );
    parts.push(
      `<table><thead><tr><th>Stakeholder group</th><th>Support</th><th>With reservation</th><th>Oppose</th><th>Abstain</th></tr></thead><tbody>${rows.join('')}</tbody></table>`,
      `<p>Standing: ${standingText(entry)}</p>`,
    );
    const reasons = entry.positions.filter((p) => p.reason.trim() !== '');
    if (reasons.length > 0) {
      parts.push(
        `<ul>${reasons.map((p) => `<li>${h(p.person.name)} (${h(group(p.stakeholderGroup))}), ${positionLabels[p.position]}: ${h(p.reason)}</li>`).join('')}</ul>`,
      );
    }
  }
  if (entry.threads.length > 0) {
    const threads = entry.threads.map((t) => {
      const about = t.quote === null ? 'On the paragraph' : `On “${h(t.quote)}”`;
      const comments = t.comments.map((c) => `<li><strong>${h(c.author.name)}:</strong> ${h(c.body)}</li>`).join('');
      return `<li>${about}<ul>${comments}</ul></li>`;
    });
    parts.push('<h3>Open comment threads</h3>', `<ul>${threads.join('')}</ul>`);
  }
  parts.push('</section>');
  return parts.join('\n');
}
