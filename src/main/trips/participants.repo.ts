import type { Transaction } from 'kysely'
import type { PriceType } from '../../shared/trips/trip.schema'
import type { DB } from '../db/schema'
import type { auditor, Dbx } from './trips.repo'

/** the index of the first id that names no customer file, or -1 when every one does */
export async function firstUnknownCustomer(db: Dbx, customerIds: number[]): Promise<number> {
  const known = new Set(
    (
      await db
        .selectFrom('customers')
        .select('id')
        .where('id', 'in', [...new Set(customerIds)])
        .execute()
    ).map((c) => c.id),
  )
  return customerIds.findIndex((id) => !known.has(id))
}

export interface NewParticipant {
  tripId: number
  customerId: number
  priceType?: PriceType
  singleRoom?: boolean
  notes?: string | null
}

/**
 * Puts one customer on a trip, audited as the trip page's "add" is. The one way a participant row
 * is made, whether a clerk picks the person or a sign-up sheet names them.
 */
export async function insertParticipant(
  trx: Transaction<DB>,
  audit: ReturnType<typeof auditor>,
  p: NewParticipant,
  staffId: number,
  at: string,
): Promise<number> {
  const row = await trx
    .insertInto('trip_participants')
    .values({
      trip_id: p.tripId,
      customer_id: p.customerId,
      price_type: p.priceType ?? 'adult',
      ...(p.singleRoom ? { single_room: 1 } : {}),
      ...(p.notes ? { notes: p.notes } : {}),
      created_at: at,
      updated_at: at,
      created_by: staffId,
      updated_by: staffId,
    })
    .returning('id')
    .executeTakeFirstOrThrow()
  await audit('create', 'participant', row.id, ['tripId', 'customerId'])
  return row.id
}

/** the customers already on a trip (a person is on it once; the import refuses them a second place) */
export async function customersOnTrip(db: Dbx, tripId: number): Promise<Set<number>> {
  const rows = await db
    .selectFrom('trip_participants')
    .select('customer_id')
    .where('trip_id', '=', tripId)
    .execute()
  return new Set(rows.map((r) => r.customer_id).filter((c): c is number => c !== null))
}
