import { lunarDayName, lunarMonthName } from '../calendar/lunar'
import type { BirthInput } from './customer.schema'

export type Lang = 'zh-CN' | 'en'

const EN_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']

const md = (iso: string) => ({
  y: Number(iso.slice(0, 4)),
  m: Number(iso.slice(5, 7)),
  d: Number(iso.slice(8, 10)),
})

/** A lunar month and day as people say them: 八月十五, 闰四月初八; in English 8/15, leap 4/8. */
export function lunarMonthDayText(month: number, day: number, leap: boolean, lang: Lang): string {
  if (lang === 'en') return `${leap ? 'leap ' : ''}${month}/${day}`
  return `${leap ? '闰' : ''}${lunarMonthName(month)}${lunarDayName(day)}`
}

/**
 * How a birthday is shown anywhere in TourDesk. A lunar birthday is said as a lunar date — never as the
 * solar day it falls on this year, which a clerk would read as the birthday itself — with the solar date
 * of the next celebration beside it: 「八月十五（公历 9/25）」, "Lunar 8/15 (next: Sep 25)".
 * `label` adds 农历/公历 in Chinese (the list shows a chip instead); `year` adds the birth year when known.
 */
export function birthdayText(
  b: BirthInput,
  nextBirthday: string | null,
  lang: Lang,
  opts: { label?: boolean; year?: boolean } = {},
): string {
  if (b.calendar === 'solar') {
    const { y, m, d } = md(b.date)
    if (lang === 'en') return opts.year ? `${d} ${EN_MONTHS[m - 1]} ${y}` : `${EN_MONTHS[m - 1]} ${d}`
    return `${opts.label ? '公历' : ''}${opts.year ? `${y}年` : ''}${m}月${d}日`
  }
  const lunar = lunarMonthDayText(b.month, b.day, b.leap, lang)
  const next = nextBirthday ? md(nextBirthday) : null
  const withYear = opts.year && b.year != null
  if (lang === 'en') {
    const text = `Lunar ${lunar}${withYear ? ` (born ${b.year})` : ''}`
    return next ? `${text} (next: ${EN_MONTHS[next.m - 1]} ${next.d})` : text
  }
  const text = `${withYear ? `${b.year}年 ` : ''}${opts.label ? '农历' : ''}${lunar}`
  return next ? `${text}（公历 ${next.m}/${next.d}）` : text
}
