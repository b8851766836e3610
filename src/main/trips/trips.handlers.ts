import { AppError } from '../../shared/api/envelope'
import type { tripCalls } from '../../shared/trips/trips.api'
import type { TripStatus } from '../../shared/trips/trip.schema'
import { tripDayCount } from '../../shared/trips/trip.schema'
import { canMove } from '../../shared/trips/status'
import { tripChecks } from '../../shared/trips/checks'
import { confirmIssues } from '../../shared/trips/guardrails'
import { dayIn } from '../../shared/common/dates'
import { canSeeHealth } from '../../shared/customers/customer.schema'
import type { Handlers } from '../api/dispatcher'
import type { Ctx } from '../core/context'
import { actor, notFound, nowIso, stale } from '../core/context'
import { updateVersioned } from '../core/update-versioned'
import { onUniqueClash } from '../db/errors'
import type { TripRowDb } from '../db/schema'
import {
  auditor,
  changedKeys,
  fieldError,
  pricesOf,
  requireTrip,
  statusRank,
  tripColumns,
  tripSearchText,
} from './trips.repo'
import type { Dbx } from './trips.repo'
import { assertCodeFree, insertWithCode, nextTripCode } from './trip-code'
import { applyTemplate, daysWithContent, dropDaysAfter } from './itinerary.repo'
import type { TemplateDay } from './itinerary.repo'
import { lastUsedDay, loadRoute } from './routes.handlers'
import { loadTrip } from './trip-detail'
import { calendarTrips, searchTrips, tripsOfCustomer } from './trip-search'
import { gatherChecks } from './checks.gather'
import { fullTravellerList } from './traveller-list'

type TripHandlers = Handlers<{ trips: typeof tripCalls }>['trips']
type CoreHandlers = Pick<
  TripHandlers,
  | 'search'
  | 'calendar'
  | 'get'
  | 'checks'
  | 'suggestCode'
  | 'create'
  | 'update'
  | 'setStatus'
  | 'remove'
  | 'ofCustomer'
  | 'travellerList'
>

const guardOf = (t: TripRowDb) => ({ minSize: t.min_size, departDate: t.depart_date })

/** People on the trip (someone listed twice counts once, a deleted traveller's place still counts). */
async function countPeople(trx: Dbx, tripId: number): Promise<number> {
  const rows = await trx
    .selectFrom('trip_participants')
    .select(['id', 'customer_id'])
    .where('trip_id', '=', tripId)
    .execute()
  return new Set(rows.map((r) => r.customer_id ?? `deleted:${r.id}`)).size
}

/** The overview as the form edits it, to name the fields an update changed. */
function formOf(t: TripRowDb) {
  return {
    code: t.code,
    routeName: t.route_name,
    destination: t.destination,
    kind: t.kind,
    type: t.type,
    departDate: t.depart_date,
    returnDate: t.return_date,
    meetingPoint: t.meeting_point,
    meetingTime: t.meeting_time,
    minSize: t.min_size,
    capacity: t.capacity,
    prices: pricesOf(t),
    notes: t.notes,
  }
}

