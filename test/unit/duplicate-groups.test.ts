import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { differingFields, groupLinks, pairKey } from '../../src/shared/duplicates/merge-rules'
import type { MergeValues } from '../../src/shared/duplicates/duplicates.types'
import { preferencesSchema } from '../../src/shared/customers/customer.schema'

const none = new Set<string>()

describe('grouping files that share a key', () => {
  it('joins files linked through different rules into one group with every reason', () => {
    const groups = groupLinks(
      [
        { a: 1, b: 2, reason: 'mobile' },
        { a: 2, b: 3, reason: 'document' },
        { a: 7, b: 5, reason: 'nameBirth' },
      ],
      none,
    )
    expect(groups).toEqual([
      { ids: [1, 2, 3], reasons: ['document', 'mobile'] },
      { ids: [5, 7], reasons: ['nameBirth'] },
    ])
  })

  it('drops a pair dismissed as two people, in either order, but keeps links through others', () => {
    const links = [
      { a: 4, b: 9, reason: 'mobile' },
      { a: 9, b: 12, reason: 'mobile' },
    ]
    expect(groupLinks(links, new Set([pairKey(9, 4).join('-')]))).toEqual([
      { ids: [9, 12], reasons: ['mobile'] },
    ])
    expect(groupLinks(links, new Set(['4-9', '9-12']))).toEqual([])
  })

  it('puts every linked file in exactly one group, whatever the order of links', () => {
    const link = fc.record({
      a: fc.integer({ min: 1, max: 30 }),
      b: fc.integer({ min: 1, max: 30 }),
      reason: fc.constantFrom('mobile', 'document'),
    })
    fc.assert(
      fc.property(fc.array(link, { maxLength: 40 }), (links) => {
        const groups = groupLinks(links, none)
        const all = groups.flatMap((g) => g.ids)
        expect(new Set(all).size).toBe(all.length)
        for (const l of links.filter((x) => x.a !== x.b)) {
          const g = groups.find((x) => x.ids.includes(l.a))
          expect(g?.ids).toContain(l.b)
        }
        expect(groupLinks([...links].reverse(), none)).toEqual(groups)
      }),
    )
  })
})

describe('the fields a merge offers', () => {
  const base: MergeValues = {
    name: '王建国',
    pinyinName: 'WANG JIANGUO',
    gender: 'male',
    birth: { calendar: 'solar', date: '1958-03-17' },
    mobile: '13812345678',
    wechat: null,
    email: null,
    address: null,
    occupation: null,
    employer: null,
    source: null,
    referrer: null,
    tier: 'none',
    marketingConsent: false,
    notes: null,
    preferences: preferencesSchema.parse({}),
  }

  it('lists only the fields whose values differ, birthdays and preferences compared whole', () => {
    expect(differingFields(base, { ...base })).toEqual([])
    const other: MergeValues = {
      ...base,
      name: '王建國',
      birth: { calendar: 'lunar', year: 1958, month: 2, day: 28, leap: false },
      preferences: { ...base.preferences, diet: 'vegetarian' },
    }
    expect(differingFields(base, other)).toEqual(['name', 'birth', 'preferences'])
  })
})
