export default {
  lost: {
    title: '与办公室服务器的连接已中断。',
    body: '正在自动重试……已填写的内容会保留；连接恢复前保存不会成功，恢复后请再保存一次。',
  },
  local: {
    title: '正在使用这台电脑上的数据，不是办公室服务器的数据。',
    body: '启动时连接不上服务器 {{server}}（{{reason}}），本次改用本机数据库{{when}}。这里看到的内容可能不是最新的，在这里保存的修改也不会进入服务器。',
    lastWritten: '（最后写入于 {{when}}）',
    noLocalData: '（本机原来没有数据）',
    retry: '重试连接服务器',
    restarting: '正在重新启动……',
    cannotRestart: '无法自动重新启动，请关闭 TourDesk 后再打开。',
    reasons: {
      password: '用户名或密码不对',
      database: '服务器上没有这个数据库',
      refusedDesk: '服务器不允许这台电脑连接',
      timeout: '服务器没有应答',
      tls: '加密连接无法建立',
      unreachable: '服务器未开机、地址不对或被防火墙挡住',
      other: '服务器出错',
    },
  },
}