export function tripCoreHandlers(ctx: Ctx): CoreHandlers {
  const { db } = ctx
  const today = () => dayIn(ctx.clock())
  const changed = (id?: number) => ctx.events.broadcast('data.changed', { entity: 'trip', id })

  return {
    search: (input) => searchTrips(db, input, today()),
    calendar: (input) => calendarTrips(db, input.from, input.to, today()),
    get: (input, session) => loadTrip(db, input.id, today(), canSeeHealth(session.staff?.role)),
    checks: async (input) => tripChecks(await gatherChecks(db, input.id, today())),
    suggestCode: async (input) => ({ code: await nextTripCode(db, input.departDate) }),

    travellerList: (input, session) =>
      fullTravellerList(db, input.id, { staffId: actor(session).id, at: nowIso(ctx) }),

    async ofCustomer(input) {
      const c = await db
        .selectFrom('customers')
        .select('id')
        .where('id', '=', input.customerId)
        .executeTakeFirst()
      if (!c) throw notFound()
      return tripsOfCustomer(db, input.customerId)
    },

    async create(input, session) {
      const me = actor(session)
      const at = nowIso(ctx)
      const id = await db.transaction().execute(async (trx) => {
        if (input.code) await assertCodeFree(trx, input.code)
        let template: TemplateDay[] = []
        if (input.fromRouteId) {
          const route = await loadRoute(trx, input.fromRouteId)
          if (!route) throw fieldError('fromRouteId', 'errors.routeUnknown')
          // template day N becomes trip day N: a shorter trip would lose the route's last days
          const need = lastUsedDay(route.days)
          if (need > tripDayCount(input.departDate, input.returnDate)) {
            throw fieldError('returnDate', 'errors.routeLonger', { days: need })
          }
          template = route.days
        }
        const { code, row } = await insertWithCode(trx, input.code, input.departDate, (code) =>
          trx
            .insertInto('trips')
            .values({
              ...tripColumns(input),
              code,
              search_text: tripSearchText(code, input.routeName, input.destination),
              status: 'inquiry',
              status_rank: statusRank('inquiry'),
              created_at: at,
              updated_at: at,
              created_by: me.id,
              updated_by: me.id,
            })
            .returning('id')
            .executeTakeFirstOrThrow(),
        )
        await trx
          .insertInto('trip_status_history')
          .values({ trip_id: row.id, from_status: null, to_status: 'inquiry', at, staff_id: me.id })
          .execute()
        await applyTemplate(trx, row.id, template)
        const audit = auditor({ trx, at, staffId: me.id })
        const { fromRouteId: _route, ...form } = input
        const fields = Object.entries({ ...form, code })
          .filter(
            ([k, v]) => v != null && (k !== 'prices' || Object.values(input.prices).some((p) => p != null)),
          )
          .map(([k]) => k)
        if (template.length) fields.push('itinerary')
        await audit('create', 'trip', row.id, fields)
        return row.id
      })
      changed(id)
      return { id }
    },

    async update(input, session) {
      const me = actor(session)
      const at = nowIso(ctx)
      const version = await db.transaction().execute(async (trx) => {
        const cur = await requireTrip(trx, input.id)
        if (cur.version !== input.version) throw stale()
        // an emptied code keeps the trip's code: codes are generated once, at creation
        const code = input.code ?? cur.code
        if (code !== cur.code) await assertCodeFree(trx, code, cur.id)
        const audit = auditor({ trx, at, staffId: me.id })
        const keep = tripDayCount(input.departDate, input.returnDate)
        const lost = await daysWithContent(trx, cur.id, keep)
        if (lost.length && !input.dropDays) {
          throw new AppError('CONFLICT', 'errors.daysWouldDrop', {
            days: lost.join(', '),
            count: lost.length,
          })
        }
        await dropDaysAfter(trx, cur.id, keep)
        if (lost.length) await audit('dropDays', 'trip', cur.id, ['itinerary'])
        const { dropDays: _drop, id: _id, version: _v, ...form } = input
        const fields = changedKeys(formOf(cur), { ...form, code })
        const version = await onUniqueClash(
          () =>
            updateVersioned(trx, 'trips', cur.id, input.version, {
              ...tripColumns(input),
              code,
              search_text: tripSearchText(code, input.routeName, input.destination),
              updated_at: at,
              updated_by: me.id,
            }),
          () => fieldError('code', 'errors.tripCodeTaken'),
        )
        await audit('update', 'trip', cur.id, fields)
        return version
      })
      changed(input.id)
      return { version }
    },

    async setStatus(input, session) {
      const me = actor(session)
      const at = nowIso(ctx)
      const version = await db.transaction().execute(async (trx) => {
        const cur = await requireTrip(trx, input.id)
        if (cur.version !== input.version) throw stale()
        const from = cur.status as TripStatus
        if (!canMove(from, input.status)) {
          throw fieldError('status', 'errors.statusMove', { from, to: input.status })
        }
        // the guardrails: confirming a group with problems needs a reason, which the history keeps
        const checks =
          input.status === 'confirmed' ? tripChecks(await gatherChecks(trx, cur.id, today())) : []
        const people = await countPeople(trx, cur.id)
        const issues = confirmIssues(input.status, from, checks, { ...guardOf(cur), people }, today())
        if (issues.length && !input.confirmAnyway) {
          throw new AppError('CONFLICT', 'errors.confirmGuardrails', { count: issues.length })
        }
        const reason = issues.length ? input.confirmAnyway : null
        const version = await updateVersioned(trx, 'trips', cur.id, input.version, {
          status: input.status,
          status_rank: statusRank(input.status),
          updated_at: at,
          updated_by: me.id,
        })
        await trx
          .insertInto('trip_status_history')
          .values({
            trip_id: cur.id,
            from_status: from,
            to_status: input.status,
            at,
            staff_id: me.id,
            reason,
          })
          .execute()
        await auditor({ trx, at, staffId: me.id })('status', 'trip', cur.id, [
          'status',
          ...(reason ? ['confirmAnyway'] : []),
        ])
        return version
      })
      changed(input.id)
      return { version }
    },

    async remove(input, session) {
      const me = actor(session)
      const at = nowIso(ctx)
      await db.transaction().execute(async (trx) => {
        await requireTrip(trx, input.id)
        // items, days, participants, guide assignments, bookings and history go with it (cascade)
        await trx.deleteFrom('trips').where('id', '=', input.id).execute()
        await auditor({ trx, at, staffId: me.id })('delete', 'trip', input.id)
      })
      changed(input.id)
      return null
    },
  }
}
