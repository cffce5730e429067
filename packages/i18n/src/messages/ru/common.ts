import type en from '../en/common.js';

export default {
  'common.appName': 'Accord',
  'common.save': 'Сохранить',
  'common.saving': 'Сохранение…',
  'common.cancel': 'Отмена',
  'common.close': 'Закрыть',
  'common.delete': 'Удалить',
  'common.edit': 'Изменить',
  'common.tryAgain': 'Повторить',
  'common.loading': 'Загрузка…',
  'common.no': 'Нет',
  'common.copy': 'Копировать',
  'common.filter': 'Фильтр',
  'common.none': 'Нет',
  'common.justNow': 'только что',
  'common.chooseLanguage': 'Язык интерфейса',
  'common.timeZone': 'Время указано по часовому поясу {zone}.',
  'common.paragraph': '¶{number}',
  'common.paragraphLong': 'Пункт {number}',
  'common.unreachable': 'Не удаётся связаться с Accord. Проверьте подключение и повторите попытку.',
  'common.tooManyAttempts':
    'Слишком много попыток. Повторите через {seconds, plural, one {# секунду} few {# секунды} many {# секунд} other {# секунды}}.',
  'common.tooManyAttemptsMinute': 'Слишком много попыток. Повторите через минуту.',
} satisfies Record<keyof typeof en, string>;
