import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { harness } from './harness'
import type { Harness } from './harness'
import { ID_X, withCheck } from './fixtures'
import { createTrip, customer, getTrip, tripForm } from './trips-fixtures'
import type { CheckWarning } from '../../src/shared/trips/trip.types'

let h: Harness
beforeEach(async () => {
  h = await harness() // today 2026-11-25
})
afterEach(async () => {
  await h.close()
})

const checks = (id: number) => h.must<CheckWarning[]>('trips.checks', { id })
const codes = async (id: number) => (await checks(id)).map((w) => w.code)
const add = async (tripId: number, customerIds: number[]) =>
  (await h.must<{ ids: number[] }>('trips.addParticipants', { tripId, customerIds })).ids
const withDocs = (name: string, documents: Record<string, unknown>[], extra: Record<string, unknown> = {}) =>
  customer(h, name, { documents, ...extra })
const idCard = (n: number) => ({
  kind: 'id_card',
  number: withCheck(`11010519800101${String(n).padStart(3, '0')}`),
})

describe('documents', () => {
  it('doc_missing: an outbound traveller without a passport, until one is added', async () => {
    const trip = await createTrip(h, { kind: 'outbound', destination: '东京' })
    const c = await withDocs('王芳', [{ kind: 'id_card', number: ID_X }])
    const [p] = await add(trip, [c])
    expect(await checks(trip)).toEqual([
      {
        code: 'doc_missing',
        severity: 'error',
        params: { name: '王芳', doc: 'passport' },
        target: { section: 'participants', id: p, customerId: c },
      },
    ])
    await h.must('customers.addDocument', {
      customerId: c,
      document: { kind: 'passport', number: 'E12345678', expiryDate: '2031-01-01' },
    })
    expect(await checks(trip)).toEqual([])
  })

  it('doc_missing: a domestic traveller with neither 身份证 nor passport', async () => {
    const trip = await createTrip(h)
    const none = await customer(h, '无证')
    const ok = await withDocs('有证', [idCard(1)])
    await add(trip, [none, ok])
    expect(await checks(trip)).toMatchObject([
      { code: 'doc_missing', params: { name: '无证', doc: 'id_card' } },
    ])
  })

  it('passport_validity: outbound passport valid less than 6 months after the return date', async () => {
    const trip = await createTrip(h, { kind: 'outbound', destination: '曼谷' }) // returns 2026-12-08
    const short = await withDocs('短期', [
      { kind: 'passport', number: 'E11111111', expiryDate: '2027-05-01' },
    ])
    const long = await withDocs('长期', [{ kind: 'passport', number: 'E22222222', expiryDate: '2027-06-08' }])
    await add(trip, [short, long])
    expect(await checks(trip)).toMatchObject([
      { code: 'passport_validity', params: { name: '短期', expiry: '2027-05-01', needed: '2027-06-08' } },
    ])
  })

  it('doc_expired: a 港澳通行证 running out before the return date', async () => {
    const trip = await createTrip(h, { kind: 'hmt', destination: '香港 澳门' })
    const old = await withDocs('旧证', [
      { kind: 'hk_macao_permit', number: 'C11111111', expiryDate: '2026-12-05' },
    ])
    const fresh = await withDocs('新证', [
      { kind: 'hk_macao_permit', number: 'C22222222', expiryDate: '2029-12-05' },
    ])
    await add(trip, [old, fresh])
    expect(await checks(trip)).toMatchObject([
      { code: 'doc_expired', params: { name: '旧证', doc: 'hk_macao_permit', expiry: '2026-12-05' } },
    ])
    // a Taiwan trip needs the other permit
    const tw = await createTrip(h, { kind: 'hmt', destination: '台湾环岛' })
    await add(tw, [fresh])
    expect(await checks(tw)).toMatchObject([{ code: 'doc_missing', params: { doc: 'taiwan_permit' } }])
  })
})

