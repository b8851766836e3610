import { describe, expect, it } from 'vitest'
import { lunarDayName, lunarMonthName, lunarToSolar } from '../../src/shared/calendar/lunar'
import { birthdayText, lunarMonthDayText } from '../../src/shared/customers/birthday-text'
import { nextBirthday } from '../../src/shared/customers/birthday'
import { idCrossCheck } from '../../src/shared/customers/id-cross-check'
import { birthSchema, customerCreateSchema } from '../../src/shared/customers/customer.schema'
import type { BirthInput } from '../../src/shared/customers/customer.schema'

const lunar = (month: number, day: number, leap = false, year: number | null = null): BirthInput => ({
  calendar: 'lunar',
  year,
  month,
  day,
  leap,
})

describe('lunar month and day names (the spoken form: 正月, 冬月, 腊月)', () => {
  it.each([
    [1, '初一'],
    [9, '初九'],
    [10, '初十'],
    [11, '十一'],
    [19, '十九'],
    [20, '二十'],
    [21, '廿一'],
    [29, '廿九'],
    [30, '三十'],
  ])('day %i is %s', (day, name) => {
    expect(lunarDayName(day)).toBe(name)
  })

  it('months', () => {
    expect([1, 2, 10, 11, 12].map(lunarMonthName)).toEqual(['正月', '二月', '十月', '冬月', '腊月'])
    expect(() => lunarMonthName(13)).toThrow(RangeError)
    expect(() => lunarDayName(31)).toThrow(RangeError)
  })

  it('month and day together, leap months marked 闰', () => {
    expect(lunarMonthDayText(8, 15, false, 'zh-CN')).toBe('八月十五')
    expect(lunarMonthDayText(4, 8, true, 'zh-CN')).toBe('闰四月初八')
    expect(lunarMonthDayText(12, 30, false, 'zh-CN')).toBe('腊月三十')
    expect(lunarMonthDayText(4, 8, true, 'en')).toBe('leap 4/8')
  })
})

describe('birthdayText: the lunar date as people say it, never the solar day it falls on', () => {
  // the issue's case: 农历八月十五 falls on 2026-09-25, and the list used to show 「农历 9月15日」-like text
  const midAutumn = lunar(8, 15)
  const next = nextBirthday(midAutumn, '2026-09-01')

  it('shows 八月十五 with the next celebration’s solar date beside it', () => {
    expect(next).toBe('2026-09-25')
    expect(birthdayText(midAutumn, next, 'zh-CN')).toBe('八月十五（公历 9/25）')
    expect(birthdayText(midAutumn, next, 'zh-CN', { label: true })).toBe('农历八月十五（公历 9/25）')
    expect(birthdayText(midAutumn, next, 'en')).toBe('Lunar 8/15 (next: Sep 25)')
    expect(birthdayText(midAutumn, next, 'zh-CN')).not.toContain('9月')
  })

  it('leap months, 初十, 二十 and 三十', () => {
    expect(birthdayText(lunar(4, 8, true), '2028-06-01', 'zh-CN')).toBe('闰四月初八（公历 6/1）')
    expect(birthdayText(lunar(10, 10), null, 'zh-CN')).toBe('十月初十')
    expect(birthdayText(lunar(2, 20), null, 'zh-CN')).toBe('二月二十')
    expect(birthdayText(lunar(12, 30), null, 'zh-CN', { label: true })).toBe('农历腊月三十')
    expect(birthdayText(lunar(4, 8, true), '2028-06-01', 'en')).toBe('Lunar leap 4/8 (next: Jun 1)')
  })

  it('adds the birth year only when asked and known', () => {
    const withYear = lunar(8, 15, false, 1950)
    expect(birthdayText(withYear, null, 'zh-CN', { label: true, year: true })).toBe('1950年 农历八月十五')
    expect(birthdayText(lunar(8, 15), null, 'zh-CN', { label: true, year: true })).toBe('农历八月十五')
    expect(birthdayText(withYear, null, 'en', { year: true })).toBe('Lunar 8/15 (born 1950)')
  })

  it('solar birthdays read as month and day (the birthday itself, 29 February included)', () => {
    const b: BirthInput = { calendar: 'solar', date: '1980-02-29' }
    expect(birthdayText(b, '2027-02-28', 'zh-CN')).toBe('2月29日')
    expect(birthdayText(b, null, 'zh-CN', { label: true, year: true })).toBe('公历1980年2月29日')
    expect(birthdayText(b, null, 'en')).toBe('Feb 29')
    expect(birthdayText(b, null, 'en', { year: true })).toBe('29 Feb 1980')
  })
})

describe('the ID card cross-check compares a lunar birthday as a lunar birthday', () => {
  // 1949-12-31 was lunar 1949 冬月十二
  const id = { birthDate: '1949-12-31', gender: 'male' as const }

  it('a lunar birth with its year matches the ID when it converts to the ID’s date', () => {
    expect(lunarToSolar({ year: 1949, month: 11, day: 12, leap: false })).toBe('1949-12-31')
    expect(idCrossCheck({ birth: lunar(11, 12, false, 1949), gender: 'male' }, id)).toEqual({
      birth: 'same',
      gender: 'same',
    })
    expect(idCrossCheck({ birth: lunar(11, 13, false, 1949), gender: 'male' }, id).birth).toBe('differs')
  })

  it('without a year, the lunar month and day the ID’s date fell on decide', () => {
    expect(idCrossCheck({ birth: lunar(11, 12), gender: 'unknown' }, id)).toEqual({
      birth: 'same',
      gender: 'missing',
    })
    expect(idCrossCheck({ birth: lunar(11, 12, true), gender: 'male' }, id).birth).toBe('differs')
  })

  it('solar births, missing births and genders', () => {
    expect(idCrossCheck({ birth: { calendar: 'solar', date: '1949-12-31' }, gender: 'female' }, id)).toEqual({
      birth: 'same',
      gender: 'differs',
    })
    expect(idCrossCheck({ birth: null, gender: 'male' }, id).birth).toBe('missing')
  })
})

describe('impossible lunar dates are refused by the shared schema (so main refuses them too)', () => {
  const fieldsOf = (birth: unknown) => {
    const r = customerCreateSchema.safeParse({ name: '王奶奶', birth })
    return r.success ? null : r.error.issues.map((i) => [i.path.join('.'), i.message])
  }

  it('a leap month the year did not have', () => {
    // 2026 has no leap month; 2025's leap month is the 6th
    expect(fieldsOf(lunar(6, 1, true, 2026))).toEqual([['birth.month', 'errors.lunarNoLeapMonth']])
    expect(fieldsOf(lunar(4, 1, true, 2025))).toEqual([['birth.month', 'errors.lunarNoLeapMonth']])
    expect(fieldsOf(lunar(6, 1, true, 2025))).toBeNull()
  })

  it('day 30 in a 29-day month', () => {
    // 腊月 of 2025 has 29 days; 2025's leap 6th month too; 正月 2025 has 30
    expect(fieldsOf(lunar(12, 30, false, 2025))).toEqual([['birth.day', 'errors.lunarNoSuchDay']])
    expect(fieldsOf(lunar(6, 30, true, 2025))).toEqual([['birth.day', 'errors.lunarNoSuchDay']])
    expect(fieldsOf(lunar(1, 30, false, 2025))).toBeNull()
  })

  it('without a year, leap months and day 30 are birthdays some years have', () => {
    expect(birthSchema.safeParse(lunar(6, 30, true)).success).toBe(true)
    expect(birthSchema.safeParse(lunar(12, 30)).success).toBe(true)
  })
})
