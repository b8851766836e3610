import { sql } from 'kysely'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { harness } from './harness'
import type { Harness } from './harness'
import { auditRows, dbFingerprint } from './fixtures'
import { count, createTrip, customer, getTrip, tripForm, tripInput, watchChanges } from './trips-fixtures'
import type { TripRow } from '../../src/shared/trips/trip.types'
import type { Page } from '../../src/shared/common/schemas'

let h: Harness
beforeEach(async () => {
  h = await harness()
})
afterEach(async () => {
  await h.close()
})

describe('团号', () => {
  it('is generated from the default pattern, counting up per departure date', async () => {
    const a = await createTrip(h)
    const b = await createTrip(h, { code: '' })
    const c = await createTrip(h, { departDate: '2026-12-04', returnDate: '2026-12-05' })
    expect([(await getTrip(h, a)).code, (await getTrip(h, b)).code, (await getTrip(h, c)).code]).toEqual([
      'TD-20261203-01',
      'TD-20261203-02',
      'TD-20261204-01',
    ])
    expect(await h.must('trips.suggestCode', { departDate: '2026-12-03' })).toEqual({
      code: 'TD-20261203-03',
    })
  })

  it('continues above a code typed by hand and never hands out a code still in use', async () => {
    await createTrip(h, { code: 'td-20261203-07' })
    const next = await createTrip(h)
    expect((await getTrip(h, next)).code).toBe('TD-20261203-08')
  })

  it('a typed code is stored upper-case; one that exists is refused on the code field, nothing saved', async () => {
    const id = await createTrip(h, { code: 'yn-001' })
    expect((await getTrip(h, id)).code).toBe('YN-001')
    const before = await dbFingerprint(h.app.db)
    expect(await h.call('trips.create', tripInput({ code: 'YN-001' }))).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', fields: { code: { key: 'errors.tripCodeTaken' } } },
    })
    expect(await dbFingerprint(h.app.db)).toBe(before)
    const other = await createTrip(h)
    const t = await getTrip(h, other)
    expect(await h.call('trips.update', tripForm(t, { code: 'YN-001' }))).toMatchObject({
      ok: false,
      error: { fields: { code: { key: 'errors.tripCodeTaken' } } },
    })
    // saving a trip with its own code, or with the code emptied, keeps it
    await h.must('trips.update', tripForm(t, { code: null }))
    expect((await getTrip(h, other)).code).toBe(t.code)
  })

  it('follows the pattern an administrator sets in the settings, which must have one counter', async () => {
    expect(await h.must('settings.get', {})).toMatchObject({ tripCodePattern: 'TD-{YYYY}{MM}{DD}-{NN}' })
    const base = { agencyName: '山水国旅', version: 1 }
    expect(await h.call('settings.update', { ...base, tripCodePattern: 'SH-{YY}{MM}' })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', fields: { tripCodePattern: { key: 'errors.tripCodePattern' } } },
    })
    expect(
      await h.must('settings.update', { ...base, tripCodePattern: 'sh{YY}{MM}{DD}-{NNN}' }),
    ).toMatchObject({
      tripCodePattern: 'sh{YY}{MM}{DD}-{NNN}',
      version: 2,
    })
    const id = await createTrip(h)
    expect((await getTrip(h, id)).code).toBe('SH261203-001')
    // a form that does not show the pattern leaves it as it is
    await h.must('settings.update', { ...base, version: 2 })
    expect(await h.must('settings.get', {})).toMatchObject({ tripCodePattern: 'sh{YY}{MM}{DD}-{NNN}' })
    const fd = await h.signedIn('frontdesk')
    expect(await h.call('settings.update', { ...base, tripCodePattern: 'X-{NN}' }, fd)).toMatchObject({
      error: { code: 'FORBIDDEN' },
    })
  })
})

