import type en from '../en/mail.js';

export default {
  'mail.hello': '{name}，您好：',
  'mail.dear': '尊敬的{name}：',

  'mail.invitation.subject': '邀请您加入 Accord 上的{workspace}',
  'mail.invitation.invitedBy':
    '{inviter}邀请您以{role, select, secretariat {秘书处成员} coordinator {协调人} member {成员} contributor {投稿人} observer {观察员} other {{role}}}身份加入 Accord 上的{workspace}。',
  'mail.invitation.invited':
    '诚邀您以{role, select, secretariat {秘书处成员} coordinator {协调人} member {成员} contributor {投稿人} observer {观察员} other {{role}}}身份加入 Accord 上的{workspace}。',
  'mail.invitation.open': '请打开以下链接接受邀请：',
  'mail.invitation.account':
    '如果您已有使用此电子邮件地址的 Accord 账户，请在提示时用该账户登录；否则可通过此链接创建账户。',
  'mail.invitation.expiry': '此链接只能使用一次，有效期至 {expiresAt}。如果您并未预期收到此邮件，请忽略。',

  'mail.round.subject': '请确认您参加“{title}”',
  'mail.round.registered': '您已报名参加公众磋商“{title}”，该磋商开放至 {closesAt}。',
  'mail.round.registeredAgain':
    '有人（可能是您本人）再次用此地址报名参加公众磋商“{title}”。此地址已在参与；通过下面的链接，报名所用的浏览器即可以您的身份参与。',
  'mail.round.confirm':
    '{hours, plural, other {如需确认您的电子邮件地址，请打开以下链接（只能使用一次，须在 # 小时内打开）：}}',
  'mail.round.held': '在此之前，来自该浏览器的评论将暂被搁置，其赞成或反对也不计入。',
  'mail.round.notYou': '如果不是您本人操作，请忽略此邮件：从该浏览器发送的任何内容都不会被计入。',

  'mail.call.codeSubject': '您参与“{title}”投稿的验证码',
  'mail.call.codeAsked': '有人（可能是您本人）申请向征集“{title}”投稿，该征集开放至 {closesAt}。',
  'mail.call.code': '您的验证码是：{code}',
  'mail.call.typeCode': '{hours, plural, other {请在 # 小时内在征集页面输入该验证码：{link}}}',
  'mail.call.codeNotYou': '如果不是您本人操作，请忽略此邮件：没有此验证码，任何人都无法以您的名义投稿。',
  'mail.call.receivedSubject': '来文已收到：“{title}”',
  'mail.call.received':
    '您代表{organisation}就征集“{call}”提交的来文“{title}”已收到（{count, plural, other {共 # 个段落}}）。',
  'mail.call.canChange': '在征集于 {closesAt} 截止之前，您可以查看和修改该来文：',
  'mail.call.thanks': '感谢您的投稿。',

  'mail.silence.subject': '默许程序：“{title}”，截至 {deadline}',
  'mail.silence.started': '{starter}将“{title}”的版本“{version}”提交工作区，以默许程序予以核可。',
  'mail.silence.rule': '如果在 {deadline} 之前无人打破沉默，该版本即获核可。',
  'mail.silence.object': '如需打破沉默，请在文件页面上说明理由：{link}',
} satisfies Record<keyof typeof en, string>;
