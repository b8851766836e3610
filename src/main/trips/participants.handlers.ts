import type { tripCalls } from '../../shared/trips/trips.api'
import type { ParticipantFields } from '../../shared/trips/trip.schema'
import type { Handlers } from '../api/dispatcher'
import type { Ctx } from '../core/context'
import { actor, int, nowIso } from '../core/context'
import { loadForUpdate } from '../core/load-for-update'
import { updateVersioned } from '../core/update-versioned'
import { auditor, changedKeys, fieldName, fieldError, requireTrip, touchTrip } from './trips.repo'
import { recordRosterEvent } from './roster-events'
import { roomForEdit } from '../rooms/rooms.repo'

type TripHandlers = Handlers<{ trips: typeof tripCalls }>['trips']
type ParticipantHandlers = Pick<
  TripHandlers,
  'addParticipants' | 'updateParticipant' | 'removeParticipant' | 'setVisa'
>

function participantColumns(p: ParticipantFields) {
  return {
    price_type: p.priceType,
    contract_no: p.contractNo,
    room_no: p.roomNo,
    roommate_id: p.roommateId,
    single_room: int(p.singleRoom),
    bed: int(p.bed),
    seat: p.seat,
    insurance_no: p.insuranceNo,
    representative: int(p.representative),
    notes: p.notes,
  }
}

/** Participants are customers on a trip: the file's facts stay in the file, only the booking is here. */
export function participantHandlers(ctx: Ctx): ParticipantHandlers {
  const { db } = ctx
  const changed = (tripId: number, customerIds: (number | null)[]) => {
    ctx.events.broadcast('data.changed', { entity: 'trip', id: tripId })
    // the customers' travel history (profile) changed too
    for (const id of new Set(customerIds)) {
      if (id !== null) ctx.events.broadcast('data.changed', { entity: 'customer', id })
    }
  }

  return {
    async addParticipants(input, session) {
      const me = actor(session)
      const at = nowIso(ctx)
      const ids = await db.transaction().execute(async (trx) => {
        const t = await requireTrip(trx, input.tripId)
        const known = new Set(
          (
            await trx
              .selectFrom('customers')
              .select('id')
              .where('id', 'in', [...new Set(input.customerIds)])
              .execute()
          ).map((c) => c.id),
        )
        const unknown = input.customerIds.findIndex((id) => !known.has(id))
        if (unknown >= 0) throw fieldError(`customerIds.${unknown}`, 'errors.customerUnknown')
        // a family in one step, all or nothing; someone already on the trip is added again and the
        // checks say so (duplicate_participant) rather than the desk being blocked
        const audit = auditor({ trx, at, staffId: me.id })
        const out: number[] = []
        for (const customerId of input.customerIds) {
          const row = await trx
            .insertInto('trip_participants')
            .values({
              trip_id: t.id,
              customer_id: customerId,
              price_type: 'adult',
              created_at: at,
              updated_at: at,
              created_by: me.id,
              updated_by: me.id,
            })
            .returning('id')
            .executeTakeFirstOrThrow()
          await audit('create', 'participant', row.id, ['tripId', 'customerId'])
          out.push(row.id)
        }
        await touchTrip(trx, t.id, me.id, at)
        return out
      })
      changed(input.tripId, input.customerIds)
      return { ids }
    },

    async updateParticipant(input, session) {
      const me = actor(session)
      const at = nowIso(ctx)
      const { tripId, customerId, version } = await db.transaction().execute(async (trx) => {
        const cur = await loadForUpdate(trx, 'trip_participants', input.id, input.version)
        if (input.roommateId != null) {
          const mate = await trx
            .selectFrom('trip_participants')
            .select('id')
            .where('id', '=', input.roommateId)
            .where('trip_id', '=', cur.trip_id)
            .executeTakeFirst()
          if (!mate || input.roommateId === cur.id) throw fieldError('roommateId', 'errors.roommate')
        }
        const cols = {
          ...participantColumns(input),
          room_id: await roomForEdit(trx, cur, input, me.id, at),
        }
        const version = await updateVersioned(trx, 'trip_participants', cur.id, input.version, {
          ...cols,
          updated_at: at,
          updated_by: me.id,
        })
        await auditor({ trx, at, staffId: me.id })(
          'update',
          'participant',
          cur.id,
          changedKeys(cur, cols).map(fieldName),
        )
        await touchTrip(trx, cur.trip_id, me.id, at)
        return { tripId: cur.trip_id, customerId: cur.customer_id, version }
      })
      changed(tripId, [customerId])
      return { version }
    },

    async setVisa(input, session) {
      const me = actor(session)
      const at = nowIso(ctx)
      const out = await db.transaction().execute(async (trx) => {
        const cur = await loadForUpdate(trx, 'trip_participants', input.id, input.version)
        const cols = {
          visa_status: input.visaStatus,
          visa_type: input.visaType,
          visa_no: input.visaNo,
          visa_valid_until: input.visaValidUntil,
        }
        const version = await updateVersioned(trx, 'trip_participants', cur.id, input.version, {
          ...cols,
          updated_at: at,
          updated_by: me.id,
        })
        await auditor({ trx, at, staffId: me.id })(
          'update',
          'participant',
          cur.id,
          changedKeys(cur, cols).map(fieldName),
        )
        await touchTrip(trx, cur.trip_id, me.id, at)
        return { tripId: cur.trip_id, customerId: cur.customer_id, version }
      })
      changed(out.tripId, [out.customerId])
      return { version: out.version }
    },

    async removeParticipant(input, session) {
      const me = actor(session)
      const at = nowIso(ctx)
      const cur = await db.transaction().execute(async (trx) => {
        const cur = await loadForUpdate(trx, 'trip_participants', input.id)
        // whoever shared the room loses the roommate: a change to their record, so open forms go stale
        await trx
          .updateTable('trip_participants')
          .set((eb) => ({
            roommate_id: null,
            updated_at: at,
            updated_by: me.id,
            version: eb('version', '+', 1),
          }))
          .where('roommate_id', '=', cur.id)
          .execute()
        await trx.deleteFrom('trip_participants').where('id', '=', cur.id).execute()
        await auditor({ trx, at, staffId: me.id })('delete', 'participant', cur.id)
        await recordRosterEvent(trx, { tripId: cur.trip_id, kind: 'removed', row: cur, at, staffId: me.id })
        await touchTrip(trx, cur.trip_id, me.id, at)
        return cur
      })
      changed(cur.trip_id, [cur.customer_id])
      return null
    },
  }
}
