import type en from '../en/versions.js';

export default {
  // Список версий
  'versions.list.title': 'Версии',
  'versions.list.cannotShow': 'Не удаётся показать версии',
  'versions.list.origin': 'Этот документ создан на основе версии <link>«{name}»</link>.',
  'versions.list.empty': 'Ни одной версии ещё не сохранено.',
  'versions.list.saved': '— {when}, {name}',
  'versions.list.openRound': 'Открыть раунд консультаций',
  'versions.list.openRoundOn': 'Открыть раунд консультаций по версии «{name}»',
  'versions.link.live': 'Открыть текущий документ',
  'versions.link.all': 'Все версии',
  'versions.link.compareLive': 'Сравнить с текущим документом',

  // Сохранение версии
  'versions.save.form': 'Сохранить версию',
  'versions.save.title': 'Сохранить текущий документ как версию',
  'versions.save.hint':
    'Версия фиксируется: последующая правка никогда её не меняет. Назовите её по назначению, например «Проект для общественных консультаций».',
  'versions.save.name': 'Название',
  'versions.save.note': 'Примечание (необязательно)',
  'versions.save.placeholder': 'Проект для общественных консультаций',
  'versions.save.submit': 'Сохранить версию',

  // Одна версия
  'versions.version.title': 'Версия',
  'versions.version.cannotShow': 'Не удаётся показать эту версию',
  'versions.version.download': 'Скачать:',
  'versions.version.caption': 'Версия «{name}», сохранена {when}, автор: {person}. Только чтение.',
  'versions.revisionOf':
    'Пересмотренная версия по итогам консультаций «{title}». Отчёт об ответах на комментарии: {links}',
  'versions.draft.start': 'Начать новый проект на основе этой версии',
  'versions.draft.starting': 'Создание…',
  'versions.draft.hint': 'Будет создан новый документ; этот документ и его история останутся без изменений.',
  'versions.status.drafting': 'В стадии подготовки',
  'versions.status.underDiscussion': 'Обсуждается',
  'versions.status.contested': 'Спорный',
  'versions.status.agreedAdRef': 'Согласовано ad referendum',
  'versions.status.agreed': 'Согласовано',

  // Возврат текущего документа к версии
  'versions.reset.start': 'Вернуть текущий документ к этой версии',
  'versions.reset.why': 'Восстанавливает документ, который перестал правильно отображаться или сохраняться.',
  'versions.reset.confirm': 'Вернуть текущий документ к версии «{name}»?',
  'versions.reset.what':
    'Текст у всех сразу станет текстом этой версии, в том числе у тех, кто сейчас редактирует. Изменения, внесённые после её сохранения, уйдут из текущего документа (чтобы их сохранить, сначала сохраните версию); содержимое, которое Accord не может показать, будет удалено. Пункты сохраняют свою идентичность, поэтому комментарии и статусы остаются при них. Возврат фиксируется в журнале аудита.',
  'versions.reset.submit': 'Вернуть текущий документ',
  'versions.reset.resetting': 'Возврат…',
  'versions.reset.done':
    'Текущий документ теперь содержит версию «{name}» ({written, plural, one {переписан # блок} few {переписано # блока} many {переписано # блоков} other {переписано # блока}}, без изменений: {kept, number}, удалено: {removed, number}).',

  // Сравнение
  'versions.compare.title': 'Сравнение',
  'versions.compare.pageTitle': 'Сравнить версии',
  'versions.compare.cannotShow': 'Не удаётся показать сравнение',
  'versions.compare.from': 'С',
  'versions.compare.to': 'По',
  'versions.compare.live': 'Текущий документ',
  'versions.compare.submit': 'Сравнить',
  'versions.compare.summary':
    '{from, select, live {{to, select, live {Текущий документ и текущий документ: {summary}.} other {Текущий документ и версия «{toName}»: {summary}.}}} other {{to, select, live {Версия «{fromName}» и текущий документ: {summary}.} other {Версия «{fromName}» и версия «{toName}»: {summary}.}}}}',
  'versions.compare.noDifferences': 'различий нет',
  'versions.count.changed':
    '{count, plural, one {изменён # пункт} few {изменено # пункта} many {изменено # пунктов} other {изменено # пункта}}',
  'versions.count.moved':
    '{count, plural, one {перемещён # пункт} few {перемещено # пункта} many {перемещено # пунктов} other {перемещено # пункта}}',
  'versions.count.added':
    '{count, plural, one {добавлен # пункт} few {добавлено # пункта} many {добавлено # пунктов} other {добавлено # пункта}}',
  'versions.count.removed':
    '{count, plural, one {удалён # пункт} few {удалено # пункта} many {удалено # пунктов} other {удалено # пункта}}',
  'versions.kind.added': 'Добавлен',
  'versions.kind.removed': 'Удалён',
  'versions.kind.moved': 'Перемещён',
  'versions.kind.changed': 'Изменён',
  'versions.kind.changedAndMoved': 'Изменён и перемещён',
  'versions.kind.unchanged': 'Без изменений',
  'versions.kind.splitFrom': '(выделен из предыдущего пункта)',
  'versions.number.new': 'новый',
  'versions.number.newAt': 'новый ¶{number}',
  'versions.number.removed': 'удалён',
  'versions.number.was': 'был ¶{number}',
  'versions.number.moved': '¶{from} → {to}',

  // Изменения и скобки в зафиксированном тексте
  'versions.changeLegend': 'Добавленные слова подчёркнуты, удалённые — зачёркнуты.',
  'versions.diff.added': 'добавлено',
  'versions.diff.removed': 'удалено',
  'versions.bracket.label': 'в квадратных скобках: не согласовано',
  'versions.bracket.title': 'Текст в квадратных скобках: не согласовано',
  'versions.alternatives.label': 'Альтернативные формулировки, предложенные для текста в квадратных скобках',
  'versions.alternatives.to': 'Альтернативные формулировки для {bracketed}: {alternatives}',
  'versions.alternatives.list': 'Альтернативные формулировки: {alternatives}',
  'versions.alternatives.number': 'Вариант {number}',
} satisfies Record<keyof typeof en, string>;
