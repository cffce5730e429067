import type en from '../en/languages.js';

export default {
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
