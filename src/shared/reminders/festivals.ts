import {
  lunarBirthdayInYear,
  lunarBirthdaysInSolarMonth,
  lunarToSolar,
  solarToLunar,
} from '../calendar/lunar'
import type { BirthInput } from '../customers/customer.schema'
import type { LunarBirthday } from '../calendar/lunar'
import type { Festival } from './reminder.types'

/**
 * The festivals the desk sends greetings for. Lunar ones are computed for each year with the lunar
 * library (their solar dates move every year); 国庆 and 元旦 are fixed solar days.
 */
const definitions: Record<Festival, { lunar: boolean; month: number; day: number }> = {
  spring_festival: { lunar: true, month: 1, day: 1 },
  lantern: { lunar: true, month: 1, day: 15 },
  dragon_boat: { lunar: true, month: 5, day: 5 },
  mid_autumn: { lunar: true, month: 8, day: 15 },
  double_ninth: { lunar: true, month: 9, day: 9 },
  national_day: { lunar: false, month: 10, day: 1 },
  new_year: { lunar: false, month: 1, day: 1 },
}

const pad = (n: number) => String(n).padStart(2, '0')

/** The solar day a festival falls on in a solar year (春节 2026 → 2026-02-17). */
export function festivalDay(festival: Festival, year: number): string {
  const def = definitions[festival]
  if (!def.lunar) return `${year}-${pad(def.month)}-${pad(def.day)}`
  // lunar months 1–9 of lunar year N always fall in solar year N
  const day = lunarToSolar({ year, month: def.month, day: def.day, leap: false })
  if (!day) throw new RangeError(`No ${festival} in ${year}`)
  return day
}

/**
 * The lunar birthdays celebrated on a solar day, under the rule lunarBirthdayInYear applies
 * (src/shared/calendar/lunar.ts): a leap-month birthday is kept in the leap month when the year has
 * it, else in the regular month of that number; a 30th in a 29-day month is kept on the 29th.
 */
export function lunarBirthdaysOn(day: string): LunarBirthday[] {
  const year = Number(day.slice(0, 4))
  const candidates = lunarBirthdaysInSolarMonth(year, Number(day.slice(5, 7)))
  return candidates.filter((b) =>
    // a January–February day may belong to the previous lunar year's 冬月/腊月
    [year - 1, year].some((y) => {
      try {
        return lunarBirthdayInYear(b.month, b.day, b.leap, y) === day
      } catch {
        return false
      }
    }),
  )
}

/**
 * The solar birth dates (month-day) celebrated on a day: 29 February is celebrated on 28 February in
 * common years (the same rule as nextBirthday in src/shared/customers/birthday.ts).
 */
export function solarBirthdaysOn(day: string): string[] {
  const year = Number(day.slice(0, 4))
  const md = day.slice(5)
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0
  return md === '02-28' && !leap ? ['02-28', '02-29'] : [md]
}

/**
 * The age reached on the birthday celebrated on `day`: counted in the calendar the customer keeps
 * (a 29 February birthday kept on 28 February still counts the year; a lunar one counts lunar years).
 */
export function ageReached(birth: BirthInput | null, day: string): number | null {
  if (!birth) return null
  if (birth.calendar === 'solar') return Number(day.slice(0, 4)) - Number(birth.date.slice(0, 4))
  return birth.year == null ? null : solarToLunar(day).year - birth.year
}
