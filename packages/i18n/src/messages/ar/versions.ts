import type en from '../en/versions.js';

export default {
  // قائمة النسخ
  'versions.list.title': 'النسخ',
  'versions.list.cannotShow': 'تعذّر عرض النسخ',
  'versions.list.origin': 'بدأت هذه الوثيقة من <link>«{name}»</link>.',
  'versions.list.empty': 'لم تُحفظ أي نسخة بعد.',
  'versions.list.saved': '— {when}، {name}',
  'versions.list.openRound': 'فتح جولة تشاور',
  'versions.list.openRoundOn': 'فتح جولة تشاور بشأن «{name}»',
  'versions.link.live': 'فتح الوثيقة الحالية',
  'versions.link.all': 'جميع النسخ',
  'versions.link.compareLive': 'المقارنة بالوثيقة الحالية',

  // حفظ نسخة
  'versions.save.form': 'حفظ نسخة',
  'versions.save.title': 'حفظ الوثيقة الحالية نسخةً',
  'versions.save.hint':
    'النسخة مجمّدة: لا تغيّرها التعديلات اللاحقة أبدًا. سمّها بحسب الغرض منها، مثل «مشروع للتشاور العام».',
  'versions.save.name': 'الاسم',
  'versions.save.note': 'ملاحظة (اختياري)',
  'versions.save.placeholder': 'مشروع للتشاور العام',
  'versions.save.submit': 'حفظ النسخة',

  // نسخة واحدة
  'versions.version.title': 'نسخة',
  'versions.version.cannotShow': 'تعذّر عرض هذه النسخة',
  'versions.version.download': 'تنزيل:',
  'versions.version.caption': 'النسخة «{name}»، حفظها {person} في {when}. للقراءة فقط.',
  'versions.revisionOf': 'النسخة المنقّحة بعد التشاور «{title}». تقرير الردود على التعليقات: {links}',
  'versions.draft.start': 'بدء مشروع جديد من هذه النسخة',
  'versions.draft.starting': 'جارٍ البدء…',
  'versions.draft.hint': 'تُنشأ وثيقة جديدة، وتبقى هذه الوثيقة وسجلّها كما هما.',
  'versions.status.drafting': 'قيد الصياغة',
  'versions.status.underDiscussion': 'قيد المناقشة',
  'versions.status.contested': 'موضع خلاف',
  'versions.status.agreedAdRef': 'متفق عليه رهنًا بالاستشارة',
  'versions.status.agreed': 'متفق عليه',

  // إعادة الوثيقة الحالية إلى نسخة
  'versions.reset.start': 'إعادة الوثيقة الحالية إلى هذه النسخة',
  'versions.reset.why': 'يُصلح وثيقة لم تعد تُعرض أو تُحفظ على نحو صحيح.',
  'versions.reset.confirm': 'هل تريد إعادة الوثيقة الحالية إلى «{name}»؟',
  'versions.reset.what':
    'يصبح نص الجميع نص هذه النسخة فورًا، بما في ذلك لمن يحرّرون الآن. وتخرج من الوثيقة الحالية التغييرات التي أُجريت منذ حفظ النسخة (احفظ نسخة أولًا للاحتفاظ بها)، ويُحذف المحتوى الذي لا يستطيع Accord عرضه. وتحتفظ الفقرات بهويتها، فتبقى التعليقات والحالات مرتبطة بها. وتُسجَّل إعادة الوثيقة في سجل التدقيق.',
  'versions.reset.submit': 'إعادة الوثيقة الحالية',
  'versions.reset.resetting': 'جارٍ الإرجاع…',
  'versions.reset.done':
    'أصبحت الوثيقة الحالية تحمل النسخة «{name}» ({written, plural, zero {لم تُعَد كتابة أي كتلة} one {أُعيدت كتابة كتلة واحدة} two {أُعيدت كتابة كتلتين} few {أُعيدت كتابة # كتل} many {أُعيدت كتابة # كتلة} other {أُعيدت كتابة # كتلة}}، ولم تتغير {kept, number}، وأُزيلت {removed, number}).',

  // المقارنة
  'versions.compare.title': 'مقارنة',
  'versions.compare.pageTitle': 'مقارنة النسخ',
  'versions.compare.cannotShow': 'تعذّر عرض المقارنة',
  'versions.compare.from': 'من',
  'versions.compare.to': 'إلى',
  'versions.compare.live': 'الوثيقة الحالية',
  'versions.compare.submit': 'مقارنة',
  'versions.compare.summary':
    '{from, select, live {{to, select, live {من الوثيقة الحالية إلى الوثيقة الحالية: {summary}.} other {من الوثيقة الحالية إلى «{toName}»: {summary}.}}} other {{to, select, live {من «{fromName}» إلى الوثيقة الحالية: {summary}.} other {من «{fromName}» إلى «{toName}»: {summary}.}}}}',
  'versions.compare.noDifferences': 'لا توجد فروق',
  'versions.count.changed':
    '{count, plural, zero {لم تتغير أي فقرة} one {تغيّرت فقرة واحدة} two {تغيّرت فقرتان} few {تغيّرت # فقرات} many {تغيّرت # فقرة} other {تغيّرت # فقرة}}',
  'versions.count.moved':
    '{count, plural, zero {لم تُنقل أي فقرة} one {نُقلت فقرة واحدة} two {نُقلت فقرتان} few {نُقلت # فقرات} many {نُقلت # فقرة} other {نُقلت # فقرة}}',
  'versions.count.added':
    '{count, plural, zero {لم تُضف أي فقرة} one {أُضيفت فقرة واحدة} two {أُضيفت فقرتان} few {أُضيفت # فقرات} many {أُضيفت # فقرة} other {أُضيفت # فقرة}}',
  'versions.count.removed':
    '{count, plural, zero {لم تُحذف أي فقرة} one {حُذفت فقرة واحدة} two {حُذفت فقرتان} few {حُذفت # فقرات} many {حُذفت # فقرة} other {حُذفت # فقرة}}',
  'versions.kind.added': 'مُضافة',
  'versions.kind.removed': 'محذوفة',
  'versions.kind.moved': 'منقولة',
  'versions.kind.changed': 'معدّلة',
  'versions.kind.changedAndMoved': 'معدّلة ومنقولة',
  'versions.kind.unchanged': 'دون تغيير',
  'versions.kind.splitFrom': '(مفصولة عن الفقرة السابقة)',
  'versions.number.new': 'جديدة',
  'versions.number.newAt': 'الفقرة {number} الجديدة',
  'versions.number.removed': 'محذوفة',
  'versions.number.was': 'كانت الفقرة {number}',
  'versions.number.moved': 'الفقرة {from} ← {to}',

  // التغييرات والمعقوفتان في النص المجمّد
  'versions.changeLegend': 'الكلمات المضافة تحتها خط، والكلمات المحذوفة يتوسطها خط.',
  'versions.diff.added': 'مُضاف',
  'versions.diff.removed': 'محذوف',
  'versions.bracket.label': 'بين معقوفتين: غير متفق عليه',
  'versions.bracket.title': 'نص بين معقوفتين: غير متفق عليه',
  'versions.alternatives.label': 'الصيغ البديلة المقترحة للنص الوارد بين معقوفتين',
  'versions.alternatives.to': 'الصيغ البديلة لـ{bracketed}: {alternatives}',
  'versions.alternatives.list': 'الصيغ البديلة: {alternatives}',
  'versions.alternatives.number': 'البديل {number}',
} satisfies Record<keyof typeof en, string>;