describe('guides', () => {
  it('guide_overlap: a guide on another overlapping trip that is not cancelled', async () => {
    const g = (await h.must('guides.create', { name: '张导', licenceExpiry: '2029-01-01' })).id
    const a = await createTrip(h) // 12-03 … 12-08
    const b = await createTrip(h, { code: 'TD-B', departDate: '2026-12-08', returnDate: '2026-12-12' })
    const c = await createTrip(h, { code: 'TD-C', departDate: '2026-12-09', returnDate: '2026-12-12' })
    const [asA] = [(await h.must('trips.assignGuide', { tripId: a, guideId: g, role: 'local_guide' })).id]
    await h.must('trips.assignGuide', { tripId: b, guideId: g, role: 'local_guide' })
    await h.must('trips.assignGuide', { tripId: c, guideId: g, role: 'national_escort' })
    expect(await checks(a)).toEqual([
      {
        code: 'guide_overlap',
        severity: 'warning',
        params: { guide: '张导', code: 'TD-B', tripId: b, from: '2026-12-08', to: '2026-12-12' },
        target: { section: 'guides', id: asA },
      },
    ])
    expect((await checks(b)).map((w) => w.params.code)).toEqual([(await getTrip(h, a)).code, 'TD-C'])
    // a cancelled trip keeps nobody busy
    await h.must('trips.setStatus', { id: b, version: 1, status: 'cancelled' })
    expect(await checks(a)).toEqual([])
    expect(await codes(b)).toEqual([])
  })

  it('guide_licence: the 导游证 expires before the return date, until renewed', async () => {
    const guide = { name: '李导', licenceNo: 'D-1', licenceExpiry: '2026-12-05' }
    const g = (await h.must('guides.create', guide)).id
    const trip = await createTrip(h)
    const a = (await h.must('trips.assignGuide', { tripId: trip, guideId: g, role: 'local_guide' })).id
    expect(await checks(trip)).toMatchObject([
      {
        code: 'guide_licence',
        params: { guide: '李导', expiry: '2026-12-05' },
        target: { section: 'guides', id: a },
      },
    ])
    await h.must('guides.update', { ...guide, id: g, version: 1, licenceExpiry: '2029-12-05' })
    expect(await checks(trip)).toEqual([])
  })
})

