import { describe, expect, it } from 'vitest'
import { defaultTemplate, itemsFor, templateBodySchema } from '../../src/shared/feedback/template'
import type { FeedbackLevel, TemplateBody } from '../../src/shared/feedback/template'
import {
  levelScore,
  npsOf,
  scoreAnswers,
  scoresFrom,
  sheetAlerts,
  sumAnswers,
} from '../../src/shared/feedback/scoring'
import {
  defaultReturnRule,
  parseSheetCode,
  returnRate,
  sheetCode,
} from '../../src/shared/feedback/return-rate'

const lv = (score: number, satisfied: boolean): FeedbackLevel => ({
  builtin: null,
  label: `L${score}`,
  score,
  satisfied,
})
const three = [lv(3, true), lv(2, false), lv(0, false)]
const four = defaultTemplate.levels
const five = [lv(5, true), lv(4, true), lv(3, false), lv(2, false), lv(1, false)]
const withLevels = (levels: FeedbackLevel[]): TemplateBody => ({ ...defaultTemplate, levels })

describe('scoring on 3, 4 and 5 levels', () => {
  it('puts each level on 0–100 against the best level', () => {
    // domain.md's 3-level form: 满意 3, 一般 2, 不满意 0; score = sum ÷ (3 × items)
    expect(three.map((_, i) => levelScore(three, i))).toEqual([100, 66.7, 0])
    expect(four.map((_, i) => levelScore(four, i))).toEqual([100, 75, 50, 0])
    expect(five.map((_, i) => levelScore(five, i))).toEqual([100, 80, 60, 40, 20])
  })

  it('a 3-level sheet scores sum ÷ (3 × items answered)', () => {
    const body = withLevels(three)
    const items = itemsFor(body, 'domestic')
    const stored = scoreAnswers(body, items, { itinerary: 0, hotel: 1, meals: 2 })
    const s = scoresFrom(1, sumAnswers(stored))
    expect(s.overall).toEqual({
      key: '*',
      n: 3,
      mean: Math.round(((3 + 2 + 0) / 9) * 1000) / 10,
      satisfiedPct: 33.3,
    })
  })

  it('counts 满意 and 非常满意 as satisfied on the 4-level form', () => {
    const items = itemsFor(defaultTemplate, 'domestic')
    const s = scoresFrom(
      4,
      sumAnswers([
        ...scoreAnswers(defaultTemplate, items, { overall: 0 }),
        ...scoreAnswers(defaultTemplate, items, { overall: 1 }),
        ...scoreAnswers(defaultTemplate, items, { overall: 2 }),
        ...scoreAnswers(defaultTemplate, items, { overall: 3 }),
      ]),
    )
    expect(s.items.find((i) => i.key === 'overall')).toEqual({
      key: 'overall',
      n: 4,
      mean: 56.3,
      satisfiedPct: 50,
    })
  })

  it('excludes blanks: "no answer" is stored but never counted as a score', () => {
    const items = itemsFor(defaultTemplate, 'domestic')
    const stored = scoreAnswers(defaultTemplate, items, { hotel: 0, meals: null })
    expect(stored.find((a) => a.itemKey === 'meals')).toMatchObject({ value: null, score: null })
    expect(stored.find((a) => a.itemKey === 'driver')).toMatchObject({ value: null, score: null })
    const s = scoresFrom(1, sumAnswers(stored))
    expect(s.items.map((i) => i.key)).toEqual(['hotel'])
    expect(s.overall).toMatchObject({ n: 1, mean: 100 })
    expect(s.nps).toEqual({ n: 0, promoters: 0, detractors: 0, score: null })
  })
})

describe('NPS', () => {
  it('is % promoters (9–10) − % detractors (0–6); 7 and 8 are passive', () => {
    const items = itemsFor(defaultTemplate, 'domestic')
    const answers = [10, 9, 8, 7, 6, 0, null].flatMap((nps) => scoreAnswers(defaultTemplate, items, { nps }))
    const s = scoresFrom(7, sumAnswers(answers))
    expect(s.nps).toEqual({ n: 6, promoters: 2, detractors: 2, score: 0 })
    expect(npsOf(3, 3, 0).score).toBe(100)
    expect(npsOf(4, 1, 3).score).toBe(-50)
  })
})

