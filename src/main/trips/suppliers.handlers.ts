import type { supplierCalls } from '../../shared/trips/resources.api'
import type { SupplierFields, SupplierKind } from '../../shared/trips/trip.schema'
import type { SupplierView } from '../../shared/trips/trip.types'
import type { Handlers } from '../api/dispatcher'
import type { Ctx } from '../core/context'
import { bool, int, notFound } from '../core/context'
import type { SupplierRowDb } from '../db/schema'
import { nameSortKey } from '../customers/search-index'
import { likeCondition, tripRef } from './trips.repo'
import { resourceKeys } from './resource-keys'
import { resourceWrites } from './resource-writes'
import { RESOURCE_LIST_LIMIT } from './guides.handlers'

type SupplierHandlers = Handlers<{ suppliers: typeof supplierCalls }>['suppliers']

export function supplierView(r: SupplierRowDb): SupplierView {
  return {
    id: r.id,
    version: r.version,
    kind: r.kind as SupplierKind,
    name: r.name,
    licenceNo: r.licence_no,
    licenceExpiry: r.licence_expiry,
    contactPerson: r.contact_person,
    phone: r.phone,
    address: r.address,
    notes: r.notes,
    active: bool(r.active),
  }
}

export function supplierColumns(s: SupplierFields) {
  return {
    kind: s.kind,
    name: s.name,
    name_sort: nameSortKey(s.name),
    search_keys: resourceKeys([s.name, s.contactPerson], [s.phone, s.licenceNo]),
    licence_no: s.licenceNo,
    licence_expiry: s.licenceExpiry,
    contact_person: s.contactPerson,
    phone: s.phone,
    address: s.address,
    notes: s.notes,
    active: int(s.active),
  }
}

export function supplierHandlers(ctx: Ctx): SupplierHandlers {
  const { db } = ctx
  const writes = resourceWrites(ctx, 'suppliers', 'supplier', supplierColumns, (v) => v != null)

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

    create: writes.create,
    update: writes.update,
  }
}
