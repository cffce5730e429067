/**
 * The suggestion cards in the margin beside the paper, in the column the comment cards use:
 * each beside the line its suggestion starts on, flowing around the comment cards (which stay
 * where the comments put them) so neither hides the other. Positions are set on the elements
 * after each render and reflow (the comments' loop, `useReflow`), and whenever a comment card
 * moves, without re-rendering.
 */
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { useEffect, useRef } from 'react';
import { useReflow } from '../editor/reflow.js';
import { useT } from '../i18n/useT.js';
import { layoutAround, type Taken } from './margin.js';
import { SuggestionCard } from './SuggestionCard.js';
import type { SuggestionsView } from './useSuggestions.js';

export interface SuggestionMarginProps {
  documentId: string;
  view: SuggestionsView;
  canDecide: boolean;
  personId: string;
  /**
   * Cards fit beside the paper (the comments' judgement: a wide enough window, their panel
   * closed). When not, only the card of the suggestion the caret is in shows, under it.
   */
  marginOn: boolean;
}

/** Where a suggestion starts in the editor's DOM. */
const suggestionElement = (root: HTMLElement, id: string) =>
  root.querySelector<HTMLElement>(`.accord-suggestion[data-suggestion-id="${CSS.escape(id)}"]`);

export function SuggestionMargin({ documentId, view, canDecide, personId, marginOn }: SuggestionMarginProps) {
  const [editor] = useLexicalComposerContext();
  const t = useT();
  const layer = useRef<HTMLDivElement>(null);
  const cards = useRef(new Map<string, HTMLElement>());
  const { records, refresh } = view;
  // The card the caret is in (a replacement's card stands for two suggestion ids).
  const activeId = view.items.find((item) => view.activeId !== null && item.ids.includes(view.activeId))?.id ?? null;
  const items = marginOn ? view.items : view.items.filter((item) => item.id === activeId);

  const position = useRef(() => {});
  position.current = () => {
    const root = editor.getRootElement();
    const host = layer.current;
    if (!root || !host) return;
    const box = host.getBoundingClientRect();
    const base = box.top;
    if (!marginOn) {
      // One card, floating under the start of its suggestion, inside the paper: its inline
      // start (left, or right in a right-to-left page) under the start of the suggestion.
      const rtl = getComputedStyle(host).direction === 'rtl';
      for (const [id, element] of cards.current) {
        const target = suggestionElement(root, id)?.getBoundingClientRect();
        element.style.visibility = target ? '' : 'hidden';
        if (!target) continue;
        const start = rtl ? box.right - target.right : target.left - box.left;
        const offset = Math.max(8, Math.min(start, box.width - element.offsetWidth - 8));
        element.style.transform = `translate(${rtl ? -offset : offset}px, ${target.bottom - base + 6}px)`;
      }
      return;
    }
    const obstacles: Taken[] = [];
    for (const slot of host.parentElement?.querySelectorAll<HTMLElement>('.comment-margin .margin-slot') ?? []) {
      if (slot.style.visibility === 'hidden') continue;
      const rect = slot.getBoundingClientRect();
      obstacles.push({ top: rect.top - base, bottom: rect.bottom - base });
    }
    const placed = items.flatMap((item) => {
      const element = cards.current.get(item.id);
      const target = suggestionElement(root, item.id);
      if (!element || !target) return [];
      // The line the suggestion starts on, a little above its text's top so the card's name lines up with it.
      return [{ id: item.id, top: target.getBoundingClientRect().top - base - 6, height: element.offsetHeight }];
    });
    const tops = layoutAround(placed, obstacles, activeId, 10);
    for (const [id, element] of cards.current) {
      const top = tops.get(id);
      element.style.visibility = top === undefined ? 'hidden' : '';
      element.style.transform = `translateY(${top ?? 0}px)`;
    }
  };

  useReflow(editor, position, layer);

  // A card that changes height moves the ones below it; a comment card that moves may now be in the way.
  useEffect(() => {
    let frame = 0;
    const schedule = () => {
      if (!frame) frame = requestAnimationFrame(() => ((frame = 0), position.current()));
    };
    const resized = new ResizeObserver(schedule);
    for (const element of cards.current.values()) resized.observe(element);
    const moved = new MutationObserver(schedule);
    const comments = layer.current?.parentElement?.querySelector('.comment-layer');
    if (comments)
      moved.observe(comments, { subtree: true, childList: true, attributes: true, attributeFilter: ['style'] });
    return () => {
      cancelAnimationFrame(frame);
      resized.disconnect();
      moved.disconnect();
    };
  });

  return (
    <div ref={layer} className="suggestion-layer" data-margin={marginOn && items.length > 0 ? '' : undefined}>
      {items.length > 0 && (
        <section
          className={marginOn ? 'suggestion-margin' : 'suggestion-float'}
          aria-label={t(marginOn ? 'consensus.suggestion.margin' : 'consensus.suggestion.atCaret')}
        >
          {items.map((item) => (
            <div
              key={item.id}
              className="suggestion-slot"
              ref={(el) => void (el ? cards.current.set(item.id, el) : cards.current.delete(item.id))}
              data-active={item.id === activeId || undefined}
            >
              <SuggestionCard
                documentId={documentId}
                suggestion={item}
                record={records.get(item.id)}
                canDecide={canDecide}
                personId={personId}
                active={item.id === activeId}
                onDecided={refresh}
              />
            </div>
          ))}
        </section>
      )}
    </div>
  );
}
