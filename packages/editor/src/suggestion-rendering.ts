/**
 * How renderings show pending suggestions. By default (`base`) they show the text as it stands
 * until a suggestion is accepted: proposed insertions left out, text proposed for deletion kept
 * as plain text — pending proposals are not the text, so exports, frozen versions and the
 * consensus hashes never carry them. With `include`, the HTML and Markdown renderers mark them
 * (`<ins>`/`<del>` with the author; CriticMarkup `{++…++}` / `{--…--}`).
 *
 * The choice is held for the duration of one synchronous rendering ({@link $withSuggestions}),
 * so the block renderers need not pass it down to every inline walk.
 */

/** `base`: the text without pending suggestions; `include`: suggestions marked as such. */
export type SuggestionRendering = 'base' | 'include';

export interface SuggestionRenderOptions {
  suggestions?: SuggestionRendering | undefined;
  /** Display names of authors by person id, for marked suggestions (else the id is shown). */
  authors?: ReadonlyMap<string, string> | undefined;
}

let current: Required<Pick<SuggestionRenderOptions, 'suggestions'>> & { authors: ReadonlyMap<string, string> } = {
  suggestions: 'base',
  authors: new Map(),
};

/** Runs a rendering with `options`; everything rendered inside (synchronously) follows them. */
export function $withSuggestions<T>(options: SuggestionRenderOptions, render: () => T): T {
  const previous = current;
  current = { suggestions: options.suggestions ?? 'base', authors: options.authors ?? new Map() };
  try {
    return render();
  } finally {
    current = previous;
  }
}

/** The rendering's choice. */
export function suggestionRendering(): SuggestionRendering {
  return current.suggestions;
}

/** An author as marked suggestions name them. */
export function suggestionAuthorName(personId: string): string {
  return current.authors.get(personId) ?? personId;
}
