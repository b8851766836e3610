import type { ReminderKind } from '../../shared/reminders/reminder.types'

/*
 * Desktop notifications are raised by main, which has no i18next: their few texts live here in both
 * languages (like the startup dialog's), chosen by the language the desk last used.
 */
export type Lang = 'zh-CN' | 'en'

const kindNames: Record<ReminderKind, [zh: string, en: string]> = {
  departure_notice: ['出团通知', 'Pre-departure notice'],
  return_call: ['回团次日回访', 'Call after return'],
  return_visit: ['回访计划', 'Return visit'],
  document_gap: ['证件不符合行程', 'Documents do not cover a trip'],
  birthday: ['生日祝福', 'Birthday greeting'],
  festival: ['节日问候', 'Festival greeting'],
  document_expiry: ['证件到期', 'Document expiring'],
  stay_in_touch: ['保持联系', 'Stay in touch'],
  follow_up: ['跟进', 'Follow-up'],
  guide_licence: ['导游证到期', 'Guide licence expiring'],
  supplier_licence: ['供应商许可证到期', 'Supplier licence expiring'],
  complaint_reply_due: ['投诉书面答复即将到期', 'Complaint reply due soon'],
  complaint_reply_overdue: ['投诉书面答复已逾期', 'Complaint reply overdue'],
  complaint_follow_up: ['投诉结案回访', 'Follow-up call after a complaint'],
  manual: ['任务', 'Task'],
  payment_due: ['尾款未收', 'Balance due'],
}

export function kindName(kind: ReminderKind, lang: Lang): string {
  const [zh, en] = kindNames[kind] ?? kindNames.manual
  return lang === 'en' ? en : zh
}

export function reminderNotice(
  r: { kind: ReminderKind; due: string; subject: string | null; note: string | null },
  lang: Lang,
): { title: string; body: string } {
  const title = `TourDesk · ${kindName(r.kind, lang)}`
  const parts = [r.subject, r.note, lang === 'en' ? `due ${r.due}` : `${r.due} 到期`].filter(Boolean)
  return { title, body: parts.join(' · ') }
}

export function digestNotice(count: number, lang: Lang, away: boolean): { title: string; body: string } {
  if (lang === 'en') {
    return away
      ? { title: `Missed while you were away (${count})`, body: 'Open TourDesk to see them on your day.' }
      : { title: `${count} reminders are due`, body: 'Open TourDesk to see them on your day.' }
  }
  return away
    ? { title: `离开期间错过的提醒（${count}）`, body: '打开 TourDesk 在今日工作台查看。' }
    : { title: `${count} 条提醒已到期`, body: '打开 TourDesk 在今日工作台查看。' }
}

export function trayText(lang: Lang): { open: string; quit: string } {
  return lang === 'en'
    ? { open: 'Open TourDesk', quit: 'Quit TourDesk' }
    : { open: '打开 TourDesk', quit: '退出 TourDesk' }
}

/** The native question when a page with unsaved typing is about to be closed (quit or reload). */
export function unloadText(lang: Lang): { message: string; detail: string; leave: string; stay: string } {
  return lang === 'en'
    ? {
        message: 'Unsaved changes',
        detail:
          'A form in TourDesk has changes that are not saved. Close anyway? A draft is kept on this PC.',
        leave: 'Close anyway',
        stay: 'Keep editing',
      }
    : {
        message: '有未保存的修改',
        detail: 'TourDesk 中有填写了但尚未保存的内容。仍要关闭吗？草稿会保留在本机。',
        leave: '仍要关闭',
        stay: '继续编辑',
      }
}
