import fc from 'fast-check'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import type { BirthInput } from '../../src/shared/customers/customer.schema'
import type { DuplicateMatch } from '../../src/shared/customers/customer.types'
import { nameBirthKey } from '../../src/shared/duplicates/birth-key'
import { code, createCustomer } from './fixtures'
import { harness } from './harness'
import type { Harness } from './harness'

/*
 * The new-customer form's duplicate warning (customers.duplicates) also names a file with the same
 * name and the same birth date — solar, or lunar with its year, month, day and leap-month flag — the
 * duplicates screen's and the import's third rule (nameBirthKey). 1955 has a leap third month
 * (闰三月), so 三月十七 and 闰三月十七 of that year are two different days; a lunar birthday without its
 * year matches nobody.
 */
const solar = (date: string): BirthInput => ({ calendar: 'solar', date })
const lunar = (year: number | null, month: number, day: number, leap = false): BirthInput => ({
  calendar: 'lunar',
  year,
  month,
  day,
  leap,
})
const dupes = (h: Harness, input: Record<string, unknown>) =>
  h.must<DuplicateMatch[]>('customers.duplicates', input)

describe('the form’s duplicate warning on name and birth date', () => {
  let h: Harness
  beforeEach(async () => {
    h = await harness()
  })
  afterEach(async () => {
    await h.close()
  })

  it('names a file with the same name and solar or lunar birth date, and only those', async () => {
    const a = await createCustomer(h, { name: '张桂兰', birth: lunar(1955, 3, 17), mobile: '13900003333' })
    const s = await createCustomer(h, { name: '赵敏', birth: solar('1960-01-01') })
    await createCustomer(h, { name: '张桂兰', birth: lunar(1955, 3, 17, true) })
    await createCustomer(h, { name: '李桂兰', birth: lunar(1955, 3, 17) })
    await createCustomer(h, { name: '王秀珍', birth: lunar(null, 12, 8) })
    await createCustomer(h, { name: '赵敏', birth: solar('1960-01-02') })

    expect(await dupes(h, { name: ' 张桂兰 ', birth: lunar(1955, 3, 17) })).toEqual([
      { id: a, name: '张桂兰', mobile: '13900003333', reason: 'nameBirth' },
    ])
    expect(await dupes(h, { name: '赵敏', birth: solar('1960-01-01') })).toEqual([
      { id: s, name: '赵敏', mobile: null, reason: 'nameBirth' },
    ])
    // a lunar birthday without its year, a name without a birth date, the file being edited: nothing
    expect(await dupes(h, { name: '王秀珍', birth: lunar(null, 12, 8) })).toEqual([])
    expect(await dupes(h, { name: '赵敏' })).toEqual([])
    expect(await dupes(h, { name: '赵敏', birth: solar('1960-01-01'), excludeId: s })).toEqual([])
  })

  it('lists a file found by its mobile once, for the mobile', async () => {
    const a = await createCustomer(h, { name: '赵敏', birth: solar('1960-01-01'), mobile: '13900003333' })
    expect(await dupes(h, { name: '赵敏', birth: solar('1960-01-01'), mobile: '13900003333' })).toEqual([
      { id: a, name: '赵敏', mobile: '13900003333', reason: 'mobile' },
    ])
  })

  it('does not ask again, on a file’s edit form, about a file a colleague told apart from it', async () => {
    const a = await createCustomer(h, { name: '张伟', birth: solar('1980-05-01'), mobile: '13900003333' })
    const b = await createCustomer(h, { name: '张伟', birth: solar('1980-05-01'), mobile: '13900003333' })
    const c = await createCustomer(h, { name: '张伟', birth: solar('1980-05-01') })
    await h.must('duplicates.dismiss', { aId: b, bId: a })
    const ids = async (input: Record<string, unknown>) => (await dupes(h, input)).map((m) => m.id)
    const typed = { name: '张伟', birth: solar('1980-05-01'), mobile: '13900003333' }
    expect(await ids({ ...typed, excludeId: a })).toEqual([c])
    expect(await ids({ ...typed, excludeId: b })).toEqual([c])
    expect(await ids({ ...typed, excludeId: c })).toEqual([a, b])
    // a new file is not one of the pair: it is warned of both
    expect(await ids(typed)).toEqual([a, b, c])
  })

  it('refuses a birth date that never was, with the field’s message, as the form does', async () => {
    const r = await h.call('customers.duplicates', { name: '张桂兰', birth: lunar(1956, 3, 17, true) })
    expect(code(r)).toBe('VALIDATION')
    expect(r.ok ? null : r.error.fields).toEqual({ 'birth.month': { key: 'errors.lunarNoLeapMonth' } })
  })
})

/**
 * Each run draws its files and its query from two names and one pair of birth dates that are near
 * misses of each other (the leap month, the year, the day, a lunar birthday without its year, no
 * birth date), so that most runs hold both a match and a file that must not match.
 */
const NAMES = ['张桂兰', '李桂兰']
const PAIRS: [BirthInput | null, BirthInput | null][] = [
  [solar('1955-05-08'), solar('1955-05-09')],
  [lunar(1955, 3, 17), lunar(1955, 3, 17, true)],
  [lunar(1955, 3, 17), lunar(1956, 3, 17)],
  [lunar(1955, 3, 17), lunar(1955, 3, 18)],
  [lunar(1955, 3, 17), lunar(null, 3, 17)],
  [lunar(null, 3, 17), lunar(null, 3, 17, true)],
  [solar('1955-05-08'), null],
]
const run = fc.constantFrom(...PAIRS).chain((pair) => {
  const person = fc.record({ name: fc.constantFrom(...NAMES), birth: fc.constantFrom(...pair) })
  return fc.record({
    files: fc.array(person, { minLength: 1, maxLength: 4 }),
    query: person,
    // the clerk's typing around the name, which the schema trims
    pad: fc.constantFrom('', ' ', '\u3000'),
    exclude: fc.nat(),
  })
})

describe('property: the warning agrees with the rule’s key', () => {
  let h: Harness
  beforeAll(async () => {
    h = await harness()
  })
  afterAll(async () => {
    await h.close()
  })

  it('lists exactly the other files whose name and birth date give the query’s key', async () => {
    await fc.assert(
      fc.asyncProperty(run, async ({ files, query, pad, exclude }) => {
        const made: { id: number; key: string | null }[] = []
        for (const f of files)
          made.push({ id: await createCustomer(h, f), key: nameBirthKey(f.name, f.birth) })
        try {
          const excludeId = made.length ? made[exclude % made.length].id : null
          const key = nameBirthKey(query.name, query.birth)
          const expected = made
            .filter((m) => key !== null && m.key === key && m.id !== excludeId)
            .map((m) => m.id)
          const found = await dupes(h, { name: `${pad}${query.name}${pad}`, birth: query.birth, excludeId })
          expect(found.map((f) => f.id)).toEqual(expected)
          expect(found.every((f) => f.reason === 'nameBirth' && f.name === query.name)).toBe(true)
        } finally {
          for (const m of made) await h.must('customers.remove', { id: m.id })
        }
      }),
      { numRuns: 40 },
    )
  })
})
