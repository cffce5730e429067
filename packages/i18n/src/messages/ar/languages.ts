import type en from '../en/languages.js';

export default {
  'languages.refusal.notAnOriginal': 'هذه الوثيقة نسخة لغوية من وثيقة أخرى؛ أنشئ النسخ اللغوية انطلاقًا من نصها الأصلي',
  'languages.refusal.sameLanguage':
    'الوثيقة محررة باللغة {language, select, ar {العربية} zh {الصينية} en {الإنكليزية} fr {الفرنسية} ru {الروسية} es {الإسبانية} other {{language}}} أصلًا؛ اختر لغة أخرى',
  'languages.refusal.exists':
    'لهذه الوثيقة نسخة باللغة {language, select, ar {العربية} zh {الصينية} en {الإنكليزية} fr {الفرنسية} ru {الروسية} es {الإسبانية} other {{language}}} بالفعل؛ افتحها من قائمة لغات الوثيقة',
  'languages.refusal.paragraphMissing': 'لا تتضمن هذه النسخة اللغوية تلك الفقرة بعد؛ اجعلها مطابقة للنص الأصلي أولًا',
  'languages.refusal.notAVersion': 'هذه الوثيقة نص أصلي؛ تُعرض مطابقتها مع النص الأصلي في إحدى نسخها اللغوية',
  'languages.refusal.originalHidden': 'النص الأصلي لهذه النسخة اللغوية غير متاح لك',
  'languages.refusal.originalGone': 'لم يعد النص الأصلي لهذه النسخة اللغوية موجودًا',
  'languages.refusal.threadsScope': 'يجب أن تكون قيمة languages إما all (القيمة الافتراضية) أو this',
  'languages.refusal.roundClosed': 'جولة التشاور هذه مغلقة؛ لا يمكن عرض لغات إلا قبل إغلاقها',
  'languages.refusal.roundSameLanguage':
    'النسخة الخاصة بجولة التشاور محررة باللغة {language, select, ar {العربية} zh {الصينية} en {الإنكليزية} fr {الفرنسية} ru {الروسية} es {الإسبانية} other {{language}}} أصلًا؛ اعرض لغة أخرى',
  'languages.refusal.noLanguageVersion':
    'ليست لهذه الوثيقة نسخة باللغة {language, select, ar {العربية} zh {الصينية} en {الإنكليزية} fr {الفرنسية} ru {الروسية} es {الإسبانية} other {{language}}}؛ أنشئ واحدة أولًا من قائمة لغات الوثيقة',
  'languages.refusal.noSavedVersion':
    'لا توجد نسخة محفوظة «{id}» من النسخة اللغوية باللغة {language, select, ar {العربية} zh {الصينية} en {الإنكليزية} fr {الفرنسية} ru {الروسية} es {الإسبانية} other {{language}}}؛ احفظ نسخة أولًا',
  'languages.refusal.alreadyOffered':
    'تعرض جولة التشاور هذه نسخة باللغة {language, select, ar {العربية} zh {الصينية} en {الإنكليزية} fr {الفرنسية} ru {الروسية} es {الإسبانية} other {{language}}} بالفعل؛ وستظل معروضة',
  'languages.refusal.notOffered':
    'جولة التشاور هذه غير معروضة باللغة {language, select, ar {العربية} zh {الصينية} en {الإنكليزية} fr {الفرنسية} ru {الروسية} es {الإسبانية} other {{language}}}',
  'languages.refusal.ownLanguageOnly': 'جولة التشاور هذه معروضة بلغتها الخاصة فقط',
  'languages.refusal.invalidLanguage': 'يجب أن تكون اللغة إحدى اللغات التالية: {languages}',
  'languages.refusal.offeredTwice': 'لا يمكن عرض كل لغة إلا مرة واحدة',
} satisfies Record<keyof typeof en, string>;
