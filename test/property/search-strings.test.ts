import fc from 'fast-check'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { harness } from '../integration/harness'
import type { Harness } from '../integration/harness'
import { ID_X, createCustomer, dbFingerprint } from '../integration/fixtures'

/*
 * Whatever a user types or pastes into the search box is answered with a list (possibly empty),
 * never an error: FTS5 query syntax in the text must be taken literally.
 */
const FTS_SYNTAX = [
  '"',
  '*',
  'NEAR(',
  'NEAR',
  ':',
  '^',
  '-',
  '+',
  '(',
  ')',
  '{',
  '}',
  'AND',
  'OR',
  'NOT',
  "'",
  '\\',
]
const WORDS = [
  '王',
  '建国',
  'wang',
  'zw',
  '138',
  '5678',
  '002X',
  'x',
  ' ',
  '\u200d',
  '\u202e',
  '😀',
  '\ud800',
]

const query = fc
  .oneof(
    fc.string({ unit: 'binary', maxLength: 100 }),
    fc.string({ unit: 'grapheme', maxLength: 40 }),
    fc.array(fc.constantFrom(...FTS_SYNTAX, ...WORDS), { maxLength: 30 }).map((a) => a.join('')),
  )
  .filter((s) => s.length <= 100)

let h: Harness
let baseline: string
beforeAll(async () => {
  h = await harness()
  await createCustomer(h, {
    name: '王建国',
    mobile: '13812345678',
    documents: [{ kind: 'id_card', number: ID_X }],
  })
  await createCustomer(h, { name: '张伟', mobile: '13900005678' })
  baseline = await dbFingerprint(h.app.db)
})
afterAll(async () => {
  await h.close()
})

type Page = { total: number; rows: { name: string }[] }

describe('search never fails on what a user types', () => {
  it('customers.search answers any text up to 100 characters with a page', async () => {
    await fc.assert(
      fc.asyncProperty(query, async (q) => {
        const r = await h.call<Page>('customers.search', { q, pageSize: 10 })
        expect(r.ok, JSON.stringify(r)).toBe(true)
        if (!r.ok) return
        expect(r.value.total).toBeGreaterThanOrEqual(r.value.rows.length)
        expect(r.value.total).toBeLessThanOrEqual(2)
      }),
      { numRuns: 300 },
    )
    expect(await dbFingerprint(h.app.db)).toBe(baseline)
  })

  it('customers.lookup answers any text too', async () => {
    await fc.assert(
      fc.asyncProperty(query, async (q) => {
        const r = await h.call('customers.lookup', { q })
        expect(r.ok, JSON.stringify(r)).toBe(true)
      }),
      { numRuns: 150 },
    )
  })

  it.each([
    ['"王建国"', []],
    ['王建国"', []],
    ['建国*', []],
    ['NEAR(王 建国)', []],
    ['name:王建国', []],
    ['^王建', []],
    ['wang OR zhang', []],
    ['-5678', []],
    ['(5678', []],
    ['5678', ['张伟', '王建国']],
    ['王建国', ['王建国']],
  ])('syntax characters are literal: %j finds %j', async (q, expected) => {
    const r = await h.must<Page>('customers.search', { q })
    expect(r.rows.map((row) => row.name).sort()).toEqual(expected)
  })

  // A NUL used to reach the FTS5 MATCH expression and end its string early (→ INTERNAL).
  it('a pasted NUL character does not break search', async () => {
    for (const q of ['王\u0000国', 'ab\u0000c', '1\u00002', '\u0000\u0000\u0000', '5678\u0000']) {
      expect(await h.call('customers.search', { q }), JSON.stringify(q)).toMatchObject({ ok: true })
      expect(await h.call('customers.lookup', { q }), JSON.stringify(q)).toMatchObject({ ok: true })
    }
  })
})
