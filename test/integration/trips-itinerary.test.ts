import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { harness } from './harness'
import type { Harness } from './harness'
import { auditRows, dbFingerprint } from './fixtures'
import { addItem, createTrip, getTrip, itinerary, tripForm } from './trips-fixtures'

let h: Harness
let trip: number
beforeEach(async () => {
  h = await harness()
  trip = await createTrip(h) // 2026-12-03 … 2026-12-08, six days
})
afterEach(async () => {
  await h.close()
})

/** A move as the trip page sends it: with the item's version as last loaded. */
async function move(id: number, dayNo: number, position: number) {
  const it = (await getTrip(h, trip)).days.flatMap((d) => d.items).find((i) => i.id === id)!
  return h.must('trips.moveItem', { id, version: it.version, dayNo, position })
}

async function fill() {
  const ids: Record<string, number> = {}
  for (const [day, title] of [
    [1, '抵达昆明'],
    [1, '翠湖公园'],
    [1, '晚餐'],
    [2, '石林'],
    [2, '九乡'],
  ] as const) {
    ids[title] = await addItem(h, trip, day, title)
  }
  return ids
}

describe('items', () => {
  it('are appended to their day in order, with every kind’s own fields', async () => {
    const s = (await h.must('suppliers.create', { kind: 'restaurant', name: '过桥米线馆' })).id
    await fill()
    await h.must('trips.addItem', {
      tripId: trip,
      dayNo: 3,
      item: {
        kind: 'shopping',
        title: '购物',
        shopName: '七彩云南',
        shopGoods: '玉石',
        shopMinutes: 90,
        time: '15:00',
      },
    })
    await h.must('trips.addItem', {
      tripId: trip,
      dayNo: 3,
      item: { kind: 'self_paid', title: '印象丽江', price: 280.5 },
    })
    await h.must('trips.addItem', {
      tripId: trip,
      dayNo: 3,
      item: { kind: 'meal', title: '午餐', supplierId: s },
    })
    expect(await itinerary(h, trip)).toEqual([
      [1, ['抵达昆明', '翠湖公园', '晚餐']],
      [2, ['石林', '九乡']],
      [3, ['购物', '印象丽江', '午餐']],
    ])
    const day3 = (await getTrip(h, trip)).days[2]
    expect(day3.date).toBe('2026-12-05')
    expect(day3.items).toMatchObject([
      {
        kind: 'shopping',
        shopName: '七彩云南',
        shopGoods: '玉石',
        shopMinutes: 90,
        time: '15:00',
        price: null,
      },
      { kind: 'self_paid', price: 280.5, shopName: null },
      { kind: 'meal', supplier: { id: s, name: '过桥米线馆' } },
    ])
  })

  it('a shopping stop needs its shop, goods and minutes, a self-paid item its price (the contract lists them)', async () => {
    expect(
      await h.call('trips.addItem', { tripId: trip, dayNo: 1, item: { kind: 'shopping', title: '购物' } }),
    ).toMatchObject({
      error: {
        code: 'VALIDATION',
        fields: {
          'item.shopName': { key: 'errors.required' },
          'item.shopGoods': { key: 'errors.required' },
          'item.shopMinutes': { key: 'errors.required' },
        },
      },
    })
    expect(
      await h.call('trips.addItem', { tripId: trip, dayNo: 1, item: { kind: 'self_paid', title: '骑马' } }),
    ).toMatchObject({ error: { fields: { 'item.price': { key: 'errors.required' } } } })
  })

  it('refuses a day beyond the trip and a supplier that does not exist', async () => {
    const before = await dbFingerprint(h.app.db)
    expect(
      await h.call('trips.addItem', { tripId: trip, dayNo: 7, item: { kind: 'sight', title: 'x' } }),
    ).toMatchObject({
      error: { code: 'VALIDATION', fields: { dayNo: { key: 'errors.dayOutOfRange', params: { days: 6 } } } },
    })
    expect(
      await h.call('trips.addItem', {
        tripId: trip,
        dayNo: 1,
        item: { kind: 'meal', title: 'x', supplierId: 99 },
      }),
    ).toMatchObject({ error: { fields: { 'item.supplierId': { key: 'errors.supplierUnknown' } } } })
    expect(await dbFingerprint(h.app.db)).toBe(before)
  })

  it('edit keeps the position and drops fields that no longer belong to the kind', async () => {
    const id = await h.must('trips.addItem', {
      tripId: trip,
      dayNo: 1,
      item: { kind: 'self_paid', title: '印象丽江', price: 280 },
    })
    await h.must('trips.updateItem', {
      id: id.id,
      version: 1,
      item: { kind: 'sight', title: '玉龙雪山', price: 280 },
    })
    expect((await getTrip(h, trip)).days[0].items[0]).toMatchObject({
      title: '玉龙雪山',
      kind: 'sight',
      price: null,
    })
    const audit = (await auditRows(h.app.db)).at(-1)!
    expect([audit.action, audit.entity, audit.entity_id, JSON.parse(audit.fields)]).toEqual([
      'updateItem',
      'trip',
      trip,
      ['kind', 'title', 'price'],
    ])
  })

  it('remove closes the gap', async () => {
    const ids = await fill()
    await h.must('trips.removeItem', { id: ids['翠湖公园'] })
    expect(await itinerary(h, trip)).toEqual([
      [1, ['抵达昆明', '晚餐']],
      [2, ['石林', '九乡']],
    ])
    expect(await h.call('trips.removeItem', { id: ids['翠湖公园'] })).toMatchObject({
      error: { code: 'NOT_FOUND' },
    })
  })
})

