import { useTranslation } from 'react-i18next'
import type { BirthInput } from '../../../shared/customers/customer.schema'
import { birthdayText } from '../../../shared/customers/birthday-text'

/** Dates, numbers and money in the user's language. Stored values are ISO; shown values are local. */
export function useFormat() {
  const { i18n } = useTranslation()
  const lang = i18n.language === 'en' ? 'en' : 'zh-CN'
  const locale = lang === 'en' ? 'en-GB' : 'zh-CN'
  const dateFmt = new Intl.DateTimeFormat(locale, { year: 'numeric', month: '2-digit', day: '2-digit' })
  const dateTimeFmt = new Intl.DateTimeFormat(locale, {
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
  })
  const monthDayFmt = new Intl.DateTimeFormat(locale, { month: 'short', day: 'numeric' })
  const money = new Intl.NumberFormat(locale, {
    style: 'currency',
    currency: 'CNY',
    currencyDisplay: 'narrowSymbol',
  })
  const num = new Intl.NumberFormat(locale)
  return {
    lang,
    /** YYYY-MM-DD (a calendar day, no time zone) */
    date: (iso: string | null | undefined) =>
      iso ? dateFmt.format(new Date(`${iso.slice(0, 10)}T00:00:00`)) : '',
    monthDay: (iso: string | null | undefined) =>
      iso ? monthDayFmt.format(new Date(`${iso.slice(0, 10)}T00:00:00`)) : '',
    dateTime: (iso: string | null | undefined) => (iso ? dateTimeFmt.format(new Date(iso)) : ''),
    money: (n: number) => money.format(n),
    number: (n: number) => num.format(n),
    /** a birthday as people say it; lunar ones with the next celebration's solar date (see birthdayText) */
    birth: (b: BirthInput | null, next: string | null, opts?: { label?: boolean; year?: boolean }) =>
      b ? birthdayText(b, next, lang, opts) : '',
  }
}