describe('create and get', () => {
  it('stores the trip with prices in fen and shows it back with its days and first history entry', async () => {
    const id = await createTrip(h, {
      type: 'custom',
      meetingPoint: '首都机场T3',
      meetingTime: '07:30',
      minSize: 10,
      capacity: 30,
      prices: { adult: 3999.5, childBed: 2999, childNoBed: 1999.99, infant: null, singleSupplement: 800 },
      notes: '含往返机票',
    })
    const t = await getTrip(h, id)
    expect(t).toMatchObject({
      version: 1,
      status: 'inquiry',
      suggestedStatus: null,
      type: 'custom',
      meetingTime: '07:30',
      prices: { adult: 3999.5, childBed: 2999, childNoBed: 1999.99, infant: null, singleSupplement: 800 },
      participants: [],
      guides: [],
      bookings: [],
      history: [{ from: null, to: 'inquiry', staff: { name: '管理员' } }],
    })
    expect(t.days.map((d) => [d.dayNo, d.date])).toEqual([
      [1, '2026-12-03'],
      [2, '2026-12-04'],
      [3, '2026-12-05'],
      [4, '2026-12-06'],
      [5, '2026-12-07'],
      [6, '2026-12-08'],
    ])
    const raw = await sql<{
      a: number
      c: number
    }>`SELECT price_adult AS a, price_child_no_bed AS c FROM trips`.execute(h.app.db)
    expect(raw.rows[0]).toEqual({ a: 399950, c: 199999 })
  })

  it('refuses bad input at the API with field messages, saving nothing', async () => {
    const before = await dbFingerprint(h.app.db)
    const cases: [Record<string, unknown>, string, string][] = [
      [{ returnDate: '2026-12-01' }, 'returnDate', 'errors.returnBeforeDepart'],
      [{ returnDate: '2027-06-01' }, 'returnDate', 'errors.tripTooLong'],
      [{ minSize: 40, capacity: 30 }, 'minSize', 'errors.minAboveCapacity'],
      [{ prices: { adult: 10.001 } }, 'prices.adult', 'errors.money'],
      [{ meetingTime: '25:00' }, 'meetingTime', 'errors.time'],
      [{ code: '团号1' }, 'code', 'errors.tripCode'],
      [{ departDate: '2026-02-30' }, 'departDate', 'errors.date'],
    ]
    for (const [over, field, key] of cases) {
      const r = await h.call('trips.create', tripInput(over))
      expect(r, JSON.stringify(over)).toMatchObject({ ok: false, error: { code: 'VALIDATION' } })
      if (!r.ok) expect(r.error.fields?.[field], field).toMatchObject({ key })
    }
    expect(await dbFingerprint(h.app.db)).toBe(before)
  })

  it('answers NOT_FOUND for a trip that does not exist', async () => {
    expect(await h.call('trips.get', { id: 404 })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
    expect(await h.call('trips.checks', { id: 404 })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    })
  })

  it('broadcasts data.changed for the trip', async () => {
    const seen = watchChanges(h)
    const id = await createTrip(h)
    expect(seen).toContainEqual({ entity: 'trip', id })
  })
})

describe('update', () => {
  it('saves, bumps the version, audits changed field names only; a stale form is refused', async () => {
    const id = await createTrip(h)
    const t = await getTrip(h, id)
    expect(await h.must('trips.update', tripForm(t, { routeName: '云南七日游', capacity: 20 }))).toEqual({
      version: 2,
    })
    expect(await h.call('trips.update', tripForm(t, { notes: '旧表单' }))).toMatchObject({
      ok: false,
      error: { code: 'STALE' },
    })
    const audit = (await auditRows(h.app.db)).filter((r) => r.entity === 'trip' && r.entity_id === id)
    expect(audit.map((r) => [r.action, JSON.parse(r.fields)])).toEqual([
      ['create', ['code', 'routeName', 'destination', 'kind', 'type', 'departDate', 'returnDate']],
      ['update', ['routeName', 'capacity']],
    ])
    expect(JSON.stringify(audit)).not.toContain('云南七日游')
  })
})

