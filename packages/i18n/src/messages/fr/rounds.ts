import type en from '../en/rounds.js';

export default {
  // L’état, les règles et les dates d’un cycle
  'rounds.state.scheduled': 'Programmé',
  'rounds.state.open': 'Ouvert',
  'rounds.state.closed': 'Clos',
  'rounds.rules.anyone': 'Toute personne inscrite peut participer.',
  'rounds.rules.listed': 'Seules les personnes de ces organisations peuvent participer : {organisations}.',
  'rounds.rules.listedNone': 'Seules les personnes des organisations listées peuvent participer.',
  'rounds.rules.immediate': 'Les commentaires sont publiés immédiatement.',
  'rounds.rules.afterModeration': 'Les commentaires sont publiés après modération.',
  'rounds.rules.both': '{participation} {moderation}',
  'rounds.times.opens': 'Ouverture',
  'rounds.times.closes': 'Clôture',
  'rounds.times.closedEarly': 'Clôture anticipée',
  'rounds.time.zone': '{name} ({offset})',

  // Groupes de parties prenantes
  'rounds.group.government': 'Gouvernement',
  'rounds.group.privateSector': 'Secteur privé',
  'rounds.group.civilSociety': 'Société civile',
  'rounds.group.technicalCommunity': 'Communauté technique',
  'rounds.group.intergovernmental': 'Organisation intergouvernementale',
  'rounds.group.academia': 'Milieu universitaire',

  // Suite donnée
  'rounds.disposition.accepted': 'Accepté',
  'rounds.disposition.partlyAccepted': 'Partiellement accepté',
  'rounds.disposition.notAccepted': 'Non accepté',
  'rounds.disposition.noted': 'Pris en note',
  'rounds.disposition.outOfScope': 'Hors sujet',
  'rounds.disposition.label': 'Suite donnée',
  'rounds.disposition.choose': 'Choisir…',
  'rounds.disposition.response': 'Réponse',
  'rounds.disposition.changed': 'Paragraphe modifié (facultatif)',
  'rounds.disposition.saved': '{disposition} — enregistré',

  // Formats du rapport
  'rounds.format.markdown': 'Markdown',
  'rounds.format.html': 'Page web (HTML)',
  'rounds.format.docx': 'Document Word (DOCX)',
  'rounds.format.csv': 'Tableur (CSV)',

  // Où porte un commentaire
  'rounds.anchor.general': 'Commentaire général',
  'rounds.anchor.passage': 'Passage du {paragraph}',
  'rounds.anchor.passageUnnumbered': 'Passage d’un paragraphe non numéroté',
  'rounds.anchor.unnumbered': 'Paragraphe non numéroté',
  'rounds.paragraph.option': '{paragraph} — {words}',
  'rounds.paragraph.empty': '(vide)',
  'rounds.reactions.counts': 'D’accord : {agree, number} · Pas d’accord : {disagree, number}',

  // La liste des cycles et la page d’un cycle
  'rounds.link.document': 'Ouvrir le document',
  'rounds.link.allRounds': 'Tous les cycles de consultation',
  'rounds.list.title': 'Cycles de consultation',
  'rounds.list.label': 'Cycles',
  'rounds.list.cannotShow': 'Impossible d’afficher les cycles',
  'rounds.list.coordinatorsOnly': 'Les cycles de consultation sont menés par les coordonnateurs',
  'rounds.list.askForLink': 'La page publique d’un cycle est ouverte à tous : demandez-en le lien à un coordonnateur.',
  'rounds.list.empty': 'Aucun cycle de consultation n’a encore été ouvert sur ce document.',
  'rounds.list.saveVersionFirst':
    'Un cycle porte sur une version figée : <link>enregistrez d’abord une version</link>.',
  'rounds.summary.onVersion': 'Sur la version « {name} »',
  'rounds.summary.onUnknownVersion': 'Sur une version enregistrée',
  'rounds.summary.publicPage': 'Page publique de « {title} »',
  'rounds.round.title': 'Cycle de consultation',
  'rounds.round.missing': 'Ce cycle n’existe pas',
  'rounds.round.cannotShow': 'Impossible d’afficher le cycle',
  'rounds.round.editorsOnly': 'Seuls les coordonnateurs et les rédacteurs travaillent sur un cycle',
  'rounds.round.otherDocument': 'Il appartient peut-être à un autre document.',
  'rounds.round.readPublic': 'Chacun peut consulter le cycle sur sa page publique.',
  'rounds.round.openPublic': 'Ouvrir la page publique',
  'rounds.overview.title': 'Vue d’ensemble',
  'rounds.overview.publicPage': 'Page publique',
  'rounds.overview.close': 'Clore le cycle maintenant',
  'rounds.overview.closing': 'Clôture…',
  'rounds.overview.confirmClose':
    'Clore « {title} » maintenant ? Plus personne ne pourra commenter ni réagir une fois le cycle clos.',

  // Ouvrir un cycle
  'rounds.open.title': 'Ouvrir un cycle de consultation',
  'rounds.open.version': 'Version',
  'rounds.open.roundTitle': 'Titre',
  'rounds.open.introduction': 'Introduction',
  'rounds.open.participation': 'Participation',
  'rounds.open.anyone': 'Toute personne inscrite',
  'rounds.open.listed': 'Uniquement les organisations listées',
  'rounds.open.organisations': 'Organisations',
  'rounds.open.organisationsHint': 'Une organisation par ligne.',
  'rounds.open.moderation': 'Modération',
  'rounds.open.immediate': 'Publier les commentaires immédiatement',
  'rounds.open.afterModeration': 'Publier les commentaires après modération',
  'rounds.open.submit': 'Ouvrir le cycle',
  'rounds.open.opening': 'Ouverture…',
  'rounds.open.done':
    '{state, select, scheduled {« {title} » est programmé : il figure ci-dessus avec sa page publique.} open {« {title} » est ouvert : il figure ci-dessus avec sa page publique.} other {« {title} » est clos : il figure ci-dessus avec sa page publique.}}',

  // Modération
  'rounds.moderation.title': 'Modération',
  'rounds.moderation.cannotShow': 'Impossible d’afficher la file de modération',
  'rounds.moderation.frozen':
    'Le rapport sur les réponses aux commentaires est publié avec la version révisée : les commentaires ne peuvent plus être signalés, masqués ni rétablis.',
  'rounds.moderation.filters': 'Afficher les commentaires',
  'rounds.moderation.filter.pending': 'En attente ({count, number})',
  'rounds.moderation.filter.flagged': 'Signalés ({count, number})',
  'rounds.moderation.filter.hidden': 'Masqués ({count, number})',
  'rounds.moderation.filter.published': 'Publiés ({count, number})',
  'rounds.moderation.empty': 'Aucun commentaire ici.',
  'rounds.moderation.status':
    '{status, select, pending {{flagged, select, yes {En attente, signalé} other {En attente}}} hidden {{flagged, select, yes {Masqué, signalé} other {Masqué}}} other {{flagged, select, yes {Publié, signalé} other {Publié}}}}',
  'rounds.moderation.reason': 'Motif du masquage : {reason}',
  'rounds.moderation.flag': 'Signaler',
  'rounds.moderation.hide': 'Masquer',
  'rounds.moderation.restore': 'Rétablir',
  'rounds.moderation.publish': 'Publier',
  'rounds.moderation.reasonLabel': 'Motif du masquage',
  'rounds.moderation.noteLabel': 'Note (facultatif)',
  'rounds.moderation.hideSubmit': 'Masquer le commentaire',
  'rounds.moderation.flagSubmit': 'Signaler le commentaire',

  // Traitement d’un cycle clos
  'rounds.processing.title': 'Traitement',
  'rounds.processing.notYet': 'Le traitement commence à la clôture du cycle.',
  'rounds.processing.progress':
    '{total, plural, one {{processed, number} sur # commentaire traité} other {{processed, number} sur # commentaires traités}}',
  'rounds.processing.remaining':
    '{count, plural, one {# commentaire attend encore la suite à lui donner.} other {# commentaires attendent encore la suite à leur donner.}}',
  'rounds.processing.awaiting':
    '{count, plural, one {# commentaire attend la modération ; il sera traité une fois publié.} other {# commentaires attendent la modération ; ils seront traités une fois publiés.}}',
  'rounds.processing.onlyUnprocessed': 'N’afficher que les commentaires non traités',
  'rounds.processing.none': 'Aucun commentaire n’a été publié dans ce cycle.',
  'rounds.processing.general': 'Commentaires généraux',
  'rounds.processing.onParagraphs': 'Commentaires sur les paragraphes',
  'rounds.processing.commentsOn': 'Commentaires sur le {paragraph}',
  'rounds.processing.commentsOnUnnumbered': 'Commentaires sur un paragraphe non numéroté',
  'rounds.processing.asConsulted': '{paragraph} tel que soumis à consultation',
  'rounds.processing.asConsultedUnnumbered': 'Tel que soumis à consultation',
  'rounds.processing.now': 'Texte actuel',
  'rounds.processing.nowRenumbered': 'Texte actuel, devenu {paragraph}',
  'rounds.processing.deleted': 'Ce paragraphe a été supprimé depuis.',

  // Le rapport et la version révisée
  'rounds.report.title': 'Rapport',
  'rounds.report.what':
    'Le rapport sur les réponses aux commentaires, avec chaque commentaire publié, la suite que le groupe lui a donnée et sa réponse.',
  'rounds.revision.title': 'Publier la version révisée',
  'rounds.revision.what':
    'Enregistre le document en cours comme version, y rattache le rapport et rend le rapport public.',
  'rounds.revision.name': 'Nom',
  'rounds.revision.note': 'Note (facultatif)',
  'rounds.revision.defaultName': 'Version révisée',
  'rounds.revision.submit': 'Publier la version révisée',
  'rounds.revision.publishing': 'Publication…',
  'rounds.revision.region': 'Version révisée',
  'rounds.revision.published': 'Version révisée « {name} » publiée le {date}.',
  'rounds.revision.open': 'Ouvrir la version révisée',
  'rounds.revision.reportPublic': 'Le rapport est désormais public sur la <link>page publique</link> du cycle.',

  // La page publique d’un cycle
  'rounds.consult.kicker': 'Consultation publique',
  'rounds.consult.version': 'Sur {title}, tel que figé dans la version « {name} » du {date}.',
  'rounds.consult.cannotShow': 'Impossible d’afficher cette consultation',
  'rounds.status.opensOn': 'Cette consultation s’ouvre le {time}.',
  'rounds.status.openUntil': 'Ouverte jusqu’au {time}.',
  'rounds.status.closedOn': 'Cette consultation s’est close le {time}.',
  'rounds.status.closedEarly':
    'Cette consultation a été close de manière anticipée, le {time} ; les commentaires ne sont plus acceptés.',
  'rounds.consult.you':
    '{closed, select, yes {Vous participez en tant que {name}. La consultation n’accepte plus de commentaires.} other {Vous participez en tant que {name}.}}',
  'rounds.consult.youGroupOnly':
    '{closed, select, yes {Vous participez en tant que {name} (vos commentaires n’indiquent que votre groupe de parties prenantes). La consultation n’accepte plus de commentaires.} other {Vous participez en tant que {name} (vos commentaires n’indiquent que votre groupe de parties prenantes).}}',
  'rounds.consult.textTitle': 'Le texte soumis à consultation',
  'rounds.consult.selectHint': 'Sélectionnez des mots dans un paragraphe pour commenter ce passage.',
  'rounds.consult.generalTitle': 'Commentaires généraux',
  'rounds.consult.noGeneral': 'Aucun commentaire général pour l’instant.',
  'rounds.consult.yourGeneralComment': 'Votre commentaire général sur l’ensemble du texte',
  'rounds.consult.commentOn': 'Commenter le {paragraph}',
  'rounds.consult.yourCommentOn': 'Votre commentaire sur le {paragraph}',
  'rounds.consult.yourCommentOnPassage': 'Votre commentaire sur ce passage du {paragraph}',
  'rounds.consult.commentsOn': 'Commentaires sur le {paragraph}',
  'rounds.consult.commentsOnPassage': 'Commentaires sur ce passage',
  'rounds.consult.selectedPassage': 'Passage sélectionné',
  'rounds.consult.quote': '« {quote} »',
  'rounds.consult.commentOnPassage': 'Commenter ce passage',
  'rounds.consult.asConsulted': 'Tel que soumis à consultation :',
  'rounds.reactions.agree': 'D’accord',
  'rounds.reactions.disagree': 'Pas d’accord',
  'rounds.reactions.yourView': 'Votre avis sur le {paragraph}',

  // S’inscrire et confirmer
  'rounds.register.title': 'Participer',
  'rounds.register.lead':
    'Inscrivez-vous pour approuver ou désapprouver des paragraphes et pour les commenter. Aucun compte n’est nécessaire : nous vous envoyons un lien pour confirmer votre adresse électronique.',
  'rounds.register.listed':
    'Seules les personnes de ces organisations peuvent participer à cette consultation. Indiquez l’une d’elles comme affiliation :',
  'rounds.register.name': 'Nom',
  'rounds.register.email': 'Adresse électronique',
  'rounds.register.emailHint':
    'Nous vous envoyons un lien pour la confirmer ; vos commentaires comptent dès que vous l’ouvrez. Elle n’est jamais affichée.',
  'rounds.register.group': 'Groupe de parties prenantes',
  'rounds.register.chooseGroup': 'Choisissez votre groupe…',
  'rounds.register.country': 'Pays',
  'rounds.register.chooseCountry': 'Choisissez votre pays…',
  'rounds.register.affiliation': 'Affiliation (facultatif)',
  'rounds.register.affiliationListed': 'Affiliation (l’une des organisations listées ci-dessus)',
  'rounds.register.affiliationHint': 'Seules les organisations listées ci-dessus peuvent participer.',
  'rounds.register.appear': 'Comment vous apparaissez avec vos commentaires',
  'rounds.register.showAll': 'Afficher mon nom, mon groupe et mon pays avec mes commentaires',
  'rounds.register.showGroup': 'N’afficher que mon groupe de parties prenantes',
  'rounds.register.submit': 'S’inscrire',
  'rounds.register.registering': 'Inscription…',
  'rounds.register.chooseGroupError': 'choisissez votre groupe de parties prenantes',
  'rounds.register.chooseCountryError': 'choisissez votre pays',
  'rounds.register.affiliationError': 'indiquez l’organisation pour laquelle vous participez',
  'rounds.confirm.pending':
    'Consultez votre messagerie et ouvrez le lien que nous vous avons envoyé pour confirmer votre adresse électronique. D’ici là, vos commentaires sont retenus et vos avis (« d’accord » ou « pas d’accord ») ne sont pas comptés.',
  'rounds.confirm.done': 'Votre adresse électronique est confirmée : vos commentaires et vos avis comptent désormais.',
  'rounds.confirm.confirming': 'Confirmation de votre adresse électronique…',
  'rounds.confirm.failed': 'Votre adresse électronique n’a pas pu être confirmée : {reason}',

  // Rédiger un commentaire
  'rounds.comment.send': 'Envoyer le commentaire',
  'rounds.comment.sending': 'Envoi…',
  'rounds.comment.empty': 'Rédigez votre commentaire avant de l’envoyer.',
  'rounds.comment.tooLong': 'Le commentaire ne doit pas dépasser 5 000 caractères.',
  'rounds.comment.pending': 'Merci — votre commentaire apparaîtra après examen par un coordonnateur.',
  'rounds.comment.published': 'Merci — votre commentaire est publié.',
  'rounds.comment.held':
    'Merci — votre commentaire comptera dès que vous aurez confirmé votre adresse électronique à l’aide du lien que nous vous avons envoyé.',
  'rounds.comment.yours': 'Votre commentaire',
  'rounds.refusal.waitSeconds':
    '{count, plural, one {Vous pourrez réessayer dans # seconde.} other {Vous pourrez réessayer dans # secondes.}}',
  'rounds.refusal.waitMinutes':
    '{count, plural, one {Vous pourrez réessayer dans # minute.} other {Vous pourrez réessayer dans # minutes.}}',
  'rounds.refusal.ended': '{refusal}.',
  'rounds.refusal.withWait': '{refusal} {wait}',

  // Le résultat, une fois la version révisée publiée
  'rounds.consult.outcome': 'Résultat',
  'rounds.consult.revisionPublished':
    'La version révisée « {name} » a été publiée le {date}. Lisez le rapport sur les réponses aux commentaires :',
  'rounds.consult.readRevised':
    '{count, plural, =0 {Lire le texte révisé (aucun paragraphe modifié)} one {Lire le texte révisé (# paragraphe modifié)} other {Lire le texte révisé (# paragraphes modifiés)}}',
  'rounds.consult.answer': 'Réponse du groupe : {disposition}',
  'rounds.consult.removed': 'Supprimé de la version révisée « {name} ».',
  'rounds.consult.unchanged': 'Inchangé dans la version révisée.',
  'rounds.consult.unchangedRenumbered': 'Inchangé dans la version révisée (désormais {paragraph}).',
  'rounds.consult.nowIn': 'Désormais, dans « {name} » :',
  'rounds.consult.nowInRenumbered': 'Désormais, dans « {name} » ({paragraph}) :',
} satisfies Record<keyof typeof en, string>;
