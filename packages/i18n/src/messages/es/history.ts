import type en from '../en/history.js';

export default {
  'history.person': '{name} ({group})',
  'history.people.others': '{count, plural, one {# más} other {# más}}',
  'history.since.summary':
    '{count, plural, one {# párrafo modificado desde su última visita} other {# párrafos modificados desde su última visita}}',
  'history.since.summaryAt':
    '{count, plural, one {# párrafo modificado desde su última visita} other {# párrafos modificados desde su última visita}} ({when})',
  'history.since.markBy': 'Modificado desde su última visita por {people}, {when} — ocultar',
  'history.since.mark': 'Modificado desde su última visita, {when} — ocultar',
  'history.since.dismiss': 'Ocultar',
  'history.tabs.label': 'Vistas de este párrafo',
  'history.tabs.consensus': 'Consenso',
  'history.tabs.text': 'Historial del texto',
  'history.text.cannotShow': 'No se puede mostrar el historial del texto: {problem}',
  'history.text.loading': 'Cargando el historial del texto…',
  'history.text.empty': 'Todavía no hay cambios registrados en el texto de este párrafo.',
  'history.text.list': 'Cambios en el texto, del más reciente al más antiguo',
  'history.text.system': 'El sistema',
  'history.change.wrote': '{person} redactó el párrafo {when}',
  'history.change.removed': '{person} eliminó el párrafo {when}',
  'history.change.emptied': '{person} vació el párrafo {when}',
  'history.change.changed': '{person} modificó el texto {when}',
  'history.diff.added': 'añadido:',
  'history.diff.removed': 'eliminado:',
  'history.numbering.title': 'Numeración de los párrafos',
  'history.numbering.live': 'La numeración es dinámica: los párrafos se numeran 1, 2, 3… según su orden actual.',
  'history.numbering.frozenAt':
    'La numeración está fijada en la versión “{version}”, {when}: los párrafos conservan su número, los nuevos se numeran 4bis, 4ter…, y los eliminados se mantienen como “6 [eliminado]”.',
  'history.numbering.frozenAtBy':
    'La numeración fue fijada en la versión “{version}”, {when}, por {name}: los párrafos conservan su número, los nuevos se numeran 4bis, 4ter…, y los eliminados se mantienen como “6 [eliminado]”.',
  'history.numbering.renumbered':
    'La numeración está fijada en el documento actual (renumerado), {when}: los párrafos conservan su número, los nuevos se numeran 4bis, 4ter…, y los eliminados se mantienen como “6 [eliminado]”.',
  'history.numbering.renumberedBy':
    'La numeración fue fijada en el documento actual (renumerado), {when}, por {name}: los párrafos conservan su número, los nuevos se numeran 4bis, 4ter…, y los eliminados se mantienen como “6 [eliminado]”.',
  'history.numbering.deleted': '[eliminado]',
  'history.numbering.freezeAt': 'Fijar en la versión',
  'history.numbering.freeze': 'Fijar la numeración',
  'history.numbering.renumber': 'Renumerar 1 … n',
  'history.numbering.backToLive': 'Volver a la numeración dinámica',
} satisfies Record<keyof typeof en, string>;
