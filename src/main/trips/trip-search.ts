import type { TripRowDb } from '../db/schema'
import { sqlFor } from '../db/store-sql'
import type { Page } from '../../shared/common/schemas'
import type { TripRef, TripRow } from '../../shared/trips/trip.types'
import type { tripSearchSchema } from '../../shared/trips/trips.api'
import { suggestedStatus } from '../../shared/trips/status'
import type { Dbx } from './trips.repo'
import { dayDate, likeCondition, likePattern, tripBasics, tripRef } from './trips.repo'
import { MAX_TRIP_SPAN } from '../../shared/trips/trip.schema'

type TripSearch = ReturnType<typeof tripSearchSchema.parse>

/** Calendar ranges are a month view (or a year at most): more is a caller's mistake, not a request. */
export const CALENDAR_LIMIT = 2000

const order = {
  departDate: ['t.depart_date', 't.id'],
  code: ['t.code', 't.id'],
  status: ['t.status_rank', 't.depart_date', 't.id'],
} as const

function filtered(db: Dbx, s: TripSearch) {
  let q = db.selectFrom('trips as t')
  if (s.statuses.length) q = q.where('t.status', 'in', s.statuses)
  if (s.kind) q = q.where('t.kind', '=', s.kind)
  if (s.guideId) {
    const guideId = s.guideId
    q = q.where('t.id', 'in', (eb) =>
      eb.selectFrom('trip_guides').select('trip_id').where('guide_id', '=', guideId),
    )
  }
  // trips overlapping [from, to]; no trip is longer than MAX_TRIP_SPAN days (refused at the API), so
  // the redundant lower bound on the departure keeps the departure index's range short
  if (s.from) {
    q = q
      .where('t.return_date', '>=', s.from)
      .where('t.depart_date', '>=', dayDate(s.from, 1 - MAX_TRIP_SPAN))
  }
  if (s.to) q = q.where('t.depart_date', '<=', s.to)
  const match = likeCondition('t.search_text', s.q)
  if (match) q = q.where(match)
  return q
}

function hasFilter(s: TripSearch): boolean {
  return !!(s.statuses.length || s.kind || s.guideId || s.from || s.to || likePattern(s.q))
}

/** List rows for trips already read: participant counts and guide names in two queries, not per row. */
export async function tripRows(db: Dbx, trips: TripRowDb[], today: string): Promise<TripRow[]> {
  const ids = trips.map((t) => t.id)
  const counts = new Map<number, number>()
  const guides = new Map<number, string[]>()
  if (ids.length) {
    const [c, g] = await Promise.all([
      db
        .selectFrom('trip_participants')
        .select(['trip_id', (eb) => eb.fn.countAll<number>().as('n')])
        .where('trip_id', 'in', ids)
        .groupBy('trip_id')
        .execute(),
      db
        .selectFrom('trip_guides as a')
        .innerJoin('guides as g', 'g.id', 'a.guide_id')
        .select(['a.trip_id', 'g.name'])
        .where('a.trip_id', 'in', ids)
        .orderBy('a.id')
        .execute(),
    ])
    for (const r of c) counts.set(r.trip_id, Number(r.n))
    for (const r of g) {
      const names = guides.get(r.trip_id) ?? []
      if (!names.includes(r.name)) names.push(r.name)
      guides.set(r.trip_id, names)
    }
  }
  return trips.map((t) => {
    const basics = tripBasics(t)
    return {
      id: t.id,
      code: t.code,
      routeName: t.route_name,
      destination: t.destination,
      ...basics,
      departDate: t.depart_date,
      returnDate: t.return_date,
      participants: counts.get(t.id) ?? 0,
      capacity: t.capacity,
      minSize: t.min_size,
      guides: guides.get(t.id) ?? [],
      suggestedStatus: suggestedStatus(
        { status: basics.status, departDate: t.depart_date, returnDate: t.return_date },
        today,
      ),
    }
  })
}

/**
 * Server-side paged trip list: the renderer never holds more than one page.
 *
 * The total is counted first (from an index for each filter) and decides how the page is read, as in the
 * customer search: many matches are found by walking the sort column's index until the page is full; few
 * are fetched and sorted — walking the index to find a handful of old trips would read nearly every row.
 */
export async function searchTrips(db: Dbx, s: TripSearch, today: string): Promise<Page<TripRow>> {
  return db.connection().execute(async (cx) => {
    // one connection for the whole read, so the total and the page agree
    const count = async (q: ReturnType<typeof filtered>) =>
      Number((await q.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n)
    const total = await count(filtered(cx, s))
    const offset = s.page * s.pageSize
    if (total <= offset) return { total, rows: [] }
    const end = offset + s.pageSize
    const walk =
      !hasFilter(s) || (total > end && total * total > end * (await count(cx.selectFrom('trips as t'))))
    const [first, ...rest] = order[s.sort]
    let q = filtered(cx, s)
      .selectAll('t')
      .orderBy(walk ? first : sqlFor(cx).sortedNotWalked(first), s.dir)
    for (const col of rest) q = q.orderBy(col, s.dir)
    const page = await q.limit(s.pageSize).offset(offset).execute()
    return { total, rows: await tripRows(cx, page, today) }
  })
}

/** Trips departing or returning within [from, to], for the month calendar. */
export async function calendarTrips(db: Dbx, from: string, to: string, today: string): Promise<TripRow[]> {
  const trips = await db
    .selectFrom('trips as t')
    .selectAll('t')
    .where((eb) =>
      eb.or([
        eb.and([eb('t.depart_date', '>=', from), eb('t.depart_date', '<=', to)]),
        eb.and([eb('t.return_date', '>=', from), eb('t.return_date', '<=', to)]),
      ]),
    )
    .orderBy('t.depart_date')
    .orderBy('t.id')
    .limit(CALENDAR_LIMIT)
    .execute()
  return tripRows(db, trips, today)
}

/** The customer's trips, newest first: their travel history. */
export async function tripsOfCustomer(db: Dbx, customerId: number): Promise<TripRef[]> {
  const rows = await db
    .selectFrom('trips as t')
    .select(['t.id', 't.code', 't.route_name', 't.depart_date', 't.return_date', 't.status'])
    .where('t.id', 'in', (eb) =>
      eb.selectFrom('trip_participants').select('trip_id').where('customer_id', '=', customerId),
    )
    .orderBy('t.depart_date', 'desc')
    .orderBy('t.id', 'desc')
    .execute()
  return rows.map(tripRef)
}
