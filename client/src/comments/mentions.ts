/**
 * @mentions in the comment box: what is being typed after an `@`, who matches it, putting the
 * chosen name in, and which people the finished text mentions (sent as `mentions`).
 */
import type { PersonShown } from '@accord/schema';

/** The `@query` just before the caret, if the caret is in one. */
export function mentionQuery(text: string, caret: number): { start: number; query: string } | null {
  const before = text.slice(0, caret);
  const at = before.lastIndexOf('@');
  if (at === -1 || (at > 0 && !/[\s(]/.test(before[at - 1]!))) return null;
  const query = before.slice(at + 1);
  // Names have at most a few words; a newline or a long run means the person moved on.
  if (query.length > 40 || /\n/.test(query) || query.split(' ').length > 3 || /^\s/.test(query)) return null;
  return { start: at, query };
}

const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/** People whose name (or a word of it) starts with the query, best first. */
export function matchPeople(people: readonly PersonShown[], query: string, limit = 6): PersonShown[] {
  const q = fold(query.trim());
  const scored = people
    .map((p) => {
      const name = fold(p.name);
      const score =
        q === ''
          ? 1
          : name.startsWith(q)
            ? 3
            : name.split(/\s+/).some((w) => w.startsWith(q))
              ? 2
              : name.includes(q)
                ? 1
                : 0;
      return { p, score };
    })
    .filter((e) => e.score > 0);
  scored.sort((a, b) => b.score - a.score || a.p.name.localeCompare(b.p.name));
  return scored.slice(0, limit).map((e) => e.p);
}

/** The text with the `@query` at `start`..`caret` replaced by `@Name `, and where the caret goes. */
export function insertMention(
  text: string,
  start: number,
  caret: number,
  name: string,
): { text: string; caret: number } {
  const inserted = `@${name} `;
  const after = text.slice(caret).replace(/^ /, '');
  return { text: text.slice(0, start) + inserted + after, caret: start + inserted.length };
}

/** Ids of the people whose `@Name` appears in the text (at most 50, the server's limit). */
export function mentionsIn(text: string, people: readonly PersonShown[]): string[] {
  const ids: string[] = [];
  for (const p of people) {
    const name = p.name.trim();
    if (!name) continue;
    let at = text.indexOf(`@${name}`);
    while (at !== -1) {
      const before = at === 0 ? ' ' : text[at - 1]!;
      const after = text[at + name.length + 1] ?? ' ';
      if (/[\s(]/.test(before) && !/[\p{L}\p{N}]/u.test(after)) {
        ids.push(p.id);
        break;
      }
      at = text.indexOf(`@${name}`, at + 1);
    }
  }
  return ids.slice(0, 50);
}
