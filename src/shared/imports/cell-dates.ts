import { lunarDateExists, leapMonthOf } from '../calendar/lunar'

/*
 * Dates as people type them into a sheet, and as Excel stores them. Each parser returns null for
 * a cell it cannot read, so the row is reported with its reason instead of guessed.
 */

const pad = (n: number) => String(n).padStart(2, '0')

function realDay(y: number, m: number, d: number): string | null {
  if (y < 1850 || y > 2200 || m < 1 || m > 12 || d < 1 || d > 31) return null
  const t = new Date(Date.UTC(y, m - 1, d))
  if (t.getUTCMonth() !== m - 1 || t.getUTCDate() !== d) return null
  return `${y}-${pad(m)}-${pad(d)}`
}

/**
 * Excel's 1900 date system: serial 1 is 1900-01-01 and Excel counts a 1900-02-29 that never was
 * (serial 60), so from serial 61 on the day is 1899-12-30 + serial. Serials before 61 are earlier
 * than anyone's birth date in a customer sheet and are refused rather than mapped around the gap.
 */
export function excelSerialDay(serial: number): string | null {
  if (!Number.isInteger(serial) || serial < 61 || serial > 109_574) return null
  const t = new Date(Date.UTC(1899, 11, 30) + serial * 86_400_000)
  return `${t.getUTCFullYear()}-${pad(t.getUTCMonth() + 1)}-${pad(t.getUTCDate())}`
}

/** 1958-03-17, 1958/3/17, 1958.3.17, 1958年3月17日, 19580317, or an Excel serial such as 21261 */
export function parseDayCell(raw: string): string | null {
  const s = raw.normalize('NFKC').trim()
  let m = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$/.exec(s)
  if (m) return realDay(+m[1], +m[2], +m[3])
  m = /^(\d{4})(\d{2})(\d{2})$/.exec(s)
  if (m) return realDay(+m[1], +m[2], +m[3])
  // a date cell read without its format, or a CSV of one: the serial (a time of day may follow)
  m = /^(\d{2,6})(?:\.\d+)?$/.exec(s)
  if (m) return excelSerialDay(+m[1])
  return null
}

const MONTHS: Record<string, number> = {
  正: 1,
  一: 1,
  二: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
  十: 10,
  冬: 11,
  十一: 11,
  腊: 12,
  十二: 12,
}
const DIGITS: Record<string, number> = {
  一: 1,
  二: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
  十: 10,
}

function lunarDayNumber(s: string): number | null {
  if (/^\d{1,2}$/.test(s)) return +s
  let m = /^初([一二三四五六七八九十])$/.exec(s)
  if (m) return DIGITS[m[1]]
  if (s === '二十') return 20
  if (s === '三十') return 30
  m = /^(十|廿|二十)([一二三四五六七八九])$/.exec(s)
  if (m) return (m[1] === '十' ? 10 : 20) + DIGITS[m[2]]
  return null
}

export interface LunarCell {
  year: number | null
  month: number
  day: number
  leap: boolean
}

/**
 * A lunar birthday as written in a sheet: 农历1958年三月十七, 1958年闰四月初八, 三月十七, 腊月廿三,
 * or digits (1958-3-17, 3-17, 3月17). With a year the date must have existed that year.
 */
export function parseLunarCell(raw: string): LunarCell | null {
  let s = raw
    .normalize('NFKC')
    .replace(/\s+/g, '')
    .replace(/^(农历|阴历|农|阴)/, '')
  let year: number | null = null
  const y = /^(\d{4})(?:年|[-/.])/.exec(s)
  if (y) {
    year = +y[1]
    s = s.slice(y[0].length)
  }
  const leap = s.startsWith('闰')
  if (leap) s = s.slice(1)
  let month: number | null = null
  let rest = ''
  const digits = /^(\d{1,2})(?:月|[-/.])(.+)$/.exec(s)
  const named = /^(十一|十二|[正一二三四五六七八九十冬腊])月(.+)$/.exec(s)
  if (digits) [month, rest] = [+digits[1], digits[2]]
  else if (named) [month, rest] = [MONTHS[named[1]], named[2]]
  else return null
  const day = lunarDayNumber(rest.replace(/日$/, ''))
  if (!month || month > 12 || !day || day > 30) return null
  if (year != null) {
    if (year < 1900 || year > 2100) return null
    if (leap && leapMonthOf(year) !== month) return null
    if (!lunarDateExists({ year, month, day, leap })) return null
  }
  return { year, month, day, leap }
}

/** 男/女/M/F/male/female; anything else is "unknown" rather than a rejected row */
export function parseGender(raw: string): 'male' | 'female' | 'unknown' {
  const s = raw.trim().toLowerCase()
  if (['男', 'm', 'male', '男性'].includes(s)) return 'male'
  if (['女', 'f', 'female', '女性'].includes(s)) return 'female'
  return 'unknown'
}
