import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { harness } from './harness'
import type { Harness } from './harness'
import { dbFingerprint } from './fixtures'
import { addItem, createTrip, getTrip, itinerary } from './trips-fixtures'
import type { Envelope } from '../../src/shared/api/envelope'

/*
 * Itinerary items and day titles under two desks: each save carries the version the clerk saw and
 * the check is part of the write, so of two saves from the same view one wins and the other is
 * STALE, whatever order the database runs them in.
 */
let h: Harness
let trip: number
beforeEach(async () => {
  h = await harness()
  trip = await createTrip(h) // 2026-12-03 … 2026-12-08, six days
})
afterEach(async () => {
  await h.close()
})

const outcome = (r: Envelope<unknown>) => (r.ok ? 'ok' : r.error.code)
const sight = (title: string) => ({ kind: 'sight', title })
const itemOf = async (id: number) =>
  (await getTrip(h, trip)).days.flatMap((d) => d.items).find((i) => i.id === id)!
const dayOf = async (dayNo: number) => (await getTrip(h, trip)).days[dayNo - 1]
const title = (dayNo: number, version: number, text: string | null) =>
  h.call('trips.setDayTitle', { tripId: trip, dayNo, version, title: text })

describe('itinerary items', () => {
  it('two racing edits of the same view: one wins, the other is STALE and leaves no trace', async () => {
    const id = await addItem(h, trip, 1, '石林')
    expect((await itemOf(id)).version).toBe(1)
    const [a, b] = await Promise.all([
      h.call('trips.updateItem', { id, version: 1, item: sight('石林 A') }),
      h.call('trips.updateItem', { id, version: 1, item: sight('石林 B') }),
    ])
    expect([outcome(a), outcome(b)].sort()).toEqual(['STALE', 'ok'])
    const winner = a.ok ? '石林 A' : '石林 B'
    expect(await itemOf(id)).toMatchObject({ title: winner, version: 2 })
    expect((a.ok ? a : b) as Envelope<unknown>).toEqual({ ok: true, value: { version: 2 } })
  })

  it('a form loaded before another desk saved is STALE, and the database is unchanged', async () => {
    const id = await addItem(h, trip, 1, '石林')
    const seen = await itemOf(id)
    await h.must('trips.updateItem', { id, version: seen.version, item: sight('石林风景区') })
    const before = await dbFingerprint(h.app.db)
    const late = await h.call('trips.updateItem', { id, version: seen.version, item: sight('九乡') })
    expect(late).toMatchObject({ ok: false, error: { code: 'STALE', msg: { key: 'errors.stale' } } })
    expect(await dbFingerprint(h.app.db)).toBe(before)
    // reloaded, the clerk's save goes through
    const fresh = await itemOf(id)
    expect(await h.must('trips.updateItem', { id, version: fresh.version, item: sight('九乡') })).toEqual({
      version: 3,
    })
  })

  it('a removed item answers NOT_FOUND, not STALE', async () => {
    const id = await addItem(h, trip, 1, '石林')
    await h.must('trips.removeItem', { id })
    expect(await h.call('trips.updateItem', { id, version: 1, item: sight('九乡') })).toMatchObject({
      error: { code: 'NOT_FOUND' },
    })
  })

  it('two racing moves of the same item: one wins, the days stay dense', async () => {
    const [a, b, c] = [
      await addItem(h, trip, 1, '抵达'),
      await addItem(h, trip, 1, '翠湖'),
      await addItem(h, trip, 2, '石林'),
    ]
    const rs = await Promise.all([
      h.call('trips.moveItem', { id: a, version: 1, dayNo: 2, position: 0 }),
      h.call('trips.moveItem', { id: a, version: 1, dayNo: 1, position: 1 }),
    ])
    expect(rs.map(outcome).sort()).toEqual(['STALE', 'ok'])
    const expected = rs[0].ok
      ? [
          [1, ['翠湖']],
          [2, ['抵达', '石林']],
        ]
      : [
          [1, ['翠湖', '抵达']],
          [2, ['石林']],
        ]
    expect(await itinerary(h, trip)).toEqual(expected)
    const days = (await getTrip(h, trip)).days
    for (const d of days) expect(d.items.map((i) => i.position)).toEqual(d.items.map((_, k) => k))
    expect((await itemOf(a)).version).toBe(2)
    expect([(await itemOf(b)).version, (await itemOf(c)).version]).toEqual([1, 1])
  })

  it('a move checks only the moved item: an edit open on a neighbour still saves', async () => {
    const a = await addItem(h, trip, 1, '抵达')
    const b = await addItem(h, trip, 1, '翠湖')
    const neighbour = await itemOf(b)
    await h.must('trips.moveItem', { id: a, version: 1, dayNo: 1, position: 1 })
    expect(await itinerary(h, trip)).toEqual([[1, ['翠湖', '抵达']]])
    await h.must('trips.updateItem', { id: b, version: neighbour.version, item: sight('翠湖公园') })
    // but a move from a view older than the item's last edit is refused
    const seen = await itemOf(a)
    await h.must('trips.updateItem', { id: a, version: seen.version, item: sight('抵达昆明') })
    const before = await dbFingerprint(h.app.db)
    expect(
      await h.call('trips.moveItem', { id: a, version: seen.version, dayNo: 1, position: 0 }),
    ).toMatchObject({ error: { code: 'STALE' } })
    expect(await dbFingerprint(h.app.db)).toBe(before)
  })

  it('a copy is a new record at version 1, the original untouched', async () => {
    const id = await addItem(h, trip, 1, '石林')
    await h.must('trips.updateItem', { id, version: 1, item: sight('石林风景区') })
    const copy = (await h.must('trips.copyItem', { id, dayNo: 2 })).id
    expect((await itemOf(copy)).version).toBe(1)
    expect((await itemOf(id)).version).toBe(2)
  })
})

