/**
 * The co-editing surface. Content comes only from the shared Yjs document (the server seeds
 * it; `shouldBootstrap={false}` and `editorState: null` keep this client from ever writing a
 * starting paragraph of its own, which would duplicate when two people open a new document).
 * Undo/redo is the CollaborationPlugin's Yjs UndoManager, which undoes only this person's
 * edits; Lexical's HistoryPlugin must not be added alongside it.
 */
import { CollaborationPlugin } from '@lexical/react/LexicalCollaborationPlugin';
import { LexicalCollaboration } from '@lexical/react/LexicalCollaborationContext';
import { LexicalComposer, type InitialConfigType } from '@lexical/react/LexicalComposer';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { ContentEditable } from '@lexical/react/LexicalContentEditable';
import { LexicalErrorBoundary } from '@lexical/react/LexicalErrorBoundary';
import { LinkPlugin } from '@lexical/react/LexicalLinkPlugin';
import { ListPlugin } from '@lexical/react/LexicalListPlugin';
import { RichTextPlugin } from '@lexical/react/LexicalRichTextPlugin';
import { useEffect, useRef, type ReactNode } from 'react';
import { useT } from '../i18n/useT.js';
import type { CollabSession } from '../collab/session.js';
import type { Identity } from '../identity.js';
import { validateUrl } from './urls.js';
import { editorNodes } from './model.js';
import { placeholderExclusions, placeholderNodes } from '@accord/editor';
import type { BaselineParagraph } from '@accord/schema';
import { UnknownNodesPlugin } from './UnknownNodesPlugin.js';
import { CurrentBlockPlugin } from './CurrentBlockPlugin.js';
import { ParagraphIdsPlugin } from './ParagraphIdsPlugin.js';
import { ParagraphNumbersPlugin } from './ParagraphNumbersPlugin.js';
import { ShortcutsPlugin } from './ShortcutsPlugin.js';
import { SuggestionModePlugin } from './SuggestionModePlugin.js';
import { documentTheme } from './theme.js';
import { Toolbar } from './Toolbar.js';
import { AgreedCaretPlugin } from '../suggestions/AgreedCaretPlugin.js';
import { ModeShortcutPlugin } from '../suggestions/ModeShortcutPlugin.js';
import { ModeToggle } from '../suggestions/ModeToggle.js';
import { useEditMode, type SuggestingAccess } from '../suggestions/useEditMode.js';

/**
 * Read-only until the document has arrived once (typing into a not-yet-loaded page would land
 * above the real content), and for good when the person may not edit.
 */
function EditablePlugin({ editable }: { editable: boolean }): null {
  const [editor] = useLexicalComposerContext();
  useEffect(() => editor.setEditable(editable), [editor, editable]);
  return null;
}

export interface DocumentEditorProps {
  session: CollabSession;
  identity: Identity;
  /** The document has been synced at least once. */
  ready: boolean;
  /**
   * The server lets this person edit ('document.edit'). When false the editor is read-only,
   * the toolbar and shortcuts are gone, and nothing writes to the shared document — not even
   * block-id repairs, which the server would refuse from a read-only connection. Null while
   * not known yet: read-only, with the toolbar shown disabled.
   */
  canEdit: boolean | null;
  /**
   * What the person may suggest, and the document's rules for it: with `document.suggest` and
   * without `document.edit` (a contributor) the editor is writable, in suggesting mode only.
   */
  suggesting?: SuggestingAccess;
  /** Shown in place of the toolbar when the person may not edit (why, in a sentence). */
  readOnlyNotice?: ReactNode;
  /** Why the server refused the document, if it did (then it never becomes ready). */
  unavailable?: string | null;
  onNumberedCount?: (count: number) => void;
  /** The document's frozen numbering (issue 13): margins show labels, "4bis", "6 [deleted]"; null while live. */
  numberingBaseline?: readonly BaselineParagraph[] | null;
  /** A language version's margin numbers: its original's labels by block id (issue 15); null for an original. */
  sharedNumbers?: ReadonlyMap<string, string> | null;
  /** The page's heading, first in the main landmark (which this editor is). */
  heading?: ReactNode;
  /** Shown at the right end of the toolbar (document facts, later: version, mode). */
  toolbarEnd?: ReactNode;
  /** More plugins, rendered inside the composer (comments). */
  children?: ReactNode;
}

