import type en from '../en/versions.js';

export default {
  // 版本列表
  'versions.list.title': '版本',
  'versions.list.cannotShow': '无法显示版本',
  'versions.list.origin': '本文件以<link>“{name}”</link>为起点创建。',
  'versions.list.empty': '尚未保存任何版本。',
  'versions.list.saved': '——{when}，{name}',
  'versions.list.openRound': '开启磋商轮次',
  'versions.list.openRoundOn': '针对“{name}”开启磋商轮次',
  'versions.link.live': '打开当前文件',
  'versions.link.all': '所有版本',
  'versions.link.compareLive': '与当前文件比较',

  // 保存版本
  'versions.save.form': '保存版本',
  'versions.save.title': '将当前文件保存为版本',
  'versions.save.hint': '版本一经保存即被冻结，此后的编辑不会改变它。请按用途命名，例如“供公众磋商的草案”。',
  'versions.save.name': '名称',
  'versions.save.note': '备注（可选）',
  'versions.save.placeholder': '供公众磋商的草案',
  'versions.save.submit': '保存版本',

  // 单个版本
  'versions.version.title': '版本',
  'versions.version.cannotShow': '无法显示此版本',
  'versions.version.download': '下载：',
  'versions.version.caption': '版本“{name}”，由{person}于{when}保存。只读。',
  'versions.revisionOf': '磋商“{title}”之后的修订版本。评论答复报告：{links}',
  'versions.draft.start': '以此版本为起点新建草案',
  'versions.draft.starting': '正在新建…',
  'versions.draft.hint': '将创建一份新文件；本文件及其历史记录保持不变。',
  'versions.status.drafting': '起草中',
  'versions.status.underDiscussion': '讨论中',
  'versions.status.contested': '有争议',
  'versions.status.agreedAdRef': '待核准商定（ad ref）',
  'versions.status.agreed': '已商定',

  // 将当前文件重置为某一版本
  'versions.reset.start': '将当前文件重置为此版本',
  'versions.reset.why': '用于修复无法正常显示或保存的文件。',
  'versions.reset.confirm': '将当前文件重置为“{name}”吗？',
  'versions.reset.what':
    '所有人的文本将立即变为此版本的文本，正在编辑的人也不例外。此版本保存之后所作的修改将从当前文件中移除（如需保留，请先保存一个版本）；Accord无法显示的内容将被删除。段落保持其身份，因此评论和状态仍与之关联。重置操作将记入审计日志。',
  'versions.reset.submit': '重置当前文件',
  'versions.reset.resetting': '正在重置…',
  'versions.reset.done':
    '当前文件现为版本“{name}”（{written, plural, other {改写#个块}}，{kept, number}个未变，{removed, number}个删除）。',

  // 比较
  'versions.compare.title': '比较',
  'versions.compare.pageTitle': '比较版本',
  'versions.compare.cannotShow': '无法显示比较结果',
  'versions.compare.from': '从',
  'versions.compare.to': '到',
  'versions.compare.live': '当前文件',
  'versions.compare.submit': '比较',
  'versions.compare.summary':
    '{from, select, live {{to, select, live {从当前文件到当前文件：{summary}。} other {从当前文件到“{toName}”：{summary}。}}} other {{to, select, live {从“{fromName}”到当前文件：{summary}。} other {从“{fromName}”到“{toName}”：{summary}。}}}}',
  'versions.compare.noDifferences': '没有差异',
  'versions.count.changed': '{count, plural, other {#段修改}}',
  'versions.count.moved': '{count, plural, other {#段移动}}',
  'versions.count.added': '{count, plural, other {#段新增}}',
  'versions.count.removed': '{count, plural, other {#段删除}}',
  'versions.kind.added': '新增',
  'versions.kind.removed': '删除',
  'versions.kind.moved': '移动',
  'versions.kind.changed': '修改',
  'versions.kind.changedAndMoved': '修改并移动',
  'versions.kind.unchanged': '未变',
  'versions.kind.splitFrom': '（从上一段拆分而来）',
  'versions.number.new': '新增',
  'versions.number.newAt': '新增第{number}段',
  'versions.number.removed': '已删除',
  'versions.number.was': '原第{number}段',
  'versions.number.moved': '第{from}段 → 第{to}段',

  // 冻结文本中的修改和方括号
  'versions.changeLegend': '新增的文字加下划线，删除的文字加删除线。',
  'versions.diff.added': '新增',
  'versions.diff.removed': '删除',
  'versions.bracket.label': '方括号内案文：尚未商定',
  'versions.bracket.title': '方括号内案文：尚未商定',
  'versions.alternatives.label': '针对方括号内案文提出的备选措辞',
  'versions.alternatives.to': '{bracketed}的备选措辞：{alternatives}',
  'versions.alternatives.list': '备选措辞：{alternatives}',
  'versions.alternatives.number': '备选{number}',
} satisfies Record<keyof typeof en, string>;