describe('day titles', () => {
  it('start at version 0; each save returns the next, clearing goes back to 0', async () => {
    expect((await dayOf(2)).titleVersion).toBe(0)
    expect(await title(2, 0, '石林')).toEqual({ ok: true, value: { version: 1 } })
    expect(await dayOf(2)).toMatchObject({ title: '石林', titleVersion: 1 })
    expect(await title(2, 1, '石林一日游')).toEqual({ ok: true, value: { version: 2 } })
    expect(await title(2, 2, null)).toEqual({ ok: true, value: { version: 0 } })
    expect(await dayOf(2)).toMatchObject({ title: null, titleVersion: 0 })
  })

  it('two desks giving an untitled day its first title at once: one wins, one STALE', async () => {
    const rs = await Promise.all([title(2, 0, '石林'), title(2, 0, '九乡')])
    expect(rs.map(outcome).sort()).toEqual(['STALE', 'ok'])
    expect(await dayOf(2)).toMatchObject({ title: rs[0].ok ? '石林' : '九乡', titleVersion: 1 })
  })

  it('two racing edits of a title: one wins, the other STALE', async () => {
    await title(2, 0, '石林')
    const rs = await Promise.all([title(2, 1, '石林 A'), title(2, 1, null)])
    expect(rs.map(outcome).sort()).toEqual(['STALE', 'ok'])
    expect(await dayOf(2)).toMatchObject(
      rs[0].ok ? { title: '石林 A', titleVersion: 2 } : { title: null, titleVersion: 0 },
    )
  })

  it('a title field loaded before another desk saved is STALE, and the database is unchanged', async () => {
    await title(3, 0, '大理')
    const seen = await dayOf(3)
    await title(3, seen.titleVersion, '大理古城')
    const before = await dbFingerprint(h.app.db)
    expect(await title(3, seen.titleVersion, '洱海')).toMatchObject({ ok: false, error: { code: 'STALE' } })
    expect(await title(3, seen.titleVersion, null)).toMatchObject({ ok: false, error: { code: 'STALE' } })
    // the field was empty when loaded, and someone titled the day since: clearing it is STALE too
    expect(await title(3, 0, null)).toMatchObject({ ok: false, error: { code: 'STALE' } })
    expect(await dbFingerprint(h.app.db)).toBe(before)
    expect((await dayOf(3)).title).toBe('大理古城')
  })
})
