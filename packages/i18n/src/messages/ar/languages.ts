import type en from '../en/languages.js';

export default {
  'languages.round.heading': 'لغات النص',
  'languages.round.openPublic':
    'الصفحة العامة باللغة {language, select, ar {العربية} zh {الصينية} en {الإنكليزية} fr {الفرنسية} ru {الروسية} es {الإسبانية} other {{language}}}',
  'languages.round.offered':
    'أصبحت الجولة متاحة أيضًا باللغة {language, select, ar {العربية} zh {الصينية} en {الإنكليزية} fr {الفرنسية} ru {الروسية} es {الإسبانية} other {{language}}}.',
  'languages.round.offerHeading': 'إتاحة لغة أخرى',
  'languages.round.offerHint':
    'يختار المشاركون اللغة التي يقرؤون بها؛ وأرقام الفقرات واحدة في جميع اللغات، وتُعالَج التعليقات على الفقرة الواحدة معًا.',
  'languages.round.offerLanguage': 'النسخة اللغوية',
  'languages.round.offerVersion': 'النسخة المحفوظة',
  'languages.round.noneSaved':
    'لا توجد بعد نسخة محفوظة من النسخة {language, select, ar {العربية} zh {الصينية} en {الإنكليزية} fr {الفرنسية} ru {الروسية} es {الإسبانية} other {{language}}}. <link>احفظ نسخة منها في صفحة نسخها</link>، ثم أتحها هنا.',
  'languages.round.offerSubmit': 'إتاحة هذه اللغة',
  'languages.name':
    '{language, select, ar {العربية} zh {الصينية} en {الإنكليزية} fr {الفرنسية} ru {الروسية} es {الإسبانية} other {{language}}}',
  'languages.menu.button': 'اللغة: {name}',
  'languages.menu.label': 'لغات هذه الوثيقة',
  'languages.family.original': 'النص الأصلي',
  'languages.family.progress': 'الفقرات المترجمة: {translated, number} من {total, number}',
  'languages.family.none': 'لا توجد لهذه الوثيقة نسخ لغوية بعد.',
  'languages.create.heading': 'نسخة لغوية جديدة',
  'languages.create.language': 'اللغة',
  'languages.create.start': 'نقطة البداية',
  'languages.create.startOriginal': 'نص الأصل، تحلّ الترجمة محلّه',
  'languages.create.startEmpty': 'فقرات فارغة',
  'languages.create.submit': 'إنشاء النسخة اللغوية',
  'languages.create.creating': 'جارٍ الإنشاء…',
  'languages.create.noneLeft': 'لهذه الوثيقة نسخة بكل لغة من اللغات.',
  'languages.status.translated': 'مترجمة',
  'languages.status.originalChanged': 'تغيّر النص الأصلي منذ الترجمة',
  'languages.status.untranslated': 'لم تُترجم بعد',
  'languages.status.missing': 'ناقصة: أُضيفت إلى النص الأصلي',
  'languages.original.unnumbered': 'كتلة غير مرقّمة',
  'languages.original.of': 'النص الأصلي: {paragraph}',
  'languages.original.changedNote': 'ما تغيّر في النص الأصلي منذ ترجمته:',
  'languages.original.region':
    'النص الأصلي باللغة {language, select, ar {العربية} zh {الصينية} en {الإنكليزية} fr {الفرنسية} ru {الروسية} es {الإسبانية} other {{language}}}، فقرةً فقرة',
  'languages.original.columnHead':
    'النص الأصلي باللغة {language, select, ar {العربية} zh {الصينية} en {الإنكليزية} fr {الفرنسية} ru {الروسية} es {الإسبانية} other {{language}}}',
  'languages.mark': 'تأكيد أن الترجمة محدّثة',
  'languages.marked': 'تم تأكيد أن ترجمة {paragraph} مطابقة للنص الأصلي.',
  'languages.bar.versionOf':
    'النسخة {language, select, ar {العربية} zh {الصينية} en {الإنكليزية} fr {الفرنسية} ru {الروسية} es {الإسبانية} other {{language}}} من {title}',
  'languages.bar.version':
    'النسخة {language, select, ar {العربية} zh {الصينية} en {الإنكليزية} fr {الفرنسية} ru {الروسية} es {الإسبانية} other {{language}}}',
  'languages.bar.changed':
    '{count, plural, zero {لا فقرات تغيّر أصلها} one {فقرة واحدة تغيّر أصلها} two {فقرتان تغيّر أصلهما} few {# فقرات تغيّر أصلها} many {# فقرة تغيّر أصلها} other {# فقرة تغيّر أصلها}}',
  'languages.bar.showOriginal': 'النص الأصلي بجانب النص',
  'languages.bar.problem': 'تعذّر عرض النص الأصلي بجانب النص: {problem}',
  'languages.sync.missing':
    '{count, plural, zero {لا فقرات في النص الأصلي تنقص هذه النسخة:} one {في النص الأصلي فقرة واحدة لا توجد في هذه النسخة بعد:} two {في النص الأصلي فقرتان لا توجدان في هذه النسخة بعد:} few {في النص الأصلي # فقرات لا توجد في هذه النسخة بعد:} many {في النص الأصلي # فقرة لا توجد في هذه النسخة بعد:} other {في النص الأصلي # فقرة لا توجد في هذه النسخة بعد:}}',
  'languages.sync.start': 'إضافتها على شكل',
  'languages.sync.hint':
    'تُحذف من هذه النسخة في الوقت نفسه الفقرات التي لم تعد موجودة في النص الأصلي، ويبقى نصها محفوظًا في سجل الفقرة.',
  'languages.sync.button': 'إضافة الفقرات الجديدة في النص الأصلي',
  'languages.sync.done':
    'أُضيف: {added, plural, zero {لا شيء} one {فقرة واحدة} two {فقرتان} few {# فقرات} many {# فقرة} other {# فقرة}}؛ حُذف: {removed, plural, zero {لا شيء} one {فقرة واحدة} two {فقرتان} few {# فقرات} many {# فقرة} other {# فقرة}}.',
  'languages.threads.heading':
    '{count, plural, zero {تعليقات على هذه الفقرة بلغات أخرى} one {تعليق على هذه الفقرة بلغة أخرى} two {تعليقان على هذه الفقرة بلغات أخرى} few {تعليقات على هذه الفقرة بلغات أخرى} many {تعليقات على هذه الفقرة بلغات أخرى} other {تعليقات على هذه الفقرة بلغات أخرى}}',
  'languages.threads.open':
    'فتحه في النسخة {language, select, ar {العربية} zh {الصينية} en {الإنكليزية} fr {الفرنسية} ru {الروسية} es {الإسبانية} other {{language}}}',
  'languages.consult.choose': 'لغة النص',
  'languages.consult.note': 'أرقام الفقرات واحدة في جميع اللغات. تتعلق تعليقاتك بالنص باللغة التي تقرؤه بها.',
  'languages.consult.commentIn':
    'على النص باللغة {language, select, ar {العربية} zh {الصينية} en {الإنكليزية} fr {الفرنسية} ru {الروسية} es {الإسبانية} other {{language}}}',
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
