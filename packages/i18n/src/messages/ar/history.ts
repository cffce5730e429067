import type en from '../en/history.js';

export default {
  'history.person': '{name} ({group})',
  'history.people.others':
    '{count, plural, zero {لا أحد غيرهم} one {شخص آخر} two {شخصان آخران} few {# أشخاص آخرين} many {# شخصًا آخر} other {# شخص آخر}}',
  'history.since.summary':
    '{count, plural, zero {لم تُعدَّل أي فقرة منذ زيارتك الأخيرة} one {عُدِّلت فقرة واحدة منذ زيارتك الأخيرة} two {عُدِّلت فقرتان منذ زيارتك الأخيرة} few {عُدِّلت # فقرات منذ زيارتك الأخيرة} many {عُدِّلت # فقرة منذ زيارتك الأخيرة} other {عُدِّلت # فقرة منذ زيارتك الأخيرة}}',
  'history.since.summaryAt':
    '{count, plural, zero {لم تُعدَّل أي فقرة منذ زيارتك الأخيرة} one {عُدِّلت فقرة واحدة منذ زيارتك الأخيرة} two {عُدِّلت فقرتان منذ زيارتك الأخيرة} few {عُدِّلت # فقرات منذ زيارتك الأخيرة} many {عُدِّلت # فقرة منذ زيارتك الأخيرة} other {عُدِّلت # فقرة منذ زيارتك الأخيرة}} ({when})',
  'history.since.markBy': 'عُدِّلت منذ زيارتك الأخيرة بواسطة {people}، {when} — إخفاء',
  'history.since.mark': 'عُدِّلت منذ زيارتك الأخيرة، {when} — إخفاء',
  'history.since.dismiss': 'إخفاء',
  'history.tabs.label': 'طرق عرض هذه الفقرة',
  'history.tabs.consensus': 'توافق الآراء',
  'history.tabs.text': 'سجل النص',
  'history.text.cannotShow': 'تعذّر عرض سجل النص: {problem}',
  'history.text.loading': 'جارٍ تحميل سجل النص…',
  'history.text.empty': 'لا توجد بعد تعديلات مسجّلة على نص هذه الفقرة.',
  'history.text.list': 'التعديلات على النص، الأحدث أولًا',
  'history.text.system': 'النظام',
  'history.change.wrote': '{person}: كتابة الفقرة، {when}',
  'history.change.removed': '{person}: حذف الفقرة، {when}',
  'history.change.emptied': '{person}: إفراغ الفقرة، {when}',
  'history.change.changed': '{person}: تعديل النص، {when}',
  'history.diff.added': 'مُضاف:',
  'history.diff.removed': 'محذوف:',
  'history.numbering.title': 'ترقيم الفقرات',
  'history.numbering.live': 'الترقيم تلقائي: تُرقَّم الفقرات ١، ٢، ٣… حسب ترتيبها الحالي.',
  'history.numbering.frozenAt':
    'الترقيم مثبَّت على النسخة «{version}»، {when}: تحتفظ الفقرات بأرقامها، وتُرقَّم الفقرات الجديدة 4bis و4ter…، وتبقى الفقرات المحذوفة ظاهرة على هذا النحو: «6 [محذوفة]».',
  'history.numbering.frozenAtBy':
    'الترقيم مثبَّت على النسخة «{version}»، {when}، بواسطة {name}: تحتفظ الفقرات بأرقامها، وتُرقَّم الفقرات الجديدة 4bis و4ter…، وتبقى الفقرات المحذوفة ظاهرة على هذا النحو: «6 [محذوفة]».',
  'history.numbering.renumbered':
    'الترقيم مثبَّت على الوثيقة الحالية (بعد إعادة الترقيم)، {when}: تحتفظ الفقرات بأرقامها، وتُرقَّم الفقرات الجديدة 4bis و4ter…، وتبقى الفقرات المحذوفة ظاهرة على هذا النحو: «6 [محذوفة]».',
  'history.numbering.renumberedBy':
    'الترقيم مثبَّت على الوثيقة الحالية (بعد إعادة الترقيم)، {when}، بواسطة {name}: تحتفظ الفقرات بأرقامها، وتُرقَّم الفقرات الجديدة 4bis و4ter…، وتبقى الفقرات المحذوفة ظاهرة على هذا النحو: «6 [محذوفة]».',
  'history.numbering.deleted': '[محذوفة]',
  'history.numbering.freezeAt': 'التثبيت على النسخة',
  'history.numbering.freeze': 'تثبيت الترقيم',
  'history.numbering.renumber': 'إعادة الترقيم ١ … ن',
  'history.numbering.backToLive': 'العودة إلى الترقيم التلقائي',
} satisfies Record<keyof typeof en, string>;
