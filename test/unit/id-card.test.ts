import { describe, it, expect } from 'vitest'
import { idCheckDigit, normalizeIdCard, readIdCard, validateIdCard } from '../../src/shared/customers/id-card'

const TODAY = '2026-03-01'

function withCheck(first17: string): string {
  return first17 + idCheckDigit(first17)
}

describe('idCheckDigit', () => {
  it('matches the GB 11643-1999 worked example', () => {
    expect(idCheckDigit('11010519491231002')).toBe('X')
  })

  it('matches independently computed numbers', () => {
    // Checked by hand: weighted sum of 11010119900307123 is 174, 174 % 11 = 9 -> '3'.
    expect(idCheckDigit('11010119900307123')).toBe('3')
    expect(idCheckDigit('44030619851120001')).toBe('6')
    expect(idCheckDigit('31011520000229002')).toBe('1')
  })

  it('covers every remainder', () => {
    const seen = new Set<string>()
    for (let i = 0; i < 200; i++) seen.add(idCheckDigit(`1101011990010${String(i).padStart(4, '0')}`))
    expect([...seen].sort()).toEqual(['0', '1', '2', '3', '4', '5', '6', '7', '8', '9', 'X'])
  })

  it('rejects input that is not 17 digits', () => {
    expect(() => idCheckDigit('1234')).toThrow(RangeError)
    expect(() => idCheckDigit('1101051949123100X')).toThrow(RangeError)
  })
})

describe('validateIdCard', () => {
  it('accepts the standard example (female, X check digit)', () => {
    expect(validateIdCard('11010519491231002X', TODAY)).toEqual({
      ok: true,
      birthDate: '1949-12-31',
      gender: 'female',
    })
  })

  it('accepts a lowercase x and surrounding whitespace', () => {
    expect(validateIdCard('  11010519491231002x \n', TODAY)).toMatchObject({
      ok: true,
      birthDate: '1949-12-31',
    })
  })

  it('accepts full-width digits typed through a Chinese IME', () => {
    expect(validateIdCard('１１０１０５１９４９１２３１００２Ｘ', TODAY)).toMatchObject({ ok: true })
  })

  it('derives gender from the 17th digit', () => {
    expect(validateIdCard('110101199003071233', TODAY)).toEqual({
      ok: true,
      birthDate: '1990-03-07',
      gender: 'male',
    })
    expect(validateIdCard('440306198511200016', TODAY)).toMatchObject({ ok: true, gender: 'male' })
    expect(validateIdCard(withCheck('44030619851120002'), TODAY)).toMatchObject({
      ok: true,
      gender: 'female',
    })
  })

  it('accepts a real leap day', () => {
    expect(validateIdCard('310115200002290021', TODAY)).toMatchObject({ ok: true, birthDate: '2000-02-29' })
  })

  it('rejects a wrong check digit', () => {
    expect(validateIdCard('110105194912310021', TODAY)).toEqual({ ok: false, reason: 'checksum' })
    expect(validateIdCard('110101199003071234', TODAY)).toEqual({ ok: false, reason: 'checksum' })
  })

  it('rejects impossible birth dates even with a correct check digit', () => {
    expect(validateIdCard('110105199902300015', TODAY)).toEqual({ ok: false, reason: 'birthdate' })
    expect(validateIdCard(withCheck('11010519991301001'), TODAY)).toEqual({ ok: false, reason: 'birthdate' })
    expect(validateIdCard(withCheck('11010519990100001'), TODAY)).toEqual({ ok: false, reason: 'birthdate' })
    expect(validateIdCard(withCheck('11010520230229001'), TODAY)).toEqual({ ok: false, reason: 'birthdate' })
  })

  it('rejects birth dates before 1900 or after today', () => {
    expect(validateIdCard(withCheck('11010518991231001'), TODAY)).toEqual({ ok: false, reason: 'birthdate' })
    expect(validateIdCard(withCheck('11010519000101001'), TODAY)).toMatchObject({ ok: true })
    expect(validateIdCard(withCheck('11010120260301001'), TODAY)).toMatchObject({ ok: true })
    expect(validateIdCard(withCheck('11010120260302001'), TODAY)).toEqual({ ok: false, reason: 'birthdate' })
  })

  it('takes today from the caller: born today passes, born tomorrow does not', () => {
    expect(validateIdCard(withCheck('11010120261125001'), '2026-11-25')).toMatchObject({ ok: true })
    expect(validateIdCard(withCheck('11010120261125001'), '2026-11-24')).toEqual({
      ok: false,
      reason: 'birthdate',
    })
  })

  it('readIdCard checks what the number says about itself, without a clock', () => {
    expect(readIdCard(withCheck('11010120991231001'))).toMatchObject({ ok: true, birthDate: '2099-12-31' })
    expect(readIdCard(withCheck('11010518991231001'))).toEqual({ ok: false, reason: 'birthdate' })
    expect(readIdCard('110105194912310021')).toEqual({ ok: false, reason: 'checksum' })
  })

  it('rejects wrong lengths, 15-digit legacy cards and stray characters', () => {
    for (const bad of [
      '',
      '11010519491231002',
      '11010519491231002X1',
      '110105491231002', // 15-digit first-generation card
      '1101051949123100XX',
      '11010519491231002Y',
      '110105 19491231002X',
    ]) {
      expect(validateIdCard(bad, TODAY)).toEqual({ ok: false, reason: 'format' })
    }
  })
})

describe('normalizeIdCard', () => {
  it('trims and uppercases', () => {
    expect(normalizeIdCard(' 11010519491231002x ')).toBe('11010519491231002X')
    expect(normalizeIdCard('e12345678')).toBe('E12345678')
    expect(normalizeIdCard('１１０１０５１９４９１２３１００２ｘ')).toBe('11010519491231002X')
  })
})

describe('validateIdCard: century leap years', () => {
  it('knows 1900 was not a leap year but 2000 was', () => {
    expect(validateIdCard(withCheck('11010519000229001'), TODAY)).toEqual({ ok: false, reason: 'birthdate' })
    expect(validateIdCard(withCheck('11010520000229001'), TODAY)).toMatchObject({ ok: true })
  })
})
