import type { TFunction } from 'i18next'
import type { ReminderView } from '../../../shared/reminders/reminder.types'

const isoDate = /^\d{4}-\d{2}-\d{2}$/

/** What a reminder row says: the headline and whom or what it is about. */
export interface ReminderText {
  title: string
  subject: string | null
}

type Fmt = (day: string) => string

const str = (v: string | number | null | undefined): string =>
  v === undefined || v === null ? '' : String(v)

/**
 * A reminder in plain words, from its kind and the facts main attached (`detail`): dates in the
 * user's format, festivals, documents and units by their names in the current language. Manual
 * tasks and follow-ups are what the clerk wrote.
 */
export function reminderText(t: TFunction, r: ReminderView, date: Fmt): ReminderText {
  const d = r.detail
  const day = (v: string | number | null | undefined) => {
    const s = str(v)
    return isoDate.test(s) ? date(s) : s
  }
  const trip = r.trip ? `${r.trip.code} ${r.trip.routeName}` : ''
  const subject = r.customer?.name ?? r.guide?.name ?? r.supplier?.name ?? (r.trip ? trip : null)
  const k = (key: string, params: Record<string, string | number> = {}) =>
    t(`reminders:title.${key}`, params) as string

  let title: string
  switch (r.kind) {
    case 'payment_due':
      title = k('payment_due', { trip: r.trip?.code ?? '', date: day(r.trip?.departDate ?? r.eventDay) })
      break
    case 'departure_notice':
      title = k('departure_notice', { trip: r.trip?.code ?? '', date: day(r.trip?.departDate ?? r.eventDay) })
      break
    case 'return_call':
      title = k('return_call', { trip: r.trip?.code ?? '', date: day(r.trip?.returnDate ?? r.eventDay) })
      break
    case 'return_visit':
      title = k('return_visit', {
        trip: r.trip?.code ?? '',
        amount: str(d.amount),
        unit: t(`reminders:unit.${str(d.unit)}`) as string,
      })
      break
    case 'document_gap': {
      const params: Record<string, string | number> = { name: r.customer?.name ?? '' }
      for (const [key, v] of Object.entries(d)) if (key !== 'code') params[key] = day(v)
      if (d.doc !== undefined) params.doc = t(`customers:docKind.${str(d.doc)}`) as string
      title = t(`tripPage:checks.msg.${str(d.code)}`, params) as string
      break
    }
    case 'birthday': {
      const when = d.calendar === 'lunar' ? k('lunarDay', { date: day(r.eventDay) }) : day(r.eventDay)
      title =
        d.age !== undefined ? k('birthdayAge', { date: when, age: d.age }) : k('birthday', { date: when })
      break
    }
    case 'festival':
      title = k('festival', {
        festival: t(`reminders:festival.${str(d.festival)}`) as string,
        date: day(r.eventDay),
      })
      break
    case 'document_expiry':
      title = k('document_expiry', {
        doc: t(`customers:docKind.${str(d.docKind)}`) as string,
        date: day(d.expiry ?? r.eventDay),
      })
      break
    case 'stay_in_touch':
      title = k('stay_in_touch', { months: str(d.months) })
      break
    case 'guide_licence':
    case 'supplier_licence':
      title = k(r.kind, { date: day(d.expiry ?? r.eventDay) })
      break
    case 'complaint_reply_due':
    case 'complaint_reply_overdue':
    case 'complaint_follow_up':
      title = k(r.kind, { caseNo: str(d.caseNo), date: day(r.eventDay) })
      break
    case 'follow_up':
    case 'manual':
      title = r.note ?? (t(`reminders:kind.${r.kind}`) as string)
      break
  }
  return { title, subject }
}
