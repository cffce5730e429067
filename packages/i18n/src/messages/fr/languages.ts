import type en from '../en/languages.js';

export default {
  'languages.round.heading': 'Langues du texte',
  'languages.round.openPublic':
    'Page publique en {language, select, ar {arabe} zh {chinois} en {anglais} fr {français} ru {russe} es {espagnol} other {{language}}}',
  'languages.round.offered':
    'Le cycle est désormais proposé aussi en {language, select, ar {arabe} zh {chinois} en {anglais} fr {français} ru {russe} es {espagnol} other {{language}}}.',
  'languages.round.offerHeading': 'Proposer une autre langue',
  'languages.round.offerHint':
    'Les participants choisissent la langue dans laquelle ils lisent ; les numéros de paragraphe sont les mêmes dans toutes les langues, et les commentaires sur un même paragraphe sont traités ensemble.',
  'languages.round.offerLanguage': 'Version linguistique',
  'languages.round.offerVersion': 'Version enregistrée',
  'languages.round.noneSaved':
    'La version {language, select, ar {arabe} zh {chinoise} en {anglaise} fr {française} ru {russe} es {espagnole} other {{language}}} n’a pas encore de version enregistrée. <link>Enregistrez-en une sur sa page des versions</link>, puis proposez-la ici.',
  'languages.round.offerSubmit': 'Proposer cette langue',
  'languages.name':
    '{language, select, ar {arabe} zh {chinois} en {anglais} fr {français} ru {russe} es {espagnol} other {{language}}}',
  'languages.menu.button': 'Langue : {name}',
  'languages.menu.label': 'Langues de ce document',
  'languages.family.original': 'original',
  'languages.family.progress':
    '{translated, plural, one {# paragraphe traduit} other {# paragraphes traduits}} sur {total, number}',
  'languages.family.none': 'Ce document n’a pas encore de version linguistique.',
  'languages.create.heading': 'Nouvelle version linguistique',
  'languages.create.language': 'Langue',
  'languages.create.start': 'Point de départ',
  'languages.create.startOriginal': 'Le texte de l’original, à remplacer par la traduction',
  'languages.create.startEmpty': 'Des paragraphes vides',
  'languages.create.submit': 'Créer la version linguistique',
  'languages.create.creating': 'Création…',
  'languages.create.noneLeft': 'Ce document existe déjà dans toutes les langues.',
  'languages.status.translated': 'Traduit',
  'languages.status.originalChanged': 'Original modifié depuis la traduction',
  'languages.status.untranslated': 'Pas encore traduit',
  'languages.status.missing': 'Manquant : ajouté à l’original',
  'languages.original.unnumbered': 'Bloc non numéroté',
  'languages.original.of': 'Original du {paragraph}',
  'languages.original.changedNote': 'Modifications de l’original depuis la traduction :',
  'languages.original.region':
    'L’original en {language, select, ar {arabe} zh {chinois} en {anglais} fr {français} ru {russe} es {espagnol} other {{language}}}, paragraphe par paragraphe',
  'languages.original.columnHead':
    'Original en {language, select, ar {arabe} zh {chinois} en {anglais} fr {français} ru {russe} es {espagnol} other {{language}}}',
  'languages.mark': 'Marquer comme à jour',
  'languages.marked': '{paragraph} est marqué comme à jour par rapport à l’original.',
  'languages.bar.versionOf':
    'Version {language, select, ar {arabe} zh {chinoise} en {anglaise} fr {française} ru {russe} es {espagnole} other {{language}}} de {title}',
  'languages.bar.version':
    'Version {language, select, ar {arabe} zh {chinoise} en {anglaise} fr {française} ru {russe} es {espagnole} other {{language}}}',
  'languages.bar.changed':
    '{count, plural, one {# paragraphe dont l’original a changé} other {# paragraphes dont l’original a changé}}',
  'languages.bar.showOriginal': 'Original en regard du texte',
  'languages.bar.problem': 'Impossible d’afficher l’original en regard du texte : {problem}',
  'languages.sync.missing':
    '{count, plural, one {L’original compte # paragraphe que cette version n’a pas encore :} other {L’original compte # paragraphes que cette version n’a pas encore :}}',
  'languages.sync.start': 'Forme des paragraphes ajoutés',
  'languages.sync.hint':
    'Les paragraphes que l’original ne comporte plus sont retirés de cette version en même temps ; leur texte reste dans l’historique du paragraphe.',
  'languages.sync.button': 'Reprendre les nouveaux paragraphes de l’original',
  'languages.sync.done':
    '{added, plural, one {# paragraphe ajouté} other {# paragraphes ajoutés}}, {removed, plural, one {# retiré} other {# retirés}}.',
  'languages.threads.heading':
    '{count, plural, one {Commentaire sur ce paragraphe dans une autre langue} other {Commentaires sur ce paragraphe dans d’autres langues}}',
  'languages.threads.open':
    'Ouvrir dans la version {language, select, ar {arabe} zh {chinoise} en {anglaise} fr {française} ru {russe} es {espagnole} other {{language}}}',
  'languages.consult.choose': 'Langue du texte',
  'languages.consult.note':
    'Les numéros de paragraphe sont les mêmes dans toutes les langues. Vos commentaires portent sur le texte dans la langue où vous le lisez.',
  'languages.consult.commentIn':
    'Sur le texte {language, select, ar {arabe} zh {chinois} en {anglais} fr {français} ru {russe} es {espagnol} other {{language}}}',
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
