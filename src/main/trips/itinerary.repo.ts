import type { Transaction } from 'kysely'
import type { DB } from '../db/schema'
import type { ItemInput } from '../../shared/trips/trip.schema'
import { tripDayCount } from '../../shared/trips/trip.schema'
import type { RouteTemplateView } from '../../shared/trips/trip.types'
import { stale } from '../core/context'
import { onUniqueClash } from '../db/errors'
import type { Dbx } from './trips.repo'
import { fieldError, toFen } from './trips.repo'

type Trx = Transaction<DB>
export type TemplateDay = RouteTemplateView['days'][number]
export type TemplateItem = TemplateDay['items'][number]

export function itemColumns(it: ItemInput) {
  // shop fields belong to shopping stops and a price to self-paid items only: never leave stale ones
  const shopping = it.kind === 'shopping'
  return {
    time: it.time,
    kind: it.kind,
    title: it.title,
    place: it.place,
    supplier_id: it.supplierId,
    notes: it.notes,
    shop_name: shopping ? it.shopName : null,
    shop_goods: shopping ? it.shopGoods : null,
    shop_minutes: shopping ? it.shopMinutes : null,
    price: it.kind === 'self_paid' ? toFen(it.price) : null,
  }
}

export function assertDay(t: { depart_date: string; return_date: string }, dayNo: number, field = 'dayNo') {
  const days = tripDayCount(t.depart_date, t.return_date)
  if (dayNo > days) throw fieldError(field, 'errors.dayOutOfRange', { days })
}

export async function assertSupplier(db: Dbx, supplierId: number | null, field: string): Promise<void> {
  if (supplierId == null) return
  const s = await db.selectFrom('suppliers').select('id').where('id', '=', supplierId).executeTakeFirst()
  if (!s) throw fieldError(field, 'errors.supplierUnknown')
}

/** Ids of a day's items in their order. */
export async function dayItemIds(trx: Trx, tripId: number, dayNo: number): Promise<number[]> {
  const rows = await trx
    .selectFrom('trip_items')
    .select('id')
    .where('trip_id', '=', tripId)
    .where('day_no', '=', dayNo)
    .orderBy('position')
    .orderBy('id')
    .execute()
  return rows.map((r) => r.id)
}

/** A day's title as it reads now (null: none), for the record of a change made from a case. */
export async function dayTitle(trx: Trx, tripId: number, dayNo: number): Promise<string | null> {
  const row = await trx
    .selectFrom('trip_days')
    .select('title')
    .where('trip_id', '=', tripId)
    .where('day_no', '=', dayNo)
    .executeTakeFirst()
  return row?.title ?? null
}

/**
 * A day's title written against the version the clerk saw; returns the new version (0: no title).
 * Clearing deletes the row, so "no title" is version 0 and the first title is an INSERT: two desks
 * adding one at once clash on the (trip, day) key and the second is told STALE. Every other case is
 * one conditional statement, so the check and the write cannot be split by another desk's save.
 */
export async function writeDayTitle(
  trx: Trx,
  tripId: number,
  dayNo: number,
  version: number,
  title: string | null,
): Promise<number> {
  const key = <Q extends { where: (c: 'trip_id' | 'day_no', op: '=', v: number) => Q }>(q: Q) =>
    q.where('trip_id', '=', tripId).where('day_no', '=', dayNo)
  if (version === 0) {
    if (title == null) {
      // nothing to clear: only tell the clerk if a title appeared meanwhile
      const row = await key(trx.selectFrom('trip_days').select('version')).executeTakeFirst()
      if (row) throw stale()
      return 0
    }
    await onUniqueClash(
      () => trx.insertInto('trip_days').values({ trip_id: tripId, day_no: dayNo, title }).execute(),
      stale,
    )
    return 1
  }
  const hit =
    title == null
      ? await key(trx.deleteFrom('trip_days'))
          .where('version', '=', version)
          .returning('version')
          .executeTakeFirst()
      : await key(trx.updateTable('trip_days').set((eb) => ({ title, version: eb('version', '+', 1) })))
          .where('version', '=', version)
          .returning('version')
          .executeTakeFirst()
  if (!hit) throw stale()
  return title == null ? 0 : hit.version
}

/** Writes positions 0..n-1 in the given order: a day's positions always stay dense. */
export async function placeItems(trx: Trx, dayNo: number, ids: number[]): Promise<void> {
  for (const [position, id] of ids.entries()) {
    await trx.updateTable('trip_items').set({ day_no: dayNo, position }).where('id', '=', id).execute()
  }
}

/** Days after `beyond` that hold items or a title: what shortening the trip would lose. */
export async function daysWithContent(db: Dbx, tripId: number, beyond: number): Promise<number[]> {
  const [items, titles] = await Promise.all([
    db
      .selectFrom('trip_items')
      .select('day_no')
      .distinct()
      .where('trip_id', '=', tripId)
      .where('day_no', '>', beyond)
      .execute(),
    db
      .selectFrom('trip_days')
      .select('day_no')
      .where('trip_id', '=', tripId)
      .where('day_no', '>', beyond)
      .execute(),
  ])
  return [...new Set([...items, ...titles].map((r) => r.day_no))].sort((a, b) => a - b)
}

/** Drops every day after `keep`: its items, its title, and the day of bookings made for it. */
export async function dropDaysAfter(trx: Trx, tripId: number, keep: number): Promise<void> {
  await trx.deleteFrom('trip_items').where('trip_id', '=', tripId).where('day_no', '>', keep).execute()
  await trx.deleteFrom('trip_days').where('trip_id', '=', tripId).where('day_no', '>', keep).execute()
  await trx
    .updateTable('trip_bookings')
    .set({ day_no: null })
    .where('trip_id', '=', tripId)
    .where('day_no', '>', keep)
    .execute()
}

/** A route template's days laid onto a trip: template day N becomes trip day N. */
export async function applyTemplate(trx: Trx, tripId: number, days: TemplateDay[]): Promise<void> {
  for (const d of days) {
    if (d.title)
      await trx.insertInto('trip_days').values({ trip_id: tripId, day_no: d.dayNo, title: d.title }).execute()
    const items = [...d.items].sort((a, b) => a.position - b.position)
    if (!items.length) continue
    await trx
      .insertInto('trip_items')
      .values(
        items.map((it, position) => ({
          trip_id: tripId,
          day_no: d.dayNo,
          position,
          time: it.time,
          kind: it.kind,
          title: it.title,
          place: it.place,
          supplier_id: null,
          notes: it.notes,
          shop_name: it.shopName,
          shop_goods: it.shopGoods,
          shop_minutes: it.shopMinutes,
          price: toFen(it.price),
        })),
      )
      .execute()
  }
}
