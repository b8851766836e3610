import type { Transaction } from 'kysely'
import type { tripCalls } from '../../shared/trips/trips.api'
import type { Handlers } from '../api/dispatcher'
import type { Ctx } from '../core/context'
import { actor, notFound, nowIso } from '../core/context'
import type { DB } from '../db/schema'
import { auditor, changedKeys, fieldName, requireTrip, touchTrip } from './trips.repo'
import { updateVersioned } from '../core/update-versioned'
import {
  assertDay,
  assertSupplier,
  dayItemIds,
  dayTitle,
  itemColumns,
  placeItems,
  writeDayTitle,
} from './itinerary.repo'
import { recordTripChange } from '../complaints/trip-changes'
import type { TripChange } from '../complaints/trip-changes'

type TripHandlers = Handlers<{ trips: typeof tripCalls }>['trips']
type ItineraryHandlers = Pick<
  TripHandlers,
  'setDayTitle' | 'addItem' | 'updateItem' | 'removeItem' | 'moveItem' | 'copyItem'
>

/** How an item reads in a history line: its time and title, as the clerk saw them. */
const itemText = (it: { time: string | null; title: string }) => [it.time, it.title].filter(Boolean).join(' ')

/** What an itinerary write did, and the case it was made for (none: nothing to record). */
type ItemChange = Pick<TripChange, 'kind' | 'dayNo' | 'fromDayNo' | 'from' | 'to'> & { complaintId?: number }

async function requireItem(trx: Transaction<DB>, id: number) {
  const it = await trx.selectFrom('trip_items').selectAll().where('id', '=', id).executeTakeFirst()
  if (!it) throw notFound()
  return it
}

