import type en from '../en/a11y.js';

export default {
  'a11y.skipToContent': 'Ir al contenido',
  'a11y.announce.commented': '{name} ha comentado el {paragraph}',
  'a11y.announce.commentedDocument': '{name} ha comentado el documento',
  'a11y.announce.replied': '{name} ha respondido a un comentario sobre el {paragraph}',
  'a11y.announce.repliedDocument': '{name} ha respondido a un comentario sobre el documento',
  'a11y.announce.comments': '{count, plural, one {# comentario nuevo} other {# comentarios nuevos}}',
  'a11y.announce.joined': '{name} se ha unido al documento',
  'a11y.announce.left': '{name} ha salido del documento',
  'a11y.announce.joinedMany':
    '{count, plural, one {# persona se ha unido al documento} other {# personas se han unido al documento}}',
  'a11y.announce.leftMany':
    '{count, plural, one {# persona ha salido del documento} other {# personas han salido del documento}}',
  'a11y.where.outside': 'El cursor no está en ningún párrafo del texto.',
  'a11y.shortcuts.button': 'Atajos de teclado',
  'a11y.shortcuts.title': 'Atajos de teclado',
  'a11y.shortcuts.comment': 'Comentar la selección, o el párrafo donde está el cursor',
  'a11y.shortcuts.panel': 'Abrir el estado y las posiciones del párrafo donde está el cursor',
  'a11y.shortcuts.where': 'Escuchar el número y el estado del párrafo donde está el cursor',
  'a11y.shortcuts.nextParagraph': 'Ir al inicio del párrafo siguiente',
  'a11y.shortcuts.previousParagraph': 'Ir al inicio del párrafo anterior',
  'a11y.shortcuts.escape': 'Cerrar el panel abierto y volver a donde estaba',
} satisfies Record<keyof typeof en, string>;
