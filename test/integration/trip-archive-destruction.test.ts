import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { SheetEntry } from '../../src/shared/feedback/feedback.types'
import type { CustomerPayment } from '../../src/shared/payments/payment.types'
import type { RestrictedFile } from '../../src/shared/privacy/privacy.api'
import { harness } from './harness'
import type { Harness } from './harness'
import { issue, key, uniform } from './feedback-fixtures'
import { count, createTrip, customer } from './trips-fixtures'

/*
 * Destroying a trip archive (团队档案) at the end of its retention, with the harness's fixed clock
 * (today 2026-11-25 Beijing): the trip returned on 2024-12-25, so it is due from 2026-12-26.
 * 王建国 still buys trips with the agency: his file keeps this trip and what he paid for it.
 * 李秀英 asked to be deleted: her file was restricted, then destroyed with the archive.
 */
let h: Harness
let trip: number
let active: number
let gone: number

const participants = async () =>
  (await h.must('trips.get', { id: trip })).participants as {
    id: number
    version: number
    customer: { id: number } | null
  }[]

beforeEach(async () => {
  h = await harness()
  active = await customer(h, '王建国', { mobile: '13900001111' })
  gone = await customer(h, '李秀英', { mobile: '13900002222' })
  trip = await createTrip(h, { routeName: '桂林四日游', departDate: '2024-12-22', returnDate: '2024-12-25' })
  await h.must('trips.addParticipants', { tripId: trip, customerIds: [active, gone] })
  for (const p of await participants()) {
    await h.must('trips.updateParticipant', {
      id: p.id,
      version: p.version,
      contractNo: `HT-${p.id}`,
      seat: '3A',
      insuranceNo: `PICC-${p.id}`,
      notes: '高血压，带药',
    })
    await h.must('payments.record', {
      participantId: p.id,
      day: '2024-12-01',
      amountFen: 198_000,
      method: 'cash',
    })
  }
  const batch = await issue(h, trip)
  for (const s of batch.sheets) {
    const e = await h.must<SheetEntry>('feedback.get', { id: s.id })
    await key(h, s.id, uniform(e, 1, 9), undefined, '导游很好，电话13900001111')
  }
  await h.must('customers.remove', { id: gone })
  expect(await h.must<RestrictedFile[]>('privacy.restricted', {})).toHaveLength(1)
  h.clock.now = new Date('2026-12-26T02:00:00.000Z')
})
afterEach(async () => {
  await h.close()
})

describe('destroying a trip archive', () => {
  it('keeps the trip and its payments on an active customer’s file', async () => {
    await h.must('privacy.destroy', { kind: 'trip_archive', id: trip })

    const counts = await h.must<{ trips: number; payments: number }>('customers.counts', { id: active })
    expect([counts.trips, counts.payments]).toEqual([1, 1])
    const paid = await h.must<CustomerPayment[]>('payments.ofCustomer', { customerId: active })
    expect(paid.map((p) => p.amountFen)).toEqual([198_000])
    const left = await participants()
    expect(left.map((p) => p.customer?.id ?? null).sort()).toEqual([active, null].sort())
    // the money of both travellers stays on the trip's ledger
    expect(await count(h, 'trip_payments', `trip_id = ${trip}`)).toBe(2)
    expect(await count(h, 'trips', `id = ${trip}`)).toBe(1)
  })

  it('destroys what was collected for the trip: row details, the sheets’ personal fields', async () => {
    const answers = await count(h, 'feedback_answers', `trip_id = ${trip}`)
    expect(answers).toBeGreaterThan(0)
    await h.must('privacy.destroy', { kind: 'trip_archive', id: trip })

    expect(
      await count(
        h,
        'trip_participants',
        `trip_id = ${trip} AND (notes IS NOT NULL OR seat IS NOT NULL OR insurance_no IS NOT NULL)`,
      ),
    ).toBe(0)
    // contracts and prices name nobody: they stay
    expect(await count(h, 'trip_participants', `trip_id = ${trip} AND contract_no IS NOT NULL`)).toBe(2)
    expect(
      await count(
        h,
        'feedback_sheets',
        `trip_id = ${trip} AND (customer_id IS NOT NULL OR participant_id IS NOT NULL OR comment IS NOT NULL)`,
      ),
    ).toBe(0)
    // the scores are the guide's and the suppliers' record, anonymous once the names are gone
    expect(await count(h, 'feedback_answers', `trip_id = ${trip}`)).toBe(answers)
  })
})