/** The day-by-day itinerary: items hang on day numbers, with dense positions 0..n-1 per day. */
export function itineraryHandlers(ctx: Ctx): ItineraryHandlers {
  const { db } = ctx
  const changed = (id: number) => ctx.events.broadcast('data.changed', { entity: 'trip', id })

  /**
   * One itinerary change: in a transaction, audited against the trip, the trip's updated_at moved.
   * Made from a case ("adjust itinerary": the change names a complaint), the same transaction
   * records it on the case and the trip history.
   */
  async function write<T>(
    session: Parameters<TripHandlers['addItem']>[1],
    fn: (
      trx: Transaction<DB>,
      audit: ReturnType<typeof auditor>,
    ) => Promise<{ tripId: number; result: T; change?: ItemChange }>,
  ): Promise<T> {
    const me = actor(session)
    const at = nowIso(ctx)
    const { tripId, result, change } = await db.transaction().execute(async (trx) => {
      const out = await fn(trx, auditor({ trx, at, staffId: me.id }))
      await touchTrip(trx, out.tripId, me.id, at)
      const complaintId = out.change?.complaintId
      if (out.change && complaintId !== undefined) {
        await recordTripChange(trx, { ...out.change, complaintId, tripId: out.tripId, staffId: me.id, at })
      }
      return out
    })
    changed(tripId)
    const complaintId = change?.complaintId
    if (complaintId !== undefined)
      ctx.events.broadcast('data.changed', { entity: 'complaint', id: complaintId })
    return result
  }

  return {
    setDayTitle: (input, session) =>
      write(session, async (trx, audit) => {
        const t = await requireTrip(trx, input.tripId)
        assertDay(t, input.dayNo)
        const was = await dayTitle(trx, t.id, input.dayNo)
        const title = input.title || null
        const version = await writeDayTitle(trx, t.id, input.dayNo, input.version, title)
        await audit('dayTitle', 'trip', t.id, ['dayTitle'])
        // saving the title unchanged changes nothing on the trip, so there is nothing to record
        const change =
          was === title
            ? undefined
            : {
                kind: 'day_title' as const,
                dayNo: input.dayNo,
                from: was,
                to: title,
                complaintId: input.complaintId,
              }
        return { tripId: t.id, result: { version }, change }
      }),

    addItem: (input, session) =>
      write(session, async (trx, audit) => {
        const t = await requireTrip(trx, input.tripId)
        assertDay(t, input.dayNo)
        await assertSupplier(trx, input.item.supplierId, 'item.supplierId')
        const cols = itemColumns(input.item)
        const position = (await dayItemIds(trx, t.id, input.dayNo)).length
        const row = await trx
          .insertInto('trip_items')
          .values({ ...cols, trip_id: t.id, day_no: input.dayNo, position })
          .returning('id')
          .executeTakeFirstOrThrow()
        const fields = Object.entries(cols)
          .filter(([, v]) => v != null)
          .map(([k]) => fieldName(k))
        await audit('addItem', 'trip', t.id, fields)
        const change = { kind: 'item_added' as const, dayNo: input.dayNo, from: null, to: itemText(cols) }
        return { tripId: t.id, result: { id: row.id }, change: { ...change, complaintId: input.complaintId } }
      }),

    updateItem: (input, session) =>
      write(session, async (trx, audit) => {
        const cur = await requireItem(trx, input.id)
        await assertSupplier(trx, input.item.supplierId, 'item.supplierId')
        const cols = itemColumns(input.item)
        const version = await updateVersioned(trx, 'trip_items', cur.id, input.version, cols)
        await audit('updateItem', 'trip', cur.trip_id, changedKeys(cur, cols).map(fieldName))
        const change = {
          kind: 'item_changed' as const,
          dayNo: cur.day_no,
          from: itemText(cur),
          to: itemText(cols),
        }
        return {
          tripId: cur.trip_id,
          result: { version },
          change: { ...change, complaintId: input.complaintId },
        }
      }),

    removeItem: (input, session) =>
      write(session, async (trx, audit) => {
        const cur = await requireItem(trx, input.id)
        await trx.deleteFrom('trip_items').where('id', '=', cur.id).execute()
        await placeItems(trx, cur.day_no, await dayItemIds(trx, cur.trip_id, cur.day_no))
        await audit('removeItem', 'trip', cur.trip_id, ['itinerary'])
        const change = { kind: 'item_removed' as const, dayNo: cur.day_no, from: itemText(cur), to: null }
        return { tripId: cur.trip_id, result: null, change: { ...change, complaintId: input.complaintId } }
      }),

    moveItem: (input, session) =>
      write(session, async (trx, audit) => {
        const cur = await requireItem(trx, input.id)
        const t = await requireTrip(trx, cur.trip_id)
        assertDay(t, input.dayNo)
        // Only the moved item's version is checked (and bumped): the move is a decision about that
        // item, made from where the clerk saw it. Its neighbours only shift to keep positions dense;
        // checking or bumping them would turn an unrelated edit open on another desk into STALE.
        // The order itself is rebuilt below from the rows as they are now, inside this transaction.
        const version = await updateVersioned(trx, 'trip_items', cur.id, input.version, {})
        const source = (await dayItemIds(trx, t.id, cur.day_no)).filter((id) => id !== cur.id)
        const target = input.dayNo === cur.day_no ? source : await dayItemIds(trx, t.id, input.dayNo)
        target.splice(Math.min(input.position, target.length), 0, cur.id)
        await placeItems(trx, input.dayNo, target)
        if (input.dayNo !== cur.day_no) {
          await placeItems(trx, cur.day_no, source)
          // a booking made for this item follows it to its new day
          await trx
            .updateTable('trip_bookings')
            .set({ day_no: input.dayNo })
            .where('item_id', '=', cur.id)
            .execute()
        }
        await audit('moveItem', 'trip', t.id, ['itinerary'])
        const change = {
          kind: 'item_moved' as const,
          dayNo: input.dayNo,
          fromDayNo: cur.day_no,
          from: itemText(cur),
          to: null,
        }
        return { tripId: t.id, result: { version }, change: { ...change, complaintId: input.complaintId } }
      }),

    copyItem: (input, session) =>
      write(session, async (trx, audit) => {
        const cur = await requireItem(trx, input.id)
        const t = await requireTrip(trx, cur.trip_id)
        assertDay(t, input.dayNo)
        // a copy is a new record: it starts at version 1, whatever the original's
        const { id: _id, version: _version, ...copy } = cur
        const position = (await dayItemIds(trx, t.id, input.dayNo)).length
        const row = await trx
          .insertInto('trip_items')
          .values({ ...copy, day_no: input.dayNo, position })
          .returning('id')
          .executeTakeFirstOrThrow()
        await audit('copyItem', 'trip', t.id, ['itinerary'])
        const change = {
          kind: 'item_copied' as const,
          dayNo: input.dayNo,
          fromDayNo: cur.day_no,
          from: itemText(cur),
          to: itemText(cur),
        }
        return { tripId: t.id, result: { id: row.id }, change: { ...change, complaintId: input.complaintId } }
      }),
  }
}
