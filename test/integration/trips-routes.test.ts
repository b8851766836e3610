import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { harness } from './harness'
import type { Harness } from './harness'
import { auditRows, dbFingerprint } from './fixtures'
import { addItem, createTrip, getTrip, itinerary } from './trips-fixtures'
import type { RouteTemplateView } from '../../src/shared/trips/trip.types'

let h: Harness
let trip: number
beforeEach(async () => {
  h = await harness()
  trip = await createTrip(h) // 2026-12-03 … 2026-12-08, six days
})
afterEach(async () => {
  await h.close()
})

async function fill() {
  for (const [day, title] of [
    [1, '抵达昆明'],
    [1, '翠湖公园'],
    [1, '晚餐'],
    [2, '石林'],
    [2, '九乡'],
  ] as const) {
    await addItem(h, trip, day, title)
  }
}

describe('route templates', () => {
  it('saves a trip’s itinerary as a route and starts a new trip from it on other dates', async () => {
    const s = (await h.must('suppliers.create', { kind: 'hotel', name: '翠湖宾馆' })).id
    await fill()
    await h.must('trips.addItem', {
      tripId: trip,
      dayNo: 2,
      item: { kind: 'hotel', title: '入住', supplierId: s },
    })
    await h.must('trips.setDayTitle', { tripId: trip, dayNo: 2, version: 0, title: '石林' })
    await h.must('trips.addItem', {
      tripId: trip,
      dayNo: 4,
      item: { kind: 'self_paid', title: '印象丽江', price: 280 },
    })
    const route = (await h.must('routes.saveFromTrip', { tripId: trip, name: '云南经典六日' })).id
    const r = await h.must<RouteTemplateView>('routes.get', { id: route })
    expect(r).toMatchObject({ name: '云南经典六日', destination: '昆明 大理', kind: 'domestic', dayCount: 6 })
    expect(r.days[1]).toMatchObject({
      dayNo: 2,
      title: '石林',
      items: [{ title: '石林' }, { title: '九乡' }, {}],
    })
    expect(r.days[3].items[0]).toMatchObject({ kind: 'self_paid', price: 280 })
    expect(JSON.stringify(r)).not.toContain('supplier')

    const next = await createTrip(h, {
      departDate: '2027-04-10',
      returnDate: '2027-04-16',
      fromRouteId: route,
    })
    const t = await getTrip(h, next)
    expect(t.days).toHaveLength(7)
    expect(t.days[1]).toMatchObject({ date: '2027-04-11', title: '石林' })
    expect(await itinerary(h, next)).toEqual([
      [1, ['抵达昆明', '翠湖公园', '晚餐']],
      [2, ['石林', '九乡', '入住']],
      [4, ['印象丽江']],
    ])
    expect(t.days[1].items[2].supplier).toBeNull()
    expect(t.days[3].items[0].price).toBe(280)
    const created = (await auditRows(h.app.db)).filter((a) => a.entity_id === next && a.entity === 'trip')[0]
    expect(JSON.parse(created.fields)).toContain('itinerary')
  })

  it('refuses a trip shorter than the route’s used days, and a route that does not exist', async () => {
    await fill()
    await addItem(h, trip, 4, '丽江')
    const route = (await h.must('routes.saveFromTrip', { tripId: trip, name: '云南' })).id
    const before = await dbFingerprint(h.app.db)
    expect(
      await h.call('trips.create', {
        routeName: 'x',
        destination: 'y',
        kind: 'domestic',
        departDate: '2027-01-01',
        returnDate: '2027-01-03',
        fromRouteId: route,
      }),
    ).toMatchObject({
      error: {
        code: 'VALIDATION',
        fields: { returnDate: { key: 'errors.routeLonger', params: { days: 4 } } },
      },
    })
    expect(
      await h.call('trips.create', {
        routeName: 'x',
        destination: 'y',
        kind: 'domestic',
        departDate: '2027-01-01',
        returnDate: '2027-01-03',
        fromRouteId: 999,
      }),
    ).toMatchObject({ error: { fields: { fromRouteId: { key: 'errors.routeUnknown' } } } })
    expect(await dbFingerprint(h.app.db)).toBe(before)
    // four days are enough: the route's empty days 5 and 6 are not needed
    await createTrip(h, { departDate: '2027-01-01', returnDate: '2027-01-04', fromRouteId: route })
  })

  it('lists routes by kind; a manager or administrator may remove one, the front desk not', async () => {
    const a = (await h.must('routes.saveFromTrip', { tripId: trip, name: '云南' })).id
    const other = await createTrip(h, { kind: 'outbound', destination: '东京' })
    await h.must('routes.saveFromTrip', { tripId: other, name: '日本' })
    expect((await h.must('routes.list', { kind: 'outbound' })).map((r: { name: string }) => r.name)).toEqual([
      '日本',
    ])
    expect(await h.must('routes.list', {})).toHaveLength(2)
    expect(await h.call('routes.remove', { id: a }, await h.signedIn('frontdesk'))).toMatchObject({
      error: { code: 'FORBIDDEN' },
    })
    await h.must('routes.remove', { id: a }, await h.signedIn('manager'))
    expect(await h.call('routes.get', { id: a })).toMatchObject({ error: { code: 'NOT_FOUND' } })
    const audit = (await auditRows(h.app.db)).filter((r) => r.entity === 'route').map((r) => r.action)
    expect(audit).toEqual(['create', 'create', 'delete'])
  })
})