describe('reordering', () => {
  it('moves within a day, up and down, clamping past the end', async () => {
    const ids = await fill()
    await move(ids['晚餐'], 1, 0)
    expect((await itinerary(h, trip))[0]).toEqual([1, ['晚餐', '抵达昆明', '翠湖公园']])
    await move(ids['晚餐'], 1, 1)
    expect((await itinerary(h, trip))[0]).toEqual([1, ['抵达昆明', '晚餐', '翠湖公园']])
    await move(ids['抵达昆明'], 1, 99)
    expect((await itinerary(h, trip))[0]).toEqual([1, ['晚餐', '翠湖公园', '抵达昆明']])
  })

  it('moves across days, keeping both days dense, and to an empty day', async () => {
    const ids = await fill()
    await move(ids['翠湖公园'], 2, 1)
    expect(await itinerary(h, trip)).toEqual([
      [1, ['抵达昆明', '晚餐']],
      [2, ['石林', '翠湖公园', '九乡']],
    ])
    await move(ids['石林'], 6, 0)
    expect(await itinerary(h, trip)).toEqual([
      [1, ['抵达昆明', '晚餐']],
      [2, ['翠湖公园', '九乡']],
      [6, ['石林']],
    ])
    const version = (await getTrip(h, trip)).days[5].items[0].version
    expect(await h.call('trips.moveItem', { id: ids['石林'], version, dayNo: 7, position: 0 })).toMatchObject(
      {
        error: { fields: { dayNo: { key: 'errors.dayOutOfRange' } } },
      },
    )
  })

  it('a booking made for an item follows it to its new day', async () => {
    const ids = await fill()
    const s = (await h.must('suppliers.create', { kind: 'sight', name: '石林景区' })).id
    await h.must('trips.addBooking', { tripId: trip, supplierId: s, itemId: ids['石林'] })
    await move(ids['石林'], 4, 0)
    expect((await getTrip(h, trip)).bookings[0]).toMatchObject({ dayNo: 4, itemId: ids['石林'] })
  })

  it('copies an item to the end of another day, the original staying', async () => {
    const ids = await fill()
    const copy = (await h.must('trips.copyItem', { id: ids['晚餐'], dayNo: 2 })).id
    expect(copy).not.toBe(ids['晚餐'])
    expect(await itinerary(h, trip)).toEqual([
      [1, ['抵达昆明', '翠湖公园', '晚餐']],
      [2, ['石林', '九乡', '晚餐']],
    ])
  })

  it('day titles are set and cleared', async () => {
    await h.must('trips.setDayTitle', { tripId: trip, dayNo: 2, version: 0, title: ' 石林一日游 ' })
    expect((await getTrip(h, trip)).days.map((d) => d.title)).toEqual([
      null,
      '石林一日游',
      null,
      null,
      null,
      null,
    ])
    await h.must('trips.setDayTitle', { tripId: trip, dayNo: 2, version: 1, title: '' })
    expect((await getTrip(h, trip)).days[1].title).toBeNull()
  })

  it('every itinerary change is audited against the trip', async () => {
    const ids = await fill()
    await move(ids['九乡'], 1, 0)
    await h.must('trips.copyItem', { id: ids['九乡'], dayNo: 3 })
    await h.must('trips.setDayTitle', { tripId: trip, dayNo: 1, version: 0, title: '抵达' })
    const actions = (await auditRows(h.app.db))
      .filter((r) => r.entity === 'trip' && r.entity_id === trip)
      .map((r) => r.action)
    expect(actions).toEqual(['create', ...Array(5).fill('addItem'), 'moveItem', 'copyItem', 'dayTitle'])
  })
})