describe('the group', () => {
  it('duplicate_participant: the same customer twice; removing the second clears it', async () => {
    const trip = await createTrip(h)
    const c = await withDocs('王芳', [idCard(2)])
    await add(trip, [c])
    expect(await checks(trip)).toEqual([])
    const [again] = await add(trip, [c])
    expect(await checks(trip)).toMatchObject([
      { code: 'duplicate_participant', params: { name: '王芳' }, target: { id: again, customerId: c } },
    ])
    await h.must('trips.removeParticipant', { id: again })
    expect(await checks(trip)).toEqual([])
  })

  it('over_capacity: more people than places', async () => {
    const trip = await createTrip(h, { capacity: 2 })
    const ids = [await withDocs('甲', [idCard(3)]), await withDocs('乙', [idCard(4)])]
    await add(trip, ids)
    expect(await checks(trip)).toEqual([])
    await add(trip, [await withDocs('丙', [idCard(5)])])
    expect(await checks(trip)).toEqual([
      {
        code: 'over_capacity',
        severity: 'error',
        params: { count: 3, capacity: 2 },
        target: { section: 'overview' },
      },
    ])
  })

  it('under_minimum: too few people as departure nears, not for a later or cancelled trip', async () => {
    const soon = await createTrip(h, { minSize: 10 }) // departs in 8 days
    const later = await createTrip(h, { minSize: 10, departDate: '2027-01-10', returnDate: '2027-01-12' })
    const c = await withDocs('甲', [idCard(6)])
    await add(soon, [c])
    await add(later, [c])
    expect(await checks(soon)).toMatchObject([
      { code: 'under_minimum', params: { count: 1, minSize: 10, days: 8 }, target: { section: 'overview' } },
    ])
    expect(await checks(later)).toEqual([])
    h.clock.now = new Date('2026-12-28T02:00:00.000Z')
    expect(await codes(later)).toEqual(['under_minimum'])
    await h.must('trips.setStatus', { id: soon, version: 1, status: 'cancelled' })
    h.clock.now = new Date('2026-11-26T02:00:00.000Z')
    expect(await checks(soon)).toEqual([])
    const t = await getTrip(h, later)
    await h.must('trips.update', tripForm(t, { minSize: 1 }))
    h.clock.now = new Date('2026-12-28T02:00:00.000Z')
    expect(await checks(later)).toEqual([])
  })

  it('minor_without_guardian: a child with no related adult on the trip, until a parent joins', async () => {
    const trip = await createTrip(h)
    const kid = await withDocs('小明', [idCard(7)], { birth: { calendar: 'solar', date: '2015-06-01' } })
    const mum = await withDocs('李娜', [idCard(8)], { birth: { calendar: 'solar', date: '1985-06-01' } })
    const stranger = await withDocs('路人', [idCard(9)], { birth: { calendar: 'solar', date: '1970-01-01' } })
    await h.must('customers.addRelation', { customerId: kid, otherId: mum, kind: 'parent' })
    const [pk] = await add(trip, [kid, stranger])
    expect(await checks(trip)).toEqual([
      {
        code: 'minor_without_guardian',
        severity: 'warning',
        params: { name: '小明', age: 11 },
        target: { section: 'participants', id: pk, customerId: kid },
      },
    ])
    await add(trip, [mum])
    expect(await checks(trip)).toEqual([])
  })

  it('roommate_mismatch: A rooms with B but B not with A', async () => {
    const trip = await createTrip(h)
    const [a, b] = await add(trip, [await withDocs('甲', [idCard(10)]), await withDocs('乙', [idCard(11)])])
    await h.must('trips.updateParticipant', { id: a, version: 1, roomNo: '808', roommateId: b })
    expect(await checks(trip)).toMatchObject([
      {
        code: 'roommate_mismatch',
        params: { name: '甲', roommate: '乙' },
        target: { section: 'participants', id: a },
      },
    ])
    await h.must('trips.updateParticipant', { id: b, version: 1, roomNo: '808', roommateId: a })
    expect(await checks(trip)).toEqual([])
  })
})

describe('speed', () => {
  it('all checks of a 50-person trip come from a handful of queries, well within a keystroke', async () => {
    const trip = await createTrip(h, { kind: 'outbound', destination: '东京', capacity: 40, minSize: 20 })
    const g = (await h.must('guides.create', { name: '张导', licenceExpiry: '2026-12-01' })).id
    await h.must('trips.assignGuide', { tripId: trip, guideId: g, role: 'tour_leader' })
    for (let i = 0; i < 5; i++) {
      const other = await createTrip(h, { departDate: `2026-12-0${i + 4}`, returnDate: '2026-12-10' })
      await h.must('trips.assignGuide', { tripId: other, guideId: g, role: 'local_guide' })
    }
    const people: number[] = []
    for (let i = 0; i < 50; i++) {
      people.push(
        await withDocs(
          `旅客${i}`,
          [
            {
              kind: 'passport',
              number: `E${String(10000000 + i)}`,
              expiryDate: i % 3 ? '2030-01-01' : '2027-01-01',
            },
          ],
          {
            birth:
              i % 5
                ? { calendar: 'solar', date: '1980-05-05' }
                : { calendar: 'lunar', year: 2012, month: 3, day: 3, leap: false },
          },
        ),
      )
    }
    await add(trip, people)
    const first = await checks(trip)
    expect(new Set(first.map((w) => w.code))).toEqual(
      new Set([
        'over_capacity',
        'passport_validity',
        'minor_without_guardian',
        'guide_overlap',
        'guide_licence',
      ]),
    )
    const times: number[] = []
    for (let i = 0; i < 15; i++) {
      const t0 = performance.now()
      await checks(trip)
      times.push(performance.now() - t0)
    }
    times.sort((a, b) => a - b)
    // the bench holds the 20 ms target; here a generous bound keeps a busy CI machine from flaking
    expect(times[7]).toBeLessThan(60)
  })
})
