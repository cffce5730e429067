import type en from '../en/mail.js';

export default {
  'mail.hello': 'Hola, {name}:',
  'mail.dear': 'Estimado/a {name}:',

  'mail.invitation.subject': 'Invitación a {workspace} en Accord',
  'mail.invitation.invitedBy':
    '{inviter} le invita a unirse a {workspace} en Accord como {role, select, secretariat {miembro de la secretaría} coordinator {coordinador} member {miembro} contributor {colaborador} observer {observador} other {{role}}}.',
  'mail.invitation.invited':
    'Se le invita a unirse a {workspace} en Accord como {role, select, secretariat {miembro de la secretaría} coordinator {coordinador} member {miembro} contributor {colaborador} observer {observador} other {{role}}}.',
  'mail.invitation.open': 'Abra este enlace para aceptar:',
  'mail.invitation.account':
    'Si ya tiene una cuenta de Accord con esta dirección de correo electrónico, inicie sesión con ella cuando se le pida; de lo contrario, el enlace le permite crear su cuenta.',
  'mail.invitation.expiry':
    'El enlace funciona una sola vez y hasta el {expiresAt}. Si no lo esperaba, haga caso omiso de este mensaje.',

  'mail.round.subject': 'Confirme su participación en «{title}»',
  'mail.round.registered': 'Se ha inscrito en la consulta pública «{title}», abierta hasta el {closesAt}.',
  'mail.round.registeredAgain':
    'Alguien, probablemente usted, ha vuelto a inscribir esta dirección en la consulta pública «{title}». Esta dirección ya participa; el enlace que figura a continuación permite que el navegador que se inscribió participe en su nombre.',
  'mail.round.confirm':
    '{hours, plural, one {Para confirmar su correo electrónico, abra este enlace (funciona una sola vez, dentro de un plazo de # hora):} other {Para confirmar su correo electrónico, abra este enlace (funciona una sola vez, dentro de un plazo de # horas):}}',
  'mail.round.held':
    'Hasta que lo haga, los comentarios enviados desde ese navegador quedan retenidos y sus votos a favor o en contra no se cuentan.',
  'mail.round.notYou':
    'Si no fue usted, haga caso omiso de este mensaje: no se tendrá en cuenta nada de lo enviado desde ese navegador.',

  'mail.call.codeSubject': 'Su código para contribuir a «{title}»',
  'mail.call.codeAsked':
    'Alguien, probablemente usted, ha pedido contribuir a la convocatoria «{title}», abierta hasta el {closesAt}.',
  'mail.call.code': 'Su código de confirmación es: {code}',
  'mail.call.typeCode':
    '{hours, plural, one {Escríbalo en la página de la convocatoria dentro de un plazo de # hora: {link}} other {Escríbalo en la página de la convocatoria dentro de un plazo de # horas: {link}}}',
  'mail.call.codeNotYou':
    'Si no fue usted, haga caso omiso de este mensaje: no se puede enviar nada en su nombre sin este código.',
  'mail.call.receivedSubject': 'Contribución recibida: «{title}»',
  'mail.call.received':
    'Se ha recibido su contribución «{title}» en nombre de {organisation} a la convocatoria «{call}» ({count, plural, one {# párrafo} other {# párrafos}}).',
  'mail.call.canChange': 'Puede consultarla y modificarla hasta el cierre de la convocatoria, el {closesAt}:',
  'mail.call.thanks': 'Gracias por su contribución.',

  'mail.silence.subject': 'Procedimiento de acuerdo tácito: «{title}» hasta el {deadline}',
  'mail.silence.started':
    '{starter} somete la versión «{version}» de «{title}» al espacio de trabajo para que sea refrendada mediante el procedimiento de acuerdo tácito.',
  'mail.silence.rule': 'Si nadie rompe el silencio antes del {deadline}, la versión queda refrendada.',
  'mail.silence.object': 'Para romper el silencio, indique su motivo en la página del documento: {link}',
} satisfies Record<keyof typeof en, string>;
