import { describe, expect, it } from 'vitest'
import { festivalDay, lunarBirthdaysOn, solarBirthdaysOn } from '../../src/shared/reminders/festivals'
import { lunarBirthdayInYear } from '../../src/shared/calendar/lunar'
import { inQuietHours } from '../../src/main/reminders/engine'

describe('festivals are computed per year', () => {
  it.each([
    [
      2026,
      {
        spring_festival: '2026-02-17',
        lantern: '2026-03-03',
        dragon_boat: '2026-06-19',
        mid_autumn: '2026-09-25',
        double_ninth: '2026-10-18',
        national_day: '2026-10-01',
        new_year: '2026-01-01',
      },
    ],
    [
      2027,
      {
        spring_festival: '2027-02-06',
        lantern: '2027-02-20',
        dragon_boat: '2027-06-09',
        mid_autumn: '2027-09-15',
        double_ninth: '2027-10-08',
        national_day: '2027-10-01',
        new_year: '2027-01-01',
      },
    ],
  ] as const)('%i', (year, expected) => {
    for (const [festival, day] of Object.entries(expected)) {
      expect(festivalDay(festival as keyof typeof expected, year), festival).toBe(day)
    }
  })
})

describe('birthdays celebrated on a day', () => {
  it('a lunar birthday: 八月十五 falls on 中秋 each year', () => {
    expect(lunarBirthdaysOn('2026-09-25')).toContainEqual({ month: 8, day: 15, leap: false })
    expect(lunarBirthdaysOn('2027-09-15')).toContainEqual({ month: 8, day: 15, leap: false })
    expect(lunarBirthdaysOn('2026-09-26')).not.toContainEqual({ month: 8, day: 15, leap: false })
  })

  it('a 腊月 birthday in January belongs to the previous lunar year', () => {
    // 腊八 of lunar 2026 is in January 2027
    const laba = lunarBirthdayInYear(12, 8, false, 2026)
    expect(laba.slice(0, 7)).toBe('2027-01')
    expect(lunarBirthdaysOn(laba)).toContainEqual({ month: 12, day: 8, leap: false })
  })

  it('闰六月 (2025) birthdays: in the leap month when a year has it, else in the regular 六月', () => {
    // 2025 had a leap 六月; 2026 and 2027 do not
    const in2025 = lunarBirthdayInYear(6, 10, true, 2025)
    expect(lunarBirthdaysOn(in2025)).toContainEqual({ month: 6, day: 10, leap: true })
    const in2026 = lunarBirthdayInYear(6, 10, false, 2026)
    expect(lunarBirthdaysOn(in2026)).toEqual(
      expect.arrayContaining([
        { month: 6, day: 10, leap: false },
        { month: 6, day: 10, leap: true },
      ]),
    )
    // and the regular-month birthday in 2025 is not moved into the leap month
    expect(lunarBirthdaysOn(lunarBirthdayInYear(6, 10, false, 2025))).not.toContainEqual({
      month: 6,
      day: 10,
      leap: true,
    })
  })

  it('29 February is celebrated on 28 February in common years, on the day in leap years', () => {
    expect(solarBirthdaysOn('2027-02-28')).toEqual(['02-28', '02-29'])
    expect(solarBirthdaysOn('2028-02-28')).toEqual(['02-28'])
    expect(solarBirthdaysOn('2028-02-29')).toEqual(['02-29'])
  })
})

describe('quiet hours', () => {
  const q = { enabled: true, start: '21:00', end: '08:00' }
  it.each([
    ['2026-11-25T12:59:00Z', false], // 20:59 Beijing
    ['2026-11-25T13:00:00Z', true], // 21:00
    ['2026-11-25T23:59:00Z', true], // 07:59
    ['2026-11-26T00:00:00Z', false], // 08:00
  ])('%s → %s', (moment, quiet) => {
    expect(inQuietHours(q, new Date(moment))).toBe(quiet)
  })
  it('off when disabled', () =>
    expect(inQuietHours({ ...q, enabled: false }, new Date('2026-11-25T13:00:00Z'))).toBe(false))
})