describe('changing the dates', () => {
  it('keeps items on their day numbers when the trip moves', async () => {
    await fill()
    const t = await getTrip(h, trip)
    await h.must('trips.update', tripForm(t, { departDate: '2027-03-01', returnDate: '2027-03-06' }))
    const moved = await getTrip(h, trip)
    expect(moved.days.slice(0, 2).map((d) => [d.date, d.items.map((i) => i.title)])).toEqual([
      ['2027-03-01', ['抵达昆明', '翠湖公园', '晚餐']],
      ['2027-03-02', ['石林', '九乡']],
    ])
  })

  it('asks before dropping days that hold items, and drops them (audited) once confirmed', async () => {
    await fill()
    await addItem(h, trip, 5, '丽江古城')
    await addItem(h, trip, 6, '返程')
    const t = await getTrip(h, trip)
    const shorter = tripForm(t, { returnDate: '2026-12-06' })
    const before = await dbFingerprint(h.app.db)
    expect(await h.call('trips.update', shorter)).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', msg: { key: 'errors.daysWouldDrop', params: { days: '5, 6', count: 2 } } },
    })
    expect(await dbFingerprint(h.app.db)).toBe(before)
    await h.must('trips.update', { ...shorter, dropDays: true })
    const after = await getTrip(h, trip)
    expect(after.days).toHaveLength(4)
    expect(await itinerary(h, trip)).toEqual([
      [1, ['抵达昆明', '翠湖公园', '晚餐']],
      [2, ['石林', '九乡']],
    ])
    const audit = (await auditRows(h.app.db)).slice(-2).map((r) => [r.action, JSON.parse(r.fields)])
    expect(audit).toEqual([
      ['dropDays', ['itinerary']],
      ['update', ['returnDate']],
    ])
  })

  it('a titled day counts as content; empty days go without asking', async () => {
    await h.must('trips.setDayTitle', { tripId: trip, dayNo: 6, version: 0, title: '返程' })
    const t = await getTrip(h, trip)
    expect(await h.call('trips.update', tripForm(t, { returnDate: '2026-12-07' }))).toMatchObject({
      error: { code: 'CONFLICT', msg: { params: { days: '6' } } },
    })
    expect(
      await h.call('trips.update', tripForm(t, { returnDate: '2026-12-07', departDate: '2026-12-04' })),
    ).toMatchObject({ error: { code: 'CONFLICT' } })
    await h.must('trips.setDayTitle', { tripId: trip, dayNo: 6, version: 1, title: null })
    expect(await h.must('trips.update', tripForm(t, { returnDate: '2026-12-04' }))).toEqual({ version: 2 })
  })
})