describe('the return-rate rule', () => {
  it('asks every form back from a group of 10 and half from a group of 11', () => {
    expect(returnRate(defaultReturnRule, 10, 9)).toMatchObject({ required: 10, met: false, pct: 90 })
    expect(returnRate(defaultReturnRule, 10, 10)).toMatchObject({ required: 10, met: true })
    expect(returnRate(defaultReturnRule, 11, 5)).toMatchObject({ required: 6, met: false })
    expect(returnRate(defaultReturnRule, 11, 6)).toMatchObject({ required: 6, met: true, pct: 54.5 })
  })

  it("follows the agency's own thresholds", () => {
    const rule = { smallGroupMax: 15, smallGroupPct: 80, largeGroupPct: 30 }
    expect(returnRate(rule, 15, 12)).toMatchObject({ required: 12, met: true })
    expect(returnRate(rule, 16, 4)).toMatchObject({ required: 5, met: false })
  })
})

describe('sheet codes', () => {
  it('round-trip through print and scan, a 团号 with dashes included', () => {
    const c = sheetCode('TD-20261120-01', 7)
    expect(c).toBe('TD-20261120-01-S07')
    expect(parseSheetCode(` ${c.toLowerCase().replace('td', 'TD')}\n`)).toEqual({
      tripCode: 'TD-20261120-01',
      sheetNo: 7,
    })
    expect(parseSheetCode('TD-20261120-01')).toBeNull()
    expect(parseSheetCode('TD-20261120-01-S00')).toBeNull()
  })
})

describe('templates', () => {
  it('the default follows domain.md: 4 levels, 全陪 for domestic, 领队 for outbound, 5 compliance items and NPS', () => {
    const domestic = itemsFor(defaultTemplate, 'domestic').map((i) => i.key)
    const outbound = itemsFor(defaultTemplate, 'outbound').map((i) => i.key)
    expect(domestic).toContain('escort')
    expect(domestic).not.toContain('tour_leader')
    expect(outbound).toContain('tour_leader')
    expect(outbound).not.toContain('escort')
    expect(defaultTemplate.items.filter((i) => i.kind === 'yesno')).toHaveLength(5)
    expect(templateBodySchema.safeParse(defaultTemplate).success).toBe(true)
  })

  it('a version scores with its own scale: the same answer on an edited scale is another score', () => {
    const v1 = defaultTemplate
    const v2 = withLevels(three)
    const items = itemsFor(v1, 'domestic')
    const a1 = scoreAnswers(v1, items, { overall: 1 })
    const a2 = scoreAnswers(v2, items, { overall: 1 })
    expect(a1.find((a) => a.itemKey === 'overall')?.score).toBe(75)
    expect(a2.find((a) => a.itemKey === 'overall')?.score).toBe(66.7)
  })

  it('refuses 2 or 6 levels, duplicate keys, two NPS questions and a yes/no without its problem answer', () => {
    const bad = (b: unknown) => templateBodySchema.safeParse(b).success
    expect(bad({ ...defaultTemplate, levels: three.slice(0, 2) })).toBe(false)
    expect(bad({ ...defaultTemplate, levels: [...five, lv(0, false)] })).toBe(false)
    expect(bad({ ...defaultTemplate, items: [...defaultTemplate.items, defaultTemplate.items[0]] })).toBe(
      false,
    )
    expect(
      bad({
        ...defaultTemplate,
        items: [...defaultTemplate.items, { key: 'nps2', kind: 'nps', label: 'x' }],
      }),
    ).toBe(false)
    expect(
      bad({ ...defaultTemplate, items: [...defaultTemplate.items, { key: 'x', kind: 'yesno', label: 'x' }] }),
    ).toBe(false)
  })

  it('flags low rated answers and problem answers for a follow-up', () => {
    const items = itemsFor(defaultTemplate, 'domestic')
    const stored = scoreAnswers(defaultTemplate, items, {
      hotel: 3,
      meals: 2,
      forced_shopping: 1,
      contract_signed: 0,
      licence_worn: 1,
    })
    // 差 = 0 and 一般 = 50: only 差 is at or below the low mark of 40
    expect(sheetAlerts(defaultTemplate, stored)).toEqual({
      low: ['hotel'],
      problems: ['contract_signed', 'forced_shopping'],
    })
  })
})
