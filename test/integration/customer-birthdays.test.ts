import { afterEach, beforeEach, expect, it } from 'vitest'
import { harness } from './harness'
import type { Harness } from './harness'
import { createCustomer, dbFingerprint } from './fixtures'

let h: Harness
beforeEach(async () => {
  h = await harness() // today 2026-11-25
})
afterEach(async () => {
  await h.close()
})

it('main refuses a lunar birth date that did not exist, with the field message, and stores nothing', async () => {
  const before = await dbFingerprint(h.app.db)
  const birth = { calendar: 'lunar', year: 2026, month: 6, day: 1, leap: true } // 2026 has no leap month
  expect(await h.call('customers.create', { name: '王奶奶', birth })).toEqual({
    ok: false,
    error: {
      code: 'VALIDATION',
      msg: { key: 'errors.validation' },
      fields: { 'birth.month': { key: 'errors.lunarNoLeapMonth' } },
    },
  })
  const day30 = { calendar: 'lunar', year: 2025, month: 12, day: 30, leap: false }
  expect(await h.call('customers.create', { name: '王奶奶', birth: day30 })).toMatchObject({
    ok: false,
    error: { fields: { 'birth.day': { key: 'errors.lunarNoSuchDay' } } },
  })
  expect(await dbFingerprint(h.app.db)).toBe(before)
})

it('the list gives a lunar birthday as stored plus the solar date of its next celebration', async () => {
  await createCustomer(h, {
    name: '王奶奶',
    birth: { calendar: 'lunar', year: null, month: 8, day: 15, leap: false },
  })
  const page = await h.must('customers.search', { q: '王奶奶' })
  // 八月十五 2026 was 2026-09-25, already past on 11-25: the next one is in 2027
  expect(page.rows[0]).toMatchObject({
    birth: { calendar: 'lunar', month: 8, day: 15, leap: false },
    nextBirthday: '2027-09-15',
  })
})
