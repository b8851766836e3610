import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { harness } from './harness'
import type { Harness } from './harness'
import { ID_X, createCustomer } from './fixtures'
import { tripFixtures } from '../property/payload-samples'

/*
 * The badges on a customer's profile tabs: one call, and each count is exactly what that tab's own
 * call lists — checked against those calls on a file with one of everything.
 */
describe('customer profile counts', () => {
  let h: Harness
  let wang: number
  let li: number
  let participant: number

  beforeAll(async () => {
    h = await harness()
    wang = await createCustomer(h, {
      name: '王建国',
      mobile: '13812345678',
      documents: [
        { kind: 'id_card', number: ID_X },
        { kind: 'passport', number: 'E12345678', expiryDate: '2030-01-01' },
      ],
    })
    li = await createCustomer(h, { name: '李秀英', mobile: '13911112222' })
    // family from both sides: wang is the parent of li, and a third person names wang
    await h.must('customers.addRelation', { customerId: wang, otherId: li, kind: 'parent' })
    const zhao = await createCustomer(h, { name: '赵敏', mobile: '13700003333' })
    await h.must('customers.addRelation', { customerId: zhao, otherId: wang, kind: 'spouse' })
    for (const summary of ['咨询', '报名'])
      await h.must('customers.logCommunication', {
        customerId: wang,
        channel: 'phone',
        direction: 'inbound',
        summary,
      })
    const ids = await tripFixtures(h, wang, li)
    participant = ids.participant
    await h.must('payments.record', {
      participantId: participant,
      day: '2026-11-20',
      amountFen: 100_050,
      method: 'wechat',
      receiptNo: 'SK-1',
    })
    // a task about the customer, planned (not done): the reminders tab lists it
    const [me] = await h.must<{ id: number }[]>('reminders.colleagues', {})
    await h.must('reminders.createTask', {
      assigneeId: me.id,
      due: '2026-12-04',
      note: '回访王建国',
      customerId: wang,
    })
    await h.app.reminders.idle()
  }, 120_000)
  afterAll(async () => {
    await h.close()
  })

  it('counts what each tab lists, for the front desk too', async () => {
    const clerk = await h.signedIn('frontdesk')
    const counts = await h.must<Record<string, number>>('customers.counts', { id: wang }, clerk)
    const profile = await h.must<{ documents: unknown[]; relations: unknown[] }>('customers.get', {
      id: wang,
    })
    const comms = await h.must<{ total: number }>('customers.communications', {
      customerId: wang,
      page: 0,
      pageSize: 20,
    })
    const reminders = await h.must<{ planned: unknown[] }>('reminders.ofCustomer', { customerId: wang })
    const complaints = await h.must<{ count: number }>('complaints.summary', { of: 'customer', id: wang })
    const listed = {
      documents: profile.documents.length,
      family: profile.relations.length,
      trips: (await h.must<unknown[]>('trips.ofCustomer', { customerId: wang })).length,
      payments: (await h.must<unknown[]>('payments.ofCustomer', { customerId: wang })).length,
      communications: comms.total,
      reminders: reminders.planned.length,
      complaints: complaints.count,
      feedback: (await h.must<unknown[]>('feedback.ofCustomer', { customerId: wang })).length,
    }
    expect(counts).toEqual(listed)
    // the fixture has one of everything, so a count stuck at 0 would not pass
    expect(counts).toMatchObject({
      documents: 2,
      family: 2,
      trips: 1,
      payments: 1,
      communications: 2,
      complaints: 1,
    })
    expect(counts.reminders).toBeGreaterThan(0)
  })

  it('follows a change and answers NOT_FOUND for a file that does not exist', async () => {
    const before = await h.must<{ communications: number; payments: number }>('customers.counts', {
      id: wang,
    })
    await h.must('customers.logCommunication', {
      customerId: wang,
      channel: 'wechat',
      direction: 'outbound',
      summary: '发出行通知',
    })
    const after = await h.must<{ communications: number; payments: number }>('customers.counts', { id: wang })
    expect(after.communications).toBe(before.communications + 1)
    expect(after.payments).toBe(before.payments)
    const other = await h.must<Record<string, number>>('customers.counts', { id: li })
    expect(other).toMatchObject({ documents: 0, family: 1, trips: 1, payments: 0, complaints: 0 })
    const r = await h.call('customers.counts', { id: 999_999 })
    expect(r.ok).toBe(false)
    if (!r.ok) expect(r.error.code).toBe('NOT_FOUND')
  })
})
