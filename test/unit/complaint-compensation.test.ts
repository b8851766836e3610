import { describe, expect, it } from 'vitest'
import {
  articleEn,
  clauseIds,
  clauses,
  noticeRate,
  pctOf,
  proposeCompensation,
} from '../../src/shared/complaints/compensation'
import type { ClauseId, CompensationFacts } from '../../src/shared/complaints/compensation'

/** a 3,999.50-yuan tour: odd enough that rounding shows */
const PRICE = 399_950
const facts = (over: Partial<CompensationFacts>): CompensationFacts => ({
  scope: 'domestic',
  tourPriceFen: PRICE,
  ...over,
})
const only = (over: Partial<CompensationFacts>) => {
  const p = proposeCompensation(facts(over))
  expect(p.lines).toHaveLength(1)
  return p.lines[0]
}

describe('the clause table', () => {
  it('has every clause once, each with an article and both titles', () => {
    expect(clauses.map((c) => c.id).sort()).toEqual([...clauseIds].sort())
    for (const c of clauses) {
      expect(c.article).toMatch(/^第.+条/)
      expect(c.titleZh).toMatch(/\p{Script=Han}/u)
      expect(c.titleEn).not.toMatch(/\p{Script=Han}/u)
    }
  })
})

describe('rounding', () => {
  it('rounds each line half up to the whole fen', () => {
    expect(pctOf(399_950, 15)).toBe(59_993) // 59,992.5 → 59,993
    expect(pctOf(399_950, 2)).toBe(7_999)
    expect(pctOf(1, 49)).toBe(0)
    expect(pctOf(1, 50)).toBe(1)
    expect(pctOf(0, 20)).toBe(0)
  })
})

describe('article 4: the agency cancels', () => {
  // [days of notice, rate] at every bracket edge
  const domestic: [number, number | null][] = [
    [8, null],
    [7, 10],
    [5, 10],
    [4, 10],
    [3, 15],
    [1, 15],
    [0, 20],
  ]
  const outbound: [number, number | null][] = [
    [31, null],
    [30, 2],
    [15, 2],
    [14, 5],
    [7, 5],
    [6, 10],
    [4, 10],
    [3, 15],
    [1, 15],
    [0, 20],
  ]
  it.each(domestic)('domestic, %i days of notice → %s%%', (days, pct) => {
    expect(noticeRate('domestic', days)).toBe(pct)
    const p = proposeCompensation(facts({ cancelNoticeDays: days }))
    if (pct === null) {
      expect(p).toEqual({ lines: [], totalFen: 0, refundPrepaidInFull: false })
    } else {
      expect(p.lines).toEqual([
        {
          clauseId: 'cancel_domestic',
          article: '第四条（一）',
          basisFen: PRICE,
          pct,
          count: 1,
          amountFen: pctOf(PRICE, pct),
        },
      ])
      expect(p.refundPrepaidInFull).toBe(true)
    }
  })
  it.each(outbound)('outbound, %i days of notice → %s%%', (days, pct) => {
    expect(noticeRate('outbound', days)).toBe(pct)
    const p = proposeCompensation(facts({ scope: 'outbound', cancelNoticeDays: days }))
    expect(p.totalFen).toBe(pct === null ? 0 : pctOf(PRICE, pct))
    if (pct !== null) expect(p.lines[0].clauseId).toBe('cancel_outbound')
  })
  it('exact amounts at 10 000 yuan', () => {
    const t = (scope: 'domestic' | 'outbound', d: number) =>
      proposeCompensation({ scope, tourPriceFen: 1_000_000, cancelNoticeDays: d }).totalFen
    expect([t('domestic', 7), t('domestic', 4), t('domestic', 1), t('domestic', 0)]).toEqual([
      100_000, 100_000, 150_000, 200_000,
    ])
    expect([30, 15, 7, 4, 1, 0].map((d) => t('outbound', d))).toEqual([
      20_000, 20_000, 50_000, 100_000, 150_000, 200_000,
    ])
  })
})

describe('articles 5–11, one by one', () => {
  const cases: [ClauseId, Partial<CompensationFacts>, number][] = [
    ['transfer_without_consent', { transferredWithoutConsent: true }, pctOf(PRICE, 25)],
    // the loss back plus 20% of it
    ['missed_transport', { missedTransportLossFen: 80_005 }, 80_005 + 16_001],
    // the difference back plus an equal amount
    ['below_grade', { belowGradeDifferenceFen: 30_000 }, 60_000],
    ['guide_below_standard', { guideBelowStandardPct: 3 }, pctOf(PRICE, 3)],
    ['missed_services', { missedServicesFen: 12_000 }, 24_000],
    ['missed_free_sight', { missedFreeSights: 2 }, 2 * pctOf(PRICE, 5)],
    ['extra_shopping', { extraShoppingStops: 3 }, 3 * pctOf(PRICE, 10)],
    ['forced_shopping', { forcedShoppingStops: 1 }, pctOf(PRICE, 20)],
    ['service_suspended', { serviceSuspended: true }, pctOf(PRICE, 30)],
  ]
  it.each(cases)('%s', (id, over, amount) => {
    const line = only(over)
    expect(line.clauseId).toBe(id)
    expect(line.amountFen).toBe(amount)
    expect(Number.isInteger(line.amountFen)).toBe(true)
  })

  it('keeps the guide rate within 1–5%', () => {
    expect(only({ guideBelowStandardPct: 9 }).pct).toBe(5)
    expect(only({ guideBelowStandardPct: 0.6 }).pct).toBe(1)
  })

  it('sums several clauses and cites each', () => {
    const p = proposeCompensation(
      facts({ scope: 'outbound', forcedShoppingStops: 2, extraShoppingStops: 1, missedFreeSights: 1 }),
    )
    expect(p.lines.map((l) => l.article)).toEqual(['第十条（一）', '第十条（三）', '第十条（四）'])
    expect(p.totalFen).toBe(pctOf(PRICE, 5) + pctOf(PRICE, 10) + 2 * pctOf(PRICE, 20))
    expect(p.refundPrepaidInFull).toBe(false)
  })

  it('proposes nothing when no fact meets a clause', () => {
    expect(proposeCompensation(facts({ forcedShoppingStops: 0, missedFreeSights: 0 })).totalFen).toBe(0)
  })
})

describe('articles as an English reply cites them', () => {
  it('turns the Chinese article numbers into Article N(M), for every clause', () => {
    expect(articleEn('第十条（四）')).toBe('Article 10(4)')
    expect(articleEn('第四条（二）')).toBe('Article 4(2)')
    expect(articleEn('第十一条')).toBe('Article 11')
    expect(articleEn('第五条')).toBe('Article 5')
    for (const c of clauses) expect(articleEn(c.article)).toMatch(/^Article \d+(\(\d\))?$/)
  })
  it('leaves text it does not recognise alone', () => {
    expect(articleEn('附则')).toBe('附则')
  })
})
