import { describe, it, expect } from 'vitest'
import { validatePhone } from '../../src/shared/customers/phone'

describe('validatePhone: mainland mobiles', () => {
  it('accepts plain 11-digit numbers for every 13x-19x prefix', () => {
    for (const p of [
      '13812345678',
      '14512345678',
      '15012345678',
      '16612345678',
      '17712345678',
      '18612345678',
      '19912345678',
    ]) {
      expect(validatePhone(p)).toEqual({ ok: true, normalized: p, kind: 'mainland' })
    }
  })

  it('strips spaces, dashes and parentheses', () => {
    expect(validatePhone(' 138 1234 5678 ')).toEqual({
      ok: true,
      normalized: '13812345678',
      kind: 'mainland',
    })
    expect(validatePhone('138-1234-5678')).toEqual({ ok: true, normalized: '13812345678', kind: 'mainland' })
    expect(validatePhone('(138)12345678')).toEqual({ ok: true, normalized: '13812345678', kind: 'mainland' })
  })

  it('accepts +86 and 0086 prefixes and normalizes them away', () => {
    expect(validatePhone('+86 138 1234 5678')).toEqual({
      ok: true,
      normalized: '13812345678',
      kind: 'mainland',
    })
    expect(validatePhone('+86-13812345678')).toEqual({
      ok: true,
      normalized: '13812345678',
      kind: 'mainland',
    })
    expect(validatePhone('(+86) 13812345678')).toEqual({
      ok: true,
      normalized: '13812345678',
      kind: 'mainland',
    })
    expect(validatePhone('0086 13812345678')).toEqual({
      ok: true,
      normalized: '13812345678',
      kind: 'mainland',
    })
  })

  it('accepts full-width input from Chinese IMEs', () => {
    expect(validatePhone('＋８６ １３８１２３４５６７８')).toEqual({
      ok: true,
      normalized: '13812345678',
      kind: 'mainland',
    })
  })

  it('rejects numbers that look mainland but are not mobiles', () => {
    for (const p of [
      '12812345678',
      '10012345678',
      '1381234567',
      '138123456789',
      '+86 010 1234 5678',
      '+8612345678',
      '0086',
    ]) {
      expect(validatePhone(p)).toEqual({ ok: false })
    }
  })
})

describe('validatePhone: international', () => {
  it('accepts Hong Kong and US numbers in E.164 form', () => {
    expect(validatePhone('+852 9123 4567')).toEqual({ ok: true, normalized: '+85291234567', kind: 'intl' })
    expect(validatePhone('+1 (415) 555-2671')).toEqual({ ok: true, normalized: '+14155552671', kind: 'intl' })
    expect(validatePhone('+44 20 7946 0958')).toEqual({ ok: true, normalized: '+442079460958', kind: 'intl' })
    expect(validatePhone('+81-90-1234-5678')).toEqual({ ok: true, normalized: '+819012345678', kind: 'intl' })
  })

  it('enforces 8 to 15 digits after the plus', () => {
    expect(validatePhone('+1234567')).toEqual({ ok: false })
    expect(validatePhone('+12345678')).toMatchObject({ ok: true, normalized: '+12345678' })
    expect(validatePhone('+123456789012345')).toMatchObject({ ok: true })
    expect(validatePhone('+1234567890123456')).toEqual({ ok: false })
  })

  it('rejects country codes starting with 0', () => {
    expect(validatePhone('+0123456789')).toEqual({ ok: false })
  })
})

describe('validatePhone: garbage', () => {
  it('rejects everything else', () => {
    for (const p of [
      '',
      '   ',
      'abc',
      '138abcd5678',
      '+',
      '++85291234567',
      '85291234567',
      '91234567',
      '1-800-FLOWERS',
      '+852 9123 4567 ext 12',
      '138.1234.5678',
    ]) {
      expect(validatePhone(p)).toEqual({ ok: false })
    }
  })
})
