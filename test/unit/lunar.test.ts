import { describe, it, expect } from 'vitest'
import {
  ageOn,
  lunarBirthdayInYear,
  lunarBirthdaysInSolarMonth,
  lunarToSolar,
  solarToLunar,
} from '../../src/shared/calendar/lunar'

// Festival dates below are public-calendar facts (not derived from the library) used as cross-checks.
describe('solarToLunar / lunarToSolar: known dates', () => {
  const known: Array<[string, number, number, number, boolean]> = [
    ['2026-02-17', 2026, 1, 1, false], // Spring Festival 2026
    ['2025-01-29', 2025, 1, 1, false], // Spring Festival 2025
    ['2024-02-10', 2024, 1, 1, false], // Spring Festival 2024
    ['2026-09-25', 2026, 8, 15, false], // Mid-Autumn 2026
    ['2025-10-06', 2025, 8, 15, false], // Mid-Autumn 2025
    ['2024-09-17', 2024, 8, 15, false], // Mid-Autumn 2024
    ['2025-05-31', 2025, 5, 5, false], // Dragon Boat 2025
    ['2025-07-25', 2025, 6, 1, true], // first day of 2025's leap 6th month
    ['2023-03-22', 2023, 2, 1, true], // first day of 2023's leap 2nd month
    ['2020-05-23', 2020, 4, 1, true], // first day of 2020's leap 4th month
    ['2026-02-16', 2025, 12, 29, false], // New Year's Eve 2026 falls on 腊月廿九 (no 三十 that year)
  ]

  it.each(known)('%s is lunar %i-%i-%i (leap %s)', (iso, year, month, day, leap) => {
    expect(solarToLunar(iso)).toEqual({ year, month, day, leap })
    expect(lunarToSolar({ year, month, day, leap })).toBe(iso)
  })

  it('distinguishes the regular and leap 6th month of 2025', () => {
    expect(lunarToSolar({ year: 2025, month: 6, day: 1, leap: false })).toBe('2025-06-25')
    expect(lunarToSolar({ year: 2025, month: 6, day: 1, leap: true })).toBe('2025-07-25')
  })

  it('returns null for lunar dates that do not exist', () => {
    expect(lunarToSolar({ year: 2026, month: 6, day: 1, leap: true })).toBeNull() // 2026 has no leap month
    expect(lunarToSolar({ year: 2025, month: 6, day: 30, leap: true })).toBeNull() // leap 6th month has 29 days
    expect(lunarToSolar({ year: 2025, month: 12, day: 30, leap: false })).toBeNull()
    expect(lunarToSolar({ year: 2025, month: 13, day: 1, leap: false })).toBeNull()
    expect(lunarToSolar({ year: 2025, month: 1, day: 0, leap: false })).toBeNull()
    expect(lunarToSolar({ year: 2025, month: 1, day: 31, leap: false })).toBeNull()
    expect(lunarToSolar({ year: 2025, month: 1.5, day: 1, leap: false })).toBeNull()
  })

  it('round-trips every day of 2025', () => {
    const start = Date.UTC(2025, 0, 1)
    for (let i = 0; i < 365; i++) {
      const iso = new Date(start + i * 86_400_000).toISOString().slice(0, 10)
      expect(lunarToSolar(solarToLunar(iso))).toBe(iso)
    }
  })

  it('accepts a timestamp suffix but rejects invalid dates', () => {
    expect(solarToLunar('2026-02-17T10:00:00')).toEqual({ year: 2026, month: 1, day: 1, leap: false })
    expect(() => solarToLunar('2026-02-30')).toThrow(RangeError)
    expect(() => solarToLunar('17/02/2026')).toThrow(RangeError)
  })
})

