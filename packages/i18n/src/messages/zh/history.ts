import type en from '../en/history.js';

export default {
  'history.person': '{name}（{group}）',
  'history.people.others': '{count, plural, other {其他#人}}',
  'history.since.summary': '{count, plural, other {自您上次访问以来有#个段落被修改}}',
  'history.since.summaryAt': '{count, plural, other {自您上次访问（{when}）以来有#个段落被修改}}',
  'history.since.markBy': '自您上次访问以来由{people}修改，{when}——点击隐藏',
  'history.since.mark': '自您上次访问以来已修改，{when}——点击隐藏',
  'history.since.dismiss': '隐藏',
  'history.tabs.label': '此段落的视图',
  'history.tabs.consensus': '协商一致',
  'history.tabs.text': '文本历史',
  'history.text.cannotShow': '无法显示文本历史：{problem}',
  'history.text.loading': '正在加载文本历史…',
  'history.text.empty': '此段落的文本尚无修改记录。',
  'history.text.list': '文本修改记录（最新的在前）',
  'history.text.system': '系统',
  'history.change.wrote': '{person}于{when}撰写了该段落',
  'history.change.removed': '{person}于{when}删除了该段落',
  'history.change.emptied': '{person}于{when}清空了该段落',
  'history.change.changed': '{person}于{when}修改了文本',
  'history.diff.added': '新增：',
  'history.diff.removed': '删除：',
  'history.numbering.title': '段落编号',
  'history.numbering.live': '当前为实时编号：段落按现有顺序编为1、2、3……。',
  'history.numbering.frozenAt':
    '编号已于{when}按版本“{version}”冻结：各段落保留原有编号，新段落编为4bis、4ter……，已删除的段落仍显示为“6 [已删除]”。',
  'history.numbering.frozenAtBy':
    '编号已由{name}于{when}按版本“{version}”冻结：各段落保留原有编号，新段落编为4bis、4ter……，已删除的段落仍显示为“6 [已删除]”。',
  'history.numbering.renumbered':
    '编号已于{when}按当前文件（重新编号后）冻结：各段落保留原有编号，新段落编为4bis、4ter……，已删除的段落仍显示为“6 [已删除]”。',
  'history.numbering.renumberedBy':
    '编号已由{name}于{when}按当前文件（重新编号后）冻结：各段落保留原有编号，新段落编为4bis、4ter……，已删除的段落仍显示为“6 [已删除]”。',
  'history.numbering.deleted': '[已删除]',
  'history.numbering.freezeAt': '冻结所依据的版本',
  'history.numbering.freeze': '冻结编号',
  'history.numbering.renumber': '重新编号 1…n',
  'history.numbering.backToLive': '恢复实时编号',
} satisfies Record<keyof typeof en, string>;
