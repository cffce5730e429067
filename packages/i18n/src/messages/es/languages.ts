import type en from '../en/languages.js';

export default {
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
