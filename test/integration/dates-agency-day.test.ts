import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { harness } from './harness'
import type { Harness } from './harness'
import { createCustomer, dbFingerprint, names, withCheck } from './fixtures'
import { createTrip, getTrip } from './trips-fixtures'
import type { CustomerRow } from '../../src/shared/customers/customer.types'
import type { Page } from '../../src/shared/common/schemas'

// 00:30 on 1 December in Beijing: UTC (this process's zone here) still says 30 November.
const AT = '2026-11-30T16:30:00.000Z'

const saved = process.env.TZ
beforeAll(() => {
  // the PC's zone must not matter: run main in UTC (Node re-reads TZ whenever it is assigned)
  process.env.TZ = 'UTC'
})
afterAll(() => {
  process.env.TZ = saved
})

let h: Harness
beforeEach(async () => {
  h = await harness({ now: AT })
})
afterEach(async () => {
  await h.close()
})

describe("main's days are the agency's days, whatever the machine's zone", () => {
  it('runs in UTC for real', () => {
    expect(new Date(AT).getDate()).toBe(30)
  })

  it('birthdays this month and the next celebration follow the Beijing day', async () => {
    await createCustomer(h, { name: '十二月', birth: { calendar: 'solar', date: '1970-12-01' } })
    await createCustomer(h, { name: '十一月', birth: { calendar: 'solar', date: '1970-11-30' } })
    expect(await names(h, { birthdayThisMonth: true })).toEqual(['十二月'])
    const page = await h.must<Page<CustomerRow>>('customers.search', { q: '十二月' })
    expect(page.rows[0]).toMatchObject({ nextBirthday: '2026-12-01', age: 56 })
  })

  it('an ID card holder born today in Beijing is accepted; one born tomorrow is refused, nothing saved', async () => {
    const today = withCheck('11010120261201001')
    await createCustomer(h, { name: '新生', documents: [{ kind: 'id_card', number: today }] })

    const before = await dbFingerprint(h.app.db)
    const tomorrow = withCheck('11010120261202001')
    expect(
      await h.call('customers.create', { name: '未生', documents: [{ kind: 'id_card', number: tomorrow }] }),
    ).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', fields: { 'documents.0.number': { key: 'errors.idCard.birthdate' } } },
    })
    expect(await dbFingerprint(h.app.db)).toBe(before)
    const id = await createCustomer(h, { name: '另一位' })
    const mid = await dbFingerprint(h.app.db)
    expect(
      await h.call('customers.addDocument', {
        customerId: id,
        document: { kind: 'id_card', number: tomorrow },
      }),
    ).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', fields: { 'document.number': { key: 'errors.idCard.birthdate' } } },
    })
    expect(await dbFingerprint(h.app.db)).toBe(mid)
  })

  it('a trip departing on the Beijing day is due to depart, and its days are dated from it', async () => {
    const id = await createTrip(h, { departDate: '2026-12-01', returnDate: '2026-12-03' })
    await h.must('trips.setStatus', { id, version: 1, status: 'confirmed' })
    const t = await getTrip(h, id)
    expect(t.suggestedStatus).toBe('departed')
    expect(t.days.map((d) => d.date)).toEqual(['2026-12-01', '2026-12-02', '2026-12-03'])
  })

  it('a trip back on 30 November is due its follow-up: the suggestion says returned', async () => {
    const id = await createTrip(h, { departDate: '2026-11-27', returnDate: '2026-11-30' })
    await h.must('trips.setStatus', { id, version: 1, status: 'confirmed' })
    await h.must('trips.setStatus', { id, version: 2, status: 'departed' })
    expect((await getTrip(h, id)).suggestedStatus).toBe('returned')
  })
})
