import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { harness } from './harness'
import type { Harness } from './harness'
import { ID_X, auditRows, dbFingerprint } from './fixtures'
import { addItem, createTrip, customer, getTrip, watchChanges } from './trips-fixtures'
import type { ParticipantView } from '../../src/shared/trips/trip.types'

let h: Harness
let trip: number
beforeEach(async () => {
  h = await harness()
  trip = await createTrip(h) // departs 2026-12-03
})
afterEach(async () => {
  await h.close()
})

async function family() {
  const dad = await customer(h, '张伟', {
    gender: 'male',
    birth: { calendar: 'solar', date: '1980-12-04' },
    mobile: '13800001111',
    healthConsent: true,
    needs: [{ kind: 'health', note: '高血压，随身带药' }],
    preferences: { diet: 'halal', allergies: '花生' },
    emergencyContacts: [{ name: '张母', relation: '母亲', phone: '13900002222' }],
    documents: [{ kind: 'id_card', number: ID_X }],
  })
  const mum = await customer(h, '李娜', {
    gender: 'female',
    birth: { calendar: 'solar', date: '1982-03-01' },
  })
  // lunar 2015-10-22 is solar 2015-12-03: exactly 11 on the day of departure
  const kid = await customer(h, '张小明', {
    birth: { calendar: 'lunar', year: 2015, month: 10, day: 22, leap: false },
  })
  return { dad, mum, kid }
}

const participants = async () => (await getTrip(h, trip)).participants

describe('adding participants', () => {
  it('adds a whole family in one step, the customer file’s facts shown, never re-typed', async () => {
    const { dad, mum, kid } = await family()
    const seen = watchChanges(h)
    const { ids } = await h.must('trips.addParticipants', { tripId: trip, customerIds: [dad, mum, kid] })
    expect(ids).toHaveLength(3)
    const list = await participants()
    expect(list.map((p) => p.id)).toEqual(ids)
    expect(list[0]).toMatchObject({
      version: 1,
      priceType: 'adult',
      bed: true,
      singleRoom: false,
      customer: {
        id: dad,
        name: '张伟',
        gender: 'male',
        age: 45, // turns 46 the day after departure
        mobile: '13800001111',
        needs: ['health'],
        diet: 'halal',
        allergies: '花生',
        documents: [{ kind: 'id_card', numberMasked: '110***********002X' }],
        emergencyContacts: [{ name: '张母', relation: '母亲', phone: '13900002222' }],
      },
    })
    expect(list[2].customer.age).toBe(11)
    expect(list[1].customer).toMatchObject({ age: 44, needs: [], diet: 'none', allergies: null })
    const json = JSON.stringify(list)
    expect(json).not.toContain('高血压')
    expect(json).not.toContain(ID_X)
    expect(seen).toEqual(
      expect.arrayContaining([
        { entity: 'trip', id: trip },
        { entity: 'customer', id: dad },
      ]),
    )
    const audit = (await auditRows(h.app.db)).filter((r) => r.entity === 'participant')
    expect(audit.map((r) => [r.action, r.entity_id])).toEqual(ids.map((id: number) => ['create', id]))
  })

  it('refuses unknown customers, adding nobody', async () => {
    const { dad } = await family()
    const before = await dbFingerprint(h.app.db)
    expect(await h.call('trips.addParticipants', { tripId: trip, customerIds: [dad, 999] })).toMatchObject({
      error: { code: 'VALIDATION', fields: { 'customerIds.1': { key: 'errors.customerUnknown' } } },
    })
    expect(await h.call('trips.addParticipants', { tripId: 999, customerIds: [dad] })).toMatchObject({
      error: { code: 'NOT_FOUND' },
    })
    expect(await dbFingerprint(h.app.db)).toBe(before)
  })

  it('allows the same customer twice (the checks flag it)', async () => {
    const { dad } = await family()
    await h.must('trips.addParticipants', { tripId: trip, customerIds: [dad] })
    await h.must('trips.addParticipants', { tripId: trip, customerIds: [dad] })
    expect(await participants()).toHaveLength(2)
    const checks = await h.must('trips.checks', { id: trip })
    expect(checks.map((c: { code: string }) => c.code)).toContain('duplicate_participant')
  })

  it('the trip shows in the customer’s travel history', async () => {
    const { kid } = await family()
    await h.must('trips.addParticipants', { tripId: trip, customerIds: [kid] })
    expect(await h.must('trips.ofCustomer', { customerId: kid })).toMatchObject([
      { id: trip, status: 'inquiry' },
    ])
  })
})

