import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { ComplaintDetail } from '../../src/shared/complaints/complaint.types'
import type { EvidenceView } from '../../src/shared/complaints/evidence'
import type { DestructionRecord, RestrictedFile } from '../../src/shared/privacy/privacy.api'
import { tripArchiveReference } from '../../src/shared/privacy/retention'
import { harness } from './harness'
import type { Harness } from './harness'
import { auditRows } from './fixtures'
import { count, createTrip, customer } from './trips-fixtures'

/*
 * The complaints of a trip whose archive (团队档案) is destroyed at the end of its retention, with
 * the harness's fixed clock (today 2026-11-25 Beijing; the trip returned on 2024-12-25, so it is due
 * from 2026-12-26). A complaint is its complainant's own record and the agency's evidence: while the
 * complainant's file is kept (王建国 still buys trips), the case stays on that file, linked to the
 * trip, with its evidence. The cases of 李秀英 (who asked to be deleted: restricted, then destroyed)
 * and of a walk-in without a file were collected for the trip only: they go with the archive.
 */
let h: Harness
let trip: number
let active: number
let gone: number
const cases = { active: 0, mixed: 0, gone: 0, walkIn: 0 }

const walkIn = {
  name: 'John Smith',
  gender: 'male',
  nationality: '英国',
  address: '北京朝阳区',
  postcode: '100020',
  phone: '13900003333',
}

async function complaint(complainants: Record<string, unknown>[], what: string): Promise<number> {
  const { id } = await h.must<{ id: number }>('complaints.create', {
    channel: 'phone',
    tripId: trip,
    eventAt: '2024-12-23T15:30',
    eventPlace: '阳朔 玉石店',
    whatHappened: what,
    cause: 'shopping',
    severity: 'high',
    complainants,
    guideIds: [],
    supplierIds: [],
  })
  return id
}

const destroy = () => h.must<DestructionRecord>('privacy.destroy', { kind: 'trip_archive', id: trip })
const complaintsLeft = () => count(h, 'complaints', `trip_id = ${trip}`)

beforeEach(async () => {
  h = await harness()
  active = await customer(h, '王建国', { mobile: '13900001111' })
  gone = await customer(h, '李秀英', { mobile: '13900002222' })
  trip = await createTrip(h, { routeName: '桂林四日游', departDate: '2024-12-22', returnDate: '2024-12-25' })
  await h.must('trips.addParticipants', { tripId: trip, customerIds: [active, gone] })
  cases.active = await complaint([{ customerId: active }], '导游把全团带进玉石店两个小时')
  // 王建国 complained together with a walk-in: the case is his, the walk-in's details were collected
  // for the trip
  cases.mixed = await complaint([{ customerId: active }, walkIn], '酒店房间没有热水')
  cases.gone = await complaint([{ customerId: gone }], '行程缩水')
  cases.walkIn = await complaint([walkIn], '车上不让开空调')
  await h.must('complaints.addEvidence', {
    complaintId: cases.active,
    fileName: '收据.jpg',
    mime: 'image/jpeg',
    data: Buffer.from([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3]).toString('base64'),
  })
  await h.must('customers.remove', { id: gone })
  expect(await h.must<RestrictedFile[]>('privacy.restricted', {})).toHaveLength(1)
  h.clock.now = new Date('2026-12-26T02:00:00.000Z')
})
afterEach(async () => {
  await h.close()
})

describe('destroying a trip archive with complaints', () => {
  it('keeps an active customer’s complaints on their file, linked to the trip, with their evidence', async () => {
    expect((await h.must('customers.counts', { id: active })).complaints).toBe(2)
    await destroy()

    expect((await h.must('customers.counts', { id: active })).complaints).toBe(2)
    const kept = await h.must<ComplaintDetail>('complaints.get', { id: cases.active })
    expect(kept.complainants.map((p) => [p.customerId, p.name])).toEqual([[active, '王建国']])
    expect(kept.whatHappened).toBe('导游把全团带进玉石店两个小时')
    expect(await count(h, 'complaints', `id = ${cases.active} AND trip_id = ${trip}`)).toBe(1)
    const evidence = await h.must<EvidenceView[]>('complaints.evidence', { complaintId: cases.active })
    expect(evidence.map((e) => e.fileName)).toEqual(['收据.jpg'])
    // the customer's own copy of their data still lists them
    const copy = await h.must('privacy.copy', { customerId: active })
    const section = copy.sections.find((s: { key: string }) => s.key === 'complaints')
    expect(section.rows).toHaveLength(2)
  })

  it('destroys the cases of a restricted file and of a complainant without a file', async () => {
    await destroy()

    for (const id of [cases.gone, cases.walkIn])
      expect(await count(h, 'complaints', `id = ${id}`), `case ${id}`).toBe(0)
    expect(await complaintsLeft()).toBe(2)
    // nothing of theirs is left anywhere: the walk-in's phone was on two cases, one of them kept
    expect(await count(h, 'complaint_complainants', `phone IS NOT NULL OR name IS NOT NULL`)).toBe(0)
  })

  it('clears a walk-in co-complainant’s details on an active customer’s case, keeping their place', async () => {
    const version = async (id: number) => (await h.must<ComplaintDetail>('complaints.get', { id })).version
    const before = [await version(cases.active), await version(cases.mixed)]
    await destroy()

    // the changed case moves on, so a form opened on it before cannot write the details back
    expect([await version(cases.active), await version(cases.mixed)]).toEqual([before[0], before[1] + 1])

    const mixed = await h.must<ComplaintDetail>('complaints.get', { id: cases.mixed })
    expect(mixed.complainants.map((p) => [p.customerId, p.name, p.phone, p.address, p.nationality])).toEqual([
      [active, '王建国', '13900001111', null, null],
      [null, null, null, null, null],
    ])
    expect(mixed.complainants[1].gender).toBe('unknown')
  })

  it('leaves one destruction record of the archive, and cannot be destroyed twice', async () => {
    const record = await destroy()
    expect(record).toMatchObject({ kind: 'trip_archive', reference: tripArchiveReference(trip) })
    expect(await h.must<DestructionRecord[]>('privacy.records', {})).toEqual([record])
    expect((await auditRows(h.app.db)).filter((a) => a.action === 'destroy')).toHaveLength(1)
    const again = await h.call('privacy.destroy', { kind: 'trip_archive', id: trip })
    expect(again.ok ? null : again.error.code).toBe('CONFLICT')
    expect(await complaintsLeft()).toBe(2)
  })
})
