import { ageOn, lunarBirthdayInYear, lunarToSolar } from '../calendar/lunar'
import type { BirthInput } from './customer.schema'

/** Solar date of birth, when known (a lunar birth needs its year). */
export function solarBirthDate(b: BirthInput | null): string | null {
  if (!b) return null
  if (b.calendar === 'solar') return b.date
  if (b.year == null) return null
  return lunarToSolar({ year: b.year, month: b.month, day: b.day, leap: b.leap })
}

/** The next day (today included) the customer celebrates, as YYYY-MM-DD; lunar birthdays converted. */
export function nextBirthday(b: BirthInput | null, todayIso: string): string | null {
  if (!b) return null
  const year = Number(todayIso.slice(0, 4))
  for (const y of [year - 1, year, year + 1]) {
    const d = celebrationIn(b, y)
    if (d && d >= todayIso) return d
  }
  return null
}

function celebrationIn(b: BirthInput, year: number): string | null {
  if (b.calendar === 'lunar') return lunarBirthdayInYear(b.month, b.day, b.leap, year)
  const md = b.date.slice(5)
  // 29 February is celebrated on 28 February in common years
  if (md === '02-29' && !isLeapYear(year)) return `${year}-02-28`
  return `${year}-${md}`
}

function isLeapYear(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0
}

export function ageFromBirth(b: BirthInput | null, todayIso: string): number | null {
  const solar = solarBirthDate(b)
  return solar ? ageOn(solar, todayIso) : null
}
