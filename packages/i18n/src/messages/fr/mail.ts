import type en from '../en/mail.js';

export default {
  'mail.hello': 'Bonjour {name},',
  'mail.dear': 'Bonjour {name},',

  'mail.invitation.subject': 'Invitation à rejoindre {workspace} sur Accord',
  'mail.invitation.invitedBy':
    '{inviter} vous invite à rejoindre {workspace} sur Accord en qualité de {role, select, secretariat {membre du secrétariat} coordinator {coordonnateur} member {membre} contributor {contributeur} observer {observateur} other {{role}}}.',
  'mail.invitation.invited':
    'Vous êtes invité(e) à rejoindre {workspace} sur Accord en qualité de {role, select, secretariat {membre du secrétariat} coordinator {coordonnateur} member {membre} contributor {contributeur} observer {observateur} other {{role}}}.',
  'mail.invitation.open': 'Ouvrez ce lien pour accepter :',
  'mail.invitation.account':
    'Si vous avez déjà un compte Accord avec cette adresse électronique, connectez-vous avec lui lorsque cela vous est demandé ; sinon, le lien vous permet de créer votre compte.',
  'mail.invitation.expiry':
    'Le lien ne fonctionne qu’une fois, jusqu’au {expiresAt}. Si vous ne l’attendiez pas, ignorez ce message.',

  'mail.round.subject': 'Confirmez votre participation à « {title} »',
  'mail.round.registered':
    'Vous vous êtes inscrit(e) à la consultation publique « {title} », ouverte jusqu’au {closesAt}.',
  'mail.round.registeredAgain':
    'Quelqu’un, probablement vous, a de nouveau inscrit cette adresse à la consultation publique « {title} ». Cette adresse participe déjà ; le lien ci-dessous permet au navigateur qui s’est inscrit de participer en votre nom.',
  'mail.round.confirm':
    '{hours, plural, one {Pour confirmer votre adresse électronique, ouvrez ce lien (il ne fonctionne qu’une fois, dans un délai de # heure) :} other {Pour confirmer votre adresse électronique, ouvrez ce lien (il ne fonctionne qu’une fois, dans un délai de # heures) :}}',
  'mail.round.held':
    'D’ici là, les commentaires envoyés depuis ce navigateur sont mis en attente et ses avis favorables ou défavorables ne sont pas comptés.',
  'mail.round.notYou':
    'Si ce n’était pas vous, ignorez ce message : rien de ce qui a été envoyé depuis ce navigateur ne sera pris en compte.',

  'mail.call.codeSubject': 'Votre code pour contribuer à « {title} »',
  'mail.call.codeAsked':
    'Quelqu’un, probablement vous, a demandé à contribuer à l’appel « {title} », ouvert jusqu’au {closesAt}.',
  'mail.call.code': 'Votre code de confirmation est : {code}',
  'mail.call.typeCode':
    '{hours, plural, one {Saisissez-le sur la page de l’appel dans un délai de # heure : {link}} other {Saisissez-le sur la page de l’appel dans un délai de # heures : {link}}}',
  'mail.call.codeNotYou':
    'Si ce n’était pas vous, ignorez ce message : rien ne peut être envoyé en votre nom sans ce code.',
  'mail.call.receivedSubject': 'Contribution reçue : « {title} »',
  'mail.call.received':
    'Votre contribution « {title} » au nom de {organisation} à l’appel « {call} » a bien été reçue ({count, plural, one {# paragraphe} other {# paragraphes}}).',
  'mail.call.canChange': 'Vous pouvez la consulter et la modifier jusqu’à la clôture de l’appel, le {closesAt} :',
  'mail.call.thanks': 'Merci de votre contribution.',

  'mail.silence.subject': 'Procédure d’approbation tacite : « {title} » jusqu’au {deadline}',
  'mail.silence.started':
    '{starter} soumet la version « {version} » de « {title} » à l’espace de travail pour qu’elle soit entérinée selon la procédure d’approbation tacite.',
  'mail.silence.rule': 'Si personne ne rompt le silence d’ici au {deadline}, la version est entérinée.',
  'mail.silence.object': 'Pour rompre le silence, indiquez votre raison sur la page du document : {link}',
} satisfies Record<keyof typeof en, string>;
