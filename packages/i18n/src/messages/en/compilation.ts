/** English: the source catalog of the `compilation` area; every other language has exactly these keys. */
export default {
  // Kinds of initiative (a contribution's sender).
  'compilation.kind.national': 'National initiative',
  'compilation.kind.regional': 'Regional initiative',
  'compilation.kind.youth': 'Youth initiative',
  'compilation.kind.dynamicCoalition': 'Dynamic coalition',
  'compilation.kind.bpf': 'Best practice forum',
  'compilation.kind.other': 'Other',

  // Regions a regional initiative answers for (stored by their English name).
  'compilation.region.africa': 'Africa',
  'compilation.region.asiaPacific': 'Asia-Pacific',
  'compilation.region.europe': 'Europe',
  'compilation.region.latinAmerica': 'Latin America and the Caribbean',
  'compilation.region.mena': 'Middle East and North Africa',
  'compilation.region.northAmerica': 'North America',
  'compilation.region.global': 'Global',

  // Times typed into a date-time field, read back beside it.
  'compilation.time.withUtc': '{local} ({utc})',

  // The compilation desk.
  'compilation.desk.title': 'Compilation desk',
  'compilation.desk.tab.contributions': 'Contributions',
  'compilation.desk.tab.coverage': 'Not yet reflected',
  'compilation.desk.tab.calls': 'Calls',
  'compilation.desk.call': 'Call',
  'compilation.desk.noCall': 'There is no call for contributions on this document yet.',
  'compilation.desk.filter.pillar': 'Pillar',
  'compilation.desk.filter.place': 'Country or region',
  'compilation.desk.filter.kind': 'Kind',
  'compilation.desk.filter.anyPillar': 'Every pillar',
  'compilation.desk.filter.anyPlace': 'Every place',
  'compilation.desk.filter.anyKind': 'Every kind',
  'compilation.desk.noneYet': 'No contribution has arrived yet.',
  'compilation.desk.noneMatch': 'No contribution matches these filters.',
  'compilation.desk.insertAtTop':
    '{count, plural, one {Insert the selected paragraph at the top} other {Insert the # selected paragraphs at the top}}',
  'compilation.desk.insertAfterBlock':
    '{count, plural, one {Insert the selected paragraph after the block at the caret} other {Insert the # selected paragraphs after the block at the caret}}',
  'compilation.desk.insertAfter':
    '{count, plural, one {Insert the selected paragraph after {paragraph}} other {Insert the # selected paragraphs after {paragraph}}}',
  'compilation.desk.inserting': 'Inserting…',
  'compilation.desk.insertedAtTop': 'Inserted at the top of the compilation.',
  'compilation.desk.insertedAfterBlock': 'Inserted after the block at the caret.',
  'compilation.desk.insertedAfter': 'Inserted after {paragraph}.',
  'compilation.desk.readingCoverage': 'Reading the coverage…',
  'compilation.desk.callState':
    '{state, select, scheduled {Scheduled: opens {opens}, closes {closes}} open {Open until {closes}} other {Closed since {closes}}}',
  'compilation.desk.publicPage': 'Public page',

  // A contribution at the desk.
  'compilation.card.usedIn': 'Used in {places}',
  'compilation.card.aBlock': 'an unnumbered block',

  // What is not yet reflected.
  'compilation.coverage.all': 'Every contributed paragraph is reflected in the compilation.',
  'compilation.coverage.heading':
    '{count, plural, one {Not yet reflected: # paragraph} other {Not yet reflected: # paragraphs}}',
  'compilation.coverage.item': '<b>{organisation}</b>: {text}',

  // Sources in the margin.
  'compilation.sources.label': '{count, plural, one {Source: {names}} other {Sources: {names}}}',
  'compilation.sources.withDivergences': '{sources} · {count, plural, one {# divergence} other {# divergences}}',
  'compilation.sources.open': 'Open in the compilation desk: the sources, and where contributions diverge',

  // Divergences on a compiled paragraph.
  'compilation.divergence.heading': 'Where contributions diverge on {paragraph}',
  'compilation.divergence.headingBlock': 'Where contributions diverge on this block',
  'compilation.divergence.noSource': 'This paragraph cites no contribution.',
  'compilation.divergence.view': '“{view}” — {holders}',
  'compilation.divergence.viewN': 'View {n}',
  'compilation.divergence.heldBy': 'Held by (view {n})',
  'compilation.divergence.viewLabel': 'The view, in a sentence',
  'compilation.divergence.addView': 'Add a view',
  'compilation.divergence.note': 'Note (optional)',
  'compilation.divergence.recording': 'Recording…',
  'compilation.divergence.record': 'Record the divergence',
  'compilation.divergence.recorded': 'The divergence on {paragraph} is recorded in the register of differences.',
  'compilation.divergence.recordedBlock': 'The divergence on this block is recorded in the register of differences.',

  // A new call (coordinators).
  'compilation.callForm.heading': 'New call for contributions',
  'compilation.callForm.title': 'Title',
  'compilation.callForm.introduction': 'Introduction',
  'compilation.callForm.pillars': 'Pillars',
  'compilation.callForm.pillarsHint': 'One per line: the pillar, a colon, its question.',
  'compilation.callForm.opens': 'Opens',
  'compilation.callForm.closes': 'Closes',
  'compilation.callForm.who': 'Who may contribute',
  'compilation.callForm.public': 'Anyone who confirms an email address',
  'compilation.callForm.invited': 'The workspace and invited organisations',
  'compilation.callForm.organisations': 'Invited organisations',
  'compilation.callForm.organisationsHint': 'One organisation per line.',
  'compilation.callForm.creating': 'Creating…',
  'compilation.callForm.create': 'Create the call',

  // A call's public page.
  'compilation.call.kicker': 'Call for contributions',
  'compilation.call.pillars': 'Pillars',
  'compilation.call.scheduled': 'Opens for contributions on {when}.',
  'compilation.call.open': 'Open for contributions until {when}.',
  'compilation.call.closed': 'Closed for contributions on {when}.',
  'compilation.call.cannotShow': 'This call for contributions cannot be shown',
  'compilation.call.ownNotShown': 'Your contribution cannot be shown: {reason}',
  'compilation.call.invitedOnly':
    'This call takes contributions from the workspace and its invited organisations only. <link>Sign in to contribute</link>.',
  'compilation.call.confirmAgain': 'Confirm your email again to see and change your contribution.',
  'compilation.call.asMember': 'You contribute as {name}, signed in to Accord.',
  'compilation.call.asContributor': 'You contribute as {name} ({email}), confirmed.',
  'compilation.call.useEmail': 'Use an email instead',
  'compilation.call.notYou': 'Not you?',

  // The contributor's first steps.
  'compilation.steps.title': 'Contribute',
  'compilation.steps.lead':
    'No account is needed. Give your name and email: we mail you a code to confirm the email, then you send your contribution.',
  'compilation.steps.name': 'Name',
  'compilation.steps.email': 'Email',
  'compilation.steps.emailHint': 'We send a code to it. It is shown only to the call’s coordinators.',
  'compilation.steps.sending': 'Sending…',
  'compilation.steps.sendCode': 'Send me a code',
  'compilation.steps.codeMissing': 'type the code from the mail',
  'compilation.steps.confirmTitle': 'Confirm your email',
  'compilation.steps.codeSent': 'We sent a code to {email}. Type it here; it works for a limited time.',
  'compilation.steps.code': 'Code from the mail',
  'compilation.steps.confirming': 'Confirming…',
  'compilation.steps.confirm': 'Confirm',
  'compilation.steps.restart': 'Use another email or send a new code',

  // The contribution form.
  'compilation.form.title': 'Your contribution',
  'compilation.form.editTitle': 'Edit your contribution',
  'compilation.form.organisation': 'Organisation or initiative',
  'compilation.form.organisationHint': 'For example: Brazil IGF, EuroDIG, Youth IGF Kenya.',
  'compilation.form.kind': 'Kind of initiative',
  'compilation.form.chooseKind': 'Choose the kind…',
  'compilation.form.country': 'Country or region',
  'compilation.form.chooseCountry': 'Choose a country or a region…',
  'compilation.form.regions': 'Regions',
  'compilation.form.countries': 'Countries',
  'compilation.form.group': 'Stakeholder group (optional)',
  'compilation.form.noGroup': 'None given',
  'compilation.form.contributionTitle': 'Title of the contribution',
  'compilation.form.pillars': 'Pillars it answers',
  'compilation.form.pillarsHint': 'Tick every pillar your text speaks to.',
  'compilation.form.textMode': 'The text',
  'compilation.form.typed': 'Type or paste the text',
  'compilation.form.upload': 'Upload a file',
  'compilation.form.uploadHint': 'Word (.docx), Markdown (.md) or text (.txt), at most 5 MB',
  'compilation.form.text': 'Text',
  'compilation.form.textHint': 'Leave an empty line between paragraphs. Headings and list items are paragraphs too.',
  'compilation.form.paragraphCount':
    '{count, plural, one {Your text has # paragraph.} other {Your text has # paragraphs.}}',
  'compilation.form.sending': 'Sending…',
  'compilation.form.saveChanges': 'Save the changes',
  'compilation.form.send': 'Send the contribution',
  'compilation.form.file': 'File',
  'compilation.form.fileChosen': 'Chosen: {name} ({size}). At most 5 MB.',
  'compilation.form.fileHint':
    'Word (.docx), Markdown (.md) or text (.txt), at most 5 MB. Its paragraphs, headings and list items become the paragraphs of your contribution.',
  'compilation.form.needKind': 'choose the kind of initiative',
  'compilation.form.needCountry': 'choose a country or a region',
  'compilation.form.needText': 'type the text of your contribution',
  'compilation.form.needFile': 'choose the file to upload',
  'compilation.form.badFileType': 'choose a Word document (.docx), a Markdown file (.md) or a text file (.txt)',
  'compilation.form.fileTooLarge': 'the file is larger than 5 MB; shorten it or paste its text instead',
  'compilation.form.fileEmpty': 'the file is empty',

  // What the server stored.
  'compilation.receipt.title': 'Your contribution is stored',
  'compilation.receipt.summary': '“{title}” from {organisation} ({kind}), last saved {when}.',
  'compilation.receipt.pillars': 'Pillars: {pillars}.',
  'compilation.receipt.paragraphs':
    '{count, plural, one {It has # paragraph, as stored:} other {It has # paragraphs, as stored:}}',
  'compilation.receipt.edit': 'Edit the contribution',
  'compilation.receipt.closed': 'The call is closed: the contribution can no longer be changed.',

  // Endorsement by silence procedure.
  'compilation.silence.running': 'Silence procedure on “{version}” until {deadline}',
  'compilation.silence.endorsed': '“{version}” was endorsed by silence procedure on {deadline}',
  'compilation.silence.broken': 'Silence was broken on “{version}”: it was not endorsed',
  'compilation.silence.objections':
    '{count, plural, =0 {No one has broken silence.} one {# member broke silence.} other {# members broke silence.}}',
  'compilation.silence.publicPage': 'See its public page',
  'compilation.silence.why': 'Why you break silence',
  'compilation.silence.sending': 'Sending…',
  'compilation.silence.break': 'Break silence',
  'compilation.silence.heading': 'Endorsement by silence procedure',
  'compilation.silence.start': 'Start a silence procedure',
  'compilation.silence.version': 'Version',
  'compilation.silence.until': 'Silence until',
  'compilation.silence.note': 'Note to the members (optional)',
  'compilation.silence.starting': 'Starting…',
  'compilation.silence.startButton': 'Start the silence procedure',

  // A published version's public page.
  'compilation.published.cannotShow': 'This version cannot be shown',
  'compilation.published.kicker': 'Published version',
  'compilation.published.stamp': 'Endorsed by silence procedure on {date}.',
  'compilation.published.version': 'Version “{name}”, saved on {date}.',
  'compilation.published.paragraph': 'Paragraph {number}:',
  'compilation.published.noteMark': 'Note {n}',
  'compilation.published.notes': 'Notes',
  'compilation.published.back': 'Back to the text of note {n}',
  'compilation.published.annex': 'Annex: Contributions',
};