describe('editing a participant', () => {
  it('saves rooming and booking details with a version; a stale form is refused', async () => {
    const { dad, mum } = await family()
    const [a, b] = (await h.must('trips.addParticipants', { tripId: trip, customerIds: [dad, mum] })).ids
    const fields = {
      priceType: 'adult',
      contractNo: 'HT-2026-001',
      roomNo: '808',
      roommateId: b,
      bed: true,
      seat: '12A',
      insuranceNo: 'PICC-1',
      representative: true,
    }
    expect(await h.must('trips.updateParticipant', { id: a, version: 1, ...fields })).toEqual({ version: 2 })
    expect(
      await h.call('trips.updateParticipant', { id: a, version: 1, ...fields, seat: '1A' }),
    ).toMatchObject({
      error: { code: 'STALE' },
    })
    const [pa] = await participants()
    expect(pa).toMatchObject({ ...fields, version: 2 })
    const audit = (await auditRows(h.app.db)).at(-1)!
    expect([audit.action, audit.entity, audit.entity_id]).toEqual(['update', 'participant', a])
    expect(JSON.parse(audit.fields)).toEqual([
      'contractNo',
      'roomNo',
      'roommateId',
      'seat',
      'insuranceNo',
      'representative',
      // the room number placed them in room 808 on the rooming board
      'roomId',
    ])
  })

  it('a roommate must be a participant of the same trip, and not oneself', async () => {
    const { dad, mum } = await family()
    const [a] = (await h.must('trips.addParticipants', { tripId: trip, customerIds: [dad] })).ids
    const other = await createTrip(h)
    const [elsewhere] = (await h.must('trips.addParticipants', { tripId: other, customerIds: [mum] })).ids
    for (const roommateId of [elsewhere, a, 999]) {
      expect(
        await h.call('trips.updateParticipant', { id: a, version: 1, roommateId }),
        String(roommateId),
      ).toMatchObject({
        error: { code: 'VALIDATION', fields: { roommateId: { key: 'errors.roommate' } } },
      })
    }
  })

  it('removing a participant frees their roommate (whose open form goes stale)', async () => {
    const { dad, mum } = await family()
    const [a, b] = (await h.must('trips.addParticipants', { tripId: trip, customerIds: [dad, mum] })).ids
    await h.must('trips.updateParticipant', { id: b, version: 1, roommateId: a })
    await h.must('trips.removeParticipant', { id: a })
    const list: ParticipantView[] = await participants()
    expect(list).toMatchObject([{ id: b, roommateId: null, version: 3 }])
    expect(await h.call('trips.removeParticipant', { id: a })).toMatchObject({ error: { code: 'NOT_FOUND' } })
    expect((await auditRows(h.app.db)).at(-1)).toMatchObject({
      action: 'delete',
      entity: 'participant',
      entity_id: a,
    })
  })
})

