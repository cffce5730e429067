import type en from '../en/languages.js';

export default {
  'languages.round.heading': 'Idiomas del texto',
  'languages.round.openPublic':
    'Página pública en {language, select, ar {árabe} zh {chino} en {inglés} fr {francés} ru {ruso} es {español} other {{language}}}',
  'languages.round.offered':
    'La ronda se ofrece ahora también en {language, select, ar {árabe} zh {chino} en {inglés} fr {francés} ru {ruso} es {español} other {{language}}}.',
  'languages.round.offerHeading': 'Ofrecer otro idioma',
  'languages.round.offerHint':
    'Los participantes eligen el idioma en que leen; los números de párrafo son los mismos en todos los idiomas y los comentarios sobre un mismo párrafo se tratan juntos.',
  'languages.round.offerLanguage': 'Versión lingüística',
  'languages.round.offerVersion': 'Versión guardada',
  'languages.round.noneSaved':
    'La versión en {language, select, ar {árabe} zh {chino} en {inglés} fr {francés} ru {ruso} es {español} other {{language}}} aún no tiene ninguna versión guardada. <link>Guarde una en su página de versiones</link> y luego ofrézcala aquí.',
  'languages.round.offerSubmit': 'Ofrecer este idioma',
  'languages.name':
    '{language, select, ar {árabe} zh {chino} en {inglés} fr {francés} ru {ruso} es {español} other {{language}}}',
  'languages.menu.button': 'Idioma: {name}',
  'languages.menu.label': 'Idiomas de este documento',
  'languages.family.original': 'original',
  'languages.family.progress':
    '{translated, plural, one {# párrafo traducido} other {# párrafos traducidos}} de {total, number}',
  'languages.family.none': 'Este documento aún no tiene versiones lingüísticas.',
  'languages.create.heading': 'Nueva versión lingüística',
  'languages.create.language': 'Idioma',
  'languages.create.start': 'Punto de partida',
  'languages.create.startOriginal': 'El texto del original, para traducir sobre él',
  'languages.create.startEmpty': 'Párrafos vacíos',
  'languages.create.submit': 'Crear la versión lingüística',
  'languages.create.creating': 'Creando…',
  'languages.create.noneLeft': 'Este documento ya tiene una versión en cada idioma.',
  'languages.status.translated': 'Traducido',
  'languages.status.originalChanged': 'El original cambió después de la traducción',
  'languages.status.untranslated': 'Aún sin traducir',
  'languages.status.missing': 'Falta: añadido al original',
  'languages.original.unnumbered': 'Bloque sin numerar',
  'languages.original.of': 'Original del {paragraph}',
  'languages.original.changedNote': 'Cambios en el original desde que se tradujo:',
  'languages.original.region':
    'El original en {language, select, ar {árabe} zh {chino} en {inglés} fr {francés} ru {ruso} es {español} other {{language}}}, párrafo por párrafo',
  'languages.original.columnHead':
    'Original en {language, select, ar {árabe} zh {chino} en {inglés} fr {francés} ru {ruso} es {español} other {{language}}}',
  'languages.mark': 'Marcar como actualizado',
  'languages.marked': 'El {paragraph} se ha marcado como actualizado con respecto al original.',
  'languages.bar.versionOf':
    'Versión en {language, select, ar {árabe} zh {chino} en {inglés} fr {francés} ru {ruso} es {español} other {{language}}} de {title}',
  'languages.bar.version':
    'Versión en {language, select, ar {árabe} zh {chino} en {inglés} fr {francés} ru {ruso} es {español} other {{language}}}',
  'languages.bar.changed':
    '{count, plural, one {# párrafo cuyo original cambió} other {# párrafos cuyo original cambió}}',
  'languages.bar.showOriginal': 'Original junto al texto',
  'languages.bar.problem': 'No se puede mostrar el original junto al texto: {problem}',
  'languages.sync.missing':
    '{count, plural, one {El original tiene # párrafo que esta versión aún no tiene:} other {El original tiene # párrafos que esta versión aún no tiene:}}',
  'languages.sync.start': 'Añadirlos como',
  'languages.sync.hint':
    'Al mismo tiempo se eliminan de esta versión los párrafos que el original ya no tiene; su texto se conserva en el historial del párrafo.',
  'languages.sync.button': 'Añadir los párrafos nuevos del original',
  'languages.sync.done':
    '{added, plural, one {# párrafo añadido} other {# párrafos añadidos}}, {removed, plural, one {# eliminado} other {# eliminados}}.',
  'languages.threads.heading':
    '{count, plural, one {Comentario sobre este párrafo en otro idioma} other {Comentarios sobre este párrafo en otros idiomas}}',
  'languages.threads.open':
    'Abrir en la versión en {language, select, ar {árabe} zh {chino} en {inglés} fr {francés} ru {ruso} es {español} other {{language}}}',
  'languages.consult.choose': 'Idioma del texto',
  'languages.consult.note':
    'Los números de párrafo son los mismos en todos los idiomas. Sus comentarios se refieren al texto en el idioma en que lo lee.',
  'languages.consult.commentIn':
    'Sobre el texto en {language, select, ar {árabe} zh {chino} en {inglés} fr {francés} ru {ruso} es {español} other {{language}}}',
  'languages.refusal.notAnOriginal':
    'este documento es una versión lingüística de otro; cree las versiones lingüísticas a partir de su original',
  'languages.refusal.sameLanguage':
    'el documento ya está redactado en {language, select, ar {árabe} zh {chino} en {inglés} fr {francés} ru {ruso} es {español} other {{language}}}; elija otro idioma',
  'languages.refusal.exists':
    'este documento ya tiene una versión en {language, select, ar {árabe} zh {chino} en {inglés} fr {francés} ru {ruso} es {español} other {{language}}}; ábrala desde los idiomas del documento',
  'languages.refusal.paragraphMissing':
    'esta versión lingüística todavía no tiene ese párrafo; alinéela primero con el original',
  'languages.refusal.notAVersion':
    'este documento es un original; la alineación se consulta en una de sus versiones lingüísticas',
  'languages.refusal.originalHidden': 'el original de esta versión lingüística no está abierto para usted',
  'languages.refusal.originalGone': 'el original de esta versión lingüística ya no existe',
  'languages.refusal.threadsScope': 'languages debe ser all (valor predeterminado) o this',
  'languages.refusal.roundClosed':
    'esta ronda de consultas está cerrada; solo se pueden ofrecer idiomas hasta su cierre',
  'languages.refusal.roundSameLanguage':
    'la versión propia de la ronda de consultas ya está en {language, select, ar {árabe} zh {chino} en {inglés} fr {francés} ru {ruso} es {español} other {{language}}}; ofrezca otro idioma',
  'languages.refusal.noLanguageVersion':
    'este documento no tiene ninguna versión en {language, select, ar {árabe} zh {chino} en {inglés} fr {francés} ru {ruso} es {español} other {{language}}}; cree una primero desde los idiomas del documento',
  'languages.refusal.noSavedVersion':
    'la versión en {language, select, ar {árabe} zh {chino} en {inglés} fr {francés} ru {ruso} es {español} other {{language}}} no tiene ninguna versión guardada «{id}»; guarde una primero',
  'languages.refusal.alreadyOffered':
    'esta ronda de consultas ya ofrece una versión en {language, select, ar {árabe} zh {chino} en {inglés} fr {francés} ru {ruso} es {español} other {{language}}}; se seguirá ofreciendo',
  'languages.refusal.notOffered':
    'esta ronda de consultas no se ofrece en {language, select, ar {árabe} zh {chino} en {inglés} fr {francés} ru {ruso} es {español} other {{language}}}',
  'languages.refusal.ownLanguageOnly': 'esta ronda de consultas solo se ofrece en su propio idioma',
  'languages.refusal.invalidLanguage': 'el idioma debe ser uno de los siguientes: {languages}',
  'languages.refusal.offeredTwice': 'cada idioma solo puede ofrecerse una vez',
} satisfies Record<keyof typeof en, string>;
