/**
 * Suggestions inside the editor: render this as a child of the document's LexicalComposer.
 * It colours the suggestions in the text and names their authors (decorate.ts), and draws a
 * card for each pending suggestion in the margin beside the paper (SuggestionMargin), with
 * the decisions the reader may take. The cards go into the `.paper` element, like the comment
 * cards, so they scroll with the text.
 */
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { useEffect } from 'react';
import { useIntl } from 'react-intl';
import { usePaperHost } from '../editor/usePaperHost.js';
import { createPortal } from 'react-dom';
import '../styles/suggestions.css';
import { decorateSuggestions } from './decorate.js';
import { SuggestionMargin } from './SuggestionMargin.js';
import { useSuggestions } from './useSuggestions.js';

export interface SuggestionsPluginProps {
  documentId: string;
  /** `suggestion.decide` is allowed. */
  canDecide: boolean;
  personId: string;
  /** Cards fit beside the paper (else only the one at the caret shows, under its text). */
  marginOn?: boolean;
}

export function SuggestionsPlugin({ documentId, canDecide, personId, marginOn = true }: SuggestionsPluginProps) {
  const [editor] = useLexicalComposerContext();
  // The suggestions come and go with the document itself; names are asked for when one is new.
  const view = useSuggestions(editor, documentId);
  const host = usePaperHost();

  const { records } = view;
  // Titles are in the page's language: worded again when it changes.
  const intl = useIntl();
  useEffect(() => {
    const decorate = () => {
      const root = editor.getRootElement();
      if (root) decorateSuggestions(root, records, intl);
    };
    decorate();
    return editor.registerUpdateListener(decorate);
  }, [editor, records, intl]);

  return host
    ? createPortal(
        <SuggestionMargin
          documentId={documentId}
          view={view}
          canDecide={canDecide}
          personId={personId}
          marginOn={marginOn}
        />,
        host,
      )
    : null;
}
