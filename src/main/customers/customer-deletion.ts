import type { Transaction } from 'kysely'
import type { DB } from '../db/schema'
import { AppError } from '../../shared/api/envelope'
import type { CustomerDeletionCheck } from '../../shared/trips/trip-ended'
import { tripHasEnded } from '../../shared/trips/trip-ended'
import type { Dbx } from '../trips/trips.repo'
import { touchTrip } from '../trips/trips.repo'
import { tripsOfCustomer } from '../trips/trip-search'
import { recordRosterEvent } from '../trips/roster-events'
import { writeAudit } from '../audit/audit.repo'

export async function deletionCheck(
  db: Dbx,
  customerId: number,
  today: string,
): Promise<CustomerDeletionCheck> {
  const trips = (await tripsOfCustomer(db, customerId)).map((trip) => ({
    trip,
    ended: tripHasEnded(trip, today),
  }))
  return { trips, allowed: trips.every((t) => t.ended) }
}

/**
 * Before the customer row goes: refuse while they are on a trip that has not ended (the roster is
 * still in use), and turn their places on past trips into contract records without personal data.
 * The foreign key (ON DELETE SET NULL) would clear the link by itself; doing it here as well lets the
 * free-text notes go, bumps the version so open participant forms go stale, and records it on the trip.
 * Returns the trips touched.
 */
export async function detachFromTrips(
  trx: Transaction<DB>,
  customerId: number,
  e: { today: string; at: string; staffId: number },
): Promise<number[]> {
  const check = await deletionCheck(trx, customerId, e.today)
  const open = check.trips.filter((t) => !t.ended).map((t) => t.trip.code)
  if (open.length) {
    throw new AppError('CONFLICT', 'errors.customerOnOpenTrips', { codes: open.join(', ') })
  }
  const rows = await trx
    .selectFrom('trip_participants')
    .select(['id', 'trip_id', 'customer_id', 'contract_no'])
    .where('customer_id', '=', customerId)
    .orderBy('id')
    .execute()
  for (const r of rows) {
    await trx
      .updateTable('trip_participants')
      .set((eb) => ({
        customer_id: null,
        notes: null,
        updated_at: e.at,
        updated_by: e.staffId,
        version: eb('version', '+', 1),
      }))
      .where('id', '=', r.id)
      .execute()
    await writeAudit(trx, {
      at: e.at,
      staffId: e.staffId,
      action: 'update',
      entity: 'participant',
      entityId: r.id,
      fields: ['customerId', 'notes'],
    })
    await recordRosterEvent(trx, { tripId: r.trip_id, kind: 'personal_data_deleted', row: r, ...e })
  }
  const tripIds = [...new Set(rows.map((r) => r.trip_id))]
  for (const id of tripIds) await touchTrip(trx, id, e.staffId, e.at)
  return tripIds
}
