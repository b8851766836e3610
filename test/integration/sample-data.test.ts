import { afterEach, describe, expect, it } from 'vitest'
import { harness } from './harness'
import type { Harness } from './harness'
import { auditRows, dbFingerprint } from './fixtures'
import { addDays } from '../../src/shared/common/dates'
import { tripStatuses } from '../../src/shared/trips/trip.schema'

let h: Harness
afterEach(async () => {
  await h.close()
})

interface TripRow {
  id: number
  status: string
  departDate: string
  returnDate: string
  participants: number
}

const count = async (table: string) =>
  Number(
    (
      await h.app.db
        .selectFrom(table as 'trips')
        .select((eb) => eb.fn.countAll().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  )

describe('sample data: a whole agency to try the product on', () => {
  // a clock other than the suite's usual day: every date must follow it
  const TODAY = '2027-03-10'

  it('creates guides, suppliers, routes and a trip in every status, dated from the clock', async () => {
    h = await harness({ now: `${TODAY}T02:00:00.000Z` })
    const loaded = await h.must<{ created: number; trips: number }>('customers.loadSample', {})
    expect(loaded.trips).toBe(tripStatuses.length)

    const trips = (await h.must<{ rows: TripRow[] }>('trips.search', { pageSize: 50 })).rows
    expect(new Set(trips.map((t) => t.status))).toEqual(new Set(tripStatuses))
    const by = (s: string) => trips.find((t) => t.status === s) as TripRow
    // one departing this week, one travelling today, one just back
    expect(by('confirmed').departDate).toBe(addDays(TODAY, 4))
    expect(by('departed').departDate < TODAY && by('departed').returnDate > TODAY).toBe(true)
    expect(by('returned').returnDate).toBe(addDays(TODAY, -2))
    expect(by('closed').returnDate < TODAY && by('inquiry').departDate > TODAY).toBe(true)
    for (const t of trips) expect(t.participants, t.status).toBeGreaterThan(0)

    const guides = await h.must<{ licenceNo: string | null; licenceExpiry: string | null }[]>(
      'guides.list',
      {},
    )
    expect(guides.length).toBeGreaterThanOrEqual(3)
    for (const g of guides) expect(g.licenceNo).toMatch(/^D-\d{4}-\d{4}-\d{5}$/)
    expect(guides.map((g) => g.licenceExpiry).sort()[0]).toBe(addDays(TODAY, 45))
    const suppliers = await h.must<{ kind: string }[]>('suppliers.list', {})
    expect(new Set(suppliers.map((s) => s.kind))).toEqual(
      new Set(['ground_operator', 'hotel', 'coach', 'restaurant']),
    )
    expect((await h.must<unknown[]>('routes.list', {})).length).toBe(2)

    // rooming, money, feedback and a complaint on the trips that have them
    expect(await count('trip_rooms')).toBeGreaterThan(5)
    const travelling = await h.must<{ totals: { paidFen: number; owedFen: number } }>('payments.ofTrip', {
      tripId: by('departed').id,
    })
    expect(travelling.totals.paidFen).toBeGreaterThan(0)
    expect(travelling.totals.owedFen).toBe(0)
    const upcoming = await h.must<{ totals: { owedFen: number } }>('payments.ofTrip', {
      tripId: by('confirmed').id,
    })
    expect(upcoming.totals.owedFen).toBeGreaterThan(0)
    const sheets = await h.app.db.selectFrom('feedback_sheets').select(['trip_id', 'entered_at']).execute()
    expect(sheets.every((s) => s.trip_id === by('returned').id)).toBe(true)
    expect(sheets.filter((s) => s.entered_at !== null).length).toBe(2)
    const complaints = await h.must<{ rows: { trip: { id: number } | null }[] }>('complaints.list', {})
    expect(complaints.rows.map((c) => c.trip?.id)).toEqual([by('returned').id])

    // the trip checks run on every sample trip
    for (const t of trips) {
      const r = await h.call('trips.checks', { id: t.id })
      expect(r.ok, `${t.status}: ${JSON.stringify(r)}`).toBe(true)
    }
    // and every record is in the audit log under the staff member who loaded it
    const audit = await auditRows(h.app.db)
    for (const entity of ['customer', 'trip', 'guide', 'supplier', 'complaint'])
      expect(
        audit.some((a) => a.entity === entity && a.action === 'create'),
        entity,
      ).toBe(true)
    // a few hundred writes: on a busy PostgreSQL test cluster this takes longer than the default
  }, 240_000)

  it('is refused, with nothing written, once the office has any data of its own', async () => {
    h = await harness()
    await h.must('guides.create', { name: '本社导游' })
    const fp = await dbFingerprint(h.app.db)
    const r = await h.call('customers.loadSample', {})
    expect(r).toMatchObject({ ok: false, error: { code: 'CONFLICT', msg: { key: 'errors.sampleNotEmpty' } } })
    expect(await dbFingerprint(h.app.db)).toBe(fp)
  })
})
