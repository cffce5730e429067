/** English: the source catalog of the `versions` area; every other language has exactly these keys. */
export default {
  // The versions list
  'versions.list.title': 'Versions',
  'versions.list.cannotShow': 'The versions cannot be shown',
  'versions.list.origin': 'This document was started from <link>“{name}”</link>.',
  'versions.list.empty': 'No version has been saved yet.',
  'versions.list.saved': '— {when}, {name}',
  'versions.list.openRound': 'Open a consultation round',
  'versions.list.openRoundOn': 'Open a consultation round on “{name}”',
  'versions.link.live': 'Open the live document',
  'versions.link.all': 'All versions',
  'versions.link.compareLive': 'Compare with the live document',

  // Saving a version
  'versions.save.form': 'Save a version',
  'versions.save.title': 'Save the live document as a version',
  'versions.save.hint':
    'A version is frozen: later edits never change it. Name it for what it is for, e.g. “Draft for public consultation”.',
  'versions.save.name': 'Name',
  'versions.save.note': 'Note (optional)',
  'versions.save.placeholder': 'Draft for public consultation',
  'versions.save.submit': 'Save version',

  // One version
  'versions.version.title': 'Version',
  'versions.version.cannotShow': 'This version cannot be shown',
  'versions.version.download': 'Download:',
  'versions.version.caption': 'Version “{name}”, saved {when} by {person}. Read-only.',
  'versions.revisionOf': 'The revised version after the consultation “{title}”. Comment-response report: {links}',
  'versions.draft.start': 'Start a new draft from this version',
  'versions.draft.starting': 'Starting…',
  'versions.draft.hint': 'A new document is created; this one and its history stay as they are.',
  'versions.status.drafting': 'Drafting',
  'versions.status.underDiscussion': 'Under discussion',
  'versions.status.contested': 'Contested',
  'versions.status.agreedAdRef': 'Agreed ad referendum',
  'versions.status.agreed': 'Agreed',

  // Resetting the live document
  'versions.reset.start': 'Reset the live document to this version',
  'versions.reset.why': 'Repairs a document that no longer shows or saves correctly.',
  'versions.reset.confirm': 'Reset the live document to “{name}”?',
  'versions.reset.what':
    'Everyone’s text becomes this version’s, at once, also for people editing now. Changes made since it was saved leave the live document (save a version first to keep them); content Accord cannot show is removed. Paragraphs keep their identity, so comments and statuses stay with them. The reset is recorded in the audit log.',
  'versions.reset.submit': 'Reset the live document',
  'versions.reset.resetting': 'Resetting…',
  'versions.reset.done':
    'The live document now holds version “{name}” ({written, plural, one {# block rewritten} other {# blocks rewritten}}, {kept, number} unchanged, {removed, number} removed).',

  // Comparing
  'versions.compare.title': 'Compare',
  'versions.compare.pageTitle': 'Compare versions',
  'versions.compare.cannotShow': 'The comparison cannot be shown',
  'versions.compare.from': 'From',
  'versions.compare.to': 'To',
  'versions.compare.live': 'Live document',
  'versions.compare.submit': 'Compare',
  'versions.compare.summary':
    '{from, select, live {{to, select, live {From the live document to the live document: {summary}.} other {From the live document to “{toName}”: {summary}.}}} other {{to, select, live {From “{fromName}” to the live document: {summary}.} other {From “{fromName}” to “{toName}”: {summary}.}}}}',
  'versions.compare.noDifferences': 'no differences',
  'versions.count.changed': '{count, plural, one {# changed} other {# changed}}',
  'versions.count.moved': '{count, plural, one {# moved} other {# moved}}',
  'versions.count.added': '{count, plural, one {# added} other {# added}}',
  'versions.count.removed': '{count, plural, one {# removed} other {# removed}}',
  'versions.kind.added': 'Added',
  'versions.kind.removed': 'Removed',
  'versions.kind.moved': 'Moved',
  'versions.kind.changed': 'Changed',
  'versions.kind.changedAndMoved': 'Changed and moved',
  'versions.kind.unchanged': 'Unchanged',
  'versions.kind.splitFrom': '(split from the paragraph above)',
  'versions.number.new': 'new',
  'versions.number.newAt': 'new ¶{number}',
  'versions.number.removed': 'removed',
  'versions.number.was': 'was ¶{number}',
  'versions.number.moved': '¶{from} → {to}',

  // Changes and brackets in frozen text
  'versions.changeLegend': 'Added words are underlined, removed words struck through.',
  'versions.diff.added': 'added',
  'versions.diff.removed': 'removed',
  'versions.bracket.label': 'bracketed: not agreed',
  'versions.bracket.title': 'Bracketed: not agreed',
  'versions.alternatives.label': 'Alternatives proposed to the bracketed text',
  'versions.alternatives.to': 'Alternatives to {bracketed}: {alternatives}',
  'versions.alternatives.list': 'Alternatives: {alternatives}',
  'versions.alternatives.number': 'Alt {number}',
};
