import type en from '../en/a11y.js';

export default {
  'a11y.skipToContent': '跳至正文',
  'a11y.announce.commented': '{name}评论了{paragraph}',
  'a11y.announce.commentedDocument': '{name}评论了本文件',
  'a11y.announce.replied': '{name}回复了{paragraph}的评论',
  'a11y.announce.repliedDocument': '{name}回复了对本文件的评论',
  'a11y.announce.comments': '{count, plural, other {#条新评论}}',
  'a11y.announce.joined': '{name}加入了文件',
  'a11y.announce.left': '{name}离开了文件',
  'a11y.announce.joinedMany': '{count, plural, other {#人加入了文件}}',
  'a11y.announce.leftMany': '{count, plural, other {#人离开了文件}}',
  'a11y.where.outside': '光标不在正文的任何段落中。',
  'a11y.shortcuts.button': '键盘快捷键',
  'a11y.shortcuts.title': '键盘快捷键',
  'a11y.shortcuts.comment': '评论所选内容或光标所在段落',
  'a11y.shortcuts.panel': '打开光标所在段落的状态和立场',
  'a11y.shortcuts.where': '朗读光标所在段落的编号和状态',
  'a11y.shortcuts.nextParagraph': '转到下一段的开头',
  'a11y.shortcuts.previousParagraph': '转到上一段的开头',
  'a11y.shortcuts.escape': '关闭打开的面板并返回原处',
} satisfies Record<keyof typeof en, string>;
