/**
 * The one place the client touches the shared document model (`@accord/editor`, the package
 * the server also uses to read documents headlessly). Keeping the imports here means an API
 * change there is a change in one file here.
 */
export {
  editorNodes,
  registerParagraphIds,
  $listBlocks,
  $wrapSelectionInBracket,
  BracketError,
  type BracketRefusal,
} from '@accord/editor';
