/*
 * The question asked when the saved office server cannot be reached at start-up (pure: texts only).
 * No database is open yet, so the desk's language setting cannot be read: the system's language
 * decides (a Chinese Windows gets Chinese).
 */
import type { UnreachableReason } from '../../shared/database/database.api'

export type DialogLang = 'zh-CN' | 'en'

export const dialogLang = (locale: string): DialogLang => (/^zh/i.test(locale) ? 'zh-CN' : 'en')

/** The answers, in the order of the dialog's buttons. */
export const SERVER_ANSWERS = ['retry', 'local', 'quit'] as const
export type ServerAnswer = (typeof SERVER_ANSWERS)[number]

export interface Unreachable {
  /** "user@host:port/database" */
  server: string
  /** the driver's error code, when there was one */
  code: string | null
  message: string
  /** this PC's own file: when it was last written (ISO), null when there is none */
  localModified: string | null
}

type Pair = [zh: string, en: string]

const REASONS: { kind: UnreachableReason; test: (code: string, message: string) => boolean; text: Pair }[] = [
  {
    kind: 'password',
    test: (c) => c === '28P01',
    text: [
      '服务器拒绝了登录：用户名或密码不对。',
      'The server refused the sign-in: wrong user name or password.',
    ],
  },
  {
    kind: 'database',
    test: (c) => c === '3D000',
    text: ['服务器上没有这个数据库。', 'The server has no database of that name.'],
  },
  {
    kind: 'refusedDesk',
    test: (c) => c === '28000',
    text: [
      '服务器不允许这台电脑连接（pg_hba.conf）。',
      'The server does not let this PC connect (pg_hba.conf).',
    ],
  },
  {
    kind: 'timeout',
    test: (c, m) => c === 'ETIMEDOUT' || /timeout/i.test(m),
    text: [
      '服务器没有应答（可能未开机，或网络不通）。',
      'The server did not answer (it may be switched off, or the network is down).',
    ],
  },
  {
    kind: 'tls',
    test: (c, m) =>
      /CERT|SSL|TLS|SELF_SIGNED|UNABLE_TO_VERIFY|ALTNAME|EPROTO/i.test(c) || /SSL|TLS|certificate/i.test(m),
    text: ['加密连接（TLS）无法建立。', 'The encrypted connection (TLS) could not be set up.'],
  },
  {
    kind: 'unreachable',
    test: (c) =>
      ['ECONNREFUSED', 'ENOTFOUND', 'EHOSTUNREACH', 'ENETUNREACH', 'EAI_AGAIN', 'ECONNRESET'].includes(c),
    text: [
      '连接不上服务器（服务器未开机、地址或端口不对，或被防火墙挡住）。',
      'Cannot reach the server (it is off, the address or port is wrong, or a firewall blocks it).',
    ],
  },
]

const OTHER: Pair = ['服务器出错。', 'The server reported an error.']

/** The driver's codes grouped for a person (the banner translates the group). */
export function reasonOf(u: Pick<Unreachable, 'code' | 'message'>): UnreachableReason {
  return REASONS.find((r) => r.test(u.code ?? '', u.message))?.kind ?? 'other'
}

/** The reason in words a front desk can act on; the driver's own message follows in small print. */
export function reasonText(u: Pick<Unreachable, 'code' | 'message'>, lang: DialogLang): string {
  const hit = REASONS.find((r) => r.test(u.code ?? '', u.message))?.text ?? OTHER
  return hit[lang === 'zh-CN' ? 0 : 1]
}

/** "2026-11-20 09:12" in Beijing time: the agencies' zone, whatever the PC's own setting */
function when(iso: string): string {
  const t = new Date(Date.parse(iso) + 8 * 3600_000).toISOString()
  return `${t.slice(0, 10)} ${t.slice(11, 16)}`
}

/** Options for dialog.showMessageBox: the server, the reason, what each button does and what it risks. */
export function serverUnreachableBox(u: Unreachable, lang: DialogLang) {
  const zh = lang === 'zh-CN'
  const local = u.localModified
    ? zh
      ? `这台电脑上的数据最后一次写入是 ${when(u.localModified)}（北京时间），可能不是最新的：其他前台在服务器上做的修改不在其中；这次在本机做的修改也不会进入服务器。`
      : `This PC’s data was last written on ${when(u.localModified)} (Beijing time) and may be out of date: changes other desks made on the server are not in it, and changes made here now will not reach the server.`
    : zh
      ? '这台电脑上还没有自己的数据：将打开一个空的本机数据库。这次在本机做的修改不会进入服务器。'
      : 'This PC has no data of its own yet: an empty local database will open. Changes made here will not reach the server.'
  const detail = zh
    ? [
        `服务器：${u.server}`,
        `原因：${reasonText(u, lang)}`,
        '',
        '重试：再连接一次（例如服务器刚开机）。',
        `改用本机数据：${local}管理员保存的服务器设置不变，下次启动仍会先连接服务器。`,
        '退出：关闭 TourDesk，不做任何修改。',
        '',
        `(${u.message})`,
      ]
    : [
        `Server: ${u.server}`,
        `Reason: ${reasonText(u, lang)}`,
        '',
        'Retry: try the server again (e.g. it has just been switched on).',
        `Start on this PC instead: ${local} The administrator’s saved server setting is kept; the next start tries the server first again.`,
        'Quit: close TourDesk without changing anything.',
        '',
        `(${u.message})`,
      ]
  return {
    type: 'warning' as const,
    title: 'TourDesk',
    message: zh ? '连接不上办公室服务器' : 'The office server cannot be reached',
    detail: detail.join('\n'),
    buttons: zh ? ['重试', '改用本机数据', '退出'] : ['Retry', 'Start on this PC instead', 'Quit'],
    defaultId: 0,
    cancelId: 2,
    noLink: true,
  }
}
