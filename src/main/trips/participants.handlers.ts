import type { tripCalls } from '../../shared/trips/trips.api'
import type { ParticipantFields } from '../../shared/trips/trip.schema'
import type { Handlers } from '../api/dispatcher'
import type { Ctx } from '../core/context'
import { int } from '../core/context'
import { loadForUpdate } from '../core/load-for-update'
import { updateVersioned } from '../core/update-versioned'
import { changedKeys, fieldName, fieldError, requireTrip } from './trips.repo'
import { firstUnknownCustomer, insertParticipant } from './participants.repo'
import { tripWriter } from './trip-write'
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
  const write = tripWriter(ctx)

  return {
    addParticipants: (input, session) =>
      write(session, async ({ trx, me, at, audit }) => {
        const t = await requireTrip(trx, input.tripId)
        const unknown = await firstUnknownCustomer(trx, input.customerIds)
        if (unknown >= 0) throw fieldError(`customerIds.${unknown}`, 'errors.customerUnknown')
        // a family in one step, all or nothing; someone already on the trip is added again and the
        // checks say so (duplicate_participant) rather than the desk being blocked
        const ids: number[] = []
        for (const customerId of input.customerIds)
          ids.push(await insertParticipant(trx, audit, { tripId: t.id, customerId }, me.id, at))
        return { tripId: input.tripId, result: { ids }, customerIds: input.customerIds }
      }),

    updateParticipant: (input, session) =>
      write(session, async ({ trx, me, at, audit }) => {
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
        await audit('update', 'participant', cur.id, changedKeys(cur, cols).map(fieldName))
        return { tripId: cur.trip_id, result: { version }, customerIds: [cur.customer_id] }
      }),

    setVisa: (input, session) =>
      write(session, async ({ trx, me, at, audit }) => {
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
        await audit('update', 'participant', cur.id, changedKeys(cur, cols).map(fieldName))
        return { tripId: cur.trip_id, result: { version }, customerIds: [cur.customer_id] }
      }),

    removeParticipant: (input, session) =>
      write(session, async ({ trx, me, at, audit }) => {
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
        await audit('delete', 'participant', cur.id)
        await recordRosterEvent(trx, { tripId: cur.trip_id, kind: 'removed', row: cur, at, staffId: me.id })
        return { tripId: cur.trip_id, result: null, customerIds: [cur.customer_id] }
      }),
  }
}
