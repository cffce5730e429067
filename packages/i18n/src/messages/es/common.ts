import type en from '../en/common.js';

export default {
  'common.appName': 'Accord',
  'common.save': 'Guardar',
  'common.saving': 'Guardando…',
  'common.cancel': 'Cancelar',
  'common.close': 'Cerrar',
  'common.delete': 'Eliminar',
  'common.edit': 'Editar',
  'common.tryAgain': 'Reintentar',
  'common.loading': 'Cargando…',
  'common.no': 'No',
  'common.copy': 'Copiar',
  'common.filter': 'Filtrar',
  'common.none': 'Ninguno',
  'common.justNow': 'ahora mismo',
  'common.chooseLanguage': 'Idioma de la interfaz',
  'common.timeZone': 'Las horas se muestran en {zone}.',
  'common.paragraph': '¶{number}',
  'common.paragraphLong': 'Párrafo {number}',
  'common.unreachable': 'No se puede conectar con Accord. Compruebe su conexión e inténtelo de nuevo.',
  'common.tooManyAttempts':
    'Demasiados intentos; vuelva a intentarlo dentro de {seconds, plural, one {# segundo} other {# segundos}}.',
  'common.tooManyAttemptsMinute': 'Demasiados intentos; vuelva a intentarlo dentro de un minuto.',
} satisfies Record<keyof typeof en, string>;
