import { describe, expect, it } from 'vitest'
import {
  defaultAgeRules,
  fenText,
  moneyOf,
  parseYuan,
  signedCharge,
  suggestPriceType,
  totalOf,
} from '../../src/shared/payments/money'
import { ageOn } from '../../src/shared/calendar/lunar'
import { confirmIssues } from '../../src/shared/trips/guardrails'

const departs = '2026-12-03'
const typeFor = (birth: string) => suggestPriceType(ageOn(birth, departs), defaultAgeRules)

describe('price type from the age at departure', () => {
  it('changes on the birthday itself, not the day after', () => {
    expect(typeFor('2024-12-04')).toBe('infant') // turns 2 the day after departure
    expect(typeFor('2024-12-03')).toBe('child_no_bed') // 2 on the day
    expect(typeFor('2020-12-04')).toBe('child_no_bed') // still 5
    expect(typeFor('2020-12-03')).toBe('child_bed') // 6 on the day
    expect(typeFor('2014-12-04')).toBe('child_bed') // still 11
    expect(typeFor('2014-12-03')).toBe('adult') // 12 on the day
  })
  it('a 29 February birthday counts from 1 March in common years', () => {
    expect(suggestPriceType(ageOn('2020-02-29', '2026-02-28'), defaultAgeRules)).toBe('child_no_bed')
    expect(suggestPriceType(ageOn('2020-02-29', '2026-03-01'), defaultAgeRules)).toBe('child_bed')
  })
  it('follows the agency’s own rules, and says nothing without a birth date', () => {
    expect(suggestPriceType(6, { infantUnder: 2, noBedUnder: 7, childUnder: 14 })).toBe('child_no_bed')
    expect(suggestPriceType(13, { infantUnder: 2, noBedUnder: 7, childUnder: 14 })).toBe('child_bed')
    expect(suggestPriceType(null, defaultAgeRules)).toBeNull()
  })
})

describe('amounts in fen', () => {
  it('reads typed yuan as text, never as a float', () => {
    expect(parseYuan('0.1')).toBe(10)
    expect(parseYuan('1,280.5')).toBe(128_050)
    expect(parseYuan('¥ 3999.99')).toBe(399_999)
    expect(parseYuan('19.999')).toBeNull()
    expect(parseYuan('-5')).toBeNull()
    expect(parseYuan('abc')).toBeNull()
    expect(fenText(128_050)).toBe('1,280.50')
    expect(fenText(-7)).toBe('-0.07')
  })
  it('payments sum to the fen: ten payments of 0.10 pay a 1.00 charge exactly', () => {
    const s = moneyOf({ baseFen: 100, chargesFen: [], depositFen: null, paymentsFen: Array(10).fill(10) })
    expect(s).toMatchObject({ dueFen: 100, paidFen: 100, owedFen: 0 })
  })
  it('a refund is a negative payment: what is owed grows back', () => {
    const s = moneyOf({
      baseFen: 399_950,
      chargesFen: [signedCharge('single_supplement', 80_000), signedCharge('discount', 10_000)],
      depositFen: 100_000,
      paymentsFen: [100_000, 369_950, -20_000],
    })
    expect(s).toEqual({
      dueFen: 469_950,
      paidFen: 449_950,
      owedFen: 20_000,
      depositOwedFen: 0,
      balanceFen: 369_950,
    })
  })
  it('the deposit still owed, and the trip total of its travellers', () => {
    const a = moneyOf({ baseFen: 1000, chargesFen: [], depositFen: 500, paymentsFen: [200] })
    const b = moneyOf({ baseFen: null, chargesFen: [300], depositFen: null, paymentsFen: [] })
    expect(a.depositOwedFen).toBe(300)
    expect(totalOf([a, b])).toEqual({
      dueFen: 1300,
      paidFen: 200,
      owedFen: 1100,
      depositOwedFen: 300,
      balanceFen: 800,
    })
  })
})

describe('guardrails for confirming a group', () => {
  const trip = { minSize: 10, departDate: departs, people: 2 }
  it('lists a group below its minimum whatever the date, and only the must-fix checks', () => {
    const warn = {
      code: 'roommate_mismatch' as const,
      severity: 'warning' as const,
      params: {},
      target: { section: 'participants' as const },
    }
    const err = { ...warn, code: 'doc_missing' as const, severity: 'error' as const }
    const out = confirmIssues('confirmed', 'quoted', [warn, err], trip, '2026-06-01')
    expect(out.map((c) => c.code)).toEqual(['under_minimum', 'doc_missing'])
    expect(confirmIssues('confirmed', 'quoted', [], { ...trip, people: 10 }, '2026-06-01')).toEqual([])
    expect(confirmIssues('departed', 'confirmed', [err], trip, '2026-06-01')).toEqual([])
  })
})
