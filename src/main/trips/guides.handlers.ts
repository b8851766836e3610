import type { guideCalls } from '../../shared/trips/resources.api'
import type { GuideFields, GuideLevel, GuideRole } from '../../shared/trips/trip.schema'
import type { GuideView } from '../../shared/trips/trip.types'
import type { Handlers } from '../api/dispatcher'
import type { Ctx } from '../core/context'
import { actor, bool, int, notFound, nowIso, stale } from '../core/context'
import type { GuideRowDb } from '../db/schema'
import { nameSortKey } from '../customers/search-index'
import { auditor, changedKeys, fieldName, likeCondition, tripRef } from './trips.repo'
import { resourceKeys } from './resource-keys'

type GuideHandlers = Handlers<{ guides: typeof guideCalls }>['guides']

/** Lists are for pickers and a small admin screen; a cap keeps a runaway query cheap. */
export const RESOURCE_LIST_LIMIT = 500

export function guideView(r: GuideRowDb): GuideView {
  return {
    id: r.id,
    version: r.version,
    name: r.name,
    mobile: r.mobile,
    licenceNo: r.licence_no,
    level: r.level as GuideLevel | null,
    licenceExpiry: r.licence_expiry,
    languages: JSON.parse(r.languages) as string[],
    roles: JSON.parse(r.roles) as GuideRole[],
    passportNo: r.passport_no,
    permitNo: r.permit_no,
    active: bool(r.active),
    notes: r.notes,
  }
}

function guideColumns(g: GuideFields) {
  return {
    name: g.name,
    name_sort: nameSortKey(g.name),
    search_keys: resourceKeys([g.name], [g.mobile, g.licenceNo]),
    mobile: g.mobile,
    licence_no: g.licenceNo,
    level: g.level,
    licence_expiry: g.licenceExpiry,
    languages: JSON.stringify(g.languages),
    roles: JSON.stringify(g.roles),
    passport_no: g.passportNo,
    permit_no: g.permitNo,
    active: int(g.active),
    notes: g.notes,
  }
}

const HIDDEN = new Set(['name_sort', 'search_keys'])

export function guideHandlers(ctx: Ctx): GuideHandlers {
  const { db } = ctx
  const changed = (id: number) => ctx.events.broadcast('data.changed', { entity: 'guide', id })

  return {
    async list(input) {
      let q = db.selectFrom('guides').selectAll()
      if (!input.includeInactive) q = q.where('active', '=', 1)
      const match = likeCondition('search_keys', input.q)
      if (match) q = q.where(match)
      const rows = await q.orderBy('name_sort').orderBy('id').limit(RESOURCE_LIST_LIMIT).execute()
      return rows.map(guideView)
    },

    async get(input) {
      const g = await db.selectFrom('guides').selectAll().where('id', '=', input.id).executeTakeFirst()
      if (!g) throw notFound()
      const trips = await db
        .selectFrom('trips as t')
        .select(['t.id', 't.code', 't.route_name', 't.depart_date', 't.return_date', 't.status'])
        .where('t.id', 'in', (eb) =>
          eb.selectFrom('trip_guides').select('trip_id').where('guide_id', '=', g.id),
        )
        .orderBy('t.depart_date', 'desc')
        .orderBy('t.id', 'desc')
        .execute()
      return { ...guideView(g), trips: trips.map(tripRef) }
    },

    async create(input, session) {
      const me = actor(session)
      const at = nowIso(ctx)
      const id = await db.transaction().execute(async (trx) => {
        const cols = guideColumns(input)
        const row = await trx
          .insertInto('guides')
          .values({ ...cols, created_at: at, updated_at: at, created_by: me.id, updated_by: me.id })
          .returning('id')
          .executeTakeFirstOrThrow()
        const fields = Object.entries(cols)
          .filter(([k, v]) => !HIDDEN.has(k) && v != null && v !== '[]')
          .map(([k]) => fieldName(k))
        await auditor({ trx, at, staffId: me.id })('create', 'guide', row.id, fields)
        return row.id
      })
      changed(id)
      return { id }
    },

    async update(input, session) {
      const me = actor(session)
      const at = nowIso(ctx)
      const version = await db.transaction().execute(async (trx) => {
        const cur = await trx.selectFrom('guides').selectAll().where('id', '=', input.id).executeTakeFirst()
        if (!cur) throw notFound()
        if (cur.version !== input.version) throw stale()
        const cols = guideColumns(input)
        const fields = changedKeys(cur, cols)
          .filter((k) => !HIDDEN.has(k))
          .map(fieldName)
        await trx
          .updateTable('guides')
          .set({ ...cols, updated_at: at, updated_by: me.id, version: cur.version + 1 })
          .where('id', '=', input.id)
          .execute()
        await auditor({ trx, at, staffId: me.id })('update', 'guide', input.id, fields)
        return cur.version + 1
      })
      changed(input.id)
      return { version }
    },
  }
}
