import { sql } from 'kysely'
import type { Harness } from './harness'
import { createCustomer } from './fixtures'
import type { Session } from '../../src/main/app'
import type { TripDetail } from '../../src/shared/trips/trip.types'
import type { EventMap } from '../../src/shared/api/events'

/** A valid trip form: a six-day domestic group departing a week after the harness's today (2026-11-25). */
export function tripInput(over: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    routeName: '云南六日游',
    destination: '昆明 大理',
    kind: 'domestic',
    departDate: '2026-12-03',
    returnDate: '2026-12-08',
    ...over,
  }
}

export async function createTrip(
  h: Harness,
  over: Record<string, unknown> = {},
  s?: Session,
): Promise<number> {
  return (await h.must<{ id: number }>('trips.create', tripInput(over), s)).id
}

export async function getTrip(h: Harness, id: number): Promise<TripDetail> {
  return h.must<TripDetail>('trips.get', { id })
}

/** What the overview form sends back when saved (the renderer's mapping of TripDetail). */
export function tripForm(t: TripDetail, over: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    id: t.id,
    version: t.version,
    code: t.code,
    routeName: t.routeName,
    destination: t.destination,
    kind: t.kind,
    type: t.type,
    departDate: t.departDate,
    returnDate: t.returnDate,
    meetingPoint: t.meetingPoint,
    meetingTime: t.meetingTime,
    minSize: t.minSize,
    capacity: t.capacity,
    prices: t.prices,
    notes: t.notes,
    ...over,
  }
}

export async function addItem(h: Harness, tripId: number, dayNo: number, title: string, extra = {}) {
  return (
    await h.must<{ id: number }>('trips.addItem', { tripId, dayNo, item: { kind: 'sight', title, ...extra } })
  ).id
}

/** Titles per day, as [dayNo, [titles…]] for days that have items. */
export async function itinerary(h: Harness, tripId: number): Promise<[number, string[]][]> {
  const t = await getTrip(h, tripId)
  for (const d of t.days) {
    // positions must stay dense 0..n-1 whatever happened
    d.items.forEach((it, i) => {
      if (it.position !== i) throw new Error(`day ${d.dayNo}: position ${it.position} at index ${i}`)
    })
  }
  return t.days.filter((d) => d.items.length).map((d) => [d.dayNo, d.items.map((i) => i.title)])
}

/** A customer with a 身份证 (no expiry) so domestic trips raise no document warning. */
export async function customer(
  h: Harness,
  name: string,
  extra: Record<string, unknown> = {},
): Promise<number> {
  return createCustomer(h, { name, ...extra })
}

export async function count(h: Harness, table: string, where = '1 = 1'): Promise<number> {
  const r = await sql<{
    n: number
  }>`SELECT count(*) AS n FROM ${sql.table(table)} WHERE ${sql.raw(where)}`.execute(h.app.db)
  return Number(r.rows[0].n)
}

/** Collects data.changed events broadcast to a listening window. */
export function watchChanges(h: Harness): EventMap['data.changed'][] {
  const seen: EventMap['data.changed'][] = []
  const listener = h.app.newSession()
  h.app.events.subscribe(listener, (event, payload) => {
    if (event === 'data.changed') seen.push(payload as EventMap['data.changed'])
  })
  return seen
}
