import type en from '../en/a11y.js';

export default {
  'a11y.skipToContent': 'الانتقال إلى المحتوى',
  'a11y.announce.commented': 'تعليق جديد من {name} على {paragraph}',
  'a11y.announce.commentedDocument': 'تعليق جديد من {name} على الوثيقة',
  'a11y.announce.replied': 'ردّ جديد من {name} على تعليق في {paragraph}',
  'a11y.announce.repliedDocument': 'ردّ جديد من {name} على تعليق على الوثيقة',
  'a11y.announce.comments':
    '{count, plural, zero {لا تعليقات جديدة} one {تعليق جديد واحد} two {تعليقان جديدان} few {# تعليقات جديدة} many {# تعليقًا جديدًا} other {# تعليق جديد}}',
  'a11y.announce.joined': 'انضمام {name} إلى الوثيقة',
  'a11y.announce.left': 'مغادرة {name} للوثيقة',
  'a11y.announce.joinedMany':
    '{count, plural, zero {لم ينضم أحد إلى الوثيقة} one {انضم شخص واحد إلى الوثيقة} two {انضم شخصان إلى الوثيقة} few {انضم # أشخاص إلى الوثيقة} many {انضم # شخصًا إلى الوثيقة} other {انضم # شخص إلى الوثيقة}}',
  'a11y.announce.leftMany':
    '{count, plural, zero {لم يغادر أحد الوثيقة} one {غادر شخص واحد الوثيقة} two {غادر شخصان الوثيقة} few {غادر # أشخاص الوثيقة} many {غادر # شخصًا الوثيقة} other {غادر # شخص الوثيقة}}',
  'a11y.where.outside': 'المؤشر ليس في أي فقرة من النص.',
  'a11y.shortcuts.button': 'اختصارات لوحة المفاتيح',
  'a11y.shortcuts.title': 'اختصارات لوحة المفاتيح',
  'a11y.shortcuts.comment': 'التعليق على النص المحدد، أو على الفقرة التي يوجد فيها المؤشر',
  'a11y.shortcuts.panel': 'فتح حالة الفقرة التي يوجد فيها المؤشر والمواقف منها',
  'a11y.shortcuts.where': 'الاستماع إلى رقم الفقرة التي يوجد فيها المؤشر وحالتها',
  'a11y.shortcuts.nextParagraph': 'الانتقال إلى بداية الفقرة التالية',
  'a11y.shortcuts.previousParagraph': 'الانتقال إلى بداية الفقرة السابقة',
  'a11y.shortcuts.escape': 'إغلاق اللوحة المفتوحة والعودة إلى حيث كنت',
} satisfies Record<keyof typeof en, string>;
