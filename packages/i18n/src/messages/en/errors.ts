/**
 * English: the source catalog of the `errors` area; every other language has exactly these keys.
 * The server answers API errors with these sentences in the request's language; the codes beside
 * them never change. `errors.field.*` are the schemas' sentences about one field (the page shows
 * them for its own checks too). Instants arrive written out in the reader's language, zone named.
 */
export default {
  // ---- the request itself
  'errors.http.noRoute': 'no API route {method} {path}',
  'errors.http.bodyTooLarge': 'the body is over 1 MiB',
  'errors.http.notJson': 'send the body as JSON with Content-Type: application/json',
  'errors.http.invalidJson': 'the body is not valid JSON',
  'errors.http.invalidBody': 'the body is invalid: {issues}',
  'errors.http.issue': '{path} {message}',
  'errors.http.issueSeparator': '; ',
  'errors.http.internal': 'the server failed to answer this request; the log says why',
  'errors.http.foreignOrigin': 'requests from {origin} are not accepted; use Accord from its own address',
  'errors.http.csrfToken':
    'the request lacks this session’s security token (X-CSRF-Token); reload the page and try again',
  'errors.http.invalidToken': 'the bearer token is invalid or revoked; create a new one with `accord token`',
  'errors.http.format': 'format must be one of {formats}',
  'errors.http.versionQuery': 'give {name}= as a version id or "live"',
  'errors.http.versionQueryInvalid': '{name} must be a version id or "live"',
  'errors.http.auditQuery': 'after must be a sequence number and limit 1–1000',
  'errors.http.suggestionsQuery': 'suggestions must be base (the default) or include',

  // ---- limits
  'errors.limit.requests': 'too many requests from your address; try again in {seconds} s',
  'errors.limit.signIns': 'too many sign-in attempts; try again in {seconds} s',
  'errors.limit.registrations': 'too many registrations from this address; try again in {seconds} s',
  'errors.limit.commentsFromAddress': 'too many comments from this address; try again in {seconds} s',
  'errors.limit.commentsFromYou': 'too many comments from you; try again in {seconds} s',
  'errors.limit.reactions': 'too many reactions from this address; try again in {seconds} s',
  'errors.limit.codeRequestsFromAddress': 'too many requests for a code from this address; try again in {seconds} s',
  'errors.limit.codeRequestsForEmail': 'too many requests for a code for this email; try again in {seconds} s',
  'errors.limit.codeAttempts': 'too many attempts for this email; try again in {seconds} s',
  'errors.limit.upload': 'the contribution is over {size} MB; send a smaller file',

  // ---- who may do what
  'errors.auth.signIn': 'sign in first',
  'errors.auth.wrongPassword': 'the email or password is wrong',
  'errors.forbidden':
    '{role, select, secretariat {the secretariat cannot {action}} coordinator {coordinators cannot {action}} member {members cannot {action}} contributor {contributors cannot {action}} observer {observers cannot {action}} other {your role does not allow you to {action}}}',
  'errors.forbidden.othersComment':
    '{change, select, edit {you cannot edit someone else’s comment; only its author can} other {you cannot delete someone else’s comment; only its author can}}',
  'errors.forbidden.othersThread':
    '{role, select, secretariat {the secretariat cannot resolve or reopen someone else’s thread; its author, coordinators and the secretariat can} coordinator {coordinators cannot resolve or reopen someone else’s thread; its author, coordinators and the secretariat can} member {members cannot resolve or reopen someone else’s thread; its author, coordinators and the secretariat can} contributor {contributors cannot resolve or reopen someone else’s thread; its author, coordinators and the secretariat can} observer {observers cannot resolve or reopen someone else’s thread; its author, coordinators and the secretariat can} other {you cannot resolve or reopen someone else’s thread; its author, coordinators and the secretariat can}}',
  // What a role may not do, as `errors.forbidden` names it ("members cannot …").
  'errors.action.workspace.read': 'open this workspace',
  'errors.action.document.read': 'read this document',
  'errors.action.document.create': 'create documents here',
  'errors.action.document.audience': 'limit who can open this document',
  'errors.action.document.edit': 'edit this document',
  'errors.action.document.reset': 'reset this document to a saved version',
  'errors.action.document.suggest': 'suggest changes to this document',
  'errors.action.suggestion.decide': 'accept or reject suggestions',
  'errors.action.comment.create': 'comment on this document',
  'errors.action.comment.moderate': 'moderate comments here',
  'errors.action.contribution.submit': 'submit contributions here',
  'errors.action.position.record': 'record positions on this document',
  'errors.action.status.propose': 'propose paragraph statuses',
  'errors.action.status.set': 'set paragraph statuses',
  'errors.action.bracket.alternative': 'propose alternatives to bracketed text',
  'errors.action.bracket.resolve': 'resolve brackets',
  'errors.action.version.create': 'publish versions of this document',
  'errors.action.round.manage': 'open or close consultation rounds',
  'errors.action.call.manage': 'run calls for contributions',
  'errors.action.compilation.edit': 'compile contributions into this document',
  'errors.action.endorsement.manage': 'put versions to endorsement by silence procedure',
  'errors.action.translation.manage': 'create language versions of a document and offer them in consultations',
  'errors.action.endorsement.object': 'break silence on a version',
  'errors.action.round.respond': 'respond to consultation comments',
  'errors.action.people.read': 'see the people of this workspace',
  'errors.action.people.manage': 'manage the people of this workspace',
  'errors.action.role.change': 'change roles in this workspace',
  'errors.action.audit.read': 'read the audit log',

  // ---- not found (ids are shown as given)
  'errors.notFound.workspace': 'no workspace "{id}"',
  'errors.notFound.document': 'no document "{id}"',
  'errors.notFound.bracket': 'no bracket "{id}"',
  'errors.notFound.call': 'no call "{id}"',
  'errors.notFound.comment': 'no comment "{id}"',
  'errors.notFound.commentThread': 'no comment thread "{id}"',
  'errors.notFound.contribution': 'no contribution "{id}"',
  'errors.notFound.invitation': 'no invitation "{id}"',
  'errors.notFound.paragraph': 'no paragraph "{id}"',
  'errors.notFound.person': 'no person "{id}"',
  'errors.notFound.publishedVersion': 'no published version "{id}"',
  'errors.notFound.round': 'no round "{id}"',
  'errors.notFound.silenceProcedure': 'no silence procedure "{id}"',
  'errors.notFound.suggestion': 'no suggestion "{id}"',
  'errors.notFound.version': 'no version "{id}"',
  'errors.notFound.versionOfDocument':
    'no version "{id}" of this document; list them with GET /api/documents/:id/versions',
  'errors.notFound.versionSaveFirst': 'no version "{id}" of this document; save one first',
  'errors.notFound.procedure': 'no silence procedure "{id}"; list them with GET /api/documents/:id/endorsements',
  'errors.notFound.personHere': 'no person "{id}" in this workspace',
  'errors.notFound.token': 'no active token like this; it may already be revoked',
  'errors.notFound.pendingInvitation':
    'no pending invitation by that id in this workspace (it may have been accepted, revoked or have expired)',

  // ---- people, passwords, invitations
  'errors.identity.emailTaken': 'a person with email {email} already exists',
  'errors.identity.groupExists': 'stakeholder group {id} already exists',
  'errors.identity.unknownGroup': 'unknown stakeholder group {id}; known groups: {known}',
  'errors.identity.passwordTooShort': 'a password must be at least {min} characters',
  'errors.identity.passwordTooLong': 'a password must be at most {max} characters',
  'errors.identity.lastSecretariat':
    'this is the workspace’s only secretariat member; make someone else secretariat first',
  'errors.identity.roleRequired': 'the body is invalid: role is required to add someone to a workspace',
  'errors.identity.audienceOutsiders': 'an audience is made of the workspace’s people: {issues}',
  'errors.invitation.gone':
    'this invitation link is invalid, used, revoked or expired; ask the secretariat for a new one',
  'errors.invitation.signInFirst':
    'this invitation is for {email}, which has an Accord account: sign in with it first, then accept',
  'errors.invitation.wrongPerson':
    'this invitation is for {email}; you are signed in as someone else: sign out, sign in as {email}, then accept',
  'errors.invitation.detailsRequired': 'to create your account, give your name, stakeholder group and a password',

  // ---- comments
  'errors.comment.mentions': 'only people who can read this document can be mentioned: {issues}',
  'errors.comment.alreadyResolved': 'this thread is already resolved; reload to see who resolved it',
  'errors.comment.alreadyOpen': 'this thread is already open',
  'errors.comment.notAuthor':
    '{change, select, edit {only its author can edit a comment} other {only its author can delete a comment}}',
  'errors.comment.deleted': 'this comment was deleted; it can no longer be changed',
  'errors.comment.anchorMalformed':
    'anchor.start and anchor.end must be positions in this document, as the editor’s selection gives them',
  'errors.comment.anchorNotSynced':
    'the selected text includes edits the server has not received yet; wait until your changes are saved, then comment again',
  'errors.comment.anchorGone': 'the selected text is no longer in the document; select it again',
  'errors.comment.anchorOtherBlock': 'the passage must lie inside block {blockId}; comment on one paragraph at a time',
  'errors.comment.anchorCollapsed':
    'select at least one character to comment on a passage, or comment on the whole paragraph',
  'errors.comment.unknownBlock':
    'the document has no block {blockId} (it may have been deleted); reload the document and comment again',
  'errors.comment.passageTooLong':
    'a passage can be at most 2000 characters (this one has {length}); comment on the whole paragraph instead',
  'errors.comment.suggestionNotHere':
    'no pending suggestion {id} in this paragraph; open the thread on the paragraph that holds the suggestion',

  // ---- consensus, brackets, suggestions, versions, numbering
  'errors.consensus.openBrackets':
    '{paragraph} cannot be marked {status, select, adRef {agreed ad referendum} other {agreed}}: {count, plural, one {it has # unresolved bracket: {brackets}. Resolve it first.} other {it has # unresolved brackets: {brackets}. Resolve them first.}}',
  'errors.consensus.paragraph': 'paragraph {label}',
  'errors.consensus.block': 'block {id}',
  'errors.consensus.unchanged':
    '{status, select, drafting {the paragraph is already drafting} underDiscussion {the paragraph is already under discussion} contested {the paragraph is already contested} agreed {the paragraph is already agreed} adRef {the paragraph is already agreed ad referendum} other {the paragraph already has this status}}',
  'errors.consensus.unknownAlternative':
    'bracket {bracketId} has no alternative {alternativeId}; choose one of its alternatives or the bracketed text',
  'errors.consensus.bracketGone': 'bracket {id} was removed from the text meanwhile; nothing was changed',
  'errors.consensus.bracketResolved': 'bracket {id} is already resolved',
  'errors.consensus.alternativesClosed': 'bracket {id} is already resolved; alternatives can no longer be added',
  'errors.consensus.noBracket':
    'the document has no bracket {id} (its text may have been deleted); reload the document',
  'errors.consensus.unknownBlock':
    'the document has no block {blockId} (it may have been deleted); reload the document and try again',
  'errors.suggestion.notFound': 'no suggestion "{id}" in this document',
  'errors.suggestion.notAuthor': 'only its author can withdraw a suggestion; coordinators accept or reject it',
  'errors.suggestion.gone':
    'suggestion {id} is no longer pending (decided, withdrawn or its text deleted); reload to see the text as it is',
  'errors.numbering.alreadyLive': `numbering is already live; freeze it at a version with '{"mode":"frozen","versionId":…}'`,

  // ---- the compilation desk, endorsement
  'errors.compilation.noContribution': 'no contribution "{id}" to a call on this document',
  'errors.compilation.noSuchParagraphs':
    'the contribution has {count, plural, one {# paragraph} other {# paragraphs}} (0 to {last}); there is no paragraph {missing}',
  'errors.compilation.noParagraph': 'the document has no paragraph "{id}"',
  'errors.compilation.unknownContributions':
    'no contribution {ids} to a call on this document; a view is held by contributions to its calls',
  'errors.compilation.noBlock': 'the compilation has no block "{id}"; reload it and choose where to insert again',
  'errors.endorsement.deadlinePassed': 'the deadline {deadline} is not in the future (it is {now}); give a later one',
  'errors.endorsement.running': 'a silence procedure on this version is already running ({id}); wait for its deadline',
  'errors.endorsement.endorsed': 'this version is already endorsed (procedure {id})',
  'errors.endorsement.ended': 'this silence procedure ended on {deadline}; objections are no longer taken',

  // ---- consultation rounds (the public page shows most of these)
  'errors.round.clash':
    'another round of this document is open or scheduled over that time; close it or choose other times',
  'errors.round.noSuchRound': 'no such round',
  'errors.round.versionMissing': 'the version of this round is missing',
  'errors.round.notListed':
    'this round is open only to the organisations listed on its page; give one of them as your affiliation',
  'errors.round.frozen':
    'the comment-response report is published with the revised version; its comments can no longer be flagged, hidden, restored or added',
  'errors.round.linkInvalid':
    'this confirmation link is not valid or was already used; register again with the same email to get a new one',
  'errors.round.linkExpired': 'this confirmation link has expired; register again with the same email to get a new one',
  'errors.round.notRegistered': 'register for this round first',
  'errors.round.noComment': 'no such comment in this round',
  'errors.round.notOpen': 'this round opens at {opensAt}; comments and registrations are accepted from then',
  'errors.round.closed': 'this round is closed; comments and registrations are no longer accepted',
  'errors.round.noParagraph': 'no such paragraph in the version under consultation',
  'errors.round.quoteMismatch':
    '{number, select, none {the quote is not the text of the paragraph at those offsets; select the passage again on the page} other {the quote is not the text of paragraph {number} at those offsets; select the passage again on the page}}',
  'errors.round.passageOutside':
    '{number, select, none {the passage’s offsets are not within the paragraph’s text; select the passage again on the page} other {the passage’s offsets are not within the text of paragraph {number}; select the passage again on the page}}',
  'errors.round.stillOpen':
    'this round still takes comments; dispositions are given once it has closed (a coordinator can close it now)',
  'errors.round.dispositionsFinal':
    'the comment-response report is published with the revised version; its dispositions are final',
  'errors.round.changedParagraphGone':
    'the changed paragraph is not in the document now; choose one of its current paragraphs',
  'errors.round.noPublishedComment': 'no published comment with that id in this round',
  'errors.round.closeFirst': 'close the round and answer its comments before publishing the revised version',
  'errors.round.revisedAlready':
    'this round already has its revised version; save further versions from the versions page',
  'errors.round.awaitingModeration':
    '{count, plural, one {# comment still awaits moderation; publish or hide it first} other {# comments still await moderation; publish or hide them first}}',
  'errors.round.unanswered':
    '{remaining, plural, one {# of {total} comments still needs a disposition; every comment is answered before the revised version is published} other {# of {total} comments still need a disposition; every comment is answered before the revised version is published}}',
  'errors.round.reportNotOut': 'the comment-response report is published with the revised version; it is not out yet',
  'errors.round.answersNotOut': 'the answers to the comments are published with the revised version; it is not out yet',

  // ---- calls for contributions and what they import
  'errors.call.closesBeforeOpens': 'closesAt must be after opensAt; choose a later closing time',
  'errors.call.duplicatePillar': 'two pillars have the id "{id}"; give each its own',
  'errors.call.noSuchCall': 'no such call for contributions',
  'errors.call.codeInvalid': 'this code is not valid for this email or was already used; ask for a new code',
  'errors.call.codeExpired': 'this code has expired; ask for a new code',
  'errors.call.unconfirmed':
    'contributions are taken from confirmed emails only: give your name and email, type the code mailed to you, and send the token it gives in X-Contributor-Token',
  'errors.call.notAuthor': 'only its author can change a contribution',
  'errors.call.frozen': 'this call closed at {closesAt}; its contributions are frozen and can no longer be changed',
  'errors.call.editConflict': 'another edit of this contribution was saved at the same moment; reload it and try again',
  'errors.call.noContribution': 'no such contribution to this call',
  'errors.call.notYours': 'no such contribution of yours to this call',
  'errors.call.workspaceOnly': 'this call takes contributions from the workspace only; sign in to contribute',
  'errors.call.notInvited':
    'this call is open to the invited organisations only ({organisations}); give one of them as your organisation',
  'errors.call.notOpen': 'this call opens at {opensAt}; contributions are taken from then until {closesAt}',
  'errors.call.closed': 'this call closed at {closesAt}; contributions are no longer taken',
  'errors.call.unknownPillars': 'no pillar {pillars} in this call; choose among {known}',
  'errors.contribution.noText': 'the body is invalid: paragraphs are missing; give the text or send a file',
  'errors.contribution.unreadableForm': 'the form data could not be read; send it again',
  'errors.contribution.unknownField': 'the body is invalid: unknown field "{name}"',
  'errors.contribution.repeatedField': 'the body is invalid: {name} is given more than once',
  'errors.contribution.noFile': 'the body is invalid: file is missing; attach one DOCX, Markdown or text file',
  'errors.contribution.pillarsNotArray': 'the body is invalid: pillars is not a JSON array',
  'errors.import.tooLarge': 'the file is over {size} MB; send a smaller one',
  'errors.import.empty': 'the file is empty',
  'errors.import.unknownType':
    'the file "{name}" is not a DOCX, Markdown (.md) or plain-text (.txt) file; save it as one of those',
  'errors.import.noText': 'the file has no text',
  'errors.import.tooManyParagraphs': 'the file has {count} paragraphs; a contribution has at most {max}',
  'errors.import.paragraphTooLong': 'paragraph {index} of the file is over {max} characters; split it',
  'errors.import.binary': 'the file is not text (it holds binary data); send DOCX, Markdown or plain text',
  'errors.import.notUtf8': 'the file is not UTF-8 text; save it as UTF-8 and send it again',
  'errors.import.notDocx':
    'the file is named .docx but is not a DOCX file (a DOCX is a zip archive); save it as DOCX again',
  'errors.import.zipDirectoryMissing': 'the DOCX file is damaged (its zip directory is missing); save it as DOCX again',
  'errors.import.zipDirectoryBroken': 'the DOCX file is damaged (its zip directory is broken); save it as DOCX again',
  'errors.import.noDocument':
    'the file is a zip archive but not a DOCX document (it has no word/document.xml); send the DOCX itself',
  'errors.import.unpacksTooLarge': 'the DOCX file unpacks to over {size} MB; send a smaller one',
  'errors.import.unreadable': 'the DOCX file could not be read ({reason}); open and save it again in a word processor',

  // ---- one field of a request (zod's own messages come from zod's locales)
  'errors.field.empty': 'must not be empty',
  'errors.field.required': 'is required',
  'errors.field.tooLong': '{max, plural, one {must be at most # character} other {must be at most # characters}}',
  'errors.field.tooShort': '{min, plural, one {must be at least # character} other {must be at least # characters}}',
  'errors.field.oneLine': 'must be one line without control characters',
  'errors.field.id': 'must be 1–64 lower-case letters, digits or dashes, starting with a letter or digit',
  'errors.field.blockId': 'must be a block id',
  'errors.field.bracketId': 'must be a bracket id',
  'errors.field.suggestionId': 'must be a suggestion id',
  'errors.field.pillarId': 'must be a short lower-case slug such as access',
  'errors.field.groupId': 'must be a lower-case slug such as civil-society',
  'errors.field.email': 'must be an email address such as name@example.org',
  'errors.field.country': 'must be a two-letter ISO 3166-1 country code such as KE',
  'errors.field.instant': 'must be an ISO 8601 time such as 2026-12-01T09:00:00Z',
  'errors.field.link': 'must be an http, https or mailto URL',
  'errors.field.afterOpening': 'must be after the opening time',
  'errors.field.afterStart': 'must be after start',
  'errors.field.organisationsNeeded': 'must list at least one organisation when participation is listed-organisations',
  'errors.field.confirmationCode': 'must be the code from the confirmation link',
  'errors.field.reason': 'must give a reason',
  'errors.field.objection': 'say why you break silence',
  'errors.field.pillarsNeeded': 'a call needs at least one pillar',
  'errors.field.pillarsTooMany':
    '{max, plural, one {a call has at most # pillar} other {a call has at most # pillars}}',
  'errors.field.paragraphEmpty': 'a paragraph must not be empty',
  'errors.field.paragraphTooLong':
    '{max, plural, one {a paragraph has at most # character} other {a paragraph has at most # characters}}',
  'errors.field.contributionText': 'a contribution needs some text',
  'errors.field.divergenceViews': 'a divergence has at least two views',
  'errors.field.numberingMode': `give '{"mode":"live"}' or '{"mode":"frozen","versionId":"<a saved version of this document>"}'`,
  'errors.field.notABlock': 'is not a block of the document',
  'errors.field.pendingSuggestion': 'must be a pending suggestion in the anchored paragraph',
  'errors.field.noRole': '{id} holds no role in this workspace',
  'errors.field.cannotRead': '{name} cannot read this document',
};
