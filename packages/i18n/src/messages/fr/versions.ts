import type en from '../en/versions.js';

export default {
  // La liste des versions
  'versions.list.title': 'Versions',
  'versions.list.cannotShow': 'Impossible d’afficher les versions',
  'versions.list.origin': 'Ce document a été créé à partir de <link>« {name} »</link>.',
  'versions.list.empty': 'Aucune version n’a encore été enregistrée.',
  'versions.list.saved': '— {when}, {name}',
  'versions.list.openRound': 'Ouvrir un cycle de consultation',
  'versions.list.openRoundOn': 'Ouvrir un cycle de consultation sur « {name} »',
  'versions.link.live': 'Ouvrir le document en cours',
  'versions.link.all': 'Toutes les versions',
  'versions.link.compareLive': 'Comparer avec le document en cours',

  // Enregistrer une version
  'versions.save.form': 'Enregistrer une version',
  'versions.save.title': 'Enregistrer le document en cours comme version',
  'versions.save.hint':
    'Une version est figée : les modifications ultérieures ne la changent jamais. Nommez-la d’après son usage, par exemple « Projet pour consultation publique ».',
  'versions.save.name': 'Nom',
  'versions.save.note': 'Note (facultatif)',
  'versions.save.placeholder': 'Projet pour consultation publique',
  'versions.save.submit': 'Enregistrer la version',

  // Une version
  'versions.version.title': 'Version',
  'versions.version.cannotShow': 'Impossible d’afficher cette version',
  'versions.version.download': 'Télécharger :',
  'versions.version.caption': 'Version « {name} », enregistrée le {when} par {person}. Lecture seule.',
  'versions.revisionOf':
    'La version révisée à l’issue de la consultation « {title} ». Rapport sur les réponses aux commentaires : {links}',
  'versions.draft.start': 'Commencer un nouveau projet à partir de cette version',
  'versions.draft.starting': 'Création…',
  'versions.draft.hint': 'Un nouveau document est créé ; celui-ci et son historique restent tels quels.',
  'versions.status.drafting': 'En rédaction',
  'versions.status.underDiscussion': 'En discussion',
  'versions.status.contested': 'Contesté',
  'versions.status.agreedAdRef': 'Approuvé ad referendum',
  'versions.status.agreed': 'Approuvé',

  // Rétablir le document en cours
  'versions.reset.start': 'Rétablir le document en cours à cette version',
  'versions.reset.why': 'Répare un document qui ne s’affiche plus ou ne s’enregistre plus correctement.',
  'versions.reset.confirm': 'Rétablir le document en cours à « {name} » ?',
  'versions.reset.what':
    'Le texte de chacun devient celui de cette version, immédiatement, y compris pour les personnes en train de modifier. Les changements faits depuis son enregistrement quittent le document en cours (enregistrez d’abord une version pour les conserver) ; le contenu qu’Accord ne peut pas afficher est supprimé. Les paragraphes gardent leur identité : commentaires et statuts leur restent attachés. Le rétablissement est consigné dans le journal d’audit.',
  'versions.reset.submit': 'Rétablir le document en cours',
  'versions.reset.resetting': 'Rétablissement…',
  'versions.reset.done':
    'Le document en cours reprend la version « {name} » ({written, plural, one {# bloc réécrit} other {# blocs réécrits}}, {kept, number} inchangés, {removed, number} supprimés).',

  // Comparer
  'versions.compare.title': 'Comparer',
  'versions.compare.pageTitle': 'Comparer les versions',
  'versions.compare.cannotShow': 'Impossible d’afficher la comparaison',
  'versions.compare.from': 'De',
  'versions.compare.to': 'À',
  'versions.compare.live': 'Document en cours',
  'versions.compare.submit': 'Comparer',
  'versions.compare.summary':
    '{from, select, live {{to, select, live {Du document en cours au document en cours : {summary}.} other {Du document en cours à « {toName} » : {summary}.}}} other {{to, select, live {De « {fromName} » au document en cours : {summary}.} other {De « {fromName} » à « {toName} » : {summary}.}}}}',
  'versions.compare.noDifferences': 'aucune différence',
  'versions.count.changed': '{count, plural, one {# modifié} other {# modifiés}}',
  'versions.count.moved': '{count, plural, one {# déplacé} other {# déplacés}}',
  'versions.count.added': '{count, plural, one {# ajouté} other {# ajoutés}}',
  'versions.count.removed': '{count, plural, one {# supprimé} other {# supprimés}}',
  'versions.kind.added': 'Ajouté',
  'versions.kind.removed': 'Supprimé',
  'versions.kind.moved': 'Déplacé',
  'versions.kind.changed': 'Modifié',
  'versions.kind.changedAndMoved': 'Modifié et déplacé',
  'versions.kind.unchanged': 'Inchangé',
  'versions.kind.splitFrom': '(issu de la scission du paragraphe précédent)',
  'versions.number.new': 'nouveau',
  'versions.number.newAt': 'nouveau ¶{number}',
  'versions.number.removed': 'supprimé',
  'versions.number.was': 'ancien ¶{number}',
  'versions.number.moved': '¶{from} → {to}',

  // Modifications et crochets dans le texte figé
  'versions.changeLegend': 'Les mots ajoutés sont soulignés, les mots supprimés sont barrés.',
  'versions.diff.added': 'ajouté',
  'versions.diff.removed': 'supprimé',
  'versions.bracket.label': 'entre crochets : non approuvé',
  'versions.bracket.title': 'Entre crochets : non approuvé',
  'versions.alternatives.label': 'Variantes proposées pour le texte entre crochets',
  'versions.alternatives.to': 'Variantes de {bracketed} : {alternatives}',
  'versions.alternatives.list': 'Variantes : {alternatives}',
  'versions.alternatives.number': 'Variante {number}',
} satisfies Record<keyof typeof en, string>;
