import { describe, it, expect } from 'vitest'
import { maskDocNumber, maskPhone } from '../../src/shared/customers/mask'

describe('maskDocNumber', () => {
  it('keeps first 3 and last 4 of long numbers (ID cards), preserving length', () => {
    const masked = maskDocNumber('110101199003071234')
    expect(masked).toBe('110***********1234')
    expect(masked).toHaveLength(18)
    expect(maskDocNumber('11010519491231002X')).toBe('110***********002X')
    expect(maskDocNumber('1234567890')).toBe('123***7890')
  })

  it('keeps first 1 and last 3 of passport-length numbers', () => {
    expect(maskDocNumber('E12345678')).toBe('E*****678')
    expect(maskDocNumber('G1234567')).toBe('G****567')
    expect(maskDocNumber('123456')).toBe('1**456')
  })

  it('stars all but the last 2 of short numbers', () => {
    expect(maskDocNumber('12345')).toBe('***45')
    expect(maskDocNumber('123')).toBe('*23')
    expect(maskDocNumber('12')).toBe('12')
  })

  it('leaves empty input empty', () => {
    expect(maskDocNumber('')).toBe('')
    expect(maskDocNumber('   ')).toBe('')
  })
})

describe('maskPhone', () => {
  it('masks mainland mobiles as 3 + 4 stars + 4', () => {
    expect(maskPhone('13812345678')).toBe('138****5678')
    expect(maskPhone('+86 138 1234 5678')).toBe('138****5678')
  })

  it('keeps the plus, the first 3 digits and the last 4 of other numbers', () => {
    expect(maskPhone('+85291234567')).toBe('+852****4567')
    expect(maskPhone('+852 9123 4567')).toBe('+852****4567')
    expect(maskPhone('+14155552671')).toBe('+141****2671')
    expect(maskPhone('02112345678')).toBe('021****5678')
  })

  it('never reveals a short number in full', () => {
    expect(maskPhone('+8521234')).not.toBe('+8521234')
    expect(maskPhone('12345')).toBe('***45')
  })

  it('leaves empty input empty', () => {
    expect(maskPhone('')).toBe('')
  })
})
