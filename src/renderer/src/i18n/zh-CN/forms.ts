/** Words shared by every form: the closing question of a dialog, the error summary, the ways on. */
export default {
  dialogGuard: {
    title: '放弃刚才填写的内容？',
    text: '关闭后，这个窗口里填写的内容将不会保存。',
    discard: '放弃并关闭',
    stay: '继续填写',
  },
  summary: {
    title_one: '请修改以下 {{count}} 处后再保存：',
    title_other: '请修改以下 {{count}} 处后再保存：',
    sep: '：',
    goTo: '转到「{{label}}」',
  },
  deadEnds: {
    newCustomer: '新建客户「{{name}}」',
    newCustomerPlain: '新建客户',
    noMatch: '没有找到「{{q}}」。',
    createAndLink: '没有档案？新建「{{name}}」并关联',
    createTitle: '新建客户并关联',
    createHelp: '先建一个只有姓名和手机的档案，其余的以后在档案里补全。',
    createSubmit: '新建并关联',
    backToChecks: '返回 {{code}} 的出团检查',
  },
}
