import type en from '../en/rounds.js';

export default {
  // Estado, reglas y fechas de una ronda
  'rounds.state.scheduled': 'Programada',
  'rounds.state.open': 'Abierta',
  'rounds.state.closed': 'Cerrada',
  'rounds.rules.anyone': 'Puede participar cualquier persona que se inscriba.',
  'rounds.rules.listed': 'Solo pueden participar personas de estas organizaciones: {organisations}.',
  'rounds.rules.listedNone': 'Solo pueden participar personas de las organizaciones indicadas.',
  'rounds.rules.immediate': 'Los comentarios se publican de inmediato.',
  'rounds.rules.afterModeration': 'Los comentarios se publican tras la moderación.',
  'rounds.rules.both': '{participation} {moderation}',
  'rounds.times.opens': 'Apertura',
  'rounds.times.closes': 'Cierre',
  'rounds.times.closedEarly': 'Cierre anticipado',
  'rounds.time.zone': '{name} ({offset})',

  // Grupos de partes interesadas
  'rounds.group.government': 'Gobierno',
  'rounds.group.privateSector': 'Sector privado',
  'rounds.group.civilSociety': 'Sociedad civil',
  'rounds.group.technicalCommunity': 'Comunidad técnica',
  'rounds.group.intergovernmental': 'Organización intergubernamental',
  'rounds.group.academia': 'Mundo académico',

  // Tratamiento dado
  'rounds.disposition.accepted': 'Aceptado',
  'rounds.disposition.partlyAccepted': 'Aceptado en parte',
  'rounds.disposition.notAccepted': 'No aceptado',
  'rounds.disposition.noted': 'Se toma nota',
  'rounds.disposition.outOfScope': 'Fuera del ámbito',
  'rounds.disposition.label': 'Tratamiento dado',
  'rounds.disposition.choose': 'Elija…',
  'rounds.disposition.response': 'Respuesta',
  'rounds.disposition.changed': 'Párrafo modificado (opcional)',
  'rounds.disposition.saved': '{disposition} — guardado',

  // Formatos del informe
  'rounds.format.markdown': 'Markdown',
  'rounds.format.html': 'Página web (HTML)',
  'rounds.format.docx': 'Documento de Word (DOCX)',
  'rounds.format.csv': 'Hoja de cálculo (CSV)',

  // Dónde está un comentario
  'rounds.anchor.general': 'Comentario general',
  'rounds.anchor.passage': 'Fragmento del {paragraph}',
  'rounds.anchor.passageUnnumbered': 'Fragmento de un párrafo sin número',
  'rounds.anchor.unnumbered': 'Párrafo sin número',
  'rounds.paragraph.option': '{paragraph} — {words}',
  'rounds.paragraph.empty': '(vacío)',
  'rounds.reactions.counts': 'De acuerdo: {agree, number} · En desacuerdo: {disagree, number}',

  // La lista de rondas y la página de una ronda
  'rounds.link.document': 'Abrir el documento',
  'rounds.link.allRounds': 'Todas las rondas de consultas',
  'rounds.list.title': 'Rondas de consultas',
  'rounds.list.label': 'Rondas',
  'rounds.list.cannotShow': 'No se pueden mostrar las rondas',
  'rounds.list.coordinatorsOnly': 'Las rondas de consultas las organizan los coordinadores',
  'rounds.list.askForLink': 'La página pública de una ronda está abierta a todos: pida el enlace a un coordinador.',
  'rounds.list.empty': 'Todavía no se ha abierto ninguna ronda de consultas sobre este documento.',
  'rounds.list.saveVersionFirst':
    'Una ronda consulta sobre una versión congelada: primero <link>guarde una versión</link>.',
  'rounds.summary.onVersion': 'Sobre la versión «{name}»',
  'rounds.summary.onUnknownVersion': 'Sobre una versión guardada',
  'rounds.summary.publicPage': 'Página pública de «{title}»',
  'rounds.round.title': 'Ronda de consultas',
  'rounds.round.missing': 'Esa ronda no existe',
  'rounds.round.cannotShow': 'No se puede mostrar la ronda',
  'rounds.round.editorsOnly': 'Solo los coordinadores y los editores trabajan en una ronda',
  'rounds.round.otherDocument': 'Puede que pertenezca a otro documento.',
  'rounds.round.readPublic': 'Cualquier persona puede leer la ronda en su página pública.',
  'rounds.round.openPublic': 'Abrir la página pública',
  'rounds.overview.title': 'Resumen',
  'rounds.overview.publicPage': 'Página pública',
  'rounds.overview.close': 'Cerrar la ronda ahora',
  'rounds.overview.closing': 'Cerrando…',
  'rounds.overview.confirmClose': '¿Desea cerrar «{title}» ahora? Una vez cerrada, nadie podrá comentar ni opinar.',

  // Abrir una ronda
  'rounds.open.title': 'Abrir una ronda de consultas',
  'rounds.open.version': 'Versión',
  'rounds.open.roundTitle': 'Título',
  'rounds.open.introduction': 'Introducción',
  'rounds.open.participation': 'Participación',
  'rounds.open.anyone': 'Cualquier persona que se inscriba',
  'rounds.open.listed': 'Solo las organizaciones indicadas',
  'rounds.open.organisations': 'Organizaciones',
  'rounds.open.organisationsHint': 'Una organización por línea.',
  'rounds.open.moderation': 'Moderación',
  'rounds.open.immediate': 'Publicar los comentarios de inmediato',
  'rounds.open.afterModeration': 'Publicar los comentarios tras la moderación',
  'rounds.open.submit': 'Abrir la ronda',
  'rounds.open.opening': 'Abriendo…',
  'rounds.open.done':
    '{state, select, scheduled {«{title}» está programada: figura arriba con su página pública.} open {«{title}» está abierta: figura arriba con su página pública.} other {«{title}» está cerrada: figura arriba con su página pública.}}',

  // Moderación
  'rounds.moderation.title': 'Moderación',
  'rounds.moderation.cannotShow': 'No se puede mostrar la cola de moderación',
  'rounds.moderation.frozen':
    'El informe de respuestas a los comentarios se ha publicado con la versión revisada: los comentarios ya no pueden marcarse, ocultarse ni restablecerse.',
  'rounds.moderation.filters': 'Mostrar comentarios',
  'rounds.moderation.filter.pending': 'Pendientes ({count, number})',
  'rounds.moderation.filter.flagged': 'Marcados ({count, number})',
  'rounds.moderation.filter.hidden': 'Ocultos ({count, number})',
  'rounds.moderation.filter.published': 'Publicados ({count, number})',
  'rounds.moderation.empty': 'No hay comentarios aquí.',
  'rounds.moderation.status':
    '{status, select, pending {{flagged, select, yes {Pendiente, marcado} other {Pendiente}}} hidden {{flagged, select, yes {Oculto, marcado} other {Oculto}}} other {{flagged, select, yes {Publicado, marcado} other {Publicado}}}}',
  'rounds.moderation.reason': 'Motivo de la ocultación: {reason}',
  'rounds.moderation.flag': 'Marcar',
  'rounds.moderation.hide': 'Ocultar',
  'rounds.moderation.restore': 'Restablecer',
  'rounds.moderation.publish': 'Publicar',
  'rounds.moderation.reasonLabel': 'Motivo de la ocultación',
  'rounds.moderation.noteLabel': 'Nota (opcional)',
  'rounds.moderation.hideSubmit': 'Ocultar el comentario',
  'rounds.moderation.flagSubmit': 'Marcar el comentario',

  // Procesamiento de una ronda cerrada
  'rounds.processing.title': 'Procesamiento',
  'rounds.processing.notYet': 'El procesamiento comienza cuando se cierra la ronda.',
  'rounds.processing.progress':
    '{total, plural, one {{processed, number} de # comentario procesado} other {{processed, number} de # comentarios procesados}}',
  'rounds.processing.remaining':
    '{count, plural, one {# comentario aún está pendiente de tratamiento.} other {# comentarios aún están pendientes de tratamiento.}}',
  'rounds.processing.awaiting':
    '{count, plural, one {# comentario espera moderación y se procesará cuando se publique.} other {# comentarios esperan moderación y se procesarán cuando se publiquen.}}',
  'rounds.processing.onlyUnprocessed': 'Mostrar solo los no procesados',
  'rounds.processing.none': 'No se publicó ningún comentario en esta ronda.',
  'rounds.processing.general': 'Comentarios generales',
  'rounds.processing.onParagraphs': 'Comentarios sobre los párrafos',
  'rounds.processing.commentsOn': 'Comentarios sobre el {paragraph}',
  'rounds.processing.commentsOnUnnumbered': 'Comentarios sobre un párrafo sin número',
  'rounds.processing.asConsulted': '{paragraph} tal como se sometió a consulta',
  'rounds.processing.asConsultedUnnumbered': 'Tal como se sometió a consulta',
  'rounds.processing.now': 'Texto actual',
  'rounds.processing.nowRenumbered': 'Texto actual, ahora {paragraph}',
  'rounds.processing.deleted': 'Este párrafo se ha eliminado desde entonces.',

  // El informe y la versión revisada
  'rounds.report.title': 'Informe',
  'rounds.report.what':
    'El informe de respuestas a los comentarios, con cada comentario publicado y el tratamiento dado y la respuesta del grupo.',
  'rounds.revision.title': 'Publicar la versión revisada',
  'rounds.revision.what': 'Guarda el documento en curso como versión, le vincula el informe y hace público el informe.',
  'rounds.revision.name': 'Nombre',
  'rounds.revision.note': 'Nota (opcional)',
  'rounds.revision.defaultName': 'Versión revisada',
  'rounds.revision.submit': 'Publicar la versión revisada',
  'rounds.revision.publishing': 'Publicando…',
  'rounds.revision.region': 'Versión revisada',
  'rounds.revision.published': 'Versión revisada «{name}» publicada el {date}.',
  'rounds.revision.open': 'Abrir la versión revisada',
  'rounds.revision.reportPublic': 'El informe ya es público en la <link>página pública</link> de la ronda.',

  // La página pública de una ronda
  'rounds.consult.kicker': 'Consulta pública',
  'rounds.consult.version': 'Sobre {title}, tal como quedó congelado en la versión «{name}» del {date}.',
  'rounds.consult.cannotShow': 'No se puede mostrar esta consulta',
  'rounds.status.opensOn': 'Esta consulta se abre el {time}.',
  'rounds.status.openUntil': 'Abierta hasta el {time}.',
  'rounds.status.closedOn': 'Esta consulta se cerró el {time}.',
  'rounds.status.closedEarly': 'Esta consulta se cerró anticipadamente, el {time}; ya no se aceptan comentarios.',
  'rounds.consult.you':
    '{closed, select, yes {Participa como {name}. La consulta ya no acepta comentarios.} other {Participa como {name}.}}',
  'rounds.consult.youGroupOnly':
    '{closed, select, yes {Participa como {name} (sus comentarios solo muestran su grupo de partes interesadas). La consulta ya no acepta comentarios.} other {Participa como {name} (sus comentarios solo muestran su grupo de partes interesadas).}}',
  'rounds.consult.textTitle': 'El texto sometido a consulta',
  'rounds.consult.selectHint': 'Seleccione palabras de un párrafo para comentar ese fragmento.',
  'rounds.consult.generalTitle': 'Comentarios generales',
  'rounds.consult.noGeneral': 'Todavía no hay comentarios generales.',
  'rounds.consult.yourGeneralComment': 'Su comentario general sobre todo el texto',
  'rounds.consult.commentOn': 'Comentar el {paragraph}',
  'rounds.consult.yourCommentOn': 'Su comentario sobre el {paragraph}',
  'rounds.consult.yourCommentOnPassage': 'Su comentario sobre este fragmento del {paragraph}',
  'rounds.consult.commentsOn': 'Comentarios sobre el {paragraph}',
  'rounds.consult.commentsOnPassage': 'Comentarios sobre este fragmento',
  'rounds.consult.selectedPassage': 'Fragmento seleccionado',
  'rounds.consult.quote': '«{quote}»',
  'rounds.consult.commentOnPassage': 'Comentar este fragmento',
  'rounds.consult.asConsulted': 'Tal como se sometió a consulta:',
  'rounds.reactions.agree': 'De acuerdo',
  'rounds.reactions.disagree': 'En desacuerdo',
  'rounds.reactions.yourView': 'Su opinión sobre el {paragraph}',

  // Inscribirse y confirmar
  'rounds.register.title': 'Participar',
  'rounds.register.lead':
    'Inscríbase para expresar su acuerdo o desacuerdo con los párrafos y para comentarlos. No necesita una cuenta: le enviamos un enlace para confirmar su correo electrónico.',
  'rounds.register.listed':
    'Solo pueden participar en esta consulta personas de estas organizaciones. Indique una de ellas como su afiliación:',
  'rounds.register.name': 'Nombre',
  'rounds.register.email': 'Correo electrónico',
  'rounds.register.emailHint':
    'Le enviamos un enlace para confirmarlo; sus comentarios cuentan en cuanto lo abra. Nunca se muestra.',
  'rounds.register.group': 'Grupo de partes interesadas',
  'rounds.register.chooseGroup': 'Elija su grupo…',
  'rounds.register.country': 'País',
  'rounds.register.chooseCountry': 'Elija su país…',
  'rounds.register.affiliation': 'Afiliación (opcional)',
  'rounds.register.affiliationListed': 'Afiliación (una de las organizaciones indicadas arriba)',
  'rounds.register.affiliationHint': 'Solo pueden participar las organizaciones indicadas arriba.',
  'rounds.register.appear': 'Cómo aparece usted junto a sus comentarios',
  'rounds.register.showAll': 'Mostrar mi nombre, grupo y país con mis comentarios',
  'rounds.register.showGroup': 'Mostrar solo mi grupo de partes interesadas',
  'rounds.register.submit': 'Inscribirse',
  'rounds.register.registering': 'Inscribiendo…',
  'rounds.register.chooseGroupError': 'elija su grupo de partes interesadas',
  'rounds.register.chooseCountryError': 'elija su país',
  'rounds.register.affiliationError': 'indique la organización por la que participa',
  'rounds.confirm.pending':
    'Revise su correo y abra el enlace que le enviamos para confirmar su correo electrónico. Hasta entonces, sus comentarios quedan retenidos y sus opiniones de acuerdo o desacuerdo no se cuentan.',
  'rounds.confirm.done':
    'Su correo electrónico está confirmado: sus comentarios y sus opiniones de acuerdo o desacuerdo ya cuentan.',
  'rounds.confirm.confirming': 'Confirmando su correo electrónico…',
  'rounds.confirm.failed': 'No se pudo confirmar su correo electrónico: {reason}',

  // Escribir un comentario
  'rounds.comment.send': 'Enviar comentario',
  'rounds.comment.sending': 'Enviando…',
  'rounds.comment.empty': 'Escriba su comentario antes de enviarlo.',
  'rounds.comment.tooLong': 'El comentario no debe superar los 5000 caracteres.',
  'rounds.comment.pending': 'Gracias: su comentario aparecerá cuando un coordinador lo haya revisado.',
  'rounds.comment.published': 'Gracias: su comentario se ha publicado.',
  'rounds.comment.held':
    'Gracias: su comentario contará cuando confirme su correo electrónico con el enlace que le enviamos.',
  'rounds.comment.yours': 'Su comentario',
  'rounds.refusal.waitSeconds':
    '{count, plural, one {Puede volver a intentarlo dentro de # segundo.} other {Puede volver a intentarlo dentro de # segundos.}}',
  'rounds.refusal.waitMinutes':
    '{count, plural, one {Puede volver a intentarlo dentro de # minuto.} other {Puede volver a intentarlo dentro de # minutos.}}',
  'rounds.refusal.ended': '{refusal}.',
  'rounds.refusal.withWait': '{refusal} {wait}',

  // El resultado, una vez publicada la versión revisada
  'rounds.consult.outcome': 'Resultado',
  'rounds.consult.revisionPublished':
    'La versión revisada «{name}» se publicó el {date}. Lea el informe de respuestas a los comentarios:',
  'rounds.consult.readRevised':
    '{count, plural, =0 {Leer el texto revisado (ningún párrafo modificado)} one {Leer el texto revisado (# párrafo modificado)} other {Leer el texto revisado (# párrafos modificados)}}',
  'rounds.consult.answer': 'Respuesta del grupo: {disposition}',
  'rounds.consult.removed': 'Eliminado de la versión revisada «{name}».',
  'rounds.consult.unchanged': 'Sin cambios en la versión revisada.',
  'rounds.consult.unchangedRenumbered': 'Sin cambios en la versión revisada (ahora {paragraph}).',
  'rounds.consult.nowIn': 'Ahora, en «{name}»:',
  'rounds.consult.nowInRenumbered': 'Ahora, en «{name}» ({paragraph}):',
} satisfies Record<keyof typeof en, string>;
