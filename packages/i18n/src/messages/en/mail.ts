/**
 * English: the source catalog of the `mail` area; every other language has exactly these keys.
 * Plain-text mails, one key per paragraph; links and codes arrive as values, instants written
 * out in the recipient's language with the zone named.
 */
export default {
  'mail.hello': 'Hello {name},',
  'mail.dear': 'Dear {name},',

  // An invitation to a workspace (the same for new and existing accounts).
  'mail.invitation.subject': 'Invitation to {workspace} on Accord',
  'mail.invitation.invitedBy':
    '{inviter} invites you to join {workspace} on Accord as {role, select, secretariat {a member of the secretariat} coordinator {coordinator} member {member} contributor {contributor} observer {observer} other {{role}}}.',
  'mail.invitation.invited':
    'You are invited to join {workspace} on Accord as {role, select, secretariat {a member of the secretariat} coordinator {coordinator} member {member} contributor {contributor} observer {observer} other {{role}}}.',
  'mail.invitation.open': 'Open this link to accept:',
  'mail.invitation.account':
    'If you already have an Accord account with this email address, sign in with it when asked; otherwise the link lets you create your account.',
  'mail.invitation.expiry': 'The link works once and until {expiresAt}. If you did not expect it, ignore this mail.',

  // Registering for a public consultation.
  'mail.round.subject': 'Confirm your participation in "{title}"',
  'mail.round.registered': 'you registered for the public consultation "{title}", open until {closesAt}.',
  'mail.round.registeredAgain':
    'someone, probably you, registered this address again for the public consultation "{title}". This address already takes part; the link below lets the browser that registered take part as you.',
  'mail.round.confirm':
    '{hours, plural, one {To confirm your email, open this link (it works once, within # hour):} other {To confirm your email, open this link (it works once, within # hours):}}',
  'mail.round.held': 'Until you do, comments from that browser are held and its agree/disagree are not counted.',
  'mail.round.notYou': 'If this was not you, ignore this mail: nothing sent from that browser will count.',

  // A call for contributions: the confirmation code, then the acknowledgement.
  'mail.call.codeSubject': 'Your code to contribute to "{title}"',
  'mail.call.codeAsked': 'someone, probably you, asked to contribute to the call "{title}", open until {closesAt}.',
  'mail.call.code': 'Your confirmation code is: {code}',
  'mail.call.typeCode':
    '{hours, plural, one {Type it on the call’s page within # hour: {link}} other {Type it on the call’s page within # hours: {link}}}',
  'mail.call.codeNotYou': 'If this was not you, ignore this mail: nothing can be sent in your name without this code.',
  'mail.call.receivedSubject': 'Contribution received: "{title}"',
  'mail.call.received':
    'your contribution "{title}" on behalf of {organisation} to the call "{call}" was received ({count, plural, one {# paragraph} other {# paragraphs}}).',
  'mail.call.canChange': 'You can see it and change it until the call closes at {closesAt}:',
  'mail.call.thanks': 'Thank you for contributing.',

  // A silence procedure, to everyone who may break silence.
  'mail.silence.subject': 'Silence procedure: “{title}” until {deadline}',
  'mail.silence.started':
    '{starter} puts the version “{version}” of “{title}” to the workspace for endorsement by silence procedure.',
  'mail.silence.rule': 'If nobody breaks silence by {deadline}, the version is endorsed.',
  'mail.silence.object': 'To break silence, give your reason on the document’s page: {link}',
};
