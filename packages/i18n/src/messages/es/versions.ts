import type en from '../en/versions.js';

export default {
  // La lista de versiones
  'versions.list.title': 'Versiones',
  'versions.list.cannotShow': 'No se pueden mostrar las versiones',
  'versions.list.origin': 'Este documento se creó a partir de <link>«{name}»</link>.',
  'versions.list.empty': 'Todavía no se ha guardado ninguna versión.',
  'versions.list.saved': '— {when}, {name}',
  'versions.list.openRound': 'Abrir una ronda de consultas',
  'versions.list.openRoundOn': 'Abrir una ronda de consultas sobre «{name}»',
  'versions.link.live': 'Abrir el documento en curso',
  'versions.link.all': 'Todas las versiones',
  'versions.link.compareLive': 'Comparar con el documento en curso',

  // Guardar una versión
  'versions.save.form': 'Guardar una versión',
  'versions.save.title': 'Guardar el documento en curso como versión',
  'versions.save.hint':
    'Una versión queda congelada: las ediciones posteriores nunca la cambian. Póngale un nombre según su finalidad, por ejemplo, «Proyecto para consulta pública».',
  'versions.save.name': 'Nombre',
  'versions.save.note': 'Nota (opcional)',
  'versions.save.placeholder': 'Proyecto para consulta pública',
  'versions.save.submit': 'Guardar versión',

  // Una versión
  'versions.version.title': 'Versión',
  'versions.version.cannotShow': 'No se puede mostrar esta versión',
  'versions.version.download': 'Descargar:',
  'versions.version.caption': 'Versión «{name}», guardada el {when} por {person}. Solo lectura.',
  'versions.revisionOf':
    'La versión revisada tras la consulta «{title}». Informe de respuestas a los comentarios: {links}',
  'versions.draft.start': 'Empezar un nuevo proyecto a partir de esta versión',
  'versions.draft.starting': 'Creando…',
  'versions.draft.hint': 'Se crea un documento nuevo; este y su historial quedan como están.',
  'versions.status.drafting': 'En redacción',
  'versions.status.underDiscussion': 'En debate',
  'versions.status.contested': 'Controvertido',
  'versions.status.agreedAdRef': 'Acordado ad referendum',
  'versions.status.agreed': 'Acordado',

  // Restablecer el documento en curso
  'versions.reset.start': 'Restablecer el documento en curso a esta versión',
  'versions.reset.why': 'Repara un documento que ya no se muestra o no se guarda correctamente.',
  'versions.reset.confirm': '¿Desea restablecer el documento en curso a «{name}»?',
  'versions.reset.what':
    'El texto de todos pasa a ser el de esta versión, de inmediato, también para quienes están editando ahora. Los cambios hechos desde que se guardó salen del documento en curso (guarde antes una versión para conservarlos); se elimina el contenido que Accord no puede mostrar. Los párrafos conservan su identidad, de modo que los comentarios y los estados siguen vinculados a ellos. El restablecimiento queda registrado en el registro de auditoría.',
  'versions.reset.submit': 'Restablecer el documento en curso',
  'versions.reset.resetting': 'Restableciendo…',
  'versions.reset.done':
    'El documento en curso contiene ahora la versión «{name}» ({written, plural, one {# bloque reescrito} other {# bloques reescritos}}, {kept, number} sin cambios, {removed, number} eliminados).',

  // Comparar
  'versions.compare.title': 'Comparar',
  'versions.compare.pageTitle': 'Comparar versiones',
  'versions.compare.cannotShow': 'No se puede mostrar la comparación',
  'versions.compare.from': 'Desde',
  'versions.compare.to': 'Hasta',
  'versions.compare.live': 'Documento en curso',
  'versions.compare.submit': 'Comparar',
  'versions.compare.summary':
    '{from, select, live {{to, select, live {Del documento en curso al documento en curso: {summary}.} other {Del documento en curso a «{toName}»: {summary}.}}} other {{to, select, live {De «{fromName}» al documento en curso: {summary}.} other {De «{fromName}» a «{toName}»: {summary}.}}}}',
  'versions.compare.noDifferences': 'ninguna diferencia',
  'versions.count.changed': '{count, plural, one {# modificado} other {# modificados}}',
  'versions.count.moved': '{count, plural, one {# movido} other {# movidos}}',
  'versions.count.added': '{count, plural, one {# añadido} other {# añadidos}}',
  'versions.count.removed': '{count, plural, one {# eliminado} other {# eliminados}}',
  'versions.kind.added': 'Añadido',
  'versions.kind.removed': 'Eliminado',
  'versions.kind.moved': 'Movido',
  'versions.kind.changed': 'Modificado',
  'versions.kind.changedAndMoved': 'Modificado y movido',
  'versions.kind.unchanged': 'Sin cambios',
  'versions.kind.splitFrom': '(procede de la división del párrafo anterior)',
  'versions.number.new': 'nuevo',
  'versions.number.newAt': 'nuevo ¶{number}',
  'versions.number.removed': 'eliminado',
  'versions.number.was': 'antes ¶{number}',
  'versions.number.moved': '¶{from} → {to}',

  // Cambios y corchetes en el texto congelado
  'versions.changeLegend': 'Las palabras añadidas aparecen subrayadas y las eliminadas, tachadas.',
  'versions.diff.added': 'añadido',
  'versions.diff.removed': 'eliminado',
  'versions.bracket.label': 'entre corchetes: no acordado',
  'versions.bracket.title': 'Entre corchetes: no acordado',
  'versions.alternatives.label': 'Variantes propuestas para el texto entre corchetes',
  'versions.alternatives.to': 'Variantes de {bracketed}: {alternatives}',
  'versions.alternatives.list': 'Variantes: {alternatives}',
  'versions.alternatives.number': 'Variante {number}',
} satisfies Record<keyof typeof en, string>;
