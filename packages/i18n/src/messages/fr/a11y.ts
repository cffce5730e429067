import type en from '../en/a11y.js';

export default {
  'a11y.skipToContent': 'Aller au contenu',
  'a11y.announce.commented': '{name} a commenté le {paragraph}',
  'a11y.announce.commentedDocument': '{name} a commenté le document',
  'a11y.announce.replied': '{name} a répondu à un commentaire sur le {paragraph}',
  'a11y.announce.repliedDocument': '{name} a répondu à un commentaire sur le document',
  'a11y.announce.comments': '{count, plural, one {# nouveau commentaire} other {# nouveaux commentaires}}',
  'a11y.announce.joined': '{name} a rejoint le document',
  'a11y.announce.left': '{name} a quitté le document',
  'a11y.announce.joinedMany':
    '{count, plural, one {# personne a rejoint le document} other {# personnes ont rejoint le document}}',
  'a11y.announce.leftMany':
    '{count, plural, one {# personne a quitté le document} other {# personnes ont quitté le document}}',
  'a11y.where.outside': 'Le curseur ne se trouve dans aucun paragraphe du texte.',
  'a11y.shortcuts.button': 'Raccourcis clavier',
  'a11y.shortcuts.title': 'Raccourcis clavier',
  'a11y.shortcuts.comment': 'Commenter la sélection, ou le paragraphe où se trouve le curseur',
  'a11y.shortcuts.panel': 'Ouvrir le statut et les positions du paragraphe où se trouve le curseur',
  'a11y.shortcuts.where': 'Entendre le numéro et le statut du paragraphe où se trouve le curseur',
  'a11y.shortcuts.nextParagraph': 'Aller au début du paragraphe suivant',
  'a11y.shortcuts.previousParagraph': 'Aller au début du paragraphe précédent',
  'a11y.shortcuts.escape': 'Fermer le panneau ouvert et revenir là où vous étiez',
} satisfies Record<keyof typeof en, string>;
