export default {
  setup: {
    title: '欢迎使用 TourDesk',
    intro: '首次使用，请填写旅行社名称并创建第一个管理员账号。之后每次启动都需要登录。',
    agencyName: '旅行社名称',
    adminName: '管理员姓名',
    login: '登录名',
    password: '密码',
    passwordHelp: '至少 8 位',
    submit: '完成设置',
  },
  signIn: {
    title: '登录',
    login: '登录名',
    password: '密码',
    submit: '登录',
    attemptsLeft: '还可尝试 {{left}} 次',
  },
  changePassword: {
    title: '修改密码',
    current: '当前密码',
    next: '新密码',
    done: '密码已修改',
  },
}
