import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { harness } from './harness'
import type { Harness } from './harness'
import { ID_X, createCustomer, names } from './fixtures'

/** Staff search the way they type: characters, pinyin, initials, mixed, phone and ID tails. */
describe('search by what staff type', () => {
  let h: Harness
  beforeAll(async () => {
    h = await harness()
    await createCustomer(h, {
      name: '王建国',
      mobile: '13812345678',
      documents: [{ kind: 'id_card', number: ID_X }],
    })
    await createCustomer(h, { name: '单田芳', mobile: '13900000001' })
    await createCustomer(h, { name: '曾国藩', mobile: '13900000002' })
    await createCustomer(h, { name: '吕布', mobile: '13900000003' })
    await createCustomer(h, { name: '张伟', mobile: '13900000004' })
    await createCustomer(h, { name: '章文', mobile: '13900000005' })
    await createCustomer(h, { name: '欧阳娜娜', mobile: '13900000006' })
  })
  afterAll(async () => {
    await h.close()
  })

  it.each([
    // Chinese characters: 1, 2 and 3 characters, anywhere in the name
    ['王', ['王建国']],
    ['建', ['王建国']],
    ['国', ['曾国藩', '王建国']],
    ['建国', ['王建国']],
    ['王建国', ['王建国']],
    ['阳娜娜', ['欧阳娜娜']],
    // full pinyin, also from the middle of the name
    ['wangjianguo', ['王建国']],
    ['jianguo', ['王建国']],
    ['WangJianGuo', ['王建国']],
    ['ouyangnana', ['欧阳娜娜']],
    // initials
    ['wjg', ['王建国']],
    ['jg', ['王建国']],
    ['zw', ['张伟', '章文']],
    ['oynn', ['欧阳娜娜']],
    // mixed: full syllables then an initial
    ['zhangw', ['张伟', '章文']],
    ['wangj', ['王建国']],
    ['zhangwei', ['张伟']],
    // surname readings: 单 is shan, 曾 is zeng
    ['shan', ['单田芳']],
    ['shantianfang', ['单田芳']],
    ['stf', ['单田芳']],
    ['zeng', ['曾国藩']],
    ['zengguofan', ['曾国藩']],
    ['zgf', ['曾国藩']],
    // ü typed as v
    ['lv', ['吕布']],
    ['lvbu', ['吕布']],
    ['lübu', ['吕布']],
    ['lb', ['吕布']],
    // phone tail and ID-number tail (X in either case)
    ['5678', ['王建国']],
    ['0003', ['吕布']],
    ['002X', ['王建国']],
    ['002x', ['王建国']],
    ['1231002X', []], // longer tails than 6 are middle digits too: only 4–6 or the whole number
    // no match
    ['李', []],
    ['zhao', []],
    ['9999', []],
  ])('%s finds %j', async (q, expected) => {
    expect((await names(h, { q })).sort()).toEqual([...expected].sort())
  })

  it('an empty or blank query lists everyone', async () => {
    expect(await names(h, { q: '' })).toHaveLength(7)
    expect(await names(h, { q: '   ' })).toHaveLength(7)
  })
})

