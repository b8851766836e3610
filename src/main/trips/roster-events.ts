import type { Transaction } from 'kysely'
import type { DB } from '../db/schema'
import type { RosterEvent } from '../../shared/trips/trip.types'
import type { Dbx } from './trips.repo'

/**
 * The trip's own record of roster changes the status history cannot show: someone taken off, or a
 * traveller's personal data deleted. Only a customer link (cleared when the file is deleted) and the
 * contract number are kept, never a name, so the record outlives the person's data without copying it.
 */
export async function recordRosterEvent(
  trx: Transaction<DB>,
  e: {
    tripId: number
    kind: RosterEvent['kind']
    row: { customer_id: number | null; contract_no: string | null }
    at: string
    staffId: number
  },
): Promise<void> {
  await trx
    .insertInto('trip_roster_events')
    .values({
      trip_id: e.tripId,
      kind: e.kind,
      // a deletion event must not point at the file being deleted; the FK would clear it anyway
      customer_id: e.kind === 'personal_data_deleted' ? null : e.row.customer_id,
      contract_no: e.row.contract_no,
      at: e.at,
      staff_id: e.staffId,
    })
    .execute()
}

export async function loadRosterEvents(db: Dbx, tripId: number): Promise<RosterEvent[]> {
  const rows = await db
    .selectFrom('trip_roster_events as e')
    .leftJoin('customers as c', 'c.id', 'e.customer_id')
    .leftJoin('staff as s', 's.id', 'e.staff_id')
    .select([
      'e.kind',
      'e.at',
      'e.contract_no',
      'e.customer_id',
      'c.name',
      'e.staff_id',
      's.name as staff_name',
    ])
    .where('e.trip_id', '=', tripId)
    .orderBy('e.id', 'desc')
    .execute()
  return rows.map((r) => ({
    kind: r.kind,
    at: r.at,
    contractNo: r.contract_no,
    customer: r.customer_id !== null ? { id: r.customer_id, name: r.name ?? '' } : null,
    staff: r.staff_id !== null ? { id: r.staff_id, name: r.staff_name ?? '' } : null,
  }))
}
