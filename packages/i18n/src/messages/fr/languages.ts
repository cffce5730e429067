import type en from '../en/languages.js';

export default {
  'languages.refusal.notAnOriginal':
    'ce document est la version linguistique d’un autre document ; créez les versions linguistiques à partir de son original',
  'languages.refusal.sameLanguage':
    'le document est déjà rédigé en {language, select, ar {arabe} zh {chinois} en {anglais} fr {français} ru {russe} es {espagnol} other {{language}}} ; choisissez une autre langue',
  'languages.refusal.exists':
    'ce document a déjà une version en {language, select, ar {arabe} zh {chinois} en {anglais} fr {français} ru {russe} es {espagnol} other {{language}}} ; ouvrez-la depuis les langues du document',
  'languages.refusal.paragraphMissing':
    'cette version linguistique ne comporte pas encore ce paragraphe ; alignez-la d’abord sur l’original',
  'languages.refusal.notAVersion':
    'ce document est un original ; l’alignement se consulte sur l’une de ses versions linguistiques',
  'languages.refusal.originalHidden': 'l’original de cette version linguistique ne vous est pas accessible',
  'languages.refusal.originalGone': 'l’original de cette version linguistique n’existe plus',
  'languages.refusal.threadsScope': 'languages doit valoir all (par défaut) ou this',
  'languages.refusal.roundClosed':
    'ce cycle de consultation est clos ; des langues ne peuvent être proposées que jusqu’à sa clôture',
  'languages.refusal.roundSameLanguage':
    'la version propre au cycle de consultation est déjà en {language, select, ar {arabe} zh {chinois} en {anglais} fr {français} ru {russe} es {espagnol} other {{language}}} ; proposez une autre langue',
  'languages.refusal.noLanguageVersion':
    'ce document n’a pas de version en {language, select, ar {arabe} zh {chinois} en {anglais} fr {français} ru {russe} es {espagnol} other {{language}}} ; créez-en une d’abord depuis les langues du document',
  'languages.refusal.noSavedVersion':
    'la version en {language, select, ar {arabe} zh {chinois} en {anglais} fr {français} ru {russe} es {espagnol} other {{language}}} n’a pas de version enregistrée « {id} » ; enregistrez-en une d’abord',
  'languages.refusal.alreadyOffered':
    'ce cycle de consultation propose déjà une version en {language, select, ar {arabe} zh {chinois} en {anglais} fr {français} ru {russe} es {espagnol} other {{language}}} ; elle reste proposée',
  'languages.refusal.notOffered':
    'ce cycle de consultation n’est pas proposé en {language, select, ar {arabe} zh {chinois} en {anglais} fr {français} ru {russe} es {espagnol} other {{language}}}',
  'languages.refusal.ownLanguageOnly': 'ce cycle de consultation n’est proposé que dans sa propre langue',
  'languages.refusal.invalidLanguage': 'la langue doit être l’une des suivantes : {languages}',
  'languages.refusal.offeredTwice': 'chaque langue ne peut être proposée qu’une seule fois',
} satisfies Record<keyof typeof en, string>;