describe('lunarBirthdayInYear', () => {
  it('maps a regular birthday to its solar date in that lunar year', () => {
    expect(lunarBirthdayInYear(1, 1, false, 2026)).toBe('2026-02-17')
    expect(lunarBirthdayInYear(8, 15, false, 2026)).toBe('2026-09-25')
  })

  it('lands in the following solar year for late-12th-month birthdays', () => {
    expect(lunarBirthdayInYear(12, 29, false, 2025)).toBe('2026-02-16')
  })

  it('celebrates a leap-month birthday in the leap month when the year has it', () => {
    expect(lunarBirthdayInYear(6, 10, true, 2025)).toBe('2025-08-03')
    expect(lunarBirthdayInYear(6, 10, false, 2025)).toBe('2025-07-04')
  })

  it('falls back to the regular month when the leap month is missing', () => {
    expect(lunarBirthdayInYear(6, 10, true, 2026)).toBe(lunarBirthdayInYear(6, 10, false, 2026))
    expect(lunarBirthdayInYear(4, 8, true, 2026)).toBe(
      lunarToSolar({ year: 2026, month: 4, day: 8, leap: false }),
    )
  })

  it('celebrates day 30 on day 29 in a short month', () => {
    // 腊月 of 2024 and 2025 both have 29 days: Eve was 2025-01-28 and will be 2026-02-16.
    expect(lunarBirthdayInYear(12, 30, false, 2024)).toBe('2025-01-28')
    expect(lunarBirthdayInYear(12, 30, false, 2025)).toBe('2026-02-16')
    // 2025's leap 6th month has 29 days.
    expect(lunarBirthdayInYear(6, 30, true, 2025)).toBe(
      lunarToSolar({ year: 2025, month: 6, day: 29, leap: true }),
    )
    // A 30-day month keeps day 30.
    expect(lunarBirthdayInYear(1, 30, false, 2025)).toBe(
      lunarToSolar({ year: 2025, month: 1, day: 30, leap: false }),
    )
  })

  it('rejects out-of-range months and days', () => {
    expect(() => lunarBirthdayInYear(0, 1, false, 2025)).toThrow(RangeError)
    expect(() => lunarBirthdayInYear(1, 31, false, 2025)).toThrow(RangeError)
  })
})

describe('lunarBirthdaysInSolarMonth', () => {
  type B = { month: number; day: number; leap: boolean }
  const key = (b: B) => `${b.month}/${b.day}${b.leap ? 'L' : ''}`

  function bruteForce(year: number, month: number): string[] {
    const prefix = `${year}-${String(month).padStart(2, '0')}-`
    const hits: string[] = []
    for (const lunarYear of [year - 1, year]) {
      for (let m = 1; m <= 12; m++) {
        for (let d = 1; d <= 30; d++) {
          for (const leap of [false, true]) {
            if (lunarBirthdayInYear(m, d, leap, lunarYear).startsWith(prefix))
              hits.push(key({ month: m, day: d, leap }))
          }
        }
      }
    }
    return hits.sort()
  }

  it.each([
    [2025, 1],
    [2025, 2],
    [2025, 7],
    [2025, 8],
    [2026, 2],
    [2026, 12],
    [2023, 4],
  ])('agrees with a brute-force search over all birthdays for %i-%i', (year, month) => {
    expect(lunarBirthdaysInSolarMonth(year, month).map(key).sort()).toEqual(bruteForce(year, month))
  })

  it('includes leap-born people in the regular month when there is no leap month', () => {
    const keys = lunarBirthdaysInSolarMonth(2026, 9).map(key)
    expect(keys).toContain('8/15')
    expect(keys).toContain('8/15L')
  })

  it('puts leap-born people in the leap month when the year has one', () => {
    const july = lunarBirthdaysInSolarMonth(2025, 7).map(key) // regular 6th month 6/25..7/24, leap 6th from 7/25
    expect(july).toContain('6/10')
    expect(july).not.toContain('6/10L')
    expect(july).toContain('6/1L')
    const august = lunarBirthdaysInSolarMonth(2025, 8).map(key)
    expect(august).toContain('6/10L')
    expect(august).toContain('6/30L') // celebrated on the 29th of the short leap month
  })

  it('includes day-30 birthdays when only day 29 exists', () => {
    const feb = lunarBirthdaysInSolarMonth(2026, 2).map(key)
    expect(feb).toContain('12/29')
    expect(feb).toContain('12/30')
    expect(feb).toContain('12/30L')
    expect(feb).toContain('1/1')
  })

  it('returns fresh objects so callers cannot corrupt the cache', () => {
    const first = lunarBirthdaysInSolarMonth(2026, 3)
    first[0].month = 99
    first.length = 0
    expect(lunarBirthdaysInSolarMonth(2026, 3)[0].month).not.toBe(99)
  })
})

describe('ageOn', () => {
  it('counts full years', () => {
    expect(ageOn('1990-03-07', '2026-03-06')).toBe(35)
    expect(ageOn('1990-03-07', '2026-03-07')).toBe(36)
    expect(ageOn('1990-03-07', '2026-12-31')).toBe(36)
    expect(ageOn('2026-01-01', '2026-01-01')).toBe(0)
  })

  it('treats a 29 February birthday as reached on 1 March in common years', () => {
    expect(ageOn('2000-02-29', '2025-02-28')).toBe(24)
    expect(ageOn('2000-02-29', '2025-03-01')).toBe(25)
    expect(ageOn('2000-02-29', '2024-02-29')).toBe(24)
  })
})
