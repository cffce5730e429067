import type en from '../en/common.js';

export default {
  'common.appName': 'Accord',
  'common.save': 'حفظ',
  'common.saving': 'جارٍ الحفظ…',
  'common.cancel': 'إلغاء',
  'common.close': 'إغلاق',
  'common.delete': 'حذف',
  'common.edit': 'تعديل',
  'common.tryAgain': 'إعادة المحاولة',
  'common.loading': 'جارٍ التحميل…',
  'common.no': 'لا',
  'common.copy': 'نسخ',
  'common.filter': 'تصفية',
  'common.none': 'لا شيء',
  'common.justNow': 'الآن',
  'common.chooseLanguage': 'لغة الواجهة',
  'common.timeZone': 'الأوقات معروضة بتوقيت {zone}.',
  'common.paragraph': 'الفقرة {number}',
  'common.paragraphLong': 'الفقرة {number}',
  'common.unreachable': 'تعذّر الاتصال بـ Accord. تحقّق من اتصالك ثم أعد المحاولة.',
  'common.tooManyAttempts':
    'محاولات كثيرة جدًا، أعد المحاولة بعد {seconds, plural, zero {# ثانية} one {ثانية واحدة} two {ثانيتين} few {# ثوانٍ} many {# ثانية} other {# ثانية}}.',
  'common.tooManyAttemptsMinute': 'محاولات كثيرة جدًا، أعد المحاولة بعد دقيقة.',
} satisfies Record<keyof typeof en, string>;
