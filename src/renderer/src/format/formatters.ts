import { AGENCY_TIME_ZONE, calendarDay, dayIn } from '../../../shared/common/dates'

export type Lang = 'zh-CN' | 'en'

export const localeOf = (lang: Lang) => (lang === 'en' ? 'en-GB' : 'zh-CN')

/** Today on the agency's calendar, read from this window's clock. */
export const today = () => dayIn(new Date())

/**
 * A formatter for calendar days. The day is placed at noon UTC and formatted in UTC, so it shows
 * as itself whatever zone the machine is in.
 */
export function dayFormat(locale: string, options: Intl.DateTimeFormatOptions): (day: string) => string {
  const f = new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC' })
  return (day) => f.format(new Date(`${day}T12:00:00Z`))
}

/**
 * Dates and times as the clerk reads them. `date` takes a day (YYYY-MM-DD) or a timestamp: a
 * timestamp shows its day on the agency's calendar, not its UTC day (an edit at 00:30 in Beijing
 * belongs to that day). Times are shown on the agency's clock.
 */
export function dateFormatters(lang: Lang, zone: string = AGENCY_TIME_ZONE) {
  const locale = localeOf(lang)
  const date = dayFormat(locale, { year: 'numeric', month: '2-digit', day: '2-digit' })
  const monthDay = dayFormat(locale, { month: 'short', day: 'numeric' })
  const dateTime = new Intl.DateTimeFormat(locale, {
    timeZone: zone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
  })
  return {
    date: (v: string | null | undefined) => (v ? date(calendarDay(v, zone)) : ''),
    monthDay: (v: string | null | undefined) => (v ? monthDay(calendarDay(v, zone)) : ''),
    dateTime: (v: string | null | undefined) => (v ? dateTime.format(new Date(v)) : ''),
  }
}
