/**
 * English: the source catalog of the `languages` area; every other language has exactly these keys.
 * `languages.refusal.*`: what the server answers about language versions and rounds in several
 * languages (issue 15); `language` is a language code, named in the sentence by `select`.
 */
export default {
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
