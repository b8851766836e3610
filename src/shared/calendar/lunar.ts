import { LunarYear, Solar, type LunarYearInstance } from 'lunar-javascript'

/*
 * lunar-javascript keeps only the last LunarYear it built (≈ 0.4 ms each), and a next-birthday
 * lookup asks for three years in turn: keep every year built, they never change.
 */
const yearCache = new Map<number, LunarYearInstance>()
function lunarYear(year: number): LunarYearInstance {
  let y = yearCache.get(year)
  if (!y) yearCache.set(year, (y = LunarYear.fromYear(year)))
  return y
}

export interface LunarDate {
  year: number
  month: number
  day: number
  leap: boolean
}

export type LunarBirthday = { month: number; day: number; leap: boolean }

const ZH_MONTHS = ['正', '二', '三', '四', '五', '六', '七', '八', '九', '十', '冬', '腊']
const ZH_DIGITS = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十']

function parseIso(iso: string): { y: number; m: number; d: number } {
  const match = /^(\d{4})-(\d{2})-(\d{2})(?:$|[T ])/.exec(iso.trim())
  if (!match) throw new RangeError(`Invalid ISO date: ${iso}`)
  const [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])]
  if (m < 1 || m > 12 || d < 1 || d > daysInSolarMonth(y, m)) throw new RangeError(`Invalid ISO date: ${iso}`)
  return { y, m, d }
}

// Arithmetic rather than Date.UTC, which maps years 0-99 onto 1900-1999.
function daysInSolarMonth(y: number, m: number): number {
  if (m === 2) return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 29 : 28
  return [4, 6, 9, 11].includes(m) ? 30 : 31
}

function assertMonthDay(month: number, day: number): void {
  if (!Number.isInteger(month) || month < 1 || month > 12) {
    throw new RangeError(`Invalid lunar month: ${month}`)
  }
  if (!Number.isInteger(day) || day < 1 || day > 30) throw new RangeError(`Invalid lunar day: ${day}`)
}

/*
 * lunar-javascript keeps the tables of one lunar year and computes them again (≈ 0.15 ms of
 * astronomy) whenever the year changes: converting a list of birthdays from many years — an import of
 * 100,000 customers, a page of search results — spent most of its time there. A date's lunar date
 * never changes, so it is remembered (a century of days is ≈ 37,000 entries; the map is cleared past
 * 50,000 so it cannot grow without bound).
 */
const lunarOf = new Map<string, LunarDate>()

export function solarToLunar(iso: string): LunarDate {
  const known = lunarOf.get(iso)
  if (known) return { ...known }
  const { y, m, d } = parseIso(iso)
  const lunar = Solar.fromYmd(y, m, d).getLunar()
  const month = lunar.getMonth()
  const l = { year: lunar.getYear(), month: Math.abs(month), day: lunar.getDay(), leap: month < 0 }
  if (lunarOf.size >= 50_000) lunarOf.clear()
  lunarOf.set(iso, l)
  return { ...l }
}

function solarOfLunarDay(year: LunarYearInstance, signedMonth: number, day: number): string | null {
  const month = year.getMonth(signedMonth)
  if (!month || day > month.getDayCount()) return null
  return Solar.fromJulianDay(month.getFirstJulianDay() + day - 1).toYmd()
}

export function lunarToSolar(d: LunarDate): string | null {
  const integers = [d.year, d.month, d.day].every(Number.isInteger)
  if (!integers || d.month < 1 || d.month > 12 || d.day < 1) return null
  return solarOfLunarDay(lunarYear(d.year), d.leap ? -d.month : d.month, d.day)
}

export function lunarBirthdayInYear(month: number, day: number, leap: boolean, solarYear: number): string {
  assertMonthDay(month, day)
  const year = lunarYear(solarYear)
  const signed = leap && year.getLeapMonth() === month ? -month : month
  const lunarMonth = year.getMonth(signed)
  if (!lunarMonth) throw new RangeError(`Lunar month ${month} missing in ${solarYear}`)
  const celebrated = Math.min(day, lunarMonth.getDayCount())
  return Solar.fromJulianDay(lunarMonth.getFirstJulianDay() + celebrated - 1).toYmd()
}

const monthCache = new Map<string, LunarBirthday[]>()

/**
 * Inverse of lunarBirthdayInYear over one solar month, derived day by day from the solar side so it costs
 * ~31 conversions instead of trying all 720 (month, day, leap) birthdays against two lunar years.
 */
export function lunarBirthdaysInSolarMonth(year: number, month: number): LunarBirthday[] {
  if (!Number.isInteger(month) || month < 1 || month > 12) throw new RangeError(`Invalid month: ${month}`)
  const key = `${year}-${month}`
  let result = monthCache.get(key)
  if (!result) {
    result = computeBirthdaysInSolarMonth(year, month)
    monthCache.set(key, result)
  }
  return result.map((b) => ({ ...b }))
}

function computeBirthdaysInSolarMonth(year: number, month: number): LunarBirthday[] {
  const years = new Map<number, LunarYearInstance>()
  const out: LunarBirthday[] = []
  for (let d = 1; d <= daysInSolarMonth(year, month); d++) {
    const lunar = Solar.fromYmd(year, month, d).getLunar()
    let ly = years.get(lunar.getYear())
    if (!ly) {
      ly = lunarYear(lunar.getYear())
      years.set(lunar.getYear(), ly)
    }
    const signed = lunar.getMonth()
    const m = Math.abs(signed)
    const day = lunar.getDay()
    const isShortMonthEnd = day === 29 && ly.getMonth(signed)?.getDayCount() === 29
    const days = isShortMonthEnd ? [29, 30] : [day]
    // Leap-born people fall back to the regular month only when this year has no leap month of that number.
    const flags = signed < 0 ? [true] : ly.getLeapMonth() === m ? [false] : [false, true]
    for (const leap of flags) for (const dd of days) out.push({ month: m, day: dd, leap })
  }
  return out
}

/** 正月…十月, 冬月, 腊月: the names people say for the 1st, 11th and 12th lunar months. */
export function lunarMonthName(month: number): string {
  assertMonthDay(month, 1)
  return `${ZH_MONTHS[month - 1]}月`
}

/** 初一…初十, 十一…十九, 二十, 廿一…廿九, 三十 */
export function lunarDayName(day: number): string {
  assertMonthDay(1, day)
  return zhDay(day)
}

/** Whether a lunar date existed: the year had that (leap) month, and the month had that many days. */
export function lunarDateExists(d: LunarDate): boolean {
  return lunarToSolar(d) !== null
}

/** The lunar year's leap month number, 0 when it has none. */
export function leapMonthOf(year: number): number {
  return lunarYear(year).getLeapMonth()
}

function zhDay(day: number): string {
  if (day === 10) return '初十'
  if (day === 20) return '二十'
  if (day === 30) return '三十'
  const tens = ['初', '十', '廿'][Math.floor(day / 10)]
  return tens + ZH_DIGITS[day % 10]
}

export function ageOn(birthIso: string, onIso: string): number {
  const b = parseIso(birthIso)
  const on = parseIso(onIso)
  const hadBirthday = on.m > b.m || (on.m === b.m && on.d >= b.d)
  return on.y - b.y - (hadBirthday ? 0 : 1)
}
