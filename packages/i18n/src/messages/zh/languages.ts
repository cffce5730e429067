import type en from '../en/languages.js';

export default {
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
