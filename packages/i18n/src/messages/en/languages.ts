/**
 * English: the source catalog of the `languages` area; every other language has exactly these keys.
 * The page's language versions (issue 15): the document's languages and making a version, a
 * version's paragraphs beside the original's and where each stands, bringing a version in line,
 * comments in other languages, choosing the language of a consultation's text.
 * `languages.refusal.*`: what the server answers about language versions and rounds in several
 * languages; `language` is a language code, named in the sentence by `select`.
 */
export default {
  'languages.name':
    '{language, select, ar {Arabic} zh {Chinese} en {English} fr {French} ru {Russian} es {Spanish} other {{language}}}',
  'languages.menu.button': 'Language: {name}',
  'languages.menu.label': 'Languages of this document',
  'languages.family.original': 'original',
  'languages.family.progress':
    '{translated, number} of {total, plural, one {# paragraph} other {# paragraphs}} translated',
  'languages.family.none': 'This document has no language versions yet.',
  'languages.create.heading': 'New language version',
  'languages.create.language': 'Language',
  'languages.create.start': 'Start from',
  'languages.create.startOriginal': 'The original’s text, to translate over',
  'languages.create.startEmpty': 'Empty paragraphs',
  'languages.create.submit': 'Create the language version',
  'languages.create.creating': 'Creating…',
  'languages.create.noneLeft': 'This document has a version in every language.',
  'languages.status.translated': 'Translated',
  'languages.status.originalChanged': 'Original changed since translated',
  'languages.status.untranslated': 'Not yet translated',
  'languages.status.missing': 'Missing: added to the original',
  'languages.original.unnumbered': 'Unnumbered block',
  'languages.original.of': 'Original of {paragraph}',
  'languages.original.changedNote': 'What changed in the original since it was translated:',
  'languages.original.region':
    'The original in {language, select, ar {Arabic} zh {Chinese} en {English} fr {French} ru {Russian} es {Spanish} other {{language}}}, paragraph by paragraph',
  'languages.original.columnHead':
    'Original in {language, select, ar {Arabic} zh {Chinese} en {English} fr {French} ru {Russian} es {Spanish} other {{language}}}',
  'languages.mark': 'Mark as up to date',
  'languages.marked': '{paragraph} is marked as up to date with the original.',
  'languages.bar.versionOf':
    '{language, select, ar {Arabic} zh {Chinese} en {English} fr {French} ru {Russian} es {Spanish} other {{language}}} version of {title}',
  'languages.bar.version':
    '{language, select, ar {Arabic} zh {Chinese} en {English} fr {French} ru {Russian} es {Spanish} other {{language}}} version',
  'languages.bar.changed':
    '{count, plural, one {# paragraph whose original changed} other {# paragraphs whose original changed}}',
  'languages.bar.showOriginal': 'Original beside the text',
  'languages.bar.problem': 'The original cannot be shown beside the text: {problem}',
  'languages.sync.missing':
    '{count, plural, one {The original has # paragraph this version does not have yet:} other {The original has # paragraphs this version does not have yet:}}',
  'languages.sync.start': 'Add them as',
  'languages.sync.hint':
    'Paragraphs the original no longer has are removed from this version at the same time; their text stays in the paragraph history.',
  'languages.sync.button': 'Add the paragraphs the original gained',
  'languages.sync.done':
    '{added, plural, one {# paragraph added} other {# paragraphs added}}, {removed, plural, one {# removed} other {# removed}}.',
  'languages.threads.heading':
    '{count, plural, one {A comment on this paragraph in another language} other {Comments on this paragraph in other languages}}',
  'languages.threads.open':
    'Open in the {language, select, ar {Arabic} zh {Chinese} en {English} fr {French} ru {Russian} es {Spanish} other {{language}}} version',
  'languages.consult.choose': 'Language of the text',
  'languages.consult.note':
    'Paragraph numbers are the same in every language. Your comments go with the text in the language you are reading.',
  'languages.consult.commentIn':
    'On the {language, select, ar {Arabic} zh {Chinese} en {English} fr {French} ru {Russian} es {Spanish} other {{language}}} text',
  'languages.round.heading': 'Languages of the text',
  'languages.round.openPublic':
    'Public page in {language, select, ar {Arabic} zh {Chinese} en {English} fr {French} ru {Russian} es {Spanish} other {{language}}}',
  'languages.round.offered':
    'The round is now offered in {language, select, ar {Arabic} zh {Chinese} en {English} fr {French} ru {Russian} es {Spanish} other {{language}}} too.',
  'languages.round.offerHeading': 'Offer another language',
  'languages.round.offerHint':
    'Commenters choose the language they read; paragraph numbers are the same in every language, and comments on a paragraph are processed together.',
  'languages.round.offerLanguage': 'Language version',
  'languages.round.offerVersion': 'Saved version',
  'languages.round.noneSaved':
    'The {language, select, ar {Arabic} zh {Chinese} en {English} fr {French} ru {Russian} es {Spanish} other {{language}}} version has no saved version yet. <link>Save one on its versions page</link>, then offer it here.',
  'languages.round.offerSubmit': 'Offer this language',
  'languages.refusal.notAnOriginal':
    'this document is a language version of another; make language versions of its original',
  'languages.refusal.sameLanguage':
    'the document is written in {language, select, ar {Arabic} zh {Chinese} en {English} fr {French} ru {Russian} es {Spanish} other {{language}}} already; choose another language',
  'languages.refusal.exists':
    'this document has a version in {language, select, ar {Arabic} zh {Chinese} en {English} fr {French} ru {Russian} es {Spanish} other {{language}}} already; open it from the document’s languages',
  'languages.refusal.paragraphMissing':
    'this language version does not have that paragraph yet; bring it in line with the original first',
  'languages.refusal.notAVersion':
    'this document is an original; its alignment is read on one of its language versions',
  'languages.refusal.originalHidden': 'the original of this language version is not open to you',
  'languages.refusal.originalGone': 'the original of this language version no longer exists',
  'languages.refusal.threadsScope': 'languages must be all (the default) or this',
  'languages.refusal.roundClosed': 'this round is closed; languages can be offered only until it closes',
  'languages.refusal.roundSameLanguage':
    'the round’s own version is in {language, select, ar {Arabic} zh {Chinese} en {English} fr {French} ru {Russian} es {Spanish} other {{language}}} already; offer another language',
  'languages.refusal.noLanguageVersion':
    'this document has no version in {language, select, ar {Arabic} zh {Chinese} en {English} fr {French} ru {Russian} es {Spanish} other {{language}}}; make one from the document’s languages first',
  'languages.refusal.noSavedVersion':
    'the version in {language, select, ar {Arabic} zh {Chinese} en {English} fr {French} ru {Russian} es {Spanish} other {{language}}} has no saved version “{id}”; save one first',
  'languages.refusal.alreadyOffered':
    'this round already offers a version in {language, select, ar {Arabic} zh {Chinese} en {English} fr {French} ru {Russian} es {Spanish} other {{language}}}; it stays as offered',
  'languages.refusal.notOffered':
    'this round is not offered in {language, select, ar {Arabic} zh {Chinese} en {English} fr {French} ru {Russian} es {Spanish} other {{language}}}',
  'languages.refusal.ownLanguageOnly': 'this round is offered in its own language only',
  'languages.refusal.invalidLanguage': 'language must be one of {languages}',
  'languages.refusal.offeredTwice': 'each language can be offered once',
};
