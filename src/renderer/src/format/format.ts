import { useTranslation } from 'react-i18next'
import type { BirthInput } from '../../../shared/customers/customer.schema'
import { birthdayText } from '../../../shared/customers/birthday-text'
import { dateFormatters, localeOf } from './formatters'
import type { Lang } from './formatters'

/** Dates, numbers and money in the user's language. Stored values are ISO; shown values are local. */
export function useFormat() {
  const { i18n } = useTranslation()
  const lang: Lang = i18n.language === 'en' ? 'en' : 'zh-CN'
  const locale = localeOf(lang)
  const dates = dateFormatters(lang)
  const money = new Intl.NumberFormat(locale, {
    style: 'currency',
    currency: 'CNY',
    currencyDisplay: 'narrowSymbol',
  })
  const num = new Intl.NumberFormat(locale)
  return {
    lang,
    ...dates,
    money: (n: number) => money.format(n),
    number: (n: number) => num.format(n),
    /** a birthday as people say it; lunar ones with the next celebration's solar date (see birthdayText) */
    birth: (b: BirthInput | null, next: string | null, opts?: { label?: boolean; year?: boolean }) =>
      b ? birthdayText(b, next, lang, opts) : '',
  }
}