describe('guides on the trip', () => {
  it('assigns with a role, shows them on the trip and the guide’s served trips; unassigns', async () => {
    const g = (await h.must('guides.create', { name: '王导', mobile: '13600001111', licenceNo: 'D-001' })).id
    const a = (await h.must('trips.assignGuide', { tripId: trip, guideId: g, role: 'national_escort' })).id
    await h.must('trips.assignGuide', { tripId: trip, guideId: g, role: 'local_guide' })
    const t = await getTrip(h, trip)
    expect(t.guides).toMatchObject([
      {
        id: a,
        role: 'national_escort',
        guide: { id: g, name: '王导', mobile: '13600001111', licenceNo: 'D-001' },
      },
      { role: 'local_guide' },
    ])
    expect((await h.must('guides.get', { id: g })).trips).toMatchObject([{ id: trip, code: t.code }])
    await h.must('trips.unassignGuide', { id: a })
    expect((await getTrip(h, trip)).guides).toHaveLength(1)
    const actions = (await auditRows(h.app.db)).filter((r) => r.entity === 'trip').map((r) => r.action)
    expect(actions).toEqual(['create', 'assignGuide', 'assignGuide', 'unassignGuide'])
  })

  it('refuses an unknown or deactivated guide, and the same guide twice in one role', async () => {
    const g = (await h.must('guides.create', { name: '王导' })).id
    const off = (await h.must('guides.create', { name: '赵导', active: false })).id
    await h.must('trips.assignGuide', { tripId: trip, guideId: g, role: 'local_guide' })
    const cases: [number, string][] = [
      [999, 'errors.guideUnknown'],
      [off, 'errors.guideInactive'],
      [g, 'errors.guideAssigned'],
    ]
    for (const [guideId, key] of cases) {
      expect(
        await h.call('trips.assignGuide', { tripId: trip, guideId, role: 'local_guide' }),
        key,
      ).toMatchObject({
        error: { code: 'VALIDATION', fields: { guideId: { key } } },
      })
    }
  })
})

describe('supplier bookings', () => {
  it('books per day or per item, confirms with the 确认件 number, versioned and audited', async () => {
    const s = (await h.must('suppliers.create', { kind: 'hotel', name: '翠湖宾馆' })).id
    const item = await addItem(h, trip, 3, '入住酒店')
    const b1 = (await h.must('trips.addBooking', { tripId: trip, supplierId: s, dayNo: 1 })).id
    const b2 = (await h.must('trips.addBooking', { tripId: trip, supplierId: s, dayNo: 1, itemId: item })).id
    expect((await getTrip(h, trip)).bookings).toMatchObject([
      {
        id: b1,
        dayNo: 1,
        itemId: null,
        status: 'requested',
        supplier: { id: s, name: '翠湖宾馆', kind: 'hotel' },
      },
      { id: b2, dayNo: 3, itemId: item },
    ])
    expect(
      await h.must('trips.updateBooking', {
        id: b1,
        version: 1,
        status: 'confirmed',
        confirmationNo: 'QR-88',
      }),
    ).toEqual({ version: 2 })
    expect(await h.call('trips.updateBooking', { id: b1, version: 1, status: 'requested' })).toMatchObject({
      error: { code: 'STALE' },
    })
    expect((await getTrip(h, trip)).bookings[0]).toMatchObject({
      status: 'confirmed',
      confirmationNo: 'QR-88',
    })
    await h.must('trips.removeBooking', { id: b2 })
    expect((await h.must('suppliers.get', { id: s })).trips).toMatchObject([{ id: trip }])
    const audit = (await auditRows(h.app.db)).filter((r) => r.entity === 'booking')
    expect(audit.map((r) => [r.action, r.entity_id, JSON.parse(r.fields)])).toEqual([
      ['create', b1, ['supplierId', 'status', 'dayNo']],
      ['create', b2, ['supplierId', 'status', 'dayNo', 'itemId']],
      ['update', b1, ['status', 'confirmationNo']],
      ['delete', b2, []],
    ])
  })

  it('refuses an unknown supplier, a day beyond the trip and an item of another trip', async () => {
    const s = (await h.must('suppliers.create', { kind: 'coach', name: '滇运车队' })).id
    const other = await createTrip(h)
    const foreign = await addItem(h, other, 1, '别的团')
    const before = await dbFingerprint(h.app.db)
    const cases: [Record<string, unknown>, string, string][] = [
      [{ supplierId: 999 }, 'supplierId', 'errors.supplierUnknown'],
      [{ supplierId: s, dayNo: 9 }, 'dayNo', 'errors.dayOutOfRange'],
      [{ supplierId: s, itemId: foreign }, 'itemId', 'errors.itemUnknown'],
    ]
    for (const [over, field, key] of cases) {
      expect(await h.call('trips.addBooking', { tripId: trip, ...over }), key).toMatchObject({
        error: { code: 'VALIDATION', fields: { [field]: { key } } },
      })
    }
    expect(await dbFingerprint(h.app.db)).toBe(before)
  })
})
