import type en from '../en/a11y.js';

export default {
  'a11y.skipToContent': 'Перейти к содержимому',
  'a11y.announce.commented': 'Новый комментарий к {paragraph}: {name}',
  'a11y.announce.commentedDocument': 'Новый комментарий к документу: {name}',
  'a11y.announce.replied': 'Новый ответ на комментарий к {paragraph}: {name}',
  'a11y.announce.repliedDocument': 'Новый ответ на комментарий к документу: {name}',
  'a11y.announce.comments':
    '{count, plural, one {# новый комментарий} few {# новых комментария} many {# новых комментариев} other {# нового комментария}}',
  'a11y.announce.joined': 'Подключение к документу: {name}',
  'a11y.announce.left': 'Выход из документа: {name}',
  'a11y.announce.joinedMany':
    '{count, plural, one {К документу подключился # человек} few {К документу подключились # человека} many {К документу подключились # человек} other {К документу подключились # человека}}',
  'a11y.announce.leftMany':
    '{count, plural, one {Из документа вышел # человек} few {Из документа вышли # человека} many {Из документа вышли # человек} other {Из документа вышли # человека}}',
  'a11y.where.outside': 'Курсор находится вне пунктов текста.',
  'a11y.shortcuts.button': 'Сочетания клавиш',
  'a11y.shortcuts.title': 'Сочетания клавиш',
  'a11y.shortcuts.comment': 'Прокомментировать выделенный текст или пункт, в котором находится курсор',
  'a11y.shortcuts.panel': 'Открыть статус и позиции по пункту, в котором находится курсор',
  'a11y.shortcuts.where': 'Услышать номер и статус пункта, в котором находится курсор',
  'a11y.shortcuts.nextParagraph': 'Перейти к началу следующего пункта',
  'a11y.shortcuts.previousParagraph': 'Перейти к началу предыдущего пункта',
  'a11y.shortcuts.escape': 'Закрыть открытую панель и вернуться туда, где вы были',
} satisfies Record<keyof typeof en, string>;
