import type en from '../en/mail.js';

export default {
  'mail.hello': 'مرحبًا {name}،',
  'mail.dear': 'السيد/السيدة {name} المحترم/المحترمة،',

  'mail.invitation.subject': 'دعوة للانضمام إلى {workspace} على Accord',
  'mail.invitation.invitedBy':
    'يدعوك {inviter} إلى الانضمام إلى {workspace} على Accord بصفة {role, select, secretariat {عضو في الأمانة} coordinator {منسّق} member {عضو} contributor {مساهم} observer {مراقب} other {{role}}}.',
  'mail.invitation.invited':
    'أنت مدعو إلى الانضمام إلى {workspace} على Accord بصفة {role, select, secretariat {عضو في الأمانة} coordinator {منسّق} member {عضو} contributor {مساهم} observer {مراقب} other {{role}}}.',
  'mail.invitation.open': 'افتح هذا الرابط لقبول الدعوة:',
  'mail.invitation.account':
    'إذا كان لديك حساب في Accord بعنوان البريد الإلكتروني هذا، فسجّل الدخول به عندما يُطلب منك ذلك؛ وإلا فسيتيح لك الرابط إنشاء حسابك.',
  'mail.invitation.expiry': 'يعمل الرابط مرة واحدة وحتى {expiresAt}. إذا لم تكن تتوقع هذه الرسالة، فتجاهلها.',

  'mail.round.subject': 'أكّد مشاركتك في «{title}»',
  'mail.round.registered': 'لقد سجّلت في التشاور العام «{title}»، المفتوح حتى {closesAt}.',
  'mail.round.registeredAgain':
    'سجّل شخص ما، ولعلّه أنت، هذا العنوان مرة أخرى في التشاور العام «{title}». هذا العنوان مشارك بالفعل؛ ويتيح الرابط أدناه للمتصفح الذي سُجّل منه أن يشارك باسمك.',
  'mail.round.confirm':
    '{hours, plural, zero {لتأكيد بريدك الإلكتروني، افتح هذا الرابط (يعمل مرة واحدة، في غضون # ساعة):} one {لتأكيد بريدك الإلكتروني، افتح هذا الرابط (يعمل مرة واحدة، في غضون ساعة واحدة):} two {لتأكيد بريدك الإلكتروني، افتح هذا الرابط (يعمل مرة واحدة، في غضون ساعتين):} few {لتأكيد بريدك الإلكتروني، افتح هذا الرابط (يعمل مرة واحدة، في غضون # ساعات):} many {لتأكيد بريدك الإلكتروني، افتح هذا الرابط (يعمل مرة واحدة، في غضون # ساعة):} other {لتأكيد بريدك الإلكتروني، افتح هذا الرابط (يعمل مرة واحدة، في غضون # ساعة):}}',
  'mail.round.held':
    'وإلى أن تفعل ذلك، تبقى التعليقات المرسلة من ذلك المتصفح معلّقة ولا تُحتسب مواقفه بالموافقة أو عدم الموافقة.',
  'mail.round.notYou': 'إذا لم تكن أنت من قام بذلك، فتجاهل هذه الرسالة: لن يُحتسب أي شيء أُرسل من ذلك المتصفح.',

  'mail.call.codeSubject': 'رمزك للمساهمة في «{title}»',
  'mail.call.codeAsked': 'طلب شخص ما، ولعلّه أنت، المساهمة في الدعوة «{title}»، المفتوحة حتى {closesAt}.',
  'mail.call.code': 'رمز التأكيد الخاص بك هو: {code}',
  'mail.call.typeCode':
    '{hours, plural, zero {اكتبه في صفحة الدعوة في غضون # ساعة: {link}} one {اكتبه في صفحة الدعوة في غضون ساعة واحدة: {link}} two {اكتبه في صفحة الدعوة في غضون ساعتين: {link}} few {اكتبه في صفحة الدعوة في غضون # ساعات: {link}} many {اكتبه في صفحة الدعوة في غضون # ساعة: {link}} other {اكتبه في صفحة الدعوة في غضون # ساعة: {link}}}',
  'mail.call.codeNotYou':
    'إذا لم تكن أنت من قام بذلك، فتجاهل هذه الرسالة: لا يمكن إرسال أي شيء باسمك من دون هذا الرمز.',
  'mail.call.receivedSubject': 'تم استلام المساهمة: «{title}»',
  'mail.call.received':
    'تم استلام مساهمتك «{title}» باسم {organisation} في الدعوة «{call}» ({count, plural, zero {# فقرة} one {فقرة واحدة} two {فقرتان} few {# فقرات} many {# فقرة} other {# فقرة}}).',
  'mail.call.canChange': 'يمكنك الاطلاع عليها وتغييرها حتى إغلاق الدعوة في {closesAt}:',
  'mail.call.thanks': 'شكرًا لك على مساهمتك.',

  'mail.silence.subject': 'إجراء الموافقة الضمنية: «{title}» حتى {deadline}',
  'mail.silence.started':
    'يعرض {starter} النسخة «{version}» من «{title}» على مساحة العمل لاعتمادها بإجراء الموافقة الضمنية.',
  'mail.silence.rule': 'إذا لم يكسر أحد الصمت بحلول {deadline}، تُعتمد النسخة.',
  'mail.silence.object': 'لكسر الصمت، اذكر سببك في صفحة الوثيقة: {link}',
} satisfies Record<keyof typeof en, string>;
