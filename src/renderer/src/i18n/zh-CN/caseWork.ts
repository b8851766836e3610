/** Work on a case that reaches other features: assigning, and changes made on the trip for it. */
export default {
  assign: {
    option: '{{name}}（{{role}}）',
  },
  context: {
    recording: '正在为投诉 {{caseNo}} 调整本团：在此保存的更改同时记入本团历史和该投诉的处理记录。',
    unusable: '投诉 {{caseNo}} 已结束或不属于本团，在此所做的更改不会记入该投诉。',
    back: '返回投诉',
  },
  change: {
    guide: '导游 {{from}} → {{to}}',
    item_added: '第{{day}}天 新增「{{to}}」',
    item_changed: '第{{day}}天「{{from}}」→「{{to}}」',
    item_removed: '第{{day}}天 删除「{{from}}」',
    item_moved: '「{{from}}」第{{fromDay}}天 → 第{{day}}天',
    item_reordered: '第{{day}}天「{{from}}」调整顺序',
    item_copied: '第{{fromDay}}天「{{from}}」复制到第{{day}}天',
    day_title: '第{{day}}天 标题「{{from}}」→「{{to}}」',
    noTitle: '（无）',
  },
  history: {
    forCase: '因投诉',
    onTrip: '团队调整：',
  },
  remedy: {
    carriedOut: '已执行',
  },
  swap: {
    button: '换导游',
    title: '更换导游 {{name}}',
    to: '换成',
    hint: '身份不变，只换人；记入本团历史和投诉',
    save: '更换',
  },
}
