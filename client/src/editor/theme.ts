/**
 * Class names Lexical puts on the document's DOM; styles/document.css gives them the look.
 * The `collaboration` classes style remote carets and selections (the plugin sets the
 * person's colour as `--lexical-cursor-color` on each of them). `unsupported` words the
 * placeholders of content this version cannot show, in the page's language when they are drawn.
 */
import type { UnsupportedWording } from '@accord/editor';
import type { EditorThemeClasses } from 'lexical';
import { translate } from '../i18n/current.js';

const unsupported: UnsupportedWording = {
  label: (type) => translate('document.unsupported.label', { type }),
  title: () => translate('document.unsupported.title'),
};

export const documentTheme: EditorThemeClasses = {
  ltr: 'doc-ltr',
  rtl: 'doc-rtl',
  paragraph: 'doc-paragraph',
  heading: { h1: 'doc-h1', h2: 'doc-h2', h3: 'doc-h3', h4: 'doc-h4', h5: 'doc-h5', h6: 'doc-h6' },
  quote: 'doc-quote',
  list: {
    ul: 'doc-ul',
    ol: 'doc-ol',
    listitem: 'doc-li',
    nested: { listitem: 'doc-li-nested' },
  },
  link: 'doc-link',
  text: {
    bold: 'doc-bold',
    italic: 'doc-italic',
    underline: 'doc-underline',
    strikethrough: 'doc-strike',
    underlineStrikethrough: 'doc-underline-strike',
    code: 'doc-code',
    subscript: 'doc-sub',
    superscript: 'doc-sup',
  },
  collaboration: {
    cursor: 'remote-caret',
    cursorName: 'remote-caret-name',
    selection: 'remote-selection',
    selectionBg: 'remote-selection-bg',
  },
  unsupported,
};
