/**
 * @accord/editor — the document model shared by the browser editor and the server: the Lexical
 * node classes, permanent block ids, derived paragraph numbers, exports, and a headless editor
 * bound to a Y.Doc.
 */
export {
  BlockIndex,
  CONTEXT_CHARS,
  resolveAnchor,
  snapshotPassage,
  type AnchorLike,
  type AnchorResolution,
  type IndexedBlock,
  type Located,
  type PassageProblem,
  type PassageSnapshot,
  type RelativePositionJson,
  type Unlocated,
} from './anchors.js';
export {
  $createBracketNode,
  $getBracketId,
  $isBracketNode,
  BracketNode,
  bracketIdState,
  isValidBracketId,
  newBracketId,
} from './bracket-node.js';
export {
  $bracketedText,
  $bracketPassage,
  $bracketsIn,
  $findBracket,
  $listBrackets,
  $replaceBracket,
  $unwrapBracket,
  $wrapSelectionInBracket,
  BracketError,
  type BracketRefusal,
  type ListedBracket,
} from './brackets.js';
export {
  $createSuggestionNode,
  $getSuggestionAt,
  $getSuggestionBy,
  $getSuggestionId,
  $getSuggestionIdentity,
  $getSuggestionKind,
  $isSuggestionNode,
  isSuggestionKind,
  isValidSuggestionAuthor,
  isValidSuggestionId,
  isValidSuggestionTime,
  newSuggestionId,
  suggestionAtState,
  suggestionByState,
  suggestionIdState,
  suggestionKindState,
  SuggestionNode,
  type SuggestionIdentity,
  type SuggestionKind,
} from './suggestion-node.js';
export {
  $acceptAllBy,
  $acceptSuggestion,
  $listSuggestions,
  $rejectAllBy,
  $rejectSuggestion,
  type ListedSuggestion,
} from './suggestion-decisions.js';
export type { DeletionUnit } from './suggestion-extent.js';
export {
  $isOwnSuggestion,
  $suggestDelete,
  $suggestDeleteCharacter,
  $suggestDeleteLine,
  $suggestDeleteSelection,
  $suggestDeleteWord,
  $suggestInsertText,
  type DeleteDirection,
  type SuggestionAuthor,
} from './suggestions.js';
export { COMPOSITION_PLACEHOLDER, registerSuggestionMode } from './suggestion-mode.js';
export {
  blockChanges,
  blockView,
  blockViews,
  SUGGESTION_TYPE,
  type BlockChange,
  type BlockView,
  type SuggestionView,
} from './block-changes.js';
export { suggestionAuthorProblem, suggestOnlyProblem } from './suggestion-check.js';
export { $collectBlocks, $ownText, blockTypeOf, type BlockType } from './blocks.js';
export { openHeadlessCollabEditor, type HeadlessCollabEditor } from './headless.js';
export { KEPT_FORMATS, safeHref, type Inline, type KeptFormat } from './inline.js';
export { editorNodes } from './nodes.js';
export { readableCopy } from './readable-copy.js';
export {
  $isUnsupportedNode,
  $textWithPlaceholders,
  placeholderExclusions,
  placeholderNodes,
  tolerateUnknownNodes,
  unsupportedLabel,
  type UnsupportedWording,
} from './unsupported-node.js';
export {
  $listBlocks,
  isNumberedBlock,
  numberBlocks,
  paragraphNumberMap,
  type ListedBlock,
  type NumberableBlock,
} from './numbering.js';
export {
  $blockLabels,
  insertedLabel,
  labelParagraphs,
  labelsByBlock,
  type BaselineParagraph,
  type BlockLabels,
  type LabelledParagraph,
  type NumberedBlockRef,
} from './labels.js';
export {
  $ensureParagraphIds,
  $getBlockId,
  blockIdState,
  isValidBlockId,
  newParagraphId,
  PARAGRAPH_ID_REPAIR_TAG,
  registerParagraphIds,
  seededParagraphIds,
  type EnsureParagraphIdsOptions,
} from './paragraph-id.js';
export { checkDocumentChange, checkDocumentState, LEXICAL_ROOT } from './schema-check.js';
export { MAX_DEPTH as MAX_DOCUMENT_DEPTH, MAX_PROPERTY_CHARS } from './schema-check-rules.js';
export { escapeHtml } from './render-html.js';
export { escapeMarkdownText } from './markdown-inline.js';
export { $renderHtml, $renderJson, $renderMarkdown, type RenderedBlock, type RenderedDocument } from './render.js';
export { renderYDoc, type ContentFormat, type RenderOptions } from './render-doc.js';
export {
  $withSuggestions,
  type SuggestionRenderOptions,
  type SuggestionRendering,
} from './suggestion-rendering.js';
export {
  $blockRuns,
  $listPlace,
  inlineToRuns,
  runsToInline,
  RUN_MARKS,
  type ListPlace,
  type Run,
  type RunMark,
} from './runs.js';
export { runsToHtml, runsToMarkdownLines } from './render-runs.js';
