import type { guideCalls } from '../../shared/trips/resources.api'
import type { GuideEdit, GuideLevel, GuideRole } from '../../shared/trips/trip.schema'
import type { GuideView } from '../../shared/trips/trip.types'
import type { Handlers } from '../api/dispatcher'
import type { Ctx } from '../core/context'
import { actor, bool, int, notFound, nowIso } from '../core/context'
import { writeAudit } from '../audit/audit.repo'
import { maskDocNumber } from '../../shared/customers/mask'
import type { GuideRowDb } from '../db/schema'
import { nameSortKey } from '../customers/search-index'
import { likeCondition, tripRef } from './trips.repo'
import { resourceKeys } from './resource-keys'
import { resourceWrites } from './resource-writes'

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
    // as customers' documents: masked for every role, revealed only through revealDocuments
    passportNoMasked: r.passport_no ? maskDocNumber(r.passport_no) : null,
    permitNoMasked: r.permit_no ? maskDocNumber(r.permit_no) : null,
    active: bool(r.active),
    notes: r.notes,
  }
}

/** An undefined passport or permit number (an edit that kept it) is left out, so the stored one stays. */
export function guideColumns(g: GuideEdit) {
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
    ...(g.passportNo !== undefined && { passport_no: g.passportNo }),
    ...(g.permitNo !== undefined && { permit_no: g.permitNo }),
    active: int(g.active),
    notes: g.notes,
  }
}

export function guideHandlers(ctx: Ctx): GuideHandlers {
  const { db } = ctx
  // a new guide's empty language and role lists are not fields it was given
  const writes = resourceWrites(ctx, 'guides', 'guide', guideColumns, (v) => v != null && v !== '[]')

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

    create: writes.create,
    update: writes.update,

    async revealDocuments(input, session) {
      const me = actor(session)
      const g = await db
        .selectFrom('guides')
        .select(['passport_no', 'permit_no'])
        .where('id', '=', input.id)
        .executeTakeFirst()
      if (!g) throw notFound()
      await writeAudit(db, {
        at: nowIso(ctx),
        staffId: me.id,
        action: 'reveal',
        entity: 'guide',
        entityId: input.id,
        fields: ['passportNo', 'permitNo'],
      })
      return { passportNo: g.passport_no, permitNo: g.permit_no }
    },
  }
}
