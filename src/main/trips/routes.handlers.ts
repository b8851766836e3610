import type { routeCalls } from '../../shared/trips/resources.api'
import type { TripKind } from '../../shared/trips/trip.schema'
import type { RouteTemplateView } from '../../shared/trips/trip.types'
import type { Handlers } from '../api/dispatcher'
import type { Ctx } from '../core/context'
import { actor, notFound, nowIso } from '../core/context'
import type { Dbx } from './trips.repo'
import { auditor, requireTrip } from './trips.repo'
import type { TemplateDay } from './itinerary.repo'
import { loadDays } from './trip-detail'

type RouteHandlers = Handlers<{ routes: typeof routeCalls }>['routes']

export async function loadRoute(db: Dbx, id: number): Promise<RouteTemplateView | null> {
  const r = await db.selectFrom('routes').selectAll().where('id', '=', id).executeTakeFirst()
  if (!r) return null
  return {
    id: r.id,
    name: r.name,
    destination: r.destination,
    kind: r.kind as TripKind,
    dayCount: r.day_count,
    days: JSON.parse(r.days) as TemplateDay[],
    createdAt: r.created_at,
  }
}

/** The last day of a template that holds anything; a trip must be at least that long. */
export const lastUsedDay = (days: TemplateDay[]): number =>
  days.reduce((n, d) => (d.items.length || d.title ? Math.max(n, d.dayNo) : n), 0)

export function routeHandlers(ctx: Ctx): RouteHandlers {
  const { db } = ctx
  const changed = (id: number) => ctx.events.broadcast('data.changed', { entity: 'route', id })

  return {
    async list(input) {
      let q = db.selectFrom('routes').select(['id', 'name', 'destination', 'kind', 'day_count', 'created_at'])
      if (input.kind) q = q.where('kind', '=', input.kind)
      const rows = await q.orderBy('name').orderBy('id').execute()
      return rows.map((r) => ({
        id: r.id,
        name: r.name,
        destination: r.destination,
        kind: r.kind as TripKind,
        dayCount: r.day_count,
        createdAt: r.created_at,
      }))
    },

    async get(input) {
      const r = await loadRoute(db, input.id)
      if (!r) throw notFound()
      return r
    },

    async saveFromTrip(input, session) {
      const me = actor(session)
      const at = nowIso(ctx)
      const id = await db.transaction().execute(async (trx) => {
        const t = await requireTrip(trx, input.tripId)
        const days = await loadDays(trx, t.id, t.depart_date, t.return_date)
        // suppliers stay with the trip: a template is reused for other dates, with other bookings
        const template: TemplateDay[] = days.map((d) => ({
          dayNo: d.dayNo,
          title: d.title,
          items: d.items.map((it) => ({
            position: it.position,
            time: it.time,
            kind: it.kind,
            title: it.title,
            place: it.place,
            notes: it.notes,
            shopName: it.shopName,
            shopGoods: it.shopGoods,
            shopMinutes: it.shopMinutes,
            price: it.price,
          })),
        }))
        const row = await trx
          .insertInto('routes')
          .values({
            name: input.name,
            destination: t.destination,
            kind: t.kind,
            day_count: days.length,
            days: JSON.stringify(template),
            created_at: at,
            created_by: me.id,
          })
          .returning('id')
          .executeTakeFirstOrThrow()
        await auditor({ trx, at, staffId: me.id })('create', 'route', row.id, ['name', 'days'])
        return row.id
      })
      changed(id)
      return { id }
    },

    async remove(input, session) {
      const me = actor(session)
      const at = nowIso(ctx)
      await db.transaction().execute(async (trx) => {
        const r = await trx.deleteFrom('routes').where('id', '=', input.id).executeTakeFirst()
        if (Number(r.numDeletedRows) !== 1) throw notFound()
        await auditor({ trx, at, staffId: me.id })('delete', 'route', input.id)
      })
      changed(input.id)
      return null
    },
  }
}
