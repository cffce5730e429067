import type en from '../en/rounds.js';

export default {
  // Состояние, правила и сроки раунда
  'rounds.state.scheduled': 'Запланирован',
  'rounds.state.open': 'Открыт',
  'rounds.state.closed': 'Закрыт',
  'rounds.rules.anyone': 'Участвовать может любой зарегистрировавшийся.',
  'rounds.rules.listed': 'Участвовать могут только представители этих организаций: {organisations}.',
  'rounds.rules.listedNone': 'Участвовать могут только представители перечисленных организаций.',
  'rounds.rules.immediate': 'Комментарии публикуются сразу.',
  'rounds.rules.afterModeration': 'Комментарии публикуются после модерации.',
  'rounds.rules.both': '{participation} {moderation}',
  'rounds.times.opens': 'Открытие',
  'rounds.times.closes': 'Закрытие',
  'rounds.times.closedEarly': 'Закрыт досрочно',
  'rounds.time.zone': '{name} ({offset})',

  // Группы заинтересованных сторон
  'rounds.group.government': 'Правительство',
  'rounds.group.privateSector': 'Частный сектор',
  'rounds.group.civilSociety': 'Гражданское общество',
  'rounds.group.technicalCommunity': 'Техническое сообщество',
  'rounds.group.intergovernmental': 'Межправительственная организация',
  'rounds.group.academia': 'Научные круги',

  // Решения по замечаниям
  'rounds.disposition.accepted': 'Принято',
  'rounds.disposition.partlyAccepted': 'Принято частично',
  'rounds.disposition.notAccepted': 'Не принято',
  'rounds.disposition.noted': 'Принято к сведению',
  'rounds.disposition.outOfScope': 'Вне рамок консультаций',
  'rounds.disposition.label': 'Решение по замечанию',
  'rounds.disposition.choose': 'Выберите…',
  'rounds.disposition.response': 'Ответ',
  'rounds.disposition.changed': 'Изменённый пункт (необязательно)',
  'rounds.disposition.saved': '{disposition} — сохранено',

  // Форматы отчёта
  'rounds.format.markdown': 'Markdown',
  'rounds.format.html': 'Веб-страница (HTML)',
  'rounds.format.docx': 'Документ Word (DOCX)',
  'rounds.format.csv': 'Таблица (CSV)',

  // К чему относится комментарий
  'rounds.anchor.general': 'Общий комментарий',
  'rounds.anchor.passage': 'Фрагмент {paragraph}',
  'rounds.anchor.passageUnnumbered': 'Фрагмент ненумерованного абзаца',
  'rounds.anchor.unnumbered': 'Ненумерованный абзац',
  'rounds.paragraph.option': '{paragraph} — {words}',
  'rounds.paragraph.empty': '(пусто)',
  'rounds.reactions.counts': 'Согласны: {agree, number} · Не согласны: {disagree, number}',

  // Список раундов и страница раунда
  'rounds.link.document': 'Открыть документ',
  'rounds.link.allRounds': 'Все раунды консультаций',
  'rounds.list.title': 'Раунды консультаций',
  'rounds.list.label': 'Раунды',
  'rounds.list.cannotShow': 'Не удаётся показать раунды',
  'rounds.list.coordinatorsOnly': 'Раунды консультаций проводят координаторы',
  'rounds.list.askForLink': 'Публичная страница раунда открыта для всех: попросите ссылку у координатора.',
  'rounds.list.empty': 'По этому документу ещё не открыто ни одного раунда консультаций.',
  'rounds.list.saveVersionFirst': 'Раунд проводится по зафиксированной версии: сначала <link>сохраните версию</link>.',
  'rounds.summary.onVersion': 'По версии «{name}»',
  'rounds.summary.onUnknownVersion': 'По сохранённой версии',
  'rounds.summary.publicPage': 'Публичная страница раунда «{title}»',
  'rounds.round.title': 'Раунд консультаций',
  'rounds.round.missing': 'Такого раунда нет',
  'rounds.round.cannotShow': 'Не удаётся показать раунд',
  'rounds.round.editorsOnly': 'С раундом работают только координаторы и редакторы',
  'rounds.round.otherDocument': 'Возможно, он относится к другому документу.',
  'rounds.round.readPublic': 'Любой может ознакомиться с раундом на его публичной странице.',
  'rounds.round.openPublic': 'Открыть публичную страницу',
  'rounds.overview.title': 'Обзор',
  'rounds.overview.publicPage': 'Публичная страница',
  'rounds.overview.close': 'Закрыть раунд сейчас',
  'rounds.overview.closing': 'Закрытие…',
  'rounds.overview.confirmClose':
    'Закрыть раунд «{title}» сейчас? После закрытия никто не сможет оставлять комментарии или выражать мнение.',

  // Открытие раунда
  'rounds.open.title': 'Открыть раунд консультаций',
  'rounds.open.version': 'Версия',
  'rounds.open.roundTitle': 'Название',
  'rounds.open.introduction': 'Вступление',
  'rounds.open.participation': 'Участие',
  'rounds.open.anyone': 'Любой зарегистрировавшийся',
  'rounds.open.listed': 'Только перечисленные организации',
  'rounds.open.organisations': 'Организации',
  'rounds.open.organisationsHint': 'По одной организации в строке.',
  'rounds.open.moderation': 'Модерация',
  'rounds.open.immediate': 'Публиковать комментарии сразу',
  'rounds.open.afterModeration': 'Публиковать комментарии после модерации',
  'rounds.open.submit': 'Открыть раунд',
  'rounds.open.opening': 'Открытие…',
  'rounds.open.done':
    '{state, select, scheduled {Раунд «{title}» запланирован: он указан выше вместе со своей публичной страницей.} open {Раунд «{title}» открыт: он указан выше вместе со своей публичной страницей.} other {Раунд «{title}» закрыт: он указан выше вместе со своей публичной страницей.}}',

  // Модерация
  'rounds.moderation.title': 'Модерация',
  'rounds.moderation.cannotShow': 'Не удаётся показать очередь модерации',
  'rounds.moderation.frozen':
    'Отчёт об ответах на комментарии опубликован вместе с пересмотренной версией: комментарии больше нельзя отмечать, скрывать или восстанавливать.',
  'rounds.moderation.filters': 'Показать комментарии',
  'rounds.moderation.filter.pending': 'Ожидают ({count, number})',
  'rounds.moderation.filter.flagged': 'Отмеченные ({count, number})',
  'rounds.moderation.filter.hidden': 'Скрытые ({count, number})',
  'rounds.moderation.filter.published': 'Опубликованные ({count, number})',
  'rounds.moderation.empty': 'Здесь нет комментариев.',
  'rounds.moderation.status':
    '{status, select, pending {{flagged, select, yes {Ожидает, отмечен} other {Ожидает}}} hidden {{flagged, select, yes {Скрыт, отмечен} other {Скрыт}}} other {{flagged, select, yes {Опубликован, отмечен} other {Опубликован}}}}',
  'rounds.moderation.reason': 'Причина скрытия: {reason}',
  'rounds.moderation.flag': 'Отметить',
  'rounds.moderation.hide': 'Скрыть',
  'rounds.moderation.restore': 'Восстановить',
  'rounds.moderation.publish': 'Опубликовать',
  'rounds.moderation.reasonLabel': 'Причина скрытия',
  'rounds.moderation.noteLabel': 'Примечание (необязательно)',
  'rounds.moderation.hideSubmit': 'Скрыть комментарий',
  'rounds.moderation.flagSubmit': 'Отметить комментарий',

  // Обработка закрытого раунда
  'rounds.processing.title': 'Обработка',
  'rounds.processing.notYet': 'Обработка начинается после закрытия раунда.',
  'rounds.processing.progress':
    '{total, plural, one {Обработано {processed, number} из # комментария} few {Обработано {processed, number} из # комментариев} many {Обработано {processed, number} из # комментариев} other {Обработано {processed, number} из # комментария}}',
  'rounds.processing.remaining':
    '{count, plural, one {# комментарий ещё ждёт решения.} few {# комментария ещё ждут решения.} many {# комментариев ещё ждут решения.} other {# комментария ещё ждут решения.}}',
  'rounds.processing.awaiting':
    '{count, plural, one {# комментарий ожидает модерации и будет обработан после публикации.} few {# комментария ожидают модерации и будут обработаны после публикации.} many {# комментариев ожидают модерации и будут обработаны после публикации.} other {# комментария ожидают модерации и будут обработаны после публикации.}}',
  'rounds.processing.onlyUnprocessed': 'Показывать только необработанные',
  'rounds.processing.none': 'В этом раунде не опубликовано ни одного комментария.',
  'rounds.processing.general': 'Общие комментарии',
  'rounds.processing.onParagraphs': 'Комментарии к пунктам',
  'rounds.processing.commentsOn': 'Комментарии к {paragraph}',
  'rounds.processing.commentsOnUnnumbered': 'Комментарии к ненумерованному абзацу',
  'rounds.processing.asConsulted': '{paragraph} в редакции, вынесенной на консультации',
  'rounds.processing.asConsultedUnnumbered': 'В редакции, вынесенной на консультации',
  'rounds.processing.now': 'Текущая редакция',
  'rounds.processing.nowRenumbered': 'Текущая редакция, теперь {paragraph}',
  'rounds.processing.deleted': 'Этот пункт с тех пор удалён.',

  // Отчёт и пересмотренная версия
  'rounds.report.title': 'Отчёт',
  'rounds.report.what':
    'Отчёт об ответах на комментарии: каждый опубликованный комментарий, решение группы по нему и её ответ.',
  'rounds.revision.title': 'Опубликовать пересмотренную версию',
  'rounds.revision.what': 'Сохраняет текущий документ как версию, связывает с ней отчёт и делает отчёт общедоступным.',
  'rounds.revision.name': 'Название',
  'rounds.revision.note': 'Примечание (необязательно)',
  'rounds.revision.defaultName': 'Пересмотренная версия',
  'rounds.revision.submit': 'Опубликовать пересмотренную версию',
  'rounds.revision.publishing': 'Публикация…',
  'rounds.revision.region': 'Пересмотренная версия',
  'rounds.revision.published': 'Пересмотренная версия «{name}» опубликована {date}.',
  'rounds.revision.open': 'Открыть пересмотренную версию',
  'rounds.revision.reportPublic': 'Отчёт теперь доступен всем на <link>публичной странице</link> раунда.',

  // Публичная страница раунда
  'rounds.consult.kicker': 'Общественные консультации',
  'rounds.consult.version': 'Документ {title} в редакции, зафиксированной в версии «{name}» от {date}.',
  'rounds.consult.cannotShow': 'Не удаётся показать эти консультации',
  'rounds.status.opensOn': 'Эти консультации откроются {time}.',
  'rounds.status.openUntil': 'Открыты до {time}.',
  'rounds.status.closedOn': 'Эти консультации завершились {time}.',
  'rounds.status.closedEarly': 'Эти консультации были досрочно закрыты {time}; комментарии больше не принимаются.',
  'rounds.consult.you':
    '{closed, select, yes {Вы участвуете как {name}. Консультации больше не принимают комментарии.} other {Вы участвуете как {name}.}}',
  'rounds.consult.youGroupOnly':
    '{closed, select, yes {Вы участвуете как {name} (при ваших комментариях указывается только ваша группа заинтересованных сторон). Консультации больше не принимают комментарии.} other {Вы участвуете как {name} (при ваших комментариях указывается только ваша группа заинтересованных сторон).}}',
  'rounds.consult.textTitle': 'Текст, вынесенный на консультации',
  'rounds.consult.selectHint': 'Выделите слова в пункте, чтобы прокомментировать этот фрагмент.',
  'rounds.consult.generalTitle': 'Общие комментарии',
  'rounds.consult.noGeneral': 'Общих комментариев пока нет.',
  'rounds.consult.yourGeneralComment': 'Ваш общий комментарий ко всему тексту',
  'rounds.consult.commentOn': 'Прокомментировать {paragraph}',
  'rounds.consult.yourCommentOn': 'Ваш комментарий к {paragraph}',
  'rounds.consult.yourCommentOnPassage': 'Ваш комментарий к этому фрагменту {paragraph}',
  'rounds.consult.commentsOn': 'Комментарии к {paragraph}',
  'rounds.consult.commentsOnPassage': 'Комментарии к этому фрагменту',
  'rounds.consult.selectedPassage': 'Выделенный фрагмент',
  'rounds.consult.quote': '«{quote}»',
  'rounds.consult.commentOnPassage': 'Прокомментировать этот фрагмент',
  'rounds.consult.asConsulted': 'В редакции, вынесенной на консультации:',
  'rounds.reactions.agree': 'Согласиться',
  'rounds.reactions.disagree': 'Не согласиться',
  'rounds.reactions.yourView': 'Ваше мнение о {paragraph}',

  // Регистрация и подтверждение
  'rounds.register.title': 'Принять участие',
  'rounds.register.lead':
    'Зарегистрируйтесь, чтобы выражать согласие или несогласие с пунктами и комментировать их. Учётная запись не нужна: мы пришлём вам ссылку для подтверждения адреса электронной почты.',
  'rounds.register.listed':
    'В этих консультациях могут участвовать только представители следующих организаций. Укажите одну из них в качестве своей организации:',
  'rounds.register.name': 'Имя',
  'rounds.register.email': 'Электронная почта',
  'rounds.register.emailHint':
    'Мы пришлём ссылку для подтверждения адреса; ваши комментарии будут учтены, как только вы её откроете. Адрес никогда не показывается.',
  'rounds.register.group': 'Группа заинтересованных сторон',
  'rounds.register.chooseGroup': 'Выберите группу…',
  'rounds.register.country': 'Страна',
  'rounds.register.chooseCountry': 'Выберите страну…',
  'rounds.register.affiliation': 'Организация (необязательно)',
  'rounds.register.affiliationListed': 'Организация (одна из перечисленных выше)',
  'rounds.register.affiliationHint': 'Участвовать могут только перечисленные выше организации.',
  'rounds.register.appear': 'Как вы будете указаны рядом с комментариями',
  'rounds.register.showAll': 'Показывать моё имя, группу и страну рядом с моими комментариями',
  'rounds.register.showGroup': 'Показывать только мою группу заинтересованных сторон',
  'rounds.register.submit': 'Зарегистрироваться',
  'rounds.register.registering': 'Регистрация…',
  'rounds.register.chooseGroupError': 'выберите свою группу заинтересованных сторон',
  'rounds.register.chooseCountryError': 'выберите свою страну',
  'rounds.register.affiliationError': 'укажите организацию, от имени которой вы участвуете',
  'rounds.confirm.pending':
    'Проверьте почту и откройте присланную нами ссылку, чтобы подтвердить адрес электронной почты. До тех пор ваши комментарии не публикуются, а ваше согласие или несогласие не учитывается.',
  'rounds.confirm.done':
    'Ваш адрес электронной почты подтверждён: ваши комментарии, согласие и несогласие теперь учитываются.',
  'rounds.confirm.confirming': 'Подтверждение адреса электронной почты…',
  'rounds.confirm.failed': 'Не удалось подтвердить адрес электронной почты: {reason}',

  // Комментарий
  'rounds.comment.send': 'Отправить комментарий',
  'rounds.comment.sending': 'Отправка…',
  'rounds.comment.empty': 'Напишите комментарий, прежде чем отправлять его.',
  'rounds.comment.tooLong': 'Комментарий не должен превышать 5000 знаков.',
  'rounds.comment.pending': 'Спасибо! Ваш комментарий появится после проверки координатором.',
  'rounds.comment.published': 'Спасибо! Ваш комментарий опубликован.',
  'rounds.comment.held':
    'Спасибо! Ваш комментарий будет учтён, когда вы подтвердите адрес электронной почты по присланной нами ссылке.',
  'rounds.comment.yours': 'Ваш комментарий',
  'rounds.refusal.waitSeconds':
    '{count, plural, one {Повторите попытку через # секунду.} few {Повторите попытку через # секунды.} many {Повторите попытку через # секунд.} other {Повторите попытку через # секунды.}}',
  'rounds.refusal.waitMinutes':
    '{count, plural, one {Повторите попытку через # минуту.} few {Повторите попытку через # минуты.} many {Повторите попытку через # минут.} other {Повторите попытку через # минуты.}}',
  'rounds.refusal.ended': '{refusal}.',
  'rounds.refusal.withWait': '{refusal} {wait}',

  // Итоги после публикации пересмотренной версии
  'rounds.consult.outcome': 'Итоги',
  'rounds.consult.revisionPublished':
    'Пересмотренная версия «{name}» опубликована {date}. Ознакомьтесь с отчётом об ответах на комментарии:',
  'rounds.consult.readRevised':
    '{count, plural, =0 {Прочитать пересмотренный текст (ни один пункт не изменён)} one {Прочитать пересмотренный текст (изменён # пункт)} few {Прочитать пересмотренный текст (изменено # пункта)} many {Прочитать пересмотренный текст (изменено # пунктов)} other {Прочитать пересмотренный текст (изменено # пункта)}}',
  'rounds.consult.answer': 'Ответ группы: {disposition}',
  'rounds.consult.removed': 'Удалён из пересмотренной версии «{name}».',
  'rounds.consult.unchanged': 'Не изменён в пересмотренной версии.',
  'rounds.consult.unchangedRenumbered': 'Не изменён в пересмотренной версии (теперь {paragraph}).',
  'rounds.consult.nowIn': 'Теперь, в версии «{name}»:',
  'rounds.consult.nowInRenumbered': 'Теперь, в версии «{name}» ({paragraph}):',
} satisfies Record<keyof typeof en, string>;
