import type en from '../en/errors.js';

export default {
  'errors.http.noRoute': 'aucune route d’API {method} {path}',
  'errors.http.bodyTooLarge': 'le corps de la requête dépasse 1 Mio',
  'errors.http.notJson': 'envoyez le corps en JSON avec l’en-tête Content-Type: application/json',
  'errors.http.invalidJson': 'le corps de la requête n’est pas du JSON valide',
  'errors.http.invalidBody': 'le corps de la requête est invalide : {issues}',
  'errors.http.issue': '{path} : {message}',
  'errors.http.issueSeparator': ' ; ',
  'errors.http.internal': 'le serveur n’a pas pu répondre à cette requête ; le journal en donne la raison',
  'errors.http.foreignOrigin':
    'les requêtes provenant de {origin} ne sont pas acceptées ; utilisez Accord à sa propre adresse',
  'errors.http.csrfToken':
    'il manque à la requête le jeton de sécurité de cette session (X-CSRF-Token) ; rechargez la page et réessayez',
  'errors.http.invalidToken':
    'le jeton d’accès (bearer) est invalide ou révoqué ; créez-en un nouveau avec `accord token`',
  'errors.http.format': 'le format doit être l’un des suivants : {formats}',
  'errors.http.versionQuery': 'indiquez {name}= avec l’identifiant d’une version ou « live »',
  'errors.http.versionQueryInvalid': '{name} doit être l’identifiant d’une version ou « live »',
  'errors.http.auditQuery': 'after doit être un numéro de séquence et limit un nombre de 1 à 1000',
  'errors.http.suggestionsQuery': 'suggestions doit valoir base (par défaut) ou include',

  'errors.limit.requests': 'trop de requêtes depuis votre adresse ; réessayez dans {seconds} s',
  'errors.limit.signIns': 'trop de tentatives de connexion ; réessayez dans {seconds} s',
  'errors.limit.registrations': 'trop d’inscriptions depuis cette adresse ; réessayez dans {seconds} s',
  'errors.limit.commentsFromAddress': 'trop de commentaires depuis cette adresse ; réessayez dans {seconds} s',
  'errors.limit.commentsFromYou': 'vous avez envoyé trop de commentaires ; réessayez dans {seconds} s',
  'errors.limit.reactions': 'trop de réactions depuis cette adresse ; réessayez dans {seconds} s',
  'errors.limit.codeRequestsFromAddress': 'trop de demandes de code depuis cette adresse ; réessayez dans {seconds} s',
  'errors.limit.codeRequestsForEmail':
    'trop de demandes de code pour cette adresse électronique ; réessayez dans {seconds} s',
  'errors.limit.codeAttempts': 'trop de tentatives pour cette adresse électronique ; réessayez dans {seconds} s',
  'errors.limit.upload': 'la contribution dépasse {size} Mo ; envoyez un fichier plus petit',

  'errors.auth.signIn': 'connectez-vous d’abord',
  'errors.auth.wrongPassword': 'l’adresse électronique ou le mot de passe est erroné',
  'errors.forbidden':
    '{role, select, secretariat {le secrétariat ne peut pas {action}} coordinator {les coordonnateurs ne peuvent pas {action}} member {les membres ne peuvent pas {action}} contributor {les contributeurs ne peuvent pas {action}} observer {les observateurs ne peuvent pas {action}} other {vous ne pouvez pas {action} avec votre rôle}}',
  'errors.forbidden.othersComment':
    '{change, select, edit {vous ne pouvez pas modifier le commentaire de quelqu’un d’autre ; seul son auteur le peut} other {vous ne pouvez pas supprimer le commentaire de quelqu’un d’autre ; seul son auteur le peut}}',
  'errors.forbidden.othersThread':
    '{role, select, secretariat {le secrétariat ne peut pas résoudre ni rouvrir le fil de discussion de quelqu’un d’autre ; son auteur, les coordonnateurs et le secrétariat le peuvent} coordinator {les coordonnateurs ne peuvent pas résoudre ni rouvrir le fil de discussion de quelqu’un d’autre ; son auteur, les coordonnateurs et le secrétariat le peuvent} member {les membres ne peuvent pas résoudre ni rouvrir le fil de discussion de quelqu’un d’autre ; son auteur, les coordonnateurs et le secrétariat le peuvent} contributor {les contributeurs ne peuvent pas résoudre ni rouvrir le fil de discussion de quelqu’un d’autre ; son auteur, les coordonnateurs et le secrétariat le peuvent} observer {les observateurs ne peuvent pas résoudre ni rouvrir le fil de discussion de quelqu’un d’autre ; son auteur, les coordonnateurs et le secrétariat le peuvent} other {vous ne pouvez pas résoudre ni rouvrir le fil de discussion de quelqu’un d’autre ; son auteur, les coordonnateurs et le secrétariat le peuvent}}',
  'errors.action.workspace.read': 'ouvrir cet espace de travail',
  'errors.action.document.read': 'lire ce document',
  'errors.action.document.create': 'créer des documents ici',
  'errors.action.document.audience': 'restreindre l’accès à ce document',
  'errors.action.document.edit': 'modifier ce document',
  'errors.action.document.reset': 'rétablir ce document à une version enregistrée',
  'errors.action.document.suggest': 'suggérer des modifications à ce document',
  'errors.action.suggestion.decide': 'accepter ou rejeter des suggestions',
  'errors.action.comment.create': 'commenter ce document',
  'errors.action.comment.moderate': 'modérer les commentaires ici',
  'errors.action.contribution.submit': 'soumettre des contributions ici',
  'errors.action.position.record': 'exprimer des positions sur ce document',
  'errors.action.status.propose': 'proposer un statut pour les paragraphes',
  'errors.action.status.set': 'fixer le statut des paragraphes',
  'errors.action.bracket.alternative': 'proposer des variantes au texte entre crochets',
  'errors.action.bracket.resolve': 'lever les crochets',
  'errors.action.version.create': 'publier des versions de ce document',
  'errors.action.round.manage': 'ouvrir ou clore des cycles de consultation',
  'errors.action.call.manage': 'lancer des appels à contributions',
  'errors.action.compilation.edit': 'intégrer des contributions dans ce document',
  'errors.action.endorsement.manage': 'soumettre des versions à une procédure d’approbation tacite',
  'errors.action.translation.manage':
    'créer des versions linguistiques d’un document et les proposer lors des consultations',
  'errors.action.endorsement.object': 'rompre le silence sur une version',
  'errors.action.round.respond': 'répondre aux commentaires d’une consultation',
  'errors.action.people.read': 'voir les personnes de cet espace de travail',
  'errors.action.people.manage': 'gérer les personnes de cet espace de travail',
  'errors.action.role.change': 'modifier les rôles dans cet espace de travail',
  'errors.action.audit.read': 'consulter le journal d’audit',

  'errors.notFound.workspace': 'aucun espace de travail « {id} »',
  'errors.notFound.document': 'aucun document « {id} »',
  'errors.notFound.bracket': 'aucun crochet « {id} »',
  'errors.notFound.call': 'aucun appel « {id} »',
  'errors.notFound.comment': 'aucun commentaire « {id} »',
  'errors.notFound.commentThread': 'aucun fil de discussion « {id} »',
  'errors.notFound.contribution': 'aucune contribution « {id} »',
  'errors.notFound.invitation': 'aucune invitation « {id} »',
  'errors.notFound.paragraph': 'aucun paragraphe « {id} »',
  'errors.notFound.person': 'aucune personne « {id} »',
  'errors.notFound.publishedVersion': 'aucune version publiée « {id} »',
  'errors.notFound.round': 'aucun cycle de consultation « {id} »',
  'errors.notFound.silenceProcedure': 'aucune procédure d’approbation tacite « {id} »',
  'errors.notFound.suggestion': 'aucune suggestion « {id} »',
  'errors.notFound.version': 'aucune version « {id} »',
  'errors.notFound.versionOfDocument':
    'ce document n’a pas de version « {id} » ; la liste est donnée par GET /api/documents/:id/versions',
  'errors.notFound.versionSaveFirst': 'ce document n’a pas de version « {id} » ; enregistrez-en une d’abord',
  'errors.notFound.procedure':
    'aucune procédure d’approbation tacite « {id} » ; la liste est donnée par GET /api/documents/:id/endorsements',
  'errors.notFound.personHere': 'aucune personne « {id} » dans cet espace de travail',
  'errors.notFound.token': 'aucun jeton actif de ce type ; il a peut-être déjà été révoqué',
  'errors.notFound.pendingInvitation':
    'aucune invitation en attente portant cet identifiant dans cet espace de travail (elle a peut-être été acceptée, révoquée ou a expiré)',

  'errors.identity.emailTaken': 'une personne ayant l’adresse électronique {email} existe déjà',
  'errors.identity.groupExists': 'le groupe de parties prenantes {id} existe déjà',
  'errors.identity.unknownGroup': 'groupe de parties prenantes {id} inconnu ; groupes connus : {known}',
  'errors.identity.passwordTooShort': 'un mot de passe doit compter au moins {min} caractères',
  'errors.identity.passwordTooLong': 'un mot de passe doit compter au plus {max} caractères',
  'errors.identity.lastSecretariat':
    'cette personne est le seul membre du secrétariat de l’espace de travail ; confiez d’abord ce rôle à quelqu’un d’autre',
  'errors.identity.roleRequired':
    'le corps de la requête est invalide : un rôle est requis pour ajouter quelqu’un à un espace de travail',
  'errors.identity.audienceOutsiders': 'un public se compose des personnes de l’espace de travail : {issues}',
  'errors.invitation.gone':
    'ce lien d’invitation est invalide, déjà utilisé, révoqué ou expiré ; demandez-en un nouveau au secrétariat',
  'errors.invitation.signInFirst':
    'cette invitation est destinée à {email}, qui possède un compte Accord : connectez-vous d’abord avec ce compte, puis acceptez',
  'errors.invitation.wrongPerson':
    'cette invitation est destinée à {email} ; vous êtes connecté sous une autre identité : déconnectez-vous, connectez-vous en tant que {email}, puis acceptez',
  'errors.invitation.detailsRequired':
    'pour créer votre compte, indiquez votre nom, votre groupe de parties prenantes et un mot de passe',

  'errors.comment.mentions': 'seules les personnes qui peuvent lire ce document peuvent être mentionnées : {issues}',
  'errors.comment.alreadyResolved': 'ce fil de discussion est déjà résolu ; rechargez pour voir qui l’a résolu',
  'errors.comment.alreadyOpen': 'ce fil de discussion est déjà ouvert',
  'errors.comment.notAuthor':
    '{change, select, edit {seul son auteur peut modifier un commentaire} other {seul son auteur peut supprimer un commentaire}}',
  'errors.comment.deleted': 'ce commentaire a été supprimé ; il ne peut plus être modifié',
  'errors.comment.anchorMalformed':
    'anchor.start et anchor.end doivent être des positions dans ce document, telles que les donne la sélection de l’éditeur',
  'errors.comment.anchorNotSynced':
    'le texte sélectionné comprend des modifications que le serveur n’a pas encore reçues ; attendez que vos modifications soient enregistrées, puis commentez à nouveau',
  'errors.comment.anchorGone': 'le texte sélectionné ne figure plus dans le document ; sélectionnez-le à nouveau',
  'errors.comment.anchorOtherBlock':
    'le passage doit se trouver à l’intérieur du bloc {blockId} ; commentez un paragraphe à la fois',
  'errors.comment.anchorCollapsed':
    'sélectionnez au moins un caractère pour commenter un passage, ou commentez le paragraphe entier',
  'errors.comment.unknownBlock':
    'le document n’a pas de bloc {blockId} (il a peut-être été supprimé) ; rechargez le document et commentez à nouveau',
  'errors.comment.passageTooLong':
    'un passage compte au plus 2000 caractères (celui-ci en compte {length}) ; commentez plutôt le paragraphe entier',
  'errors.comment.suggestionNotHere':
    'aucune suggestion en attente {id} dans ce paragraphe ; ouvrez le fil de discussion sur le paragraphe qui contient la suggestion',

  'errors.consensus.openBrackets':
    '{paragraph} ne peut pas être marqué {status, select, adRef {approuvé ad referendum} other {approuvé}} : {count, plural, one {il contient # crochet non levé : {brackets}. Levez-le d’abord.} other {il contient # crochets non levés : {brackets}. Levez-les d’abord.}}',
  'errors.consensus.paragraph': 'le paragraphe {label}',
  'errors.consensus.block': 'le bloc {id}',
  'errors.consensus.unchanged':
    '{status, select, drafting {le paragraphe est déjà en rédaction} underDiscussion {le paragraphe est déjà en discussion} contested {le paragraphe est déjà contesté} agreed {le paragraphe est déjà approuvé} adRef {le paragraphe est déjà approuvé ad referendum} other {le paragraphe a déjà ce statut}}',
  'errors.consensus.unknownAlternative':
    'le crochet {bracketId} n’a pas de variante {alternativeId} ; choisissez l’une de ses variantes ou le texte entre crochets',
  'errors.consensus.bracketGone': 'le crochet {id} a été retiré du texte entre-temps ; rien n’a été modifié',
  'errors.consensus.bracketResolved': 'le crochet {id} est déjà levé',
  'errors.consensus.alternativesClosed':
    'le crochet {id} est déjà levé ; il n’est plus possible d’ajouter des variantes',
  'errors.consensus.noBracket':
    'le document n’a pas de crochet {id} (son texte a peut-être été supprimé) ; rechargez le document',
  'errors.consensus.unknownBlock':
    'le document n’a pas de bloc {blockId} (il a peut-être été supprimé) ; rechargez le document et réessayez',
  'errors.suggestion.notFound': 'aucune suggestion « {id} » dans ce document',
  'errors.suggestion.notAuthor':
    'seul son auteur peut retirer une suggestion ; les coordonnateurs l’acceptent ou la rejettent',
  'errors.suggestion.gone':
    'la suggestion {id} n’est plus en attente (tranchée, retirée ou son texte supprimé) ; rechargez pour voir le texte tel qu’il est',
  'errors.numbering.alreadyLive': `la numérotation est déjà dynamique ; figez-la sur une version avec '{"mode":"frozen","versionId":…}'`,

  'errors.compilation.noContribution': 'aucune contribution « {id} » à un appel sur ce document',
  'errors.compilation.noSuchParagraphs':
    'la contribution compte {count, plural, one {# paragraphe} other {# paragraphes}} (de 0 à {last}) ; il n’y a pas de paragraphe {missing}',
  'errors.compilation.noParagraph': 'le document n’a pas de paragraphe « {id} »',
  'errors.compilation.unknownContributions':
    'aucune contribution {ids} à un appel sur ce document ; un point de vue repose sur des contributions à ses appels',
  'errors.compilation.noBlock':
    'la compilation n’a pas de bloc « {id} » ; rechargez-la et choisissez à nouveau où insérer',
  'errors.endorsement.deadlinePassed':
    'l’échéance {deadline} n’est pas dans le futur (il est {now}) ; indiquez une échéance plus tardive',
  'errors.endorsement.running':
    'une procédure d’approbation tacite est déjà en cours sur cette version ({id}) ; attendez son échéance',
  'errors.endorsement.endorsed': 'cette version est déjà entérinée (procédure {id})',
  'errors.endorsement.ended':
    'cette procédure d’approbation tacite a pris fin le {deadline} ; les objections ne sont plus acceptées',

  'errors.round.clash':
    'un autre cycle de consultation de ce document est ouvert ou prévu sur cette période ; clôturez-le ou choisissez d’autres dates',
  'errors.round.noSuchRound': 'ce cycle de consultation n’existe pas',
  'errors.round.versionMissing': 'la version de ce cycle de consultation est introuvable',
  'errors.round.notListed':
    'ce cycle n’est ouvert qu’aux organisations énumérées sur sa page ; indiquez l’une d’elles comme affiliation',
  'errors.round.frozen':
    'le rapport sur la suite donnée aux commentaires est publié avec la version révisée ; ses commentaires ne peuvent plus être signalés, masqués, rétablis ni ajoutés',
  'errors.round.linkInvalid':
    'ce lien de confirmation n’est pas valide ou a déjà été utilisé ; inscrivez-vous à nouveau avec la même adresse électronique pour en recevoir un nouveau',
  'errors.round.linkExpired':
    'ce lien de confirmation a expiré ; inscrivez-vous à nouveau avec la même adresse électronique pour en recevoir un nouveau',
  'errors.round.notRegistered': 'inscrivez-vous d’abord à ce cycle de consultation',
  'errors.round.noComment': 'ce commentaire n’existe pas dans ce cycle de consultation',
  'errors.round.notOpen':
    'ce cycle de consultation ouvre le {opensAt} ; les commentaires et les inscriptions sont acceptés à partir de ce moment',
  'errors.round.closed':
    'ce cycle de consultation est clos ; les commentaires et les inscriptions ne sont plus acceptés',
  'errors.round.noParagraph': 'ce paragraphe ne figure pas dans la version soumise à consultation',
  'errors.round.quoteMismatch':
    '{number, select, none {la citation ne correspond pas au texte du paragraphe à ces positions ; sélectionnez à nouveau le passage sur la page} other {la citation ne correspond pas au texte du paragraphe {number} à ces positions ; sélectionnez à nouveau le passage sur la page}}',
  'errors.round.passageOutside':
    '{number, select, none {les positions du passage ne se trouvent pas dans le texte du paragraphe ; sélectionnez à nouveau le passage sur la page} other {les positions du passage ne se trouvent pas dans le texte du paragraphe {number} ; sélectionnez à nouveau le passage sur la page}}',
  'errors.round.stillOpen':
    'ce cycle accepte encore des commentaires ; la suite à leur donner est décidée une fois le cycle clos (un coordonnateur peut le clore dès maintenant)',
  'errors.round.dispositionsFinal':
    'le rapport sur la suite donnée aux commentaires est publié avec la version révisée ; la suite donnée est définitive',
  'errors.round.changedParagraphGone':
    'le paragraphe modifié ne figure plus dans le document ; choisissez l’un de ses paragraphes actuels',
  'errors.round.noPublishedComment': 'aucun commentaire publié portant cet identifiant dans ce cycle de consultation',
  'errors.round.closeFirst': 'clôturez le cycle et répondez à ses commentaires avant de publier la version révisée',
  'errors.round.revisedAlready':
    'ce cycle a déjà sa version révisée ; enregistrez les versions suivantes depuis la page des versions',
  'errors.round.awaitingModeration':
    '{count, plural, one {# commentaire attend encore la modération ; publiez-le ou masquez-le d’abord} other {# commentaires attendent encore la modération ; publiez-les ou masquez-les d’abord}}',
  'errors.round.unanswered':
    '{remaining, plural, one {# commentaire sur {total} n’a pas encore reçu de suite ; chaque commentaire reçoit une suite avant la publication de la version révisée} other {# commentaires sur {total} n’ont pas encore reçu de suite ; chaque commentaire reçoit une suite avant la publication de la version révisée}}',
  'errors.round.reportNotOut':
    'le rapport sur la suite donnée aux commentaires est publié avec la version révisée ; il n’est pas encore paru',
  'errors.round.answersNotOut':
    'les réponses aux commentaires sont publiées avec la version révisée ; elle n’est pas encore parue',

  'errors.call.closesBeforeOpens':
    'closesAt doit être postérieur à opensAt ; choisissez une heure de clôture plus tardive',
  'errors.call.duplicatePillar': 'deux piliers ont l’identifiant « {id} » ; donnez à chacun le sien',
  'errors.call.noSuchCall': 'cet appel à contributions n’existe pas',
  'errors.call.codeInvalid':
    'ce code n’est pas valide pour cette adresse électronique ou a déjà été utilisé ; demandez un nouveau code',
  'errors.call.codeExpired': 'ce code a expiré ; demandez un nouveau code',
  'errors.call.unconfirmed':
    'les contributions ne sont acceptées que depuis des adresses électroniques confirmées : indiquez votre nom et votre adresse, saisissez le code qui vous a été envoyé, puis transmettez le jeton obtenu dans X-Contributor-Token',
  'errors.call.notAuthor': 'seul son auteur peut modifier une contribution',
  'errors.call.frozen':
    'cet appel a été clôturé le {closesAt} ; ses contributions sont figées et ne peuvent plus être modifiées',
  'errors.call.editConflict':
    'une autre modification de cette contribution a été enregistrée au même moment ; rechargez-la et réessayez',
  'errors.call.noContribution': 'cette contribution n’existe pas dans cet appel',
  'errors.call.notYours': 'vous n’avez pas de contribution de ce type à cet appel',
  'errors.call.workspaceOnly':
    'cet appel n’accepte que les contributions de l’espace de travail ; connectez-vous pour contribuer',
  'errors.call.notInvited':
    'cet appel n’est ouvert qu’aux organisations invitées ({organisations}) ; indiquez l’une d’elles comme organisation',
  'errors.call.notOpen':
    'cet appel ouvre le {opensAt} ; les contributions sont acceptées à partir de ce moment et jusqu’au {closesAt}',
  'errors.call.closed': 'cet appel a été clôturé le {closesAt} ; les contributions ne sont plus acceptées',
  'errors.call.unknownPillars': 'aucun pilier {pillars} dans cet appel ; choisissez parmi {known}',
  'errors.contribution.noText':
    'le corps de la requête est invalide : les paragraphes manquent ; donnez le texte ou envoyez un fichier',
  'errors.contribution.unreadableForm': 'les données du formulaire n’ont pas pu être lues ; envoyez-les à nouveau',
  'errors.contribution.unknownField': 'le corps de la requête est invalide : champ inconnu « {name} »',
  'errors.contribution.repeatedField': 'le corps de la requête est invalide : {name} est donné plus d’une fois',
  'errors.contribution.noFile':
    'le corps de la requête est invalide : le fichier manque ; joignez un fichier DOCX, Markdown ou texte',
  'errors.contribution.pillarsNotArray': 'le corps de la requête est invalide : pillars n’est pas un tableau JSON',
  'errors.import.tooLarge': 'le fichier dépasse {size} Mo ; envoyez-en un plus petit',
  'errors.import.empty': 'le fichier est vide',
  'errors.import.unknownType':
    'le fichier « {name} » n’est ni un fichier DOCX, ni un fichier Markdown (.md), ni un fichier texte (.txt) ; enregistrez-le dans l’un de ces formats',
  'errors.import.noText': 'le fichier ne contient aucun texte',
  'errors.import.tooManyParagraphs': 'le fichier compte {count} paragraphes ; une contribution en compte au plus {max}',
  'errors.import.paragraphTooLong': 'le paragraphe {index} du fichier dépasse {max} caractères ; scindez-le',
  'errors.import.binary':
    'le fichier n’est pas du texte (il contient des données binaires) ; envoyez un fichier DOCX, Markdown ou texte brut',
  'errors.import.notUtf8': 'le fichier n’est pas du texte UTF-8 ; enregistrez-le en UTF-8 et envoyez-le à nouveau',
  'errors.import.notDocx':
    'le fichier porte l’extension .docx mais n’est pas un fichier DOCX (un DOCX est une archive zip) ; enregistrez-le à nouveau au format DOCX',
  'errors.import.zipDirectoryMissing':
    'le fichier DOCX est endommagé (son répertoire zip manque) ; enregistrez-le à nouveau au format DOCX',
  'errors.import.zipDirectoryBroken':
    'le fichier DOCX est endommagé (son répertoire zip est corrompu) ; enregistrez-le à nouveau au format DOCX',
  'errors.import.noDocument':
    'le fichier est une archive zip mais pas un document DOCX (il ne contient pas word/document.xml) ; envoyez le DOCX lui-même',
  'errors.import.unpacksTooLarge': 'le fichier DOCX dépasse {size} Mo une fois décompressé ; envoyez-en un plus petit',
  'errors.import.unreadable':
    'le fichier DOCX n’a pas pu être lu ({reason}) ; ouvrez-le et enregistrez-le à nouveau dans un traitement de texte',

  'errors.field.empty': 'ne doit pas être vide',
  'errors.field.required': 'est obligatoire',
  'errors.field.tooLong':
    '{max, plural, one {doit compter au plus # caractère} other {doit compter au plus # caractères}}',
  'errors.field.tooShort':
    '{min, plural, one {doit compter au moins # caractère} other {doit compter au moins # caractères}}',
  'errors.field.oneLine': 'doit tenir sur une ligne, sans caractères de contrôle',
  'errors.field.id':
    'doit compter de 1 à 64 lettres minuscules, chiffres ou tirets, et commencer par une lettre ou un chiffre',
  'errors.field.blockId': 'doit être un identifiant de bloc',
  'errors.field.bracketId': 'doit être un identifiant de crochet',
  'errors.field.suggestionId': 'doit être un identifiant de suggestion',
  'errors.field.pillarId': 'doit être un court identifiant en minuscules, par exemple access',
  'errors.field.groupId': 'doit être un identifiant en minuscules, par exemple civil-society',
  'errors.field.email': 'doit être une adresse électronique, par exemple nom@example.org',
  'errors.field.country': 'doit être un code de pays ISO 3166-1 à deux lettres, par exemple KE',
  'errors.field.instant': 'doit être une heure au format ISO 8601, par exemple 2026-12-01T09:00:00Z',
  'errors.field.link': 'doit être une URL http, https ou mailto',
  'errors.field.afterOpening': 'doit être postérieure à l’heure d’ouverture',
  'errors.field.afterStart': 'doit être postérieure au début',
  'errors.field.organisationsNeeded':
    'doit énumérer au moins une organisation lorsque la participation est listed-organisations',
  'errors.field.confirmationCode': 'doit être le code figurant dans le lien de confirmation',
  'errors.field.reason': 'une raison doit être donnée',
  'errors.field.objection': 'indiquez pourquoi vous rompez le silence',
  'errors.field.pillarsNeeded': 'un appel compte au moins un pilier',
  'errors.field.pillarsTooMany':
    '{max, plural, one {un appel compte au plus # pilier} other {un appel compte au plus # piliers}}',
  'errors.field.paragraphEmpty': 'un paragraphe ne doit pas être vide',
  'errors.field.paragraphTooLong':
    '{max, plural, one {un paragraphe compte au plus # caractère} other {un paragraphe compte au plus # caractères}}',
  'errors.field.contributionText': 'une contribution doit contenir du texte',
  'errors.field.divergenceViews': 'une divergence réunit au moins deux points de vue',
  'errors.field.numberingMode': `indiquez '{"mode":"live"}' ou '{"mode":"frozen","versionId":"<une version enregistrée de ce document>"}'`,
  'errors.field.notABlock': 'n’est pas un bloc du document',
  'errors.field.pendingSuggestion': 'doit être une suggestion en attente dans le paragraphe commenté',
  'errors.field.noRole': '{id} n’a aucun rôle dans cet espace de travail',
  'errors.field.cannotRead': '{name} ne peut pas lire ce document',
} satisfies Record<keyof typeof en, string>;
