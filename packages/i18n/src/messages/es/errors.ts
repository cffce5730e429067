import type en from '../en/errors.js';

export default {
  'errors.http.noRoute': 'no existe la ruta de la API {method} {path}',
  'errors.http.bodyTooLarge': 'el cuerpo de la solicitud supera 1 MiB',
  'errors.http.notJson': 'envíe el cuerpo en JSON con el encabezado Content-Type: application/json',
  'errors.http.invalidJson': 'el cuerpo de la solicitud no es un JSON válido',
  'errors.http.invalidBody': 'el cuerpo de la solicitud no es válido: {issues}',
  'errors.http.issue': '{path}: {message}',
  'errors.http.issueSeparator': '; ',
  'errors.http.internal': 'el servidor no pudo responder a esta solicitud; el registro indica el motivo',
  'errors.http.foreignOrigin':
    'no se aceptan solicitudes procedentes de {origin}; utilice Accord desde su propia dirección',
  'errors.http.csrfToken':
    'a la solicitud le falta el token de seguridad de esta sesión (X-CSRF-Token); vuelva a cargar la página e inténtelo de nuevo',
  'errors.http.invalidToken':
    'el token de acceso (bearer) no es válido o ha sido revocado; cree uno nuevo con `accord token`',
  'errors.http.format': 'el formato debe ser uno de los siguientes: {formats}',
  'errors.http.versionQuery': 'indique {name}= con el identificador de una versión o «live»',
  'errors.http.versionQueryInvalid': '{name} debe ser el identificador de una versión o «live»',
  'errors.http.auditQuery': 'after debe ser un número de secuencia y limit un número entre 1 y 1000',
  'errors.http.suggestionsQuery': 'suggestions debe ser base (el valor predeterminado) o include',

  'errors.limit.requests': 'demasiadas solicitudes desde su dirección; inténtelo de nuevo dentro de {seconds} s',
  'errors.limit.signIns': 'demasiados intentos de inicio de sesión; inténtelo de nuevo dentro de {seconds} s',
  'errors.limit.registrations':
    'demasiadas inscripciones desde esta dirección; inténtelo de nuevo dentro de {seconds} s',
  'errors.limit.commentsFromAddress':
    'demasiados comentarios desde esta dirección; inténtelo de nuevo dentro de {seconds} s',
  'errors.limit.commentsFromYou': 'ha enviado demasiados comentarios; inténtelo de nuevo dentro de {seconds} s',
  'errors.limit.reactions': 'demasiadas reacciones desde esta dirección; inténtelo de nuevo dentro de {seconds} s',
  'errors.limit.codeRequestsFromAddress':
    'demasiadas solicitudes de código desde esta dirección; inténtelo de nuevo dentro de {seconds} s',
  'errors.limit.codeRequestsForEmail':
    'demasiadas solicitudes de código para este correo electrónico; inténtelo de nuevo dentro de {seconds} s',
  'errors.limit.codeAttempts':
    'demasiados intentos para este correo electrónico; inténtelo de nuevo dentro de {seconds} s',
  'errors.limit.upload': 'la contribución supera {size} MB; envíe un archivo más pequeño',

  'errors.auth.signIn': 'inicie sesión primero',
  'errors.auth.wrongPassword': 'el correo electrónico o la contraseña no son correctos',
  'errors.forbidden':
    '{role, select, secretariat {la secretaría no puede {action}} coordinator {los coordinadores no pueden {action}} member {los miembros no pueden {action}} contributor {los colaboradores no pueden {action}} observer {los observadores no pueden {action}} other {su función no le permite {action}}}',
  'errors.forbidden.othersComment':
    '{change, select, edit {no puede editar el comentario de otra persona; solo su autor puede hacerlo} other {no puede eliminar el comentario de otra persona; solo su autor puede hacerlo}}',
  'errors.forbidden.othersThread':
    '{role, select, secretariat {la secretaría no puede resolver ni reabrir el hilo de comentarios de otra persona; pueden hacerlo su autor, los coordinadores y la secretaría} coordinator {los coordinadores no pueden resolver ni reabrir el hilo de comentarios de otra persona; pueden hacerlo su autor, los coordinadores y la secretaría} member {los miembros no pueden resolver ni reabrir el hilo de comentarios de otra persona; pueden hacerlo su autor, los coordinadores y la secretaría} contributor {los colaboradores no pueden resolver ni reabrir el hilo de comentarios de otra persona; pueden hacerlo su autor, los coordinadores y la secretaría} observer {los observadores no pueden resolver ni reabrir el hilo de comentarios de otra persona; pueden hacerlo su autor, los coordinadores y la secretaría} other {no puede resolver ni reabrir el hilo de comentarios de otra persona; pueden hacerlo su autor, los coordinadores y la secretaría}}',
  'errors.action.workspace.read': 'abrir este espacio de trabajo',
  'errors.action.document.read': 'leer este documento',
  'errors.action.document.create': 'crear documentos aquí',
  'errors.action.document.audience': 'limitar quién puede abrir este documento',
  'errors.action.document.edit': 'editar este documento',
  'errors.action.document.reset': 'restablecer este documento a una versión guardada',
  'errors.action.document.suggest': 'sugerir cambios a este documento',
  'errors.action.suggestion.decide': 'aceptar o rechazar sugerencias',
  'errors.action.comment.create': 'comentar este documento',
  'errors.action.comment.moderate': 'moderar los comentarios aquí',
  'errors.action.contribution.submit': 'presentar contribuciones aquí',
  'errors.action.position.record': 'registrar posiciones sobre este documento',
  'errors.action.status.propose': 'proponer el estado de los párrafos',
  'errors.action.status.set': 'fijar el estado de los párrafos',
  'errors.action.bracket.alternative': 'proponer variantes del texto entre corchetes',
  'errors.action.bracket.resolve': 'resolver los corchetes',
  'errors.action.version.create': 'publicar versiones de este documento',
  'errors.action.round.manage': 'abrir o cerrar rondas de consultas',
  'errors.action.call.manage': 'gestionar convocatorias de contribuciones',
  'errors.action.compilation.edit': 'incorporar contribuciones a este documento',
  'errors.action.endorsement.manage': 'someter versiones a un procedimiento de acuerdo tácito',
  'errors.action.translation.manage': 'crear versiones lingüísticas de un documento y ofrecerlas en las consultas',
  'errors.action.endorsement.object': 'romper el silencio sobre una versión',
  'errors.action.round.respond': 'responder a los comentarios de una consulta',
  'errors.action.people.read': 'ver las personas de este espacio de trabajo',
  'errors.action.people.manage': 'gestionar las personas de este espacio de trabajo',
  'errors.action.role.change': 'cambiar las funciones en este espacio de trabajo',
  'errors.action.audit.read': 'consultar el registro de auditoría',

  'errors.notFound.workspace': 'no existe el espacio de trabajo «{id}»',
  'errors.notFound.document': 'no existe el documento «{id}»',
  'errors.notFound.bracket': 'no existe el corchete «{id}»',
  'errors.notFound.call': 'no existe la convocatoria «{id}»',
  'errors.notFound.comment': 'no existe el comentario «{id}»',
  'errors.notFound.commentThread': 'no existe el hilo de comentarios «{id}»',
  'errors.notFound.contribution': 'no existe la contribución «{id}»',
  'errors.notFound.invitation': 'no existe la invitación «{id}»',
  'errors.notFound.paragraph': 'no existe el párrafo «{id}»',
  'errors.notFound.person': 'no existe la persona «{id}»',
  'errors.notFound.publishedVersion': 'no existe la versión publicada «{id}»',
  'errors.notFound.round': 'no existe la ronda de consultas «{id}»',
  'errors.notFound.silenceProcedure': 'no existe el procedimiento de acuerdo tácito «{id}»',
  'errors.notFound.suggestion': 'no existe la sugerencia «{id}»',
  'errors.notFound.version': 'no existe la versión «{id}»',
  'errors.notFound.versionOfDocument':
    'este documento no tiene la versión «{id}»; consulte la lista con GET /api/documents/:id/versions',
  'errors.notFound.versionSaveFirst': 'este documento no tiene la versión «{id}»; guarde una primero',
  'errors.notFound.procedure':
    'no existe el procedimiento de acuerdo tácito «{id}»; consulte la lista con GET /api/documents/:id/endorsements',
  'errors.notFound.personHere': 'no existe la persona «{id}» en este espacio de trabajo',
  'errors.notFound.token': 'no hay ningún token activo como este; es posible que ya se haya revocado',
  'errors.notFound.pendingInvitation':
    'no hay ninguna invitación pendiente con ese identificador en este espacio de trabajo (puede que se haya aceptado, revocado o que haya caducado)',

  'errors.identity.emailTaken': 'ya existe una persona con el correo electrónico {email}',
  'errors.identity.groupExists': 'el grupo de partes interesadas {id} ya existe',
  'errors.identity.unknownGroup': 'grupo de partes interesadas {id} desconocido; grupos conocidos: {known}',
  'errors.identity.passwordTooShort': 'la contraseña debe tener al menos {min} caracteres',
  'errors.identity.passwordTooLong': 'la contraseña debe tener como máximo {max} caracteres',
  'errors.identity.lastSecretariat':
    'esta persona es el único miembro de la secretaría del espacio de trabajo; asigne primero esa función a otra persona',
  'errors.identity.roleRequired':
    'el cuerpo de la solicitud no es válido: se requiere una función para añadir a alguien a un espacio de trabajo',
  'errors.identity.audienceOutsiders': 'un público se compone de las personas del espacio de trabajo: {issues}',
  'errors.invitation.gone':
    'este enlace de invitación no es válido, ya se utilizó, fue revocado o ha caducado; pida uno nuevo a la secretaría',
  'errors.invitation.signInFirst':
    'esta invitación es para {email}, que tiene una cuenta de Accord: inicie sesión primero con ella y después acepte',
  'errors.invitation.wrongPerson':
    'esta invitación es para {email}; ha iniciado sesión como otra persona: cierre la sesión, inicie sesión como {email} y después acepte',
  'errors.invitation.detailsRequired':
    'para crear su cuenta, indique su nombre, su grupo de partes interesadas y una contraseña',

  'errors.comment.mentions': 'solo se puede mencionar a personas que pueden leer este documento: {issues}',
  'errors.comment.alreadyResolved':
    'este hilo de comentarios ya está resuelto; vuelva a cargar para ver quién lo resolvió',
  'errors.comment.alreadyOpen': 'este hilo de comentarios ya está abierto',
  'errors.comment.notAuthor':
    '{change, select, edit {solo su autor puede editar un comentario} other {solo su autor puede eliminar un comentario}}',
  'errors.comment.deleted': 'este comentario se eliminó; ya no se puede modificar',
  'errors.comment.anchorMalformed':
    'anchor.start y anchor.end deben ser posiciones en este documento, tal como las da la selección del editor',
  'errors.comment.anchorNotSynced':
    'el texto seleccionado incluye cambios que el servidor aún no ha recibido; espere a que se guarden sus cambios y vuelva a comentar',
  'errors.comment.anchorGone': 'el texto seleccionado ya no está en el documento; vuelva a seleccionarlo',
  'errors.comment.anchorOtherBlock': 'el pasaje debe estar dentro del bloque {blockId}; comente un párrafo cada vez',
  'errors.comment.anchorCollapsed':
    'seleccione al menos un carácter para comentar un pasaje, o comente el párrafo completo',
  'errors.comment.unknownBlock':
    'el documento no tiene el bloque {blockId} (puede que se haya eliminado); vuelva a cargar el documento y comente de nuevo',
  'errors.comment.passageTooLong':
    'un pasaje puede tener como máximo 2000 caracteres (este tiene {length}); comente mejor el párrafo completo',
  'errors.comment.suggestionNotHere':
    'no hay ninguna sugerencia pendiente {id} en este párrafo; abra el hilo en el párrafo que contiene la sugerencia',

  'errors.consensus.openBrackets':
    'no se puede marcar {paragraph} como {status, select, adRef {acordado ad referendum} other {acordado}}: {count, plural, one {tiene # corchete sin resolver: {brackets}. Resuélvalo primero.} other {tiene # corchetes sin resolver: {brackets}. Resuélvalos primero.}}',
  'errors.consensus.paragraph': 'el párrafo {label}',
  'errors.consensus.block': 'el bloque {id}',
  'errors.consensus.unchanged':
    '{status, select, drafting {el párrafo ya está en redacción} underDiscussion {el párrafo ya está en debate} contested {el párrafo ya está controvertido} agreed {el párrafo ya está acordado} adRef {el párrafo ya está acordado ad referendum} other {el párrafo ya tiene este estado}}',
  'errors.consensus.unknownAlternative':
    'el corchete {bracketId} no tiene la variante {alternativeId}; elija una de sus variantes o el texto entre corchetes',
  'errors.consensus.bracketGone': 'el corchete {id} se eliminó del texto entretanto; no se ha cambiado nada',
  'errors.consensus.bracketResolved': 'el corchete {id} ya está resuelto',
  'errors.consensus.alternativesClosed': 'el corchete {id} ya está resuelto; ya no se pueden añadir variantes',
  'errors.consensus.noBracket':
    'el documento no tiene el corchete {id} (puede que se haya eliminado su texto); vuelva a cargar el documento',
  'errors.consensus.unknownBlock':
    'el documento no tiene el bloque {blockId} (puede que se haya eliminado); vuelva a cargar el documento e inténtelo de nuevo',
  'errors.suggestion.notFound': 'no existe la sugerencia «{id}» en este documento',
  'errors.suggestion.notAuthor':
    'solo su autor puede retirar una sugerencia; los coordinadores la aceptan o la rechazan',
  'errors.suggestion.gone':
    'la sugerencia {id} ya no está pendiente (se decidió, se retiró o se eliminó su texto); vuelva a cargar para ver el texto tal como está',
  'errors.numbering.alreadyLive': `la numeración ya es dinámica; fíjela en una versión con '{"mode":"frozen","versionId":…}'`,

  'errors.compilation.noContribution': 'no existe la contribución «{id}» a una convocatoria sobre este documento',
  'errors.compilation.noSuchParagraphs':
    'la contribución tiene {count, plural, one {# párrafo} other {# párrafos}} (de 0 a {last}); no existe el párrafo {missing}',
  'errors.compilation.noParagraph': 'el documento no tiene el párrafo «{id}»',
  'errors.compilation.unknownContributions':
    'no existe la contribución {ids} a una convocatoria sobre este documento; un punto de vista se sustenta en contribuciones a sus convocatorias',
  'errors.compilation.noBlock':
    'la compilación no tiene el bloque «{id}»; vuelva a cargarla y elija de nuevo dónde insertar',
  'errors.endorsement.deadlinePassed':
    'el plazo {deadline} no está en el futuro (ahora son {now}); indique uno posterior',
  'errors.endorsement.running':
    'ya hay un procedimiento de acuerdo tácito en curso sobre esta versión ({id}); espere a que venza su plazo',
  'errors.endorsement.endorsed': 'esta versión ya está refrendada (procedimiento {id})',
  'errors.endorsement.ended': 'este procedimiento de acuerdo tácito terminó el {deadline}; ya no se aceptan objeciones',

  'errors.round.clash':
    'otra ronda de consultas de este documento está abierta o prevista en ese período; ciérrela o elija otras fechas',
  'errors.round.noSuchRound': 'esta ronda de consultas no existe',
  'errors.round.versionMissing': 'no se encuentra la versión de esta ronda de consultas',
  'errors.round.notListed':
    'esta ronda solo está abierta a las organizaciones enumeradas en su página; indique una de ellas como afiliación',
  'errors.round.frozen':
    'el informe sobre el tratamiento dado a los comentarios se publicó con la versión revisada; sus comentarios ya no se pueden señalar, ocultar, restablecer ni añadir',
  'errors.round.linkInvalid':
    'este enlace de confirmación no es válido o ya se utilizó; vuelva a inscribirse con el mismo correo electrónico para recibir uno nuevo',
  'errors.round.linkExpired':
    'este enlace de confirmación ha caducado; vuelva a inscribirse con el mismo correo electrónico para recibir uno nuevo',
  'errors.round.notRegistered': 'inscríbase primero en esta ronda de consultas',
  'errors.round.noComment': 'este comentario no existe en esta ronda de consultas',
  'errors.round.notOpen':
    'esta ronda de consultas se abre el {opensAt}; los comentarios y las inscripciones se aceptan a partir de entonces',
  'errors.round.closed': 'esta ronda de consultas está cerrada; ya no se aceptan comentarios ni inscripciones',
  'errors.round.noParagraph': 'este párrafo no figura en la versión sometida a consulta',
  'errors.round.quoteMismatch':
    '{number, select, none {la cita no coincide con el texto del párrafo en esas posiciones; vuelva a seleccionar el pasaje en la página} other {la cita no coincide con el texto del párrafo {number} en esas posiciones; vuelva a seleccionar el pasaje en la página}}',
  'errors.round.passageOutside':
    '{number, select, none {las posiciones del pasaje no están dentro del texto del párrafo; vuelva a seleccionar el pasaje en la página} other {las posiciones del pasaje no están dentro del texto del párrafo {number}; vuelva a seleccionar el pasaje en la página}}',
  'errors.round.stillOpen':
    'esta ronda aún acepta comentarios; el tratamiento de los comentarios se decide una vez cerrada (un coordinador puede cerrarla ahora)',
  'errors.round.dispositionsFinal':
    'el informe sobre el tratamiento dado a los comentarios se publicó con la versión revisada; el tratamiento dado es definitivo',
  'errors.round.changedParagraphGone':
    'el párrafo modificado ya no está en el documento; elija uno de sus párrafos actuales',
  'errors.round.noPublishedComment': 'no hay ningún comentario publicado con ese identificador en esta ronda',
  'errors.round.closeFirst': 'cierre la ronda y responda a sus comentarios antes de publicar la versión revisada',
  'errors.round.revisedAlready':
    'esta ronda ya tiene su versión revisada; guarde las versiones siguientes desde la página de versiones',
  'errors.round.awaitingModeration':
    '{count, plural, one {# comentario aún espera moderación; publíquelo u ocúltelo primero} other {# comentarios aún esperan moderación; publíquelos u ocúltelos primero}}',
  'errors.round.unanswered':
    '{remaining, plural, one {a # de {total} comentarios aún no se le ha dado tratamiento; todos los comentarios reciben respuesta antes de publicar la versión revisada} other {a # de {total} comentarios aún no se les ha dado tratamiento; todos los comentarios reciben respuesta antes de publicar la versión revisada}}',
  'errors.round.reportNotOut':
    'el informe sobre el tratamiento dado a los comentarios se publica con la versión revisada, que aún no se ha publicado',
  'errors.round.answersNotOut':
    'las respuestas a los comentarios se publican con la versión revisada, que aún no se ha publicado',

  'errors.call.closesBeforeOpens': 'closesAt debe ser posterior a opensAt; elija una hora de cierre posterior',
  'errors.call.duplicatePillar': 'dos pilares tienen el identificador «{id}»; asigne a cada uno el suyo',
  'errors.call.noSuchCall': 'esta convocatoria de contribuciones no existe',
  'errors.call.codeInvalid':
    'este código no es válido para este correo electrónico o ya se utilizó; solicite un código nuevo',
  'errors.call.codeExpired': 'este código ha caducado; solicite un código nuevo',
  'errors.call.unconfirmed':
    'solo se aceptan contribuciones desde correos electrónicos confirmados: indique su nombre y su correo, escriba el código que se le envió y transmita el token obtenido en X-Contributor-Token',
  'errors.call.notAuthor': 'solo su autor puede modificar una contribución',
  'errors.call.frozen':
    'esta convocatoria se cerró el {closesAt}; sus contribuciones están congeladas y ya no se pueden modificar',
  'errors.call.editConflict':
    'otra modificación de esta contribución se guardó en el mismo momento; vuelva a cargarla e inténtelo de nuevo',
  'errors.call.noContribution': 'esta contribución no existe en esta convocatoria',
  'errors.call.notYours': 'no tiene ninguna contribución como esta en esta convocatoria',
  'errors.call.workspaceOnly':
    'esta convocatoria solo acepta contribuciones del espacio de trabajo; inicie sesión para contribuir',
  'errors.call.notInvited':
    'esta convocatoria solo está abierta a las organizaciones invitadas ({organisations}); indique una de ellas como su organización',
  'errors.call.notOpen':
    'esta convocatoria se abre el {opensAt}; las contribuciones se aceptan desde entonces hasta el {closesAt}',
  'errors.call.closed': 'esta convocatoria se cerró el {closesAt}; ya no se aceptan contribuciones',
  'errors.call.unknownPillars': 'no existe el pilar {pillars} en esta convocatoria; elija entre {known}',
  'errors.contribution.noText':
    'el cuerpo de la solicitud no es válido: faltan los párrafos; escriba el texto o envíe un archivo',
  'errors.contribution.unreadableForm': 'no se pudieron leer los datos del formulario; envíelos de nuevo',
  'errors.contribution.unknownField': 'el cuerpo de la solicitud no es válido: campo desconocido «{name}»',
  'errors.contribution.repeatedField': 'el cuerpo de la solicitud no es válido: {name} aparece más de una vez',
  'errors.contribution.noFile':
    'el cuerpo de la solicitud no es válido: falta el archivo; adjunte un archivo DOCX, Markdown o de texto',
  'errors.contribution.pillarsNotArray': 'el cuerpo de la solicitud no es válido: pillars no es una matriz JSON',
  'errors.import.tooLarge': 'el archivo supera {size} MB; envíe uno más pequeño',
  'errors.import.empty': 'el archivo está vacío',
  'errors.import.unknownType':
    'el archivo «{name}» no es un archivo DOCX, Markdown (.md) ni de texto sin formato (.txt); guárdelo en uno de esos formatos',
  'errors.import.noText': 'el archivo no contiene texto',
  'errors.import.tooManyParagraphs': 'el archivo tiene {count} párrafos; una contribución tiene como máximo {max}',
  'errors.import.paragraphTooLong': 'el párrafo {index} del archivo supera {max} caracteres; divídalo',
  'errors.import.binary':
    'el archivo no es de texto (contiene datos binarios); envíe un archivo DOCX, Markdown o de texto sin formato',
  'errors.import.notUtf8': 'el archivo no es texto UTF-8; guárdelo como UTF-8 y envíelo de nuevo',
  'errors.import.notDocx':
    'el archivo tiene la extensión .docx pero no es un archivo DOCX (un DOCX es un archivo zip); vuelva a guardarlo como DOCX',
  'errors.import.zipDirectoryMissing':
    'el archivo DOCX está dañado (falta su directorio zip); vuelva a guardarlo como DOCX',
  'errors.import.zipDirectoryBroken':
    'el archivo DOCX está dañado (su directorio zip está roto); vuelva a guardarlo como DOCX',
  'errors.import.noDocument':
    'el archivo es un archivo zip pero no un documento DOCX (no contiene word/document.xml); envíe el propio DOCX',
  'errors.import.unpacksTooLarge': 'el archivo DOCX descomprimido supera {size} MB; envíe uno más pequeño',
  'errors.import.unreadable':
    'no se pudo leer el archivo DOCX ({reason}); ábralo y vuelva a guardarlo en un procesador de textos',

  'errors.field.empty': 'no debe estar vacío',
  'errors.field.required': 'es obligatorio',
  'errors.field.tooLong':
    '{max, plural, one {debe tener como máximo # carácter} other {debe tener como máximo # caracteres}}',
  'errors.field.tooShort':
    '{min, plural, one {debe tener al menos # carácter} other {debe tener al menos # caracteres}}',
  'errors.field.oneLine': 'debe ser una sola línea sin caracteres de control',
  'errors.field.id': 'debe tener de 1 a 64 letras minúsculas, cifras o guiones, y empezar por una letra o una cifra',
  'errors.field.blockId': 'debe ser un identificador de bloque',
  'errors.field.bracketId': 'debe ser un identificador de corchete',
  'errors.field.suggestionId': 'debe ser un identificador de sugerencia',
  'errors.field.pillarId': 'debe ser un identificador breve en minúsculas, como access',
  'errors.field.groupId': 'debe ser un identificador en minúsculas, como civil-society',
  'errors.field.email': 'debe ser una dirección de correo electrónico, como nombre@example.org',
  'errors.field.country': 'debe ser un código de país ISO 3166-1 de dos letras, como KE',
  'errors.field.instant': 'debe ser una hora en formato ISO 8601, como 2026-12-01T09:00:00Z',
  'errors.field.link': 'debe ser una URL http, https o mailto',
  'errors.field.afterOpening': 'debe ser posterior a la hora de apertura',
  'errors.field.afterStart': 'debe ser posterior al inicio',
  'errors.field.organisationsNeeded':
    'debe enumerar al menos una organización cuando la participación es listed-organisations',
  'errors.field.confirmationCode': 'debe ser el código del enlace de confirmación',
  'errors.field.reason': 'debe indicar un motivo',
  'errors.field.objection': 'indique por qué rompe el silencio',
  'errors.field.pillarsNeeded': 'una convocatoria necesita al menos un pilar',
  'errors.field.pillarsTooMany':
    '{max, plural, one {una convocatoria tiene como máximo # pilar} other {una convocatoria tiene como máximo # pilares}}',
  'errors.field.paragraphEmpty': 'un párrafo no debe estar vacío',
  'errors.field.paragraphTooLong':
    '{max, plural, one {un párrafo tiene como máximo # carácter} other {un párrafo tiene como máximo # caracteres}}',
  'errors.field.contributionText': 'una contribución necesita algo de texto',
  'errors.field.divergenceViews': 'una divergencia reúne al menos dos puntos de vista',
  'errors.field.numberingMode': `indique '{"mode":"live"}' o '{"mode":"frozen","versionId":"<una versión guardada de este documento>"}'`,
  'errors.field.notABlock': 'no es un bloque del documento',
  'errors.field.pendingSuggestion': 'debe ser una sugerencia pendiente en el párrafo comentado',
  'errors.field.noRole': '{id} no tiene ninguna función en este espacio de trabajo',
  'errors.field.cannotRead': '{name} no puede leer este documento',
} satisfies Record<keyof typeof en, string>;
