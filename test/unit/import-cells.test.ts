import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  excelSerialDay,
  parseDayCell,
  parseGender,
  parseLunarCell,
} from '../../src/shared/imports/cell-dates'
import { headerSignature, normalizeHeader, suggestMapping } from '../../src/shared/imports/import-fields'
import { customerFromRow } from '../../src/shared/imports/customer-rows'
import { idCheckDigit } from '../../src/shared/customers/id-card'

describe('header suggestions', () => {
  it('maps the Chinese and English names sheets give their columns, ignoring remarks and case', () => {
    const zh = [
      '序号',
      '姓名',
      '手机号码（必填）',
      '身份证号码',
      '出生日期',
      '农历生日',
      '微信号',
      '备注',
      '标签',
      '性别',
      '护照号',
    ]
    expect(suggestMapping(zh)).toEqual({
      1: 'name',
      2: 'mobile',
      3: 'idCard',
      4: 'birth',
      5: 'lunarBirth',
      6: 'wechat',
      7: 'notes',
      8: 'tags',
      9: 'gender',
      10: 'passport',
    })
    const en = ['Full Name', 'Mobile No.', 'ID Number', 'Date of Birth', 'E-mail', 'Remarks']
    expect(suggestMapping(en)).toEqual({
      0: 'name',
      1: 'mobile',
      2: 'idCard',
      3: 'birth',
      4: 'email',
      5: 'notes',
    })
  })

  it('gives a field to its first column only, and leaves unknown headers unmapped', () => {
    expect(suggestMapping(['电话', '手机', '爱好'])).toEqual({ 0: 'mobile' })
  })

  it('tells sheets apart by their normalised headers in order', () => {
    expect(headerSignature(['姓名', ' 手机 '])).toBe(headerSignature(['姓名', '手机']))
    expect(headerSignature(['姓名', '手机'])).not.toBe(headerSignature(['手机', '姓名']))
    expect(normalizeHeader('Mobile (必填)')).toBe('mobile')
  })
})

describe('dates as people type them', () => {
  it.each([
    ['1958-03-17', '1958-03-17'],
    ['1958/3/17', '1958-03-17'],
    ['1958.3.17', '1958-03-17'],
    ['1958年3月17日', '1958-03-17'],
    ['19580317', '1958-03-17'],
    ['１９５８/３/１７', '1958-03-17'],
    ['21261', '1958-03-17'],
    ['21261.5', '1958-03-17'],
    ['1958-02-29', null],
    ['2000-02-29', '2000-02-29'],
    ['19581317', null],
    ['17/03/1958', null],
    ['昨天', null],
    ['', null],
  ])('%s → %s', (text, day) => {
    expect(parseDayCell(text)).toBe(day)
  })

  it('counts Excel serials in the 1900 system, past its phantom 29 February 1900', () => {
    expect(excelSerialDay(61)).toBe('1900-03-01')
    expect(excelSerialDay(25569)).toBe('1970-01-01')
    expect(excelSerialDay(45658)).toBe('2025-01-01')
    expect(excelSerialDay(60)).toBeNull()
  })

  it('any day from 1900-03-01 on survives the trip through its Excel serial and other spellings', () => {
    fc.assert(
      fc.property(fc.integer({ min: 61, max: 80_000 }), (serial) => {
        const day = excelSerialDay(serial)!
        expect(parseDayCell(String(serial))).toBe(day)
        expect(parseDayCell(day.replace(/-/g, '/'))).toBe(day)
        expect(parseDayCell(day.replace(/-/g, ''))).toBe(day)
      }),
    )
  })
})

describe('lunar birthdays', () => {
  it.each([
    ['农历1958年三月十七', { year: 1958, month: 3, day: 17, leap: false }],
    ['三月十七', { year: null, month: 3, day: 17, leap: false }],
    ['腊月廿三', { year: null, month: 12, day: 23, leap: false }],
    ['正月初一', { year: null, month: 1, day: 1, leap: false }],
    ['十一月二十', { year: null, month: 11, day: 20, leap: false }],
    ['2020年闰四月初八', { year: 2020, month: 4, day: 8, leap: true }],
    ['1958-3-17', { year: 1958, month: 3, day: 17, leap: false }],
    ['3月17', { year: null, month: 3, day: 17, leap: false }],
  ])('%s', (text, lunar) => {
    expect(parseLunarCell(text)).toEqual(lunar)
  })

  it('refuses a leap month the year did not have, and days that never were', () => {
    expect(parseLunarCell('1958年闰三月十七')).toBeNull()
    expect(parseLunarCell('十三月初一')).toBeNull()
    expect(parseLunarCell('三月三十一')).toBeNull()
    expect(parseLunarCell('生日')).toBeNull()
  })

  it('reads genders as clerks write them', () => {
    expect(['男', 'F', 'female', '女性', '?'].map(parseGender)).toEqual([
      'male',
      'female',
      'female',
      'female',
      'unknown',
    ])
  })
})

describe('a row as the customer form would take it', () => {
  const id = (first17: string) => first17 + idCheckDigit(first17)
  const mapping = { 0: 'name', 1: 'mobile', 2: 'idCard', 3: 'birth', 4: 'tags' } as const

  it('keeps ID numbers and phones as text and upper-cases the check letter', () => {
    const idX = id('11010519491231002').toLowerCase()
    const r = customerFromRow(['张伟', '+86 139-1234-5678', idX, '', 'VIP、老客户'], mapping)
    expect(r).toMatchObject({
      ok: true,
      input: {
        mobile: '13912345678',
        documents: [{ kind: 'id_card', number: '11010519491231002X' }],
        tags: ['VIP', '老客户'],
      },
    })
  })

  it('names the column of every problem, with the form’s own message', () => {
    const r = customerFromRow(['', '123', '110105194912310021', '1958/2/30', ''], mapping)
    expect(r.ok).toBe(false)
    if (!r.ok)
      expect(r.problems.map((p) => [p.field, p.msg.key])).toEqual([
        ['birth', 'errors.importDate'],
        ['name', 'errors.required'],
        ['mobile', 'errors.phone'],
        ['idCard', 'errors.idCard.checksum'],
      ])
  })
})
