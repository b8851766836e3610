import { useTranslation } from 'react-i18next'
import { useFormat } from '../../format/format'
import { dayFormat, localeOf } from '../../format/formatters'

// the trip page's tabs took their notice from here before the app had one; kept as the same hook
export { useNotice } from '../../components/NoticeSnackbar'

/** "10月1日 周四" / "1 Oct Thu" for an itinerary day. */
export function useDayLabel() {
  const { i18n } = useTranslation()
  const f = useFormat()
  const wd = dayFormat(localeOf(i18n.language === 'en' ? 'en' : 'zh-CN'), { weekday: 'short' })
  return {
    monthDay: (iso: string) => f.monthDay(iso),
    weekday: (iso: string) => wd(iso.slice(0, 10)),
  }
}

/** '' → null; anything else a number (NaN when not one: main then says what is wrong). */
export function toNumber(s: string): number | null {
  const v = s.trim()
  return v === '' ? null : Number(v)
}

export const blankToNull = (s: string): string | null => (s.trim() === '' ? null : s.trim())
