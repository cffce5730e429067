/**
 * The register of differences as Markdown (CommonMark with GFM tables): a document to read
 * as it is and to publish. Everything people typed is escaped; brackets are `\[…\]`, which
 * shows as `[…]`.
 */
import { escapeMarkdownText } from '@accord/editor';

import type { Segment } from './document.js';
import {
  type CompiledRegisterEntry,
  entryName,
  holdersText,
  longDate,
  oneLine,
  positionLabels,
  registerIntro,
  silenceIntro,
  standingText,
  statusLabels,
  suggestionLabels,
  type Register,
} from './register.js';

const md = (text: string): string => escapeMarkdownText(oneLine(text));

/** A paragraph's text with its brackets. */
export function segmentsMarkdown(segments: readonly Segment[]): string {
  // Whitespace is collapsed but not trimmed per run: the spaces around a bracket are text.
  const run = (text: string): string => escapeMarkdownText(text.replace(/\s+/g, ' '));
  return segments
    .map((s) => ('bracketId' in s ? `\\[${run(s.text)}\\]` : run(s.text)))
    .join('')
    .trim();
}

export function registerMarkdown(register: Register): string {
  const group = (id: string): string => register.stakeholderGroups[id] ?? id;
  const out: string[] = [
    '# Register of differences',
    '',
    `**${md(register.title)}**`,
    '',
    `Generated on ${longDate(register.generatedAt)}. ${registerIntro}`,
  ];
  if (register.entries.length === 0) out.push('', 'No paragraph is contested and no text is bracketed.');
  for (const entry of register.entries)
    out.push('', ...entryMarkdown(entry, register.segments.get(entry.blockId) ?? [], group));
  if (register.silence && register.silence.length > 0) {
    out.push('', '## Silence broken', '', silenceIntro);
    for (const procedure of register.silence) {
      out.push('', `### Version “${md(procedure.versionName)}”, deadline ${longDate(procedure.deadline)}`, '');
      for (const o of procedure.objections)
        out.push(
          `- Broke silence: ${md(o.reason)} — ${md(o.by.name)}, ${md(group(o.by.stakeholderGroup))}, ${longDate(o.at)}`,
        );
    }
  }
  return out.join('\n') + '\n';
}

function entryMarkdown(
  entry: CompiledRegisterEntry,
  segments: readonly Segment[],
  group: (id: string) => string,
): string[] {
  const out = [
    `## ${entryName(entry)} — ${statusLabels[entry.status]}`,
    '',
    `> ${entry.number === null ? '' : `**${entry.label ?? entry.number}.** `}${segmentsMarkdown(segments)}`,
  ];
  if (entry.changedSinceAgreed) out.push('', '*The text changed since it was agreed.*');

  const open = entry.brackets.filter((b) => b.state === 'open');
  if (open.length > 0) {
    out.push('', '### Bracketed text');
    open.forEach((bracket, i) => {
      out.push('', `${i + 1}. \\[${md(bracket.text)}\\]`);
      if (bracket.alternatives.length === 0) out.push('   - No alternative proposed yet.');
      for (const alt of bracket.alternatives) {
        out.push(
          `   - **${alt.label}:** ${md(alt.text)} — proposed by ${md(alt.proposedBy.name)} (${md(group(alt.stakeholderGroup))})`,
        );
      }
    });
  }

  if (entry.suggestions && entry.suggestions.length > 0) {
    out.push('', '### Wording proposals (pending suggestions)', '');
    entry.suggestions.forEach((s, i) => {
      const marked = s.kind === 'insert' ? `{++${md(s.text)}++}` : `{--${md(s.text)}--}`;
      out.push(
        `${i + 1}. ${suggestionLabels[s.kind]} ${marked} — proposed by ${md(s.author.name)} (${md(group(s.author.stakeholderGroup))}), ${longDate(s.createdAt)}`,
      );
    });
  }

  if (entry.divergences && entry.divergences.length > 0) {
    out.push('', '### Differences among contributions');
    if (entry.sources && entry.sources.length > 0) out.push('', `Sources: ${md(holdersText(entry.sources))}`);
    for (const d of entry.divergences) {
      out.push('');
      d.views.forEach((v, i) => out.push(`${i + 1}. ${md(v.view)} — held by ${md(holdersText(v.holders))}`));
      if (d.note) out.push('', `*${md(d.note)}*`);
    }
  }

  out.push('', '### Positions');
  if (entry.groups.length === 0) {
    out.push('', 'No positions recorded yet.');
  } else {
    out.push(
      '',
      '| Stakeholder group | Support | With reservation | Oppose | Abstain |',
      '| --- | ---: | ---: | ---: | ---: |',
    );
    for (const g of entry.groups)
      out.push(`| ${md(g.name)} | ${g.support} | ${g.supportWithReservation} | ${g.oppose} | ${g.abstain} |`);
    out.push('', `Standing: ${standingText(entry)}`);
    const withReasons = entry.positions.filter((p) => p.reason.trim() !== '');
    if (withReasons.length > 0) {
      out.push('');
      for (const p of withReasons)
        out.push(
          `- ${md(p.person.name)} (${md(group(p.stakeholderGroup))}), ${positionLabels[p.position]}: ${md(p.reason)}`,
        );
    }
  }

  if (entry.threads.length > 0) {
    out.push('', '### Open comment threads');
    for (const thread of entry.threads) {
      const [first, ...replies] = thread.comments;
      const about = thread.quote === null ? 'On the paragraph' : `On “${md(thread.quote)}”`;
      out.push('', `- ${about}: ${first ? `${md(first.author.name)}: ${md(first.body)}` : ''}`);
      for (const reply of replies) out.push(`  - ${md(reply.author.name)}: ${md(reply.body)}`);
    }
  }
  return out;
}
