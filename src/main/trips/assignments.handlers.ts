import type { tripCalls } from '../../shared/trips/trips.api'
import type { Handlers } from '../api/dispatcher'
import type { Ctx } from '../core/context'
import { actor, nowIso } from '../core/context'
import { loadForUpdate } from '../core/load-for-update'
import { updateVersioned } from '../core/update-versioned'
import { onUniqueClash } from '../db/errors'
import { auditor, changedKeys, fieldError, requireTrip, touchTrip } from './trips.repo'
import { assertDay, assertSupplier } from './itinerary.repo'

type TripHandlers = Handlers<{ trips: typeof tripCalls }>['trips']
type AssignmentHandlers = Pick<
  TripHandlers,
  'assignGuide' | 'unassignGuide' | 'addBooking' | 'updateBooking' | 'removeBooking'
>

/** Guides on a trip (with their role) and supplier bookings (per day or item, with the 确认件 number). */
export function assignmentHandlers(ctx: Ctx): AssignmentHandlers {
  const { db } = ctx
  const broadcast = (tripId: number, other: { entity: 'guide' | 'supplier'; id: number }) => {
    ctx.events.broadcast('data.changed', { entity: 'trip', id: tripId })
    // the guide's or supplier's "trips served" changed too
    ctx.events.broadcast('data.changed', other)
  }

  return {
    async assignGuide(input, session) {
      const me = actor(session)
      const at = nowIso(ctx)
      const id = await db.transaction().execute(async (trx) => {
        const t = await requireTrip(trx, input.tripId)
        const g = await trx
          .selectFrom('guides')
          .select(['id', 'active'])
          .where('id', '=', input.guideId)
          .executeTakeFirst()
        if (!g) throw fieldError('guideId', 'errors.guideUnknown')
        if (g.active !== 1) throw fieldError('guideId', 'errors.guideInactive')
        const twice = await trx
          .selectFrom('trip_guides')
          .select('id')
          .where('trip_id', '=', t.id)
          .where('guide_id', '=', g.id)
          .where('role', '=', input.role)
          .executeTakeFirst()
        if (twice) throw fieldError('guideId', 'errors.guideAssigned')
        // a double booking is not refused here: the checks show it, the desk decides
        // the check above answers a second click; the unique key answers a desk that raced it
        const row = await onUniqueClash(
          () =>
            trx
              .insertInto('trip_guides')
              .values({ trip_id: t.id, guide_id: g.id, role: input.role, created_at: at, created_by: me.id })
              .returning('id')
              .executeTakeFirstOrThrow(),
          () => fieldError('guideId', 'errors.guideAssigned'),
        )
        await auditor({ trx, at, staffId: me.id })('assignGuide', 'trip', t.id, ['guides'])
        await touchTrip(trx, t.id, me.id, at)
        return row.id
      })
      broadcast(input.tripId, { entity: 'guide', id: input.guideId })
      return { id }
    },

    async unassignGuide(input, session) {
      const me = actor(session)
      const at = nowIso(ctx)
      const cur = await db.transaction().execute(async (trx) => {
        const cur = await loadForUpdate(trx, 'trip_guides', input.id)
        await trx.deleteFrom('trip_guides').where('id', '=', cur.id).execute()
        await auditor({ trx, at, staffId: me.id })('unassignGuide', 'trip', cur.trip_id, ['guides'])
        await touchTrip(trx, cur.trip_id, me.id, at)
        return cur
      })
      broadcast(cur.trip_id, { entity: 'guide', id: cur.guide_id })
      return null
    },

    async addBooking(input, session) {
      const me = actor(session)
      const at = nowIso(ctx)
      const id = await db.transaction().execute(async (trx) => {
        const t = await requireTrip(trx, input.tripId)
        await assertSupplier(trx, input.supplierId, 'supplierId')
        let dayNo = input.dayNo ?? null
        if (dayNo != null) assertDay(t, dayNo)
        if (input.itemId != null) {
          const item = await trx
            .selectFrom('trip_items')
            .select(['id', 'day_no'])
            .where('id', '=', input.itemId)
            .where('trip_id', '=', t.id)
            .executeTakeFirst()
          if (!item) throw fieldError('itemId', 'errors.itemUnknown')
          // booked for an item: the item says which day
          dayNo = item.day_no
        }
        const row = await trx
          .insertInto('trip_bookings')
          .values({
            trip_id: t.id,
            supplier_id: input.supplierId,
            day_no: dayNo,
            item_id: input.itemId ?? null,
            status: input.status,
            confirmation_no: input.confirmationNo,
            notes: input.notes,
            created_at: at,
            updated_at: at,
            created_by: me.id,
            updated_by: me.id,
          })
          .returning('id')
          .executeTakeFirstOrThrow()
        const fields = ['supplierId', 'status']
        if (dayNo != null) fields.push('dayNo')
        if (input.itemId != null) fields.push('itemId')
        if (input.confirmationNo) fields.push('confirmationNo')
        if (input.notes) fields.push('notes')
        await auditor({ trx, at, staffId: me.id })('create', 'booking', row.id, fields)
        await touchTrip(trx, t.id, me.id, at)
        return row.id
      })
      broadcast(input.tripId, { entity: 'supplier', id: input.supplierId })
      return { id }
    },

    async updateBooking(input, session) {
      const me = actor(session)
      const at = nowIso(ctx)
      const { cur, version } = await db.transaction().execute(async (trx) => {
        const cur = await loadForUpdate(trx, 'trip_bookings', input.id, input.version)
        const cols = { status: input.status, confirmation_no: input.confirmationNo, notes: input.notes }
        const version = await updateVersioned(trx, 'trip_bookings', cur.id, input.version, {
          ...cols,
          updated_at: at,
          updated_by: me.id,
        })
        const fields = changedKeys(cur, cols).map((k) => (k === 'confirmation_no' ? 'confirmationNo' : k))
        await auditor({ trx, at, staffId: me.id })('update', 'booking', cur.id, fields)
        await touchTrip(trx, cur.trip_id, me.id, at)
        return { cur, version }
      })
      broadcast(cur.trip_id, { entity: 'supplier', id: cur.supplier_id })
      return { version }
    },

    async removeBooking(input, session) {
      const me = actor(session)
      const at = nowIso(ctx)
      const cur = await db.transaction().execute(async (trx) => {
        const cur = await loadForUpdate(trx, 'trip_bookings', input.id)
        await trx.deleteFrom('trip_bookings').where('id', '=', cur.id).execute()
        await auditor({ trx, at, staffId: me.id })('delete', 'booking', cur.id)
        await touchTrip(trx, cur.trip_id, me.id, at)
        return cur
      })
      broadcast(cur.trip_id, { entity: 'supplier', id: cur.supplier_id })
      return null
    },
  }
}
