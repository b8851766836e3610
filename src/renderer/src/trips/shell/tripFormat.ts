import { useTranslation } from 'react-i18next'
import { useFormat } from '../../format/format'
import { dayFormat, localeOf } from '../../format/formatters'
import { dayCount } from './dates'

/** Trip dates as a desk reads them: "2026/12/03 – 12/08", the year only once when both share it. */
export function useTripFormat() {
  const { t } = useTranslation('trips')
  const f = useFormat()
  const locale = localeOf(f.lang)
  const short = dayFormat(locale, { month: '2-digit', day: '2-digit' })
  const weekday = dayFormat(locale, { weekday: 'short' })
  return {
    ...f,
    range: (depart: string, ret: string) => {
      const end = depart.slice(0, 4) === ret.slice(0, 4) ? short(ret) : f.date(ret)
      return `${f.date(depart)} – ${end}`
    },
    days: (depart: string, ret: string) => {
      const n = dayCount(depart, ret)
      return n == null ? '' : t('days', { count: n })
    },
    weekday,
    /** "¥1,280.00", or a grey "not set" left to the caller when null */
    price: (n: number | null) => (n == null ? null : f.money(n)),
  }
}