describe('status', () => {
  it('moves along the pipeline, recording who and when in the history and the audit log', async () => {
    const id = await createTrip(h)
    let version = 1
    for (const status of ['quoted', 'confirmed', 'departed', 'returned', 'closed']) {
      h.clock.now = new Date(h.clock.now.getTime() + 3600_000)
      version = (await h.must('trips.setStatus', { id, version, status })).version
    }
    const t = await getTrip(h, id)
    expect(t.status).toBe('closed')
    expect(t.history.map((c) => [c.from, c.to])).toEqual([
      ['returned', 'closed'],
      ['departed', 'returned'],
      ['confirmed', 'departed'],
      ['quoted', 'confirmed'],
      ['inquiry', 'quoted'],
      [null, 'inquiry'],
    ])
    expect(t.history[0]).toMatchObject({ at: '2026-11-25T07:00:00.000Z', staff: { name: '管理员' } })
    const audit = (await auditRows(h.app.db)).filter((r) => r.action === 'status')
    expect(audit).toHaveLength(5)
    expect(audit.every((r) => r.entity === 'trip' && r.entity_id === id && r.fields === '["status"]')).toBe(
      true,
    )
  })

  it('refuses a move the pipeline does not allow, on the status field, changing nothing', async () => {
    const id = await createTrip(h)
    const before = await dbFingerprint(h.app.db)
    for (const status of ['departed', 'returned', 'closed', 'inquiry']) {
      expect(await h.call('trips.setStatus', { id, version: 1, status }), status).toMatchObject({
        ok: false,
        error: {
          code: 'VALIDATION',
          fields: { status: { key: 'errors.statusMove', params: { from: 'inquiry', to: status } } },
        },
      })
    }
    expect(await dbFingerprint(h.app.db)).toBe(before)
    await h.must('trips.setStatus', { id, version: 1, status: 'cancelled' })
    expect(await h.call('trips.setStatus', { id, version: 2, status: 'confirmed' })).toMatchObject({
      error: { fields: { status: { key: 'errors.statusMove' } } },
    })
    expect(await h.must('trips.setStatus', { id, version: 2, status: 'inquiry' })).toEqual({ version: 3 })
  })

  it('refuses a status change from a stale page', async () => {
    const id = await createTrip(h)
    await h.must('trips.setStatus', { id, version: 1, status: 'quoted' })
    expect(await h.call('trips.setStatus', { id, version: 1, status: 'confirmed' })).toMatchObject({
      error: { code: 'STALE' },
    })
  })

  it('suggests departed and returned from the calendar, never applying them', async () => {
    const id = await createTrip(h)
    await h.must('trips.setStatus', { id, version: 1, status: 'confirmed' })
    expect((await getTrip(h, id)).suggestedStatus).toBeNull()
    h.clock.now = new Date('2026-12-04T02:00:00.000Z')
    const t = await getTrip(h, id)
    expect([t.status, t.suggestedStatus]).toEqual(['confirmed', 'departed'])
    const list = await h.must<Page<TripRow>>('trips.search', {})
    expect(list.rows[0]).toMatchObject({ status: 'confirmed', suggestedStatus: 'departed' })
    await h.must('trips.setStatus', { id, version: 2, status: 'departed' })
    h.clock.now = new Date('2026-12-09T02:00:00.000Z')
    expect(await getTrip(h, id)).toMatchObject({ status: 'departed', suggestedStatus: 'returned' })
  })
})

describe('remove', () => {
  it('is for administrators only, and takes the itinerary, participants and assignments with it', async () => {
    const id = await createTrip(h)
    const c = await customer(h, '王芳')
    await h.must('trips.addItem', { tripId: id, dayNo: 1, item: { kind: 'sight', title: '石林' } })
    await h.must('trips.setDayTitle', { tripId: id, dayNo: 1, version: 0, title: '抵达昆明' })
    await h.must('trips.addParticipants', { tripId: id, customerIds: [c] })
    const g = (await h.must('guides.create', { name: '张导' })).id
    const s = (await h.must('suppliers.create', { kind: 'hotel', name: '翠湖宾馆' })).id
    await h.must('trips.assignGuide', { tripId: id, guideId: g, role: 'local_guide' })
    await h.must('trips.addBooking', { tripId: id, supplierId: s })

    for (const role of ['frontdesk', 'manager'] as const) {
      expect(await h.call('trips.remove', { id }, await h.signedIn(role))).toMatchObject({
        error: { code: 'FORBIDDEN' },
      })
    }
    await h.must('trips.remove', { id })
    expect(await h.call('trips.get', { id })).toMatchObject({ error: { code: 'NOT_FOUND' } })
    for (const t of ['trip_items', 'trip_days', 'trip_participants', 'trip_guides', 'trip_bookings']) {
      expect(await count(h, t), t).toBe(0)
    }
    expect(await count(h, 'trip_status_history')).toBe(0)
    // the customer, guide and supplier stay
    expect(await count(h, 'customers')).toBe(1)
    expect((await h.must('guides.get', { id: g })).trips).toEqual([])
    const del = (await auditRows(h.app.db)).at(-1)!
    expect([del.action, del.entity, del.entity_id]).toEqual(['delete', 'trip', id])
    expect(await h.call('trips.remove', { id })).toMatchObject({ error: { code: 'NOT_FOUND' } })
  })

  it('a customer on a trip that has not ended is not deleted from under it; taken off first, they can be', async () => {
    const id = await createTrip(h)
    const c = await customer(h, '王芳')
    await h.must('trips.addParticipants', { tripId: id, customerIds: [c] })
    expect(await h.call('customers.remove', { id: c })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT' },
    })
    const [p] = (await getTrip(h, id)).participants
    expect(p.customer?.id).toBe(c)
    await h.must('trips.removeParticipant', { id: p.id })
    await h.must('customers.remove', { id: c })
    expect((await getTrip(h, id)).participants).toEqual([])
  })
})