describe('filters, sorting and paging', () => {
  let h: Harness
  const ids: Record<string, number> = {}
  beforeAll(async () => {
    // 2026-11-25: November; lunar 10/2 falls on 2026-11-10, lunar 11/12 on 2026-12-20
    h = await harness({ now: '2026-11-25T02:00:00.000Z' })
    const add = async (name: string, input: Record<string, unknown>) => {
      ids[name] = await createCustomer(h, { name, ...input })
      h.clock.now = new Date(h.clock.now.getTime() + 60_000)
    }
    await add('赵一', {
      tier: 'gold',
      tags: ['VIP'],
      marketingConsent: true,
      birth: { calendar: 'solar', date: '1980-11-30' },
    })
    await add('钱二', {
      tier: 'member',
      tags: ['VIP', '亲子'],
      needs: [{ kind: 'minor' }],
      birth: { calendar: 'lunar', year: null, month: 10, day: 2, leap: false },
    })
    await add('孙三', {
      tier: 'platinum',
      marketingConsent: true,
      doNotContact: true,
      birth: { calendar: 'solar', date: '1975-12-01' },
    })
    await add('李四', {
      tier: 'none',
      needs: [{ kind: 'elderly' }],
      birth: { calendar: 'lunar', year: 1950, month: 11, day: 12, leap: false },
    })
    await add('周五', { tier: 'silver', marketingConsent: true })
  })
  afterAll(async () => {
    await h.close()
  })

  it('filters by tag, tier, need and consent', async () => {
    expect((await names(h, { tag: 'VIP' })).sort()).toEqual(['赵一', '钱二'].sort())
    expect(await names(h, { tag: '亲子' })).toEqual(['钱二'])
    expect(await names(h, { tier: 'platinum' })).toEqual(['孙三'])
    expect(await names(h, { need: 'elderly' })).toEqual(['李四'])
    // marketing consent, but never someone who asked not to be contacted
    expect((await names(h, { consent: 'marketing' })).sort()).toEqual(['周五', '赵一'].sort())
    expect(await names(h, { consent: 'doNotContact' })).toEqual(['孙三'])
    expect(await names(h, { tag: 'VIP', tier: 'gold', q: 'zhao' })).toEqual(['赵一'])
  })

  it('birthdayThisMonth covers solar and lunar birthdays, following the clock', async () => {
    expect((await names(h, { birthdayThisMonth: true })).sort()).toEqual(['赵一', '钱二'].sort())
    h.clock.now = new Date('2026-12-05T02:00:00.000Z')
    expect((await names(h, { birthdayThisMonth: true })).sort()).toEqual(['孙三', '李四'].sort())
    h.clock.now = new Date('2026-11-25T03:00:00.000Z')
  })

  it('sorts by name (pinyin), tier, creation and last change, both directions', async () => {
    expect(await names(h, { sort: 'name', dir: 'asc' })).toEqual(['李四', '钱二', '孙三', '赵一', '周五'])
    expect(await names(h, { sort: 'name', dir: 'desc' })).toEqual(['周五', '赵一', '孙三', '钱二', '李四'])
    expect(await names(h, { sort: 'tier', dir: 'desc' })).toEqual(['孙三', '赵一', '周五', '钱二', '李四'])
    expect(await names(h, { sort: 'createdAt', dir: 'asc' })).toEqual([
      '赵一',
      '钱二',
      '孙三',
      '李四',
      '周五',
    ])
    // default: most recently changed first
    expect(await names(h, {})).toEqual(['周五', '李四', '孙三', '钱二', '赵一'])
  })

  it('refuses a sort key the list does not offer, naming the field', async () => {
    const r = await h.call('customers.search', { sort: 'nextBirthday' })
    expect(r.ok).toBe(false)
    if (!r.ok) expect(r.error.fields?.sort?.key).toBe('errors.invalidChoice')
  })

  it('pages with a stable total, including past the last page', async () => {
    const pages = []
    for (const page of [0, 1, 2]) {
      const r = await h.must('customers.search', { sort: 'name', dir: 'asc', page, pageSize: 2 })
      expect(r.total).toBe(5)
      pages.push(r.rows.map((x: { name: string }) => x.name))
    }
    expect(pages).toEqual([['李四', '钱二'], ['孙三', '赵一'], ['周五']])
    expect(await h.must('customers.search', { page: 9, pageSize: 2 })).toEqual({ total: 5, rows: [] })
    expect(await h.must('customers.search', { tag: 'VIP', page: 3, pageSize: 1 })).toEqual({
      total: 2,
      rows: [],
    })
  })

  it('shows the list row without identity numbers', async () => {
    const r = await h.must('customers.search', { q: '钱二' })
    expect(r.rows).toEqual([
      expect.objectContaining({
        id: ids['钱二'],
        tier: 'member',
        tags: ['VIP', '亲子'],
        needs: ['minor'],
        nextBirthday: '2027-10-30',
      }),
    ])
  })
})
