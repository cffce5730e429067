import type en from '../en/common.js';

export default {
  'common.appName': 'Accord',
  'common.save': 'Enregistrer',
  'common.saving': 'Enregistrement…',
  'common.cancel': 'Annuler',
  'common.close': 'Fermer',
  'common.delete': 'Supprimer',
  'common.edit': 'Modifier',
  'common.tryAgain': 'Réessayer',
  'common.loading': 'Chargement…',
  'common.no': 'Non',
  'common.copy': 'Copier',
  'common.filter': 'Filtrer',
  'common.none': 'Aucun',
  'common.justNow': 'à l’instant',
  'common.chooseLanguage': 'Langue de l’interface',
  'common.timeZone': 'Les heures sont indiquées en {zone}.',
  'common.paragraph': '¶{number}',
  'common.paragraphLong': 'Paragraphe {number}',
  'common.unreachable': 'Impossible de joindre Accord. Vérifiez votre connexion et réessayez.',
  'common.tooManyAttempts':
    'Trop de tentatives : réessayez dans {seconds, plural, one {# seconde} other {# secondes}}.',
  'common.tooManyAttemptsMinute': 'Trop de tentatives : réessayez dans une minute.',
} satisfies Record<keyof typeof en, string>;
