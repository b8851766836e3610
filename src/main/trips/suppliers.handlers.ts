import type { supplierCalls } from '../../shared/trips/resources.api'
import type { SupplierFields, SupplierKind } from '../../shared/trips/trip.schema'
import type { SupplierView } from '../../shared/trips/trip.types'
import type { Handlers } from '../api/dispatcher'
import type { Ctx } from '../core/context'
import { actor, bool, int, notFound, nowIso, stale } from '../core/context'
import type { SupplierRowDb } from '../db/schema'
import { nameSortKey } from '../customers/search-index'
import { auditor, changedKeys, fieldName, likeCondition, tripRef } from './trips.repo'
import { resourceKeys } from './resource-keys'
import { RESOURCE_LIST_LIMIT } from './guides.handlers'

type SupplierHandlers = Handlers<{ suppliers: typeof supplierCalls }>['suppliers']

export function supplierView(r: SupplierRowDb): SupplierView {
  return {
    id: r.id,
    version: r.version,
    kind: r.kind as SupplierKind,
    name: r.name,
    licenceNo: r.licence_no,
    contactPerson: r.contact_person,
    phone: r.phone,
    address: r.address,
    notes: r.notes,
    active: bool(r.active),
  }
}

function supplierColumns(s: SupplierFields) {
  return {
    kind: s.kind,
    name: s.name,
    name_sort: nameSortKey(s.name),
    search_keys: resourceKeys([s.name, s.contactPerson], [s.phone, s.licenceNo]),
    licence_no: s.licenceNo,
    contact_person: s.contactPerson,
    phone: s.phone,
    address: s.address,
    notes: s.notes,
    active: int(s.active),
  }
}

const HIDDEN = new Set(['name_sort', 'search_keys'])

export function supplierHandlers(ctx: Ctx): SupplierHandlers {
  const { db } = ctx
  const changed = (id: number) => ctx.events.broadcast('data.changed', { entity: 'supplier', id })

  return {
    async list(input) {
      let q = db.selectFrom('suppliers').selectAll()
      if (!input.includeInactive) q = q.where('active', '=', 1)
      if (input.kind) q = q.where('kind', '=', input.kind)
      const match = likeCondition('search_keys', input.q)
      if (match) q = q.where(match)
      const rows = await q.orderBy('name_sort').orderBy('id').limit(RESOURCE_LIST_LIMIT).execute()
      return rows.map(supplierView)
    },

    async get(input) {
      const s = await db.selectFrom('suppliers').selectAll().where('id', '=', input.id).executeTakeFirst()
      if (!s) throw notFound()
      // served a trip: booked for it, or named on one of its itinerary items
      const trips = await db
        .selectFrom('trips as t')
        .select(['t.id', 't.code', 't.route_name', 't.depart_date', 't.return_date', 't.status'])
        .where((eb) =>
          eb.or([
            eb(
              't.id',
              'in',
              eb.selectFrom('trip_bookings').select('trip_id').where('supplier_id', '=', s.id),
            ),
            eb('t.id', 'in', eb.selectFrom('trip_items').select('trip_id').where('supplier_id', '=', s.id)),
          ]),
        )
        .orderBy('t.depart_date', 'desc')
        .orderBy('t.id', 'desc')
        .execute()
      return { ...supplierView(s), trips: trips.map(tripRef) }
    },

    async create(input, session) {
      const me = actor(session)
      const at = nowIso(ctx)
      const id = await db.transaction().execute(async (trx) => {
        const cols = supplierColumns(input)
        const row = await trx
          .insertInto('suppliers')
          .values({ ...cols, created_at: at, updated_at: at, created_by: me.id, updated_by: me.id })
          .returning('id')
          .executeTakeFirstOrThrow()
        const fields = Object.entries(cols)
          .filter(([k, v]) => !HIDDEN.has(k) && v != null)
          .map(([k]) => fieldName(k))
        await auditor({ trx, at, staffId: me.id })('create', 'supplier', row.id, fields)
        return row.id
      })
      changed(id)
      return { id }
    },

    async update(input, session) {
      const me = actor(session)
      const at = nowIso(ctx)
      const version = await db.transaction().execute(async (trx) => {
        const cur = await trx
          .selectFrom('suppliers')
          .selectAll()
          .where('id', '=', input.id)
          .executeTakeFirst()
        if (!cur) throw notFound()
        if (cur.version !== input.version) throw stale()
        const cols = supplierColumns(input)
        const fields = changedKeys(cur, cols)
          .filter((k) => !HIDDEN.has(k))
          .map(fieldName)
        await trx
          .updateTable('suppliers')
          .set({ ...cols, updated_at: at, updated_by: me.id, version: cur.version + 1 })
          .where('id', '=', input.id)
          .execute()
        await auditor({ trx, at, staffId: me.id })('update', 'supplier', input.id, fields)
        return cur.version + 1
      })
      changed(input.id)
      return { version }
    },
  }
}
