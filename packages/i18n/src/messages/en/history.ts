/** English: the source catalog of the `history` area; every other language has exactly these keys. */
export default {
  // Who changed what (attribution) and "changed since your last visit".
  'history.person': '{name} ({group})',
  'history.people.others': '{count, plural, one {# other} other {# others}}',
  'history.since.summary':
    '{count, plural, one {# paragraph changed since your last visit} other {# paragraphs changed since your last visit}}',
  'history.since.summaryAt':
    '{count, plural, one {# paragraph changed since your last visit} other {# paragraphs changed since your last visit}} ({when})',
  'history.since.markBy': 'Changed since your last visit by {people}, {when} — dismiss',
  'history.since.mark': 'Changed since your last visit, {when} — dismiss',
  'history.since.dismiss': 'Dismiss',
  // The paragraph panel's tabs and its text history.
  'history.tabs.label': 'Views of this paragraph',
  'history.tabs.consensus': 'Consensus',
  'history.tabs.text': 'Text history',
  'history.text.cannotShow': 'The text history cannot be shown: {problem}',
  'history.text.loading': 'Loading the text history…',
  'history.text.empty': 'No recorded changes to this paragraph’s text yet.',
  'history.text.list': 'Changes to the text, newest first',
  'history.text.system': 'The system',
  'history.change.wrote': '{person} wrote the paragraph {when}',
  'history.change.removed': '{person} removed the paragraph {when}',
  'history.change.emptied': '{person} emptied the paragraph {when}',
  'history.change.changed': '{person} changed the text {when}',
  // Read out for inserted and deleted words (drawn by word-diff.css).
  'history.diff.added': 'added:',
  'history.diff.removed': 'removed:',
  // Paragraph numbering (the versions page and the document's margin).
  'history.numbering.title': 'Paragraph numbering',
  'history.numbering.live': 'Numbering is live: paragraphs are numbered 1, 2, 3 … as they stand.',
  'history.numbering.frozenAt':
    'Numbering is frozen at “{version}”, {when}: paragraphs keep their numbers, new ones are numbered 4bis, 4ter …, deleted ones stay as “6 [deleted]”.',
  'history.numbering.frozenAtBy':
    'Numbering is frozen at “{version}”, {when} by {name}: paragraphs keep their numbers, new ones are numbered 4bis, 4ter …, deleted ones stay as “6 [deleted]”.',
  'history.numbering.renumbered':
    'Numbering is frozen at the live document (renumbered), {when}: paragraphs keep their numbers, new ones are numbered 4bis, 4ter …, deleted ones stay as “6 [deleted]”.',
  'history.numbering.renumberedBy':
    'Numbering is frozen at the live document (renumbered), {when} by {name}: paragraphs keep their numbers, new ones are numbered 4bis, 4ter …, deleted ones stay as “6 [deleted]”.',
  'history.numbering.deleted': '[deleted]',
  'history.numbering.freezeAt': 'Freeze at version',
  'history.numbering.freeze': 'Freeze numbering',
  'history.numbering.renumber': 'Renumber 1 … n',
  'history.numbering.backToLive': 'Back to live numbers',
};
