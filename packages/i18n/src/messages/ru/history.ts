import type en from '../en/history.js';

export default {
  'history.person': '{name} ({group})',
  'history.people.others':
    '{count, plural, one {ещё # участник} few {ещё # участника} many {ещё # участников} other {ещё # участника}}',
  'history.since.summary':
    '{count, plural, one {# пункт изменён после вашего последнего посещения} few {# пункта изменены после вашего последнего посещения} many {# пунктов изменено после вашего последнего посещения} other {# пункта изменено после вашего последнего посещения}}',
  'history.since.summaryAt':
    '{count, plural, one {# пункт изменён после вашего последнего посещения} few {# пункта изменены после вашего последнего посещения} many {# пунктов изменено после вашего последнего посещения} other {# пункта изменено после вашего последнего посещения}} ({when})',
  'history.since.markBy': 'Изменено после вашего последнего посещения ({people}), {when} — скрыть',
  'history.since.mark': 'Изменено после вашего последнего посещения, {when} — скрыть',
  'history.since.dismiss': 'Скрыть',
  'history.tabs.label': 'Сведения об этом пункте',
  'history.tabs.consensus': 'Консенсус',
  'history.tabs.text': 'История текста',
  'history.text.cannotShow': 'Не удаётся показать историю текста: {problem}',
  'history.text.loading': 'Загрузка истории текста…',
  'history.text.empty': 'Изменения текста этого пункта пока не зарегистрированы.',
  'history.text.list': 'Изменения текста, сначала новые',
  'history.text.system': 'Система',
  'history.change.wrote': '{person}: пункт написан {when}',
  'history.change.removed': '{person}: пункт удалён {when}',
  'history.change.emptied': '{person}: текст пункта стёрт {when}',
  'history.change.changed': '{person}: текст изменён {when}',
  'history.diff.added': 'добавлено:',
  'history.diff.removed': 'удалено:',
  'history.numbering.title': 'Нумерация пунктов',
  'history.numbering.live': 'Нумерация динамическая: пункты нумеруются 1, 2, 3 … в их текущем порядке.',
  'history.numbering.frozenAt':
    'Нумерация зафиксирована по версии «{version}» ({when}): пункты сохраняют свои номера, новые получают номера 4bis, 4ter …, удалённые остаются в виде «6 [удалён]».',
  'history.numbering.frozenAtBy':
    'Нумерация зафиксирована по версии «{version}» ({name}, {when}): пункты сохраняют свои номера, новые получают номера 4bis, 4ter …, удалённые остаются в виде «6 [удалён]».',
  'history.numbering.renumbered':
    'Нумерация зафиксирована по текущему документу после перенумерации ({when}): пункты сохраняют свои номера, новые получают номера 4bis, 4ter …, удалённые остаются в виде «6 [удалён]».',
  'history.numbering.renumberedBy':
    'Нумерация зафиксирована по текущему документу после перенумерации ({name}, {when}): пункты сохраняют свои номера, новые получают номера 4bis, 4ter …, удалённые остаются в виде «6 [удалён]».',
  'history.numbering.deleted': '[удалён]',
  'history.numbering.freezeAt': 'Зафиксировать по версии',
  'history.numbering.freeze': 'Зафиксировать нумерацию',
  'history.numbering.renumber': 'Перенумеровать 1 … n',
  'history.numbering.backToLive': 'Вернуться к динамической нумерации',
} satisfies Record<keyof typeof en, string>;
