import type en from '../en/errors.js';

export default {
  'errors.http.noRoute': 'لا يوجد مسار API ‏{method} {path}',
  'errors.http.bodyTooLarge': 'يتجاوز نص الطلب 1 ميبيبايت',
  'errors.http.notJson': 'أرسل نص الطلب بصيغة JSON مع الترويسة Content-Type: application/json',
  'errors.http.invalidJson': 'نص الطلب ليس JSON صالحًا',
  'errors.http.invalidBody': 'نص الطلب غير صالح: {issues}',
  'errors.http.issue': '{path}: {message}',
  'errors.http.issueSeparator': '؛ ',
  'errors.http.internal': 'تعذّر على الخادم الرد على هذا الطلب؛ ويبيّن السجل السبب',
  'errors.http.foreignOrigin': 'لا تُقبل الطلبات الواردة من {origin}؛ استخدم Accord من عنوانه الخاص',
  'errors.http.csrfToken':
    'يفتقر الطلب إلى رمز الأمان الخاص بهذه الجلسة (X-CSRF-Token)؛ أعد تحميل الصفحة وحاول مرة أخرى',
  'errors.http.invalidToken': 'رمز الوصول (bearer) غير صالح أو أُلغي؛ أنشئ رمزًا جديدًا باستخدام `accord token`',
  'errors.http.format': 'يجب أن تكون الصيغة إحدى الصيغ التالية: {formats}',
  'errors.http.versionQuery': 'حدّد {name}= بمعرّف نسخة أو بالقيمة "live"',
  'errors.http.versionQueryInvalid': 'يجب أن يكون {name} معرّف نسخة أو القيمة "live"',
  'errors.http.auditQuery': 'يجب أن تكون after رقمًا تسلسليًا وأن تكون limit عددًا من 1 إلى 1000',
  'errors.http.suggestionsQuery': 'يجب أن تكون قيمة suggestions هي base (القيمة الافتراضية) أو include',

  'errors.limit.requests':
    '{seconds, plural, zero {طلبات كثيرة جدًا من عنوانك؛ حاول مرة أخرى بعد # ثانية} one {طلبات كثيرة جدًا من عنوانك؛ حاول مرة أخرى بعد ثانية واحدة} two {طلبات كثيرة جدًا من عنوانك؛ حاول مرة أخرى بعد ثانيتين} few {طلبات كثيرة جدًا من عنوانك؛ حاول مرة أخرى بعد # ثوانٍ} many {طلبات كثيرة جدًا من عنوانك؛ حاول مرة أخرى بعد # ثانية} other {طلبات كثيرة جدًا من عنوانك؛ حاول مرة أخرى بعد # ثانية}}',
  'errors.limit.signIns':
    '{seconds, plural, zero {محاولات تسجيل دخول كثيرة جدًا؛ حاول مرة أخرى بعد # ثانية} one {محاولات تسجيل دخول كثيرة جدًا؛ حاول مرة أخرى بعد ثانية واحدة} two {محاولات تسجيل دخول كثيرة جدًا؛ حاول مرة أخرى بعد ثانيتين} few {محاولات تسجيل دخول كثيرة جدًا؛ حاول مرة أخرى بعد # ثوانٍ} many {محاولات تسجيل دخول كثيرة جدًا؛ حاول مرة أخرى بعد # ثانية} other {محاولات تسجيل دخول كثيرة جدًا؛ حاول مرة أخرى بعد # ثانية}}',
  'errors.limit.registrations':
    '{seconds, plural, zero {تسجيلات كثيرة جدًا من هذا العنوان؛ حاول مرة أخرى بعد # ثانية} one {تسجيلات كثيرة جدًا من هذا العنوان؛ حاول مرة أخرى بعد ثانية واحدة} two {تسجيلات كثيرة جدًا من هذا العنوان؛ حاول مرة أخرى بعد ثانيتين} few {تسجيلات كثيرة جدًا من هذا العنوان؛ حاول مرة أخرى بعد # ثوانٍ} many {تسجيلات كثيرة جدًا من هذا العنوان؛ حاول مرة أخرى بعد # ثانية} other {تسجيلات كثيرة جدًا من هذا العنوان؛ حاول مرة أخرى بعد # ثانية}}',
  'errors.limit.commentsFromAddress':
    '{seconds, plural, zero {تعليقات كثيرة جدًا من هذا العنوان؛ حاول مرة أخرى بعد # ثانية} one {تعليقات كثيرة جدًا من هذا العنوان؛ حاول مرة أخرى بعد ثانية واحدة} two {تعليقات كثيرة جدًا من هذا العنوان؛ حاول مرة أخرى بعد ثانيتين} few {تعليقات كثيرة جدًا من هذا العنوان؛ حاول مرة أخرى بعد # ثوانٍ} many {تعليقات كثيرة جدًا من هذا العنوان؛ حاول مرة أخرى بعد # ثانية} other {تعليقات كثيرة جدًا من هذا العنوان؛ حاول مرة أخرى بعد # ثانية}}',
  'errors.limit.commentsFromYou':
    '{seconds, plural, zero {أرسلت تعليقات كثيرة جدًا؛ حاول مرة أخرى بعد # ثانية} one {أرسلت تعليقات كثيرة جدًا؛ حاول مرة أخرى بعد ثانية واحدة} two {أرسلت تعليقات كثيرة جدًا؛ حاول مرة أخرى بعد ثانيتين} few {أرسلت تعليقات كثيرة جدًا؛ حاول مرة أخرى بعد # ثوانٍ} many {أرسلت تعليقات كثيرة جدًا؛ حاول مرة أخرى بعد # ثانية} other {أرسلت تعليقات كثيرة جدًا؛ حاول مرة أخرى بعد # ثانية}}',
  'errors.limit.reactions':
    '{seconds, plural, zero {تفاعلات كثيرة جدًا من هذا العنوان؛ حاول مرة أخرى بعد # ثانية} one {تفاعلات كثيرة جدًا من هذا العنوان؛ حاول مرة أخرى بعد ثانية واحدة} two {تفاعلات كثيرة جدًا من هذا العنوان؛ حاول مرة أخرى بعد ثانيتين} few {تفاعلات كثيرة جدًا من هذا العنوان؛ حاول مرة أخرى بعد # ثوانٍ} many {تفاعلات كثيرة جدًا من هذا العنوان؛ حاول مرة أخرى بعد # ثانية} other {تفاعلات كثيرة جدًا من هذا العنوان؛ حاول مرة أخرى بعد # ثانية}}',
  'errors.limit.codeRequestsFromAddress':
    '{seconds, plural, zero {طلبات رمز كثيرة جدًا من هذا العنوان؛ حاول مرة أخرى بعد # ثانية} one {طلبات رمز كثيرة جدًا من هذا العنوان؛ حاول مرة أخرى بعد ثانية واحدة} two {طلبات رمز كثيرة جدًا من هذا العنوان؛ حاول مرة أخرى بعد ثانيتين} few {طلبات رمز كثيرة جدًا من هذا العنوان؛ حاول مرة أخرى بعد # ثوانٍ} many {طلبات رمز كثيرة جدًا من هذا العنوان؛ حاول مرة أخرى بعد # ثانية} other {طلبات رمز كثيرة جدًا من هذا العنوان؛ حاول مرة أخرى بعد # ثانية}}',
  'errors.limit.codeRequestsForEmail':
    '{seconds, plural, zero {طلبات رمز كثيرة جدًا لهذا البريد الإلكتروني؛ حاول مرة أخرى بعد # ثانية} one {طلبات رمز كثيرة جدًا لهذا البريد الإلكتروني؛ حاول مرة أخرى بعد ثانية واحدة} two {طلبات رمز كثيرة جدًا لهذا البريد الإلكتروني؛ حاول مرة أخرى بعد ثانيتين} few {طلبات رمز كثيرة جدًا لهذا البريد الإلكتروني؛ حاول مرة أخرى بعد # ثوانٍ} many {طلبات رمز كثيرة جدًا لهذا البريد الإلكتروني؛ حاول مرة أخرى بعد # ثانية} other {طلبات رمز كثيرة جدًا لهذا البريد الإلكتروني؛ حاول مرة أخرى بعد # ثانية}}',
  'errors.limit.codeAttempts':
    '{seconds, plural, zero {محاولات كثيرة جدًا لهذا البريد الإلكتروني؛ حاول مرة أخرى بعد # ثانية} one {محاولات كثيرة جدًا لهذا البريد الإلكتروني؛ حاول مرة أخرى بعد ثانية واحدة} two {محاولات كثيرة جدًا لهذا البريد الإلكتروني؛ حاول مرة أخرى بعد ثانيتين} few {محاولات كثيرة جدًا لهذا البريد الإلكتروني؛ حاول مرة أخرى بعد # ثوانٍ} many {محاولات كثيرة جدًا لهذا البريد الإلكتروني؛ حاول مرة أخرى بعد # ثانية} other {محاولات كثيرة جدًا لهذا البريد الإلكتروني؛ حاول مرة أخرى بعد # ثانية}}',
  'errors.limit.upload': 'يتجاوز حجم المساهمة {size} ميغابايت؛ أرسل ملفًا أصغر',

  'errors.auth.signIn': 'سجّل الدخول أولًا',
  'errors.auth.wrongPassword': 'البريد الإلكتروني أو كلمة المرور غير صحيحة',
  'errors.forbidden':
    '{role, select, secretariat {لا يمكن للأمانة {action}} coordinator {لا يمكن للمنسّقين {action}} member {لا يمكن للأعضاء {action}} contributor {لا يمكن للمساهمين {action}} observer {لا يمكن للمراقبين {action}} other {لا يسمح لك دورك بـ{action}}}',
  'errors.forbidden.othersComment':
    '{change, select, edit {لا يمكنك تعديل تعليق شخص آخر؛ فذلك لكاتبه وحده} other {لا يمكنك حذف تعليق شخص آخر؛ فذلك لكاتبه وحده}}',
  'errors.forbidden.othersThread':
    '{role, select, secretariat {لا يمكن للأمانة حلّ سلسلة تعليقات شخص آخر أو إعادة فتحها؛ يمكن ذلك لكاتبها وللمنسّقين وللأمانة} coordinator {لا يمكن للمنسّقين حلّ سلسلة تعليقات شخص آخر أو إعادة فتحها؛ يمكن ذلك لكاتبها وللمنسّقين وللأمانة} member {لا يمكن للأعضاء حلّ سلسلة تعليقات شخص آخر أو إعادة فتحها؛ يمكن ذلك لكاتبها وللمنسّقين وللأمانة} contributor {لا يمكن للمساهمين حلّ سلسلة تعليقات شخص آخر أو إعادة فتحها؛ يمكن ذلك لكاتبها وللمنسّقين وللأمانة} observer {لا يمكن للمراقبين حلّ سلسلة تعليقات شخص آخر أو إعادة فتحها؛ يمكن ذلك لكاتبها وللمنسّقين وللأمانة} other {لا يمكنك حلّ سلسلة تعليقات شخص آخر أو إعادة فتحها؛ يمكن ذلك لكاتبها وللمنسّقين وللأمانة}}',
  'errors.action.workspace.read': 'فتح مساحة العمل هذه',
  'errors.action.document.read': 'قراءة هذه الوثيقة',
  'errors.action.document.create': 'إنشاء وثائق هنا',
  'errors.action.document.audience': 'تقييد من يمكنه فتح هذه الوثيقة',
  'errors.action.document.edit': 'تعديل هذه الوثيقة',
  'errors.action.document.reset': 'إعادة هذه الوثيقة إلى نسخة محفوظة',
  'errors.action.document.suggest': 'اقتراح تغييرات على هذه الوثيقة',
  'errors.action.suggestion.decide': 'قبول الاقتراحات أو رفضها',
  'errors.action.comment.create': 'التعليق على هذه الوثيقة',
  'errors.action.comment.moderate': 'الإشراف على التعليقات هنا',
  'errors.action.contribution.submit': 'تقديم المساهمات هنا',
  'errors.action.position.record': 'تسجيل المواقف بشأن هذه الوثيقة',
  'errors.action.status.propose': 'اقتراح حالات الفقرات',
  'errors.action.status.set': 'تحديد حالات الفقرات',
  'errors.action.bracket.alternative': 'اقتراح صيغ بديلة للنص الوارد بين معقوفتين',
  'errors.action.bracket.resolve': 'رفع الأقواس المعقوفة',
  'errors.action.version.create': 'نشر نسخ من هذه الوثيقة',
  'errors.action.round.manage': 'فتح جولات التشاور أو إغلاقها',
  'errors.action.call.manage': 'إدارة الدعوات لتقديم المساهمات',
  'errors.action.compilation.edit': 'تجميع المساهمات في هذه الوثيقة',
  'errors.action.endorsement.manage': 'عرض النسخ للاعتماد بإجراء الموافقة الضمنية',
  'errors.action.translation.manage': 'إنشاء نسخ لغوية من وثيقة وعرضها في المشاورات',
  'errors.action.endorsement.object': 'كسر الصمت بشأن نسخة',
  'errors.action.round.respond': 'الرد على تعليقات التشاور',
  'errors.action.people.read': 'الاطلاع على أعضاء مساحة العمل هذه',
  'errors.action.people.manage': 'إدارة أعضاء مساحة العمل هذه',
  'errors.action.role.change': 'تغيير الأدوار في مساحة العمل هذه',
  'errors.action.audit.read': 'الاطلاع على سجل التدقيق',

  'errors.notFound.workspace': 'لا توجد مساحة عمل «{id}»',
  'errors.notFound.document': 'لا توجد وثيقة «{id}»',
  'errors.notFound.bracket': 'لا توجد أقواس معقوفة «{id}»',
  'errors.notFound.call': 'لا توجد دعوة «{id}»',
  'errors.notFound.comment': 'لا يوجد تعليق «{id}»',
  'errors.notFound.commentThread': 'لا توجد سلسلة تعليقات «{id}»',
  'errors.notFound.contribution': 'لا توجد مساهمة «{id}»',
  'errors.notFound.invitation': 'لا توجد دعوة «{id}»',
  'errors.notFound.paragraph': 'لا توجد فقرة «{id}»',
  'errors.notFound.person': 'لا يوجد شخص «{id}»',
  'errors.notFound.publishedVersion': 'لا توجد نسخة منشورة «{id}»',
  'errors.notFound.round': 'لا توجد جولة تشاور «{id}»',
  'errors.notFound.silenceProcedure': 'لا يوجد إجراء موافقة ضمنية «{id}»',
  'errors.notFound.suggestion': 'لا يوجد اقتراح «{id}»',
  'errors.notFound.version': 'لا توجد نسخة «{id}»',
  'errors.notFound.versionOfDocument':
    'لا توجد لهذه الوثيقة نسخة «{id}»؛ يمكن الاطلاع على قائمة النسخ عبر GET /api/documents/:id/versions',
  'errors.notFound.versionSaveFirst': 'لا توجد لهذه الوثيقة نسخة «{id}»؛ احفظ نسخة أولًا',
  'errors.notFound.procedure':
    'لا يوجد إجراء موافقة ضمنية «{id}»؛ يمكن الاطلاع على قائمة الإجراءات عبر GET /api/documents/:id/endorsements',
  'errors.notFound.personHere': 'لا يوجد شخص «{id}» في مساحة العمل هذه',
  'errors.notFound.token': 'لا يوجد رمز ساري المفعول كهذا؛ ربما أُلغي بالفعل',
  'errors.notFound.pendingInvitation':
    'لا توجد دعوة معلّقة بهذا المعرّف في مساحة العمل هذه (ربما قُبلت أو أُلغيت أو انتهت صلاحيتها)',

  'errors.identity.emailTaken': 'يوجد بالفعل شخص بالبريد الإلكتروني {email}',
  'errors.identity.groupExists': 'مجموعة أصحاب المصلحة {id} موجودة بالفعل',
  'errors.identity.unknownGroup': 'مجموعة أصحاب المصلحة {id} غير معروفة؛ المجموعات المعروفة: {known}',
  'errors.identity.passwordTooShort':
    '{min, plural, zero {يجب ألا تقل كلمة المرور عن # حرف} one {يجب ألا تقل كلمة المرور عن حرف واحد} two {يجب ألا تقل كلمة المرور عن حرفين} few {يجب ألا تقل كلمة المرور عن # أحرف} many {يجب ألا تقل كلمة المرور عن # حرفًا} other {يجب ألا تقل كلمة المرور عن # حرف}}',
  'errors.identity.passwordTooLong':
    '{max, plural, zero {يجب ألا تزيد كلمة المرور على # حرف} one {يجب ألا تزيد كلمة المرور على حرف واحد} two {يجب ألا تزيد كلمة المرور على حرفين} few {يجب ألا تزيد كلمة المرور على # أحرف} many {يجب ألا تزيد كلمة المرور على # حرفًا} other {يجب ألا تزيد كلمة المرور على # حرف}}',
  'errors.identity.lastSecretariat': 'هذا هو العضو الوحيد في أمانة مساحة العمل؛ أسند دور الأمانة إلى شخص آخر أولًا',
  'errors.identity.roleRequired': 'نص الطلب غير صالح: يلزم تحديد دور لإضافة شخص إلى مساحة عمل',
  'errors.identity.audienceOutsiders': 'يتألف جمهور الوثيقة من أعضاء مساحة العمل: {issues}',
  'errors.invitation.gone': 'رابط الدعوة هذا غير صالح أو مستخدم أو ملغى أو منتهي الصلاحية؛ اطلب رابطًا جديدًا من الأمانة',
  'errors.invitation.signInFirst':
    'هذه الدعوة موجّهة إلى {email}، وله حساب في Accord: سجّل الدخول به أولًا، ثم اقبل الدعوة',
  'errors.invitation.wrongPerson':
    'هذه الدعوة موجّهة إلى {email}، وأنت مسجّل الدخول بحساب شخص آخر: سجّل الخروج، ثم سجّل الدخول باسم {email}، ثم اقبل الدعوة',
  'errors.invitation.detailsRequired': 'لإنشاء حسابك، أدخل اسمك ومجموعة أصحاب المصلحة التي تنتمي إليها وكلمة مرور',

  'errors.comment.mentions': 'لا يمكن الإشارة إلا إلى الأشخاص الذين يمكنهم قراءة هذه الوثيقة: {issues}',
  'errors.comment.alreadyResolved': 'سلسلة التعليقات هذه محلولة بالفعل؛ أعد التحميل لترى من حلّها',
  'errors.comment.alreadyOpen': 'سلسلة التعليقات هذه مفتوحة بالفعل',
  'errors.comment.notAuthor':
    '{change, select, edit {لا يمكن تعديل التعليق إلا لكاتبه} other {لا يمكن حذف التعليق إلا لكاتبه}}',
  'errors.comment.deleted': 'حُذف هذا التعليق؛ ولم يعد من الممكن تغييره',
  'errors.comment.anchorMalformed':
    'يجب أن يكون anchor.start وanchor.end موضعين في هذه الوثيقة، كما يحددهما التحديد في المحرر',
  'errors.comment.anchorNotSynced':
    'يتضمن النص المحدد تعديلات لم يتلقها الخادم بعد؛ انتظر حتى تُحفظ تغييراتك، ثم علّق مرة أخرى',
  'errors.comment.anchorGone': 'لم يعد النص المحدد موجودًا في الوثيقة؛ حدّده مرة أخرى',
  'errors.comment.anchorOtherBlock': 'يجب أن يقع المقطع داخل الكتلة {blockId}؛ علّق على فقرة واحدة في كل مرة',
  'errors.comment.anchorCollapsed': 'حدّد حرفًا واحدًا على الأقل للتعليق على مقطع، أو علّق على الفقرة كاملة',
  'errors.comment.unknownBlock': 'لا تحتوي الوثيقة على الكتلة {blockId} (ربما حُذفت)؛ أعد تحميل الوثيقة وعلّق مرة أخرى',
  'errors.comment.passageTooLong':
    'لا يجوز أن يتجاوز المقطع 2000 حرف (وهذا المقطع يضم {length})؛ علّق على الفقرة كاملة بدلًا من ذلك',
  'errors.comment.suggestionNotHere':
    'لا يوجد اقتراح معلّق {id} في هذه الفقرة؛ افتح سلسلة التعليقات على الفقرة التي تتضمن الاقتراح',

  'errors.consensus.openBrackets':
    'لا يمكن وسم {paragraph} بأنها {status, select, adRef {متفق عليها رهنًا بالاستشارة} other {متفق عليها}}: {count, plural, zero {فيها # أقواس معقوفة لم تُرفع: {brackets}. ارفعها أولًا.} one {فيها زوج واحد من الأقواس المعقوفة لم يُرفع: {brackets}. ارفعه أولًا.} two {فيها زوجان من الأقواس المعقوفة لم يُرفعا: {brackets}. ارفعهما أولًا.} few {فيها # أزواج من الأقواس المعقوفة لم تُرفع: {brackets}. ارفعها أولًا.} many {فيها # زوجًا من الأقواس المعقوفة لم تُرفع: {brackets}. ارفعها أولًا.} other {فيها # زوج من الأقواس المعقوفة لم تُرفع: {brackets}. ارفعها أولًا.}}',
  'errors.consensus.paragraph': 'الفقرة {label}',
  'errors.consensus.block': 'الكتلة {id}',
  'errors.consensus.unchanged':
    '{status, select, drafting {الفقرة قيد الصياغة بالفعل} underDiscussion {الفقرة قيد المناقشة بالفعل} contested {الفقرة موضع خلاف بالفعل} agreed {الفقرة متفق عليها بالفعل} adRef {الفقرة متفق عليها رهنًا بالاستشارة بالفعل} other {للفقرة هذه الحالة بالفعل}}',
  'errors.consensus.unknownAlternative':
    'لا توجد للأقواس المعقوفة {bracketId} صيغة بديلة {alternativeId}؛ اختر إحدى صيغها البديلة أو النص الوارد بين المعقوفتين',
  'errors.consensus.bracketGone': 'أُزيلت الأقواس المعقوفة {id} من النص في الأثناء؛ لم يُغيَّر شيء',
  'errors.consensus.bracketResolved': 'رُفعت الأقواس المعقوفة {id} بالفعل',
  'errors.consensus.alternativesClosed': 'رُفعت الأقواس المعقوفة {id} بالفعل؛ ولم يعد من الممكن إضافة صيغ بديلة',
  'errors.consensus.noBracket': 'لا تحتوي الوثيقة على الأقواس المعقوفة {id} (ربما حُذف نصها)؛ أعد تحميل الوثيقة',
  'errors.consensus.unknownBlock':
    'لا تحتوي الوثيقة على الكتلة {blockId} (ربما حُذفت)؛ أعد تحميل الوثيقة وحاول مرة أخرى',
  'errors.suggestion.notFound': 'لا يوجد اقتراح «{id}» في هذه الوثيقة',
  'errors.suggestion.notAuthor': 'لا يمكن سحب الاقتراح إلا لصاحبه؛ أما المنسّقون فيقبلونه أو يرفضونه',
  'errors.suggestion.gone':
    'لم يعد الاقتراح {id} معلّقًا (بُتّ فيه أو سُحب أو حُذف نصه)؛ أعد التحميل لترى النص على حاله الراهنة',
  'errors.numbering.alreadyLive': `الترقيم تلقائي بالفعل؛ ثبّته على نسخة باستخدام '{"mode":"frozen","versionId":…}'`,

  'errors.compilation.noContribution': 'لا توجد مساهمة «{id}» في دعوة بشأن هذه الوثيقة',
  'errors.compilation.noSuchParagraphs':
    'تضم المساهمة {count, plural, zero {# فقرة} one {فقرة واحدة} two {فقرتين} few {# فقرات} many {# فقرة} other {# فقرة}} (من 0 إلى {last})؛ ولا توجد فقرة {missing}',
  'errors.compilation.noParagraph': 'لا تحتوي الوثيقة على الفقرة «{id}»',
  'errors.compilation.unknownContributions':
    'لا توجد مساهمة {ids} في دعوة بشأن هذه الوثيقة؛ يستند الرأي إلى مساهمات مقدَّمة في دعواتها',
  'errors.compilation.noBlock': 'لا يحتوي التجميع على الكتلة «{id}»؛ أعد تحميله واختر موضع الإدراج مرة أخرى',
  'errors.endorsement.deadlinePassed': 'الموعد النهائي {deadline} ليس في المستقبل (الوقت الآن {now})؛ حدّد موعدًا لاحقًا',
  'errors.endorsement.running': 'يجري بالفعل إجراء موافقة ضمنية بشأن هذه النسخة ({id})؛ انتظر انقضاء موعده النهائي',
  'errors.endorsement.endorsed': 'هذه النسخة معتمدة بالفعل (الإجراء {id})',
  'errors.endorsement.ended': 'انتهى إجراء الموافقة الضمنية هذا في {deadline}؛ ولم تعد الاعتراضات مقبولة',

  'errors.round.clash':
    'توجد جولة تشاور أخرى بشأن هذه الوثيقة مفتوحة أو مقررة في تلك الفترة؛ أغلقها أو اختر أوقاتًا أخرى',
  'errors.round.noSuchRound': 'لا توجد جولة تشاور كهذه',
  'errors.round.versionMissing': 'نسخة جولة التشاور هذه مفقودة',
  'errors.round.notListed':
    'هذه الجولة مفتوحة فقط للمنظمات المدرجة في صفحتها؛ اذكر إحداها بوصفها الجهة التي تنتمي إليها',
  'errors.round.frozen':
    'نُشر تقرير البتّ في التعليقات مع النسخة المنقحة؛ ولم يعد من الممكن الإبلاغ عن تعليقاتها أو إخفاؤها أو استعادتها أو إضافة تعليقات إليها',
  'errors.round.linkInvalid':
    'رابط التأكيد هذا غير صالح أو استُخدم من قبل؛ سجّل مرة أخرى بالبريد الإلكتروني نفسه لتتلقى رابطًا جديدًا',
  'errors.round.linkExpired': 'انتهت صلاحية رابط التأكيد هذا؛ سجّل مرة أخرى بالبريد الإلكتروني نفسه لتتلقى رابطًا جديدًا',
  'errors.round.notRegistered': 'سجّل في جولة التشاور هذه أولًا',
  'errors.round.noComment': 'لا يوجد تعليق كهذا في جولة التشاور هذه',
  'errors.round.notOpen': 'تُفتح جولة التشاور هذه في {opensAt}؛ وتُقبل التعليقات والتسجيلات اعتبارًا من ذلك الحين',
  'errors.round.closed': 'جولة التشاور هذه مغلقة؛ ولم تعد التعليقات والتسجيلات مقبولة',
  'errors.round.noParagraph': 'لا توجد فقرة كهذه في النسخة المعروضة للتشاور',
  'errors.round.quoteMismatch':
    '{number, select, none {لا يطابق الاقتباس نص الفقرة في تلك المواضع؛ حدّد المقطع مرة أخرى في الصفحة} other {لا يطابق الاقتباس نص الفقرة {number} في تلك المواضع؛ حدّد المقطع مرة أخرى في الصفحة}}',
  'errors.round.passageOutside':
    '{number, select, none {مواضع المقطع ليست داخل نص الفقرة؛ حدّد المقطع مرة أخرى في الصفحة} other {مواضع المقطع ليست داخل نص الفقرة {number}؛ حدّد المقطع مرة أخرى في الصفحة}}',
  'errors.round.stillOpen':
    'لا تزال هذه الجولة تتلقى التعليقات؛ ويجري البتّ في التعليقات بعد إغلاقها (يمكن للمنسّق إغلاقها الآن)',
  'errors.round.dispositionsFinal': 'نُشر تقرير البتّ في التعليقات مع النسخة المنقحة؛ وقرارات البتّ فيه نهائية',
  'errors.round.changedParagraphGone': 'لم تعد الفقرة المعدّلة موجودة في الوثيقة؛ اختر إحدى فقراتها الحالية',
  'errors.round.noPublishedComment': 'لا يوجد تعليق منشور بهذا المعرّف في جولة التشاور هذه',
  'errors.round.closeFirst': 'أغلق الجولة وردّ على تعليقاتها قبل نشر النسخة المنقحة',
  'errors.round.revisedAlready': 'لهذه الجولة نسخة منقحة بالفعل؛ احفظ النسخ اللاحقة من صفحة النسخ',
  'errors.round.awaitingModeration':
    '{count, plural, zero {لا يوجد تعليق بانتظار الإشراف} one {لا يزال تعليق واحد ينتظر الإشراف؛ انشره أو أخفه أولًا} two {لا يزال تعليقان ينتظران الإشراف؛ انشرهما أو أخفهما أولًا} few {لا تزال # تعليقات تنتظر الإشراف؛ انشرها أو أخفها أولًا} many {لا يزال # تعليقًا بانتظار الإشراف؛ انشرها أو أخفها أولًا} other {لا يزال # تعليق بانتظار الإشراف؛ انشرها أو أخفها أولًا}}',
  'errors.round.unanswered':
    '{remaining, plural, zero {لم يُبتّ بعد في # من أصل {total} تعليق؛ ويُبتّ في كل تعليق قبل نشر النسخة المنقحة} one {لم يُبتّ بعد في تعليق واحد من أصل {total}؛ ويُبتّ في كل تعليق قبل نشر النسخة المنقحة} two {لم يُبتّ بعد في تعليقين من أصل {total}؛ ويُبتّ في كل تعليق قبل نشر النسخة المنقحة} few {لم يُبتّ بعد في # تعليقات من أصل {total}؛ ويُبتّ في كل تعليق قبل نشر النسخة المنقحة} many {لم يُبتّ بعد في # تعليقًا من أصل {total}؛ ويُبتّ في كل تعليق قبل نشر النسخة المنقحة} other {لم يُبتّ بعد في # تعليق من أصل {total}؛ ويُبتّ في كل تعليق قبل نشر النسخة المنقحة}}',
  'errors.round.reportNotOut': 'يُنشر تقرير البتّ في التعليقات مع النسخة المنقحة؛ ولم تصدر بعد',
  'errors.round.answersNotOut': 'تُنشر الردود على التعليقات مع النسخة المنقحة؛ ولم تصدر بعد',

  'errors.call.closesBeforeOpens': 'يجب أن يكون closesAt بعد opensAt؛ اختر وقت إغلاق لاحقًا',
  'errors.call.duplicatePillar': 'لمحورين المعرّف نفسه «{id}»؛ أعطِ كل محور معرّفه الخاص',
  'errors.call.noSuchCall': 'لا توجد دعوة كهذه لتقديم المساهمات',
  'errors.call.codeInvalid': 'هذا الرمز غير صالح لهذا البريد الإلكتروني أو استُخدم من قبل؛ اطلب رمزًا جديدًا',
  'errors.call.codeExpired': 'انتهت صلاحية هذا الرمز؛ اطلب رمزًا جديدًا',
  'errors.call.unconfirmed':
    'لا تُقبل المساهمات إلا من عناوين بريد إلكتروني مؤكَّدة: أدخل اسمك وبريدك الإلكتروني، واكتب الرمز المرسل إليك، ثم أرسل الرمز المميز الذي تحصل عليه في X-Contributor-Token',
  'errors.call.notAuthor': 'لا يمكن تغيير المساهمة إلا لصاحبها',
  'errors.call.frozen': 'أُغلقت هذه الدعوة في {closesAt}؛ وجُمّدت مساهماتها ولم يعد من الممكن تغييرها',
  'errors.call.editConflict': 'حُفظ تعديل آخر على هذه المساهمة في اللحظة نفسها؛ أعد تحميلها وحاول مرة أخرى',
  'errors.call.noContribution': 'لا توجد مساهمة كهذه في هذه الدعوة',
  'errors.call.notYours': 'ليست لديك مساهمة كهذه في هذه الدعوة',
  'errors.call.workspaceOnly': 'لا تقبل هذه الدعوة المساهمات إلا من مساحة العمل؛ سجّل الدخول لتقديم مساهمة',
  'errors.call.notInvited': 'هذه الدعوة مفتوحة للمنظمات المدعوة فقط ({organisations})؛ اذكر إحداها بوصفها منظمتك',
  'errors.call.notOpen': 'تُفتح هذه الدعوة في {opensAt}؛ وتُقبل المساهمات اعتبارًا من ذلك الحين حتى {closesAt}',
  'errors.call.closed': 'أُغلقت هذه الدعوة في {closesAt}؛ ولم تعد المساهمات مقبولة',
  'errors.call.unknownPillars': 'لا يوجد محور {pillars} في هذه الدعوة؛ اختر من بين: {known}',
  'errors.contribution.noText': 'نص الطلب غير صالح: الفقرات مفقودة؛ أدخل النص أو أرسل ملفًا',
  'errors.contribution.unreadableForm': 'تعذّرت قراءة بيانات النموذج؛ أرسلها مرة أخرى',
  'errors.contribution.unknownField': 'نص الطلب غير صالح: حقل غير معروف «{name}»',
  'errors.contribution.repeatedField': 'نص الطلب غير صالح: ورد {name} أكثر من مرة',
  'errors.contribution.noFile': 'نص الطلب غير صالح: الملف مفقود؛ أرفق ملفًا واحدًا بصيغة DOCX أو Markdown أو نصًا عاديًا',
  'errors.contribution.pillarsNotArray': 'نص الطلب غير صالح: pillars ليست مصفوفة JSON',
  'errors.import.tooLarge': 'يتجاوز حجم الملف {size} ميغابايت؛ أرسل ملفًا أصغر',
  'errors.import.empty': 'الملف فارغ',
  'errors.import.unknownType':
    'الملف «{name}» ليس ملف DOCX ولا Markdown ‏(.md) ولا نصًا عاديًا (.txt)؛ احفظه بإحدى هذه الصيغ',
  'errors.import.noText': 'لا يحتوي الملف على أي نص',
  'errors.import.tooManyParagraphs': 'يضم الملف {count} فقرة؛ ولا تتجاوز المساهمة {max} فقرة',
  'errors.import.paragraphTooLong': 'تتجاوز الفقرة {index} من الملف {max} حرف؛ قسّمها',
  'errors.import.binary': 'الملف ليس نصيًا (يحتوي على بيانات ثنائية)؛ أرسل ملف DOCX أو Markdown أو نصًا عاديًا',
  'errors.import.notUtf8': 'الملف ليس نصًا بترميز UTF-8؛ احفظه بترميز UTF-8 وأرسله مرة أخرى',
  'errors.import.notDocx': 'امتداد الملف ‎.docx لكنه ليس ملف DOCX (ملف DOCX أرشيف zip)؛ احفظه بصيغة DOCX مرة أخرى',
  'errors.import.zipDirectoryMissing': 'ملف DOCX تالف (دليل zip الخاص به مفقود)؛ احفظه بصيغة DOCX مرة أخرى',
  'errors.import.zipDirectoryBroken': 'ملف DOCX تالف (دليل zip الخاص به معطوب)؛ احفظه بصيغة DOCX مرة أخرى',
  'errors.import.noDocument':
    'الملف أرشيف zip لكنه ليس مستند DOCX (لا يحتوي على word/document.xml)؛ أرسل ملف DOCX نفسه',
  'errors.import.unpacksTooLarge': 'يتجاوز حجم ملف DOCX بعد فك ضغطه {size} ميغابايت؛ أرسل ملفًا أصغر',
  'errors.import.unreadable': 'تعذّرت قراءة ملف DOCX ‏({reason})؛ افتحه واحفظه مرة أخرى في برنامج معالجة نصوص',

  'errors.field.empty': 'يجب ألا يكون فارغًا',
  'errors.field.required': 'مطلوب',
  'errors.field.tooLong':
    '{max, plural, zero {يجب ألا يتجاوز # حرف} one {يجب ألا يتجاوز حرفًا واحدًا} two {يجب ألا يتجاوز حرفين} few {يجب ألا يتجاوز # أحرف} many {يجب ألا يتجاوز # حرفًا} other {يجب ألا يتجاوز # حرف}}',
  'errors.field.tooShort':
    '{min, plural, zero {يجب ألا يقل عن # حرف} one {يجب ألا يقل عن حرف واحد} two {يجب ألا يقل عن حرفين} few {يجب ألا يقل عن # أحرف} many {يجب ألا يقل عن # حرفًا} other {يجب ألا يقل عن # حرف}}',
  'errors.field.oneLine': 'يجب أن يكون سطرًا واحدًا بلا محارف تحكم',
  'errors.field.id': 'يجب أن يتكون من 1 إلى 64 حرفًا لاتينيًا صغيرًا أو رقمًا أو شرطة، وأن يبدأ بحرف أو رقم',
  'errors.field.blockId': 'يجب أن يكون معرّف كتلة',
  'errors.field.bracketId': 'يجب أن يكون معرّف أقواس معقوفة',
  'errors.field.suggestionId': 'يجب أن يكون معرّف اقتراح',
  'errors.field.pillarId': 'يجب أن يكون معرّفًا قصيرًا بأحرف لاتينية صغيرة، مثل access',
  'errors.field.groupId': 'يجب أن يكون معرّفًا بأحرف لاتينية صغيرة، مثل civil-society',
  'errors.field.email': 'يجب أن يكون عنوان بريد إلكتروني، مثل name@example.org',
  'errors.field.country': 'يجب أن يكون رمز بلد من حرفين وفق ISO 3166-1، مثل KE',
  'errors.field.instant': 'يجب أن يكون وقتًا بصيغة ISO 8601، مثل 2026-12-01T09:00:00Z',
  'errors.field.link': 'يجب أن يكون عنوان URL من نوع http أو https أو mailto',
  'errors.field.afterOpening': 'يجب أن يكون بعد وقت الفتح',
  'errors.field.afterStart': 'يجب أن يكون بعد البداية',
  'errors.field.organisationsNeeded': 'يجب أن يتضمن منظمة واحدة على الأقل عندما تكون المشاركة listed-organisations',
  'errors.field.confirmationCode': 'يجب أن يكون الرمز الوارد في رابط التأكيد',
  'errors.field.reason': 'يجب ذكر السبب',
  'errors.field.objection': 'اذكر سبب كسرك للصمت',
  'errors.field.pillarsNeeded': 'تحتاج الدعوة إلى محور واحد على الأقل',
  'errors.field.pillarsTooMany':
    '{max, plural, zero {لا يتجاوز عدد محاور الدعوة # محور} one {للدعوة محور واحد على الأكثر} two {للدعوة محوران على الأكثر} few {لا يتجاوز عدد محاور الدعوة # محاور} many {لا يتجاوز عدد محاور الدعوة # محورًا} other {لا يتجاوز عدد محاور الدعوة # محور}}',
  'errors.field.paragraphEmpty': 'يجب ألا تكون الفقرة فارغة',
  'errors.field.paragraphTooLong':
    '{max, plural, zero {لا تتجاوز الفقرة # حرف} one {لا تتجاوز الفقرة حرفًا واحدًا} two {لا تتجاوز الفقرة حرفين} few {لا تتجاوز الفقرة # أحرف} many {لا تتجاوز الفقرة # حرفًا} other {لا تتجاوز الفقرة # حرف}}',
  'errors.field.contributionText': 'تحتاج المساهمة إلى نص',
  'errors.field.divergenceViews': 'يضم الخلاف رأيين على الأقل',
  'errors.field.numberingMode': `حدّد '{"mode":"live"}' أو '{"mode":"frozen","versionId":"<نسخة محفوظة من هذه الوثيقة>"}'`,
  'errors.field.notABlock': 'ليس كتلة من كتل الوثيقة',
  'errors.field.pendingSuggestion': 'يجب أن يكون اقتراحًا معلّقًا في الفقرة المعلَّق عليها',
  'errors.field.noRole': 'ليس لـ{id} أي دور في مساحة العمل هذه',
  'errors.field.cannotRead': 'لا يمكن لـ{name} قراءة هذه الوثيقة',
} satisfies Record<keyof typeof en, string>;