export function DocumentEditor({
  session,
  identity,
  ready,
  canEdit,
  suggesting,
  readOnlyNotice,
  unavailable,
  onNumberedCount,
  numberingBaseline,
  sharedNumbers,
  heading,
  toolbarEnd,
  children,
}: DocumentEditorProps) {
  const t = useT();
  const edit = useEditMode(session.documentId, canEdit === true, suggesting);
  const mode = edit.state.mode;
  // May change the text at all: directly, or as suggestions.
  // Direct edits wait for the document's suggestion rule: it may make this person's changes suggestions.
  const writable = (canEdit === true && suggesting?.settled !== false) || mode === 'suggesting';
  const readOnly = canEdit === false && !writable;
  const cursorsRef = useRef<HTMLDivElement>(null);
  // Created once: LexicalComposer reads its config on the first render only.
  const initialConfig = useRef<InitialConfigType>({
    namespace: `accord-${session.documentId}`,
    // Placeholders stand in for node types Accord does not register (UnknownNodesPlugin).
    nodes: [...editorNodes, ...placeholderNodes],
    theme: documentTheme,
    editorState: null,
    editable: false,
    onError: (error) => {
      // A binding error means this view may not reflect the shared document; say so loudly.
      console.error('Accord editor error', error);
    },
  }).current;
  const excludedProperties = useRef(placeholderExclusions()).current;

  return (
    <LexicalCollaboration>
      <LexicalComposer initialConfig={initialConfig}>
        {/* The page's main landmark (the skip link's target): the toolbar and the text. */}
        <main className="editor-shell">
          {heading}
          <div className="toolbar-dock">
            {canEdit !== false || writable ? (
              <Toolbar
                disabled={!ready || !writable}
                suggesting={mode === 'suggesting'}
                mode={<ModeToggle state={edit.state} disabled={!ready} onChoose={edit.choose} />}
              >
                {toolbarEnd}
              </Toolbar>
            ) : (
              <div className="read-only-bar">
                {readOnlyNotice}
                {toolbarEnd && <div className="toolbar-end">{toolbarEnd}</div>}
              </div>
            )}
          </div>
          <article
            className="paper"
            aria-busy={!ready}
            data-read-only={readOnly || undefined}
            data-mode={mode ?? undefined}
          >
            <RichTextPlugin
              contentEditable={
                <ContentEditable
                  className="doc-content"
                  // People's text: each block finds its own direction (Lexical marks blocks dir="auto").
                  dir="auto"
                  aria-label={t(readOnly ? 'document.editor.labelReadOnly' : 'document.editor.label')}
                  aria-placeholder={t(readOnly ? 'document.editor.empty' : 'document.editor.placeholder')}
                  placeholder={
                    <div className="doc-placeholder">
                      {ready
                        ? t(readOnly ? 'document.editor.empty' : 'document.editor.placeholder')
                        : unavailable
                          ? t('document.editor.unavailable', { reason: unavailable })
                          : t('document.editor.loading')}
                    </div>
                  }
                  spellCheck
                />
              }
              ErrorBoundary={LexicalErrorBoundary}
            />
            {/* Remote carets and selections are drawn here, positioned against .paper. */}
            <div ref={cursorsRef} className="cursors-layer" />
          </article>
        </main>
        <UnknownNodesPlugin doc={session.doc} />
        <CollaborationPlugin
          id={session.documentId}
          excludedProperties={excludedProperties}
          providerFactory={session.providerFactory}
          shouldBootstrap={false}
          username={identity.name}
          cursorColor={identity.color}
          cursorsContainerRef={cursorsRef}
        />
        <EditablePlugin editable={ready && writable} />
        <SuggestionModePlugin enabled={mode === 'suggesting'} personId={suggesting?.personId ?? ''} />
        {mode !== null && !edit.state.locked && <ModeShortcutPlugin mode={mode} onChoose={edit.choose} />}
        {edit.agreed.size > 0 && <AgreedCaretPlugin agreed={edit.agreed} onChange={edit.setInAgreed} />}
        <ListPlugin />
        <LinkPlugin validateUrl={validateUrl} />
        <ParagraphIdsPlugin enabled={canEdit === true} />
        <ParagraphNumbersPlugin
          onCount={onNumberedCount}
          baseline={numberingBaseline ?? null}
          shared={sharedNumbers ?? null}
        />
        <CurrentBlockPlugin />
        {canEdit === true && mode !== 'suggesting' && <ShortcutsPlugin />}
        {children}
      </LexicalComposer>
    </LexicalCollaboration>
  );
}
