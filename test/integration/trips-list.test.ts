import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { harness } from './harness'
import type { Harness } from './harness'
import { createTrip, customer } from './trips-fixtures'
import type { TripRow } from '../../src/shared/trips/trip.types'
import type { Page } from '../../src/shared/common/schemas'

let h: Harness
beforeEach(async () => {
  h = await harness()
})
afterEach(async () => {
  await h.close()
})

describe('list, calendar and travel history', () => {
  async function seed() {
    const g = (await h.must('guides.create', { name: '张伟' })).id
    const a = await createTrip(h, { routeName: '云南六日游', destination: '昆明' })
    const b = await createTrip(h, {
      routeName: '日本本州七日',
      destination: '东京 大阪',
      kind: 'outbound',
      departDate: '2026-12-20',
      returnDate: '2026-12-26',
    })
    const c = await createTrip(h, {
      code: 'HK-2027-01',
      routeName: '港澳五日',
      destination: '香港 澳门',
      kind: 'hmt',
      departDate: '2027-01-10',
      returnDate: '2027-01-14',
    })
    const x = await customer(h, '李雷')
    const y = await customer(h, '韩梅梅')
    await h.must('trips.addParticipants', { tripId: a, customerIds: [x, y] })
    await h.must('trips.addParticipants', { tripId: c, customerIds: [x] })
    await h.must('trips.assignGuide', { tripId: b, guideId: g, role: 'tour_leader' })
    await h.must('trips.setStatus', { id: b, version: 1, status: 'confirmed' })
    return { a, b, c, g, x }
  }
  const ids = async (input: Record<string, unknown>) =>
    (await h.must<Page<TripRow>>('trips.search', input)).rows.map((r) => r.id)

  it('pages server-side, newest departure first, with participant counts and guide names', async () => {
    const { a, b, c } = await seed()
    const page = await h.must<Page<TripRow>>('trips.search', { pageSize: 2 })
    expect(page.total).toBe(3)
    expect(page.rows.map((r) => r.id)).toEqual([c, b])
    expect(page.rows[1]).toMatchObject({ participants: 0, guides: ['张伟'], status: 'confirmed' })
    const next = await h.must<Page<TripRow>>('trips.search', { pageSize: 2, page: 1 })
    expect(next.rows).toMatchObject([{ id: a, participants: 2, guides: [] }])
    expect(await ids({ page: 5 })).toEqual([])
  })

  it('filters by status, kind, guide and dates (trips overlapping the range), and searches code, route and destination', async () => {
    const { a, b, c, g } = await seed()
    expect(await ids({ statuses: ['confirmed'] })).toEqual([b])
    expect(await ids({ statuses: ['inquiry', 'confirmed'], dir: 'asc' })).toEqual([a, b, c])
    expect(await ids({ kind: 'hmt' })).toEqual([c])
    expect(await ids({ guideId: g })).toEqual([b])
    expect(await ids({ from: '2026-12-08', to: '2026-12-20' })).toEqual([b, a])
    expect(await ids({ from: '2026-12-09', to: '2026-12-19' })).toEqual([])
    expect(await ids({ q: 'hk-2027' })).toEqual([c])
    expect(await ids({ q: '本州' })).toEqual([b])
    expect(await ids({ q: '大阪' })).toEqual([b])
    expect(await ids({ q: '20261203' })).toEqual([a])
    expect(await ids({ q: '%' })).toEqual([])
    expect(await ids({ q: '_' })).toEqual([])
  })

  it('sorts by code and by pipeline status', async () => {
    const { a, b, c } = await seed()
    expect(await ids({ sort: 'code', dir: 'asc' })).toEqual([c, a, b])
    expect(await ids({ sort: 'status', dir: 'desc' })).toEqual([b, c, a])
  })

  it('the calendar shows trips departing or returning in the range', async () => {
    const { a, b } = await seed()
    const cal = await h.must<TripRow[]>('trips.calendar', { from: '2026-12-01', to: '2026-12-31' })
    expect(cal.map((r) => r.id)).toEqual([a, b])
    // departs before and returns after: neither event is in the range
    expect(await h.must('trips.calendar', { from: '2026-12-21', to: '2026-12-25' })).toEqual([])
    expect(
      (await h.must<TripRow[]>('trips.calendar', { from: '2026-12-26', to: '2026-12-31' })).map((r) => r.id),
    ).toEqual([b])
  })

  it('lists a customer’s trips newest first', async () => {
    const { a, c, x } = await seed()
    expect(await h.must('trips.ofCustomer', { customerId: x })).toMatchObject([
      { id: c, code: 'HK-2027-01', status: 'inquiry', departDate: '2027-01-10', returnDate: '2027-01-14' },
      { id: a, routeName: '云南六日游' },
    ])
    expect(await h.call('trips.ofCustomer', { customerId: 999 })).toMatchObject({
      error: { code: 'NOT_FOUND' },
    })
  })
})

describe('paging', () => {
  it('gives the same order page by page whether it walks the index (many matches) or sorts (few)', async () => {
    const made: { id: number; departDate: string; kind: string }[] = []
    for (let i = 0; i < 24; i++) {
      const departDate = `2027-0${1 + (i % 6)}-${String(10 + (i % 3)).padStart(2, '0')}`
      const kind = i % 4 === 0 ? 'outbound' : 'domestic'
      made.push({ id: await createTrip(h, { departDate, returnDate: departDate, kind }), departDate, kind })
    }
    const expected = (kind: string, dir: 'asc' | 'desc') =>
      made
        .filter((t) => t.kind === kind)
        .sort((a, b) => (a.departDate.localeCompare(b.departDate) || a.id - b.id) * (dir === 'asc' ? 1 : -1))
        .map((t) => t.id)
    for (const kind of ['domestic', 'outbound']) {
      for (const dir of ['asc', 'desc'] as const) {
        const seen: number[] = []
        for (let page = 0; page < 10; page++) {
          const r = await h.must<Page<TripRow>>('trips.search', { kind, dir, page, pageSize: 4 })
          expect(r.total).toBe(expected(kind, dir).length)
          seen.push(...r.rows.map((x) => x.id))
        }
        expect(seen, `${kind} ${dir}`).toEqual(expected(kind, dir))
      }
    }
  })
})
