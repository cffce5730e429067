import type en from '../en/languages.js';

export default {
  'languages.round.heading': 'Языки текста',
  'languages.round.openPublic':
    'Общедоступная страница на {language, select, ar {арабском} zh {китайском} en {английском} fr {французском} ru {русском} es {испанском} other {{language}}} языке',
  'languages.round.offered':
    'Теперь раунд доступен также на {language, select, ar {арабском} zh {китайском} en {английском} fr {французском} ru {русском} es {испанском} other {{language}}} языке.',
  'languages.round.offerHeading': 'Предложить другой язык',
  'languages.round.offerHint':
    'Участники выбирают язык, на котором читают текст; номера пунктов одинаковы на всех языках, а комментарии к одному пункту рассматриваются вместе.',
  'languages.round.offerLanguage': 'Языковая версия',
  'languages.round.offerVersion': 'Сохранённая версия',
  'languages.round.noneSaved':
    'У версии на {language, select, ar {арабском} zh {китайском} en {английском} fr {французском} ru {русском} es {испанском} other {{language}}} языке ещё нет сохранённых версий. <link>Сохраните версию на её странице версий</link>, а затем предложите её здесь.',
  'languages.round.offerSubmit': 'Предложить этот язык',
  'languages.name':
    '{language, select, ar {арабский} zh {китайский} en {английский} fr {французский} ru {русский} es {испанский} other {{language}}}',
  'languages.menu.button': 'Язык: {name}',
  'languages.menu.label': 'Языки этого документа',
  'languages.family.original': 'оригинал',
  'languages.family.progress':
    'переведено {translated, number} из {total, plural, one {# пункта} few {# пунктов} many {# пунктов} other {# пункта}}',
  'languages.family.none': 'У этого документа пока нет языковых версий.',
  'languages.create.heading': 'Новая языковая версия',
  'languages.create.language': 'Язык',
  'languages.create.start': 'С чего начать',
  'languages.create.startOriginal': 'С текста оригинала, который заменяется переводом',
  'languages.create.startEmpty': 'С пустых пунктов',
  'languages.create.submit': 'Создать языковую версию',
  'languages.create.creating': 'Создание…',
  'languages.create.noneLeft': 'У этого документа уже есть версии на всех языках.',
  'languages.status.translated': 'Переведено',
  'languages.status.originalChanged': 'Оригинал изменён после перевода',
  'languages.status.untranslated': 'Ещё не переведено',
  'languages.status.missing': 'Отсутствует: добавлено в оригинал',
  'languages.original.unnumbered': 'Ненумерованный блок',
  'languages.original.of': 'Оригинал: {paragraph}',
  'languages.original.changedNote': 'Что изменилось в оригинале после перевода:',
  'languages.original.region':
    'Оригинал на {language, select, ar {арабском} zh {китайском} en {английском} fr {французском} ru {русском} es {испанском} other {{language}}} языке, по пунктам',
  'languages.original.columnHead':
    'Оригинал на {language, select, ar {арабском} zh {китайском} en {английском} fr {французском} ru {русском} es {испанском} other {{language}}} языке',
  'languages.mark': 'Отметить перевод как актуальный',
  'languages.marked': '{paragraph}: перевод отмечен как соответствующий оригиналу.',
  'languages.bar.versionOf':
    'Версия документа «{title}» на {language, select, ar {арабском} zh {китайском} en {английском} fr {французском} ru {русском} es {испанском} other {{language}}} языке',
  'languages.bar.version':
    'Версия на {language, select, ar {арабском} zh {китайском} en {английском} fr {французском} ru {русском} es {испанском} other {{language}}} языке',
  'languages.bar.changed':
    '{count, plural, one {# пункт, оригинал которого изменён} few {# пункта, оригинал которых изменён} many {# пунктов, оригинал которых изменён} other {# пункта, оригинал которых изменён}}',
  'languages.bar.showOriginal': 'Оригинал рядом с текстом',
  'languages.bar.problem': 'Не удаётся показать оригинал рядом с текстом: {problem}',
  'languages.sync.missing':
    '{count, plural, one {В оригинале есть # пункт, которого ещё нет в этой версии:} few {В оригинале есть # пункта, которых ещё нет в этой версии:} many {В оригинале есть # пунктов, которых ещё нет в этой версии:} other {В оригинале есть # пункта, которых ещё нет в этой версии:}}',
  'languages.sync.start': 'Добавить их как',
  'languages.sync.hint':
    'Одновременно из этой версии удаляются пункты, которых больше нет в оригинале; их текст сохраняется в истории пункта.',
  'languages.sync.button': 'Добавить новые пункты оригинала',
  'languages.sync.done':
    'Добавлено: {added, plural, one {# пункт} few {# пункта} many {# пунктов} other {# пункта}}, удалено: {removed, plural, one {# пункт} few {# пункта} many {# пунктов} other {# пункта}}.',
  'languages.threads.heading':
    '{count, plural, one {Комментарий к этому пункту на другом языке} few {Комментарии к этому пункту на других языках} many {Комментарии к этому пункту на других языках} other {Комментарии к этому пункту на других языках}}',
  'languages.threads.open':
    'Открыть в версии на {language, select, ar {арабском} zh {китайском} en {английском} fr {французском} ru {русском} es {испанском} other {{language}}} языке',
  'languages.consult.choose': 'Язык текста',
  'languages.consult.note':
    'Номера пунктов одинаковы на всех языках. Ваши комментарии относятся к тексту на том языке, на котором вы его читаете.',
  'languages.consult.commentIn':
    'К тексту на {language, select, ar {арабском} zh {китайском} en {английском} fr {французском} ru {русском} es {испанском} other {{language}}} языке',
  'languages.refusal.notAnOriginal':
    'этот документ является языковой версией другого документа; создавайте языковые версии на основе его оригинала',
  'languages.refusal.sameLanguage':
    'документ уже составлен {language, select, ar {на арабском языке} zh {на китайском языке} en {на английском языке} fr {на французском языке} ru {на русском языке} es {на испанском языке} other {на языке {language}}}; выберите другой язык',
  'languages.refusal.exists':
    'у этого документа уже есть версия {language, select, ar {на арабском языке} zh {на китайском языке} en {на английском языке} fr {на французском языке} ru {на русском языке} es {на испанском языке} other {на языке {language}}}; откройте её в списке языков документа',
  'languages.refusal.paragraphMissing':
    'в этой языковой версии ещё нет этого пункта; сначала приведите её в соответствие с оригиналом',
  'languages.refusal.notAVersion':
    'этот документ является оригиналом; сопоставление с оригиналом просматривается в одной из его языковых версий',
  'languages.refusal.originalHidden': 'оригинал этой языковой версии вам недоступен',
  'languages.refusal.originalGone': 'оригинал этой языковой версии больше не существует',
  'languages.refusal.threadsScope': 'параметр languages должен иметь значение all (по умолчанию) или this',
  'languages.refusal.roundClosed': 'этот раунд консультаций закрыт; языки можно предлагать только до его закрытия',
  'languages.refusal.roundSameLanguage':
    'собственная версия раунда консультаций уже составлена {language, select, ar {на арабском языке} zh {на китайском языке} en {на английском языке} fr {на французском языке} ru {на русском языке} es {на испанском языке} other {на языке {language}}}; предложите другой язык',
  'languages.refusal.noLanguageVersion':
    'у этого документа нет версии {language, select, ar {на арабском языке} zh {на китайском языке} en {на английском языке} fr {на французском языке} ru {на русском языке} es {на испанском языке} other {на языке {language}}}; сначала создайте её в списке языков документа',
  'languages.refusal.noSavedVersion':
    'у версии {language, select, ar {на арабском языке} zh {на китайском языке} en {на английском языке} fr {на французском языке} ru {на русском языке} es {на испанском языке} other {на языке {language}}} нет сохранённой версии «{id}»; сначала сохраните её',
  'languages.refusal.alreadyOffered':
    'этот раунд консультаций уже предлагает версию {language, select, ar {на арабском языке} zh {на китайском языке} en {на английском языке} fr {на французском языке} ru {на русском языке} es {на испанском языке} other {на языке {language}}}; она остаётся предложенной',
  'languages.refusal.notOffered':
    'этот раунд консультаций не проводится {language, select, ar {на арабском языке} zh {на китайском языке} en {на английском языке} fr {на французском языке} ru {на русском языке} es {на испанском языке} other {на языке {language}}}',
  'languages.refusal.ownLanguageOnly': 'этот раунд консультаций проводится только на его собственном языке',
  'languages.refusal.invalidLanguage': 'язык должен быть одним из следующих: {languages}',
  'languages.refusal.offeredTwice': 'каждый язык можно предложить только один раз',
} satisfies Record<keyof typeof en, string>;
