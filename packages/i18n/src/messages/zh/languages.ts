import type en from '../en/languages.js';

export default {
  'languages.round.heading': '文本语文',
  'languages.round.openPublic':
    '{language, select, ar {阿拉伯文} zh {中文} en {英文} fr {法文} ru {俄文} es {西班牙文} other {{language}}}公开页面',
  'languages.round.offered':
    '本轮磋商现已同时提供{language, select, ar {阿拉伯文} zh {中文} en {英文} fr {法文} ru {俄文} es {西班牙文} other {{language}}}版本。',
  'languages.round.offerHeading': '提供另一种语文',
  'languages.round.offerHint': '参与者选择阅读的语文；各语文的段落编号相同，对同一段落的评论将一并处理。',
  'languages.round.offerLanguage': '语文版本',
  'languages.round.offerVersion': '已保存的版本',
  'languages.round.noneSaved':
    '{language, select, ar {阿拉伯文} zh {中文} en {英文} fr {法文} ru {俄文} es {西班牙文} other {{language}}}版本尚无已保存的版本。请<link>在其版本页面保存一个版本</link>，然后在此提供。',
  'languages.round.offerSubmit': '提供此语文',
  'languages.name':
    '{language, select, ar {阿拉伯文} zh {中文} en {英文} fr {法文} ru {俄文} es {西班牙文} other {{language}}}',
  'languages.menu.button': '语文：{name}',
  'languages.menu.label': '本文件的各语文版本',
  'languages.family.original': '原文',
  'languages.family.progress': '已翻译{translated, number}个段落，共{total, plural, other {#个}}',
  'languages.family.none': '本文件尚无语文版本。',
  'languages.create.heading': '新建语文版本',
  'languages.create.language': '语文',
  'languages.create.start': '起始内容',
  'languages.create.startOriginal': '原文文本（在其基础上翻译）',
  'languages.create.startEmpty': '空白段落',
  'languages.create.submit': '创建语文版本',
  'languages.create.creating': '正在创建…',
  'languages.create.noneLeft': '本文件已有所有语文的版本。',
  'languages.status.translated': '已翻译',
  'languages.status.originalChanged': '原文在翻译后有改动',
  'languages.status.untranslated': '尚未翻译',
  'languages.status.missing': '缺失：原文新增的段落',
  'languages.original.unnumbered': '未编号的块',
  'languages.original.of': '{paragraph}原文',
  'languages.original.changedNote': '翻译后原文的改动：',
  'languages.original.region':
    '{language, select, ar {阿拉伯文} zh {中文} en {英文} fr {法文} ru {俄文} es {西班牙文} other {{language}}}原文，逐段对照',
  'languages.original.columnHead':
    '{language, select, ar {阿拉伯文} zh {中文} en {英文} fr {法文} ru {俄文} es {西班牙文} other {{language}}}原文',
  'languages.mark': '标记为最新',
  'languages.marked': '{paragraph}已标记为与原文一致。',
  'languages.bar.versionOf':
    '{title}的{language, select, ar {阿拉伯文} zh {中文} en {英文} fr {法文} ru {俄文} es {西班牙文} other {{language}}}版本',
  'languages.bar.version':
    '{language, select, ar {阿拉伯文} zh {中文} en {英文} fr {法文} ru {俄文} es {西班牙文} other {{language}}}版本',
  'languages.bar.changed': '{count, plural, other {#个段落的原文有改动}}',
  'languages.bar.showOriginal': '原文对照',
  'languages.bar.problem': '无法在正文旁显示原文：{problem}',
  'languages.sync.missing': '{count, plural, other {原文有#个段落本版本尚未包含：}}',
  'languages.sync.start': '添加方式',
  'languages.sync.hint': '原文中已不存在的段落将同时从本版本中删除；其文本仍保留在段落历史中。',
  'languages.sync.button': '添加原文新增的段落',
  'languages.sync.done': '已添加{added, plural, other {#个段落}}，已删除{removed, plural, other {#个}}。',
  'languages.threads.heading': '{count, plural, other {其他语文版本中对本段落的评论}}',
  'languages.threads.open':
    '在{language, select, ar {阿拉伯文} zh {中文} en {英文} fr {法文} ru {俄文} es {西班牙文} other {{language}}}版本中打开',
  'languages.consult.choose': '文本语文',
  'languages.consult.note': '各语文的段落编号相同。您的评论针对您所阅读语文的文本。',
  'languages.consult.commentIn':
    '针对{language, select, ar {阿拉伯文} zh {中文} en {英文} fr {法文} ru {俄文} es {西班牙文} other {{language}}}文本',
  'languages.refusal.notAnOriginal': '本文件是另一文件的语文版本；请根据其原文创建语文版本',
  'languages.refusal.sameLanguage':
    '本文件已用{language, select, ar {阿拉伯文} zh {中文} en {英文} fr {法文} ru {俄文} es {西班牙文} other {{language}}}撰写；请选择其他语文',
  'languages.refusal.exists':
    '本文件已有{language, select, ar {阿拉伯文} zh {中文} en {英文} fr {法文} ru {俄文} es {西班牙文} other {{language}}}版本；请从文件的语文列表中打开',
  'languages.refusal.paragraphMissing': '本语文版本尚无该段落；请先使其与原文保持一致',
  'languages.refusal.notAVersion': '本文件为原文；请在其某一语文版本中查看与原文的对照',
  'languages.refusal.originalHidden': '您无权查看本语文版本的原文',
  'languages.refusal.originalGone': '本语文版本的原文已不存在',
  'languages.refusal.threadsScope': 'languages 参数必须为 all（默认）或 this',
  'languages.refusal.roundClosed': '本磋商轮次已结束；只能在结束前提供其他语文',
  'languages.refusal.roundSameLanguage':
    '本磋商轮次自身的版本已是{language, select, ar {阿拉伯文} zh {中文} en {英文} fr {法文} ru {俄文} es {西班牙文} other {{language}}}；请提供其他语文',
  'languages.refusal.noLanguageVersion':
    '本文件没有{language, select, ar {阿拉伯文} zh {中文} en {英文} fr {法文} ru {俄文} es {西班牙文} other {{language}}}版本；请先从文件的语文列表中创建',
  'languages.refusal.noSavedVersion':
    '{language, select, ar {阿拉伯文} zh {中文} en {英文} fr {法文} ru {俄文} es {西班牙文} other {{language}}}版本没有已保存的版本“{id}”；请先保存一个版本',
  'languages.refusal.alreadyOffered':
    '本磋商轮次已提供{language, select, ar {阿拉伯文} zh {中文} en {英文} fr {法文} ru {俄文} es {西班牙文} other {{language}}}版本；该版本将继续提供',
  'languages.refusal.notOffered':
    '本磋商轮次不提供{language, select, ar {阿拉伯文} zh {中文} en {英文} fr {法文} ru {俄文} es {西班牙文} other {{language}}}版本',
  'languages.refusal.ownLanguageOnly': '本磋商轮次仅以其自身语文提供',
  'languages.refusal.invalidLanguage': '语文必须为以下之一：{languages}',
  'languages.refusal.offeredTwice': '每种语文只能提供一次',
} satisfies Record<keyof typeof en, string>;
