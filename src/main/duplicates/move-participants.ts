import { recordRosterEvent } from '../trips/roster-events'
import { touchTrip } from '../trips/trips.repo'
import type { MergeRun } from './customer-refs'

/*
 * Trip places move to the survivor. Where both files were on the same trip, that was one person booked
 * twice: the survivor's place stays, the other place goes, and what hangs on it follows the kept place —
 * money taken (payments are the agency's ledger, never dropped), feedback sheets, a roommate pointing
 * at it. The removed place's own charges go with it: they priced a seat nobody will take. The trip's
 * roster history records the removal, and the merge result names the trip so the clerk can check it.
 */
export async function moveParticipants(m: MergeRun): Promise<void> {
  const { trx } = m
  const theirs = await trx
    .selectFrom('trip_participants as p')
    .innerJoin('trips as t', 't.id', 'p.trip_id')
    .select(['p.id', 'p.trip_id', 'p.contract_no', 't.code'])
    .where('p.customer_id', '=', m.gone)
    .orderBy('p.id')
    .execute()
  for (const r of theirs) {
    m.trips.add(r.trip_id)
    const kept = await trx
      .selectFrom('trip_participants')
      .select('id')
      .where('trip_id', '=', r.trip_id)
      .where('customer_id', '=', m.keep)
      .orderBy('id')
      .executeTakeFirst()
    if (!kept) {
      await trx
        .updateTable('trip_participants')
        .set((eb) => ({
          customer_id: m.keep,
          updated_at: m.at,
          updated_by: m.staffId,
          version: eb('version', '+', 1),
        }))
        .where('id', '=', r.id)
        .execute()
      continue
    }
    await trx
      .updateTable('trip_payments')
      .set({ participant_id: kept.id })
      .where('participant_id', '=', r.id)
      .execute()
    await trx
      .updateTable('feedback_sheets')
      .set({ participant_id: kept.id })
      .where('participant_id', '=', r.id)
      .execute()
    await trx
      .updateTable('trip_participants')
      .set((eb) => ({ roommate_id: kept.id, version: eb('version', '+', 1) }))
      .where('roommate_id', '=', r.id)
      .where('id', '<>', kept.id)
      .execute()
    await trx
      .updateTable('trip_participants')
      .set((eb) => ({ roommate_id: null, version: eb('version', '+', 1) }))
      .where('id', '=', kept.id)
      .where('roommate_id', '=', r.id)
      .execute()
    await trx.deleteFrom('trip_participants').where('id', '=', r.id).execute()
    await recordRosterEvent(trx, {
      tripId: r.trip_id,
      kind: 'removed',
      row: { customer_id: m.keep, contract_no: r.contract_no },
      at: m.at,
      staffId: m.staffId,
    })
    await touchTrip(trx, r.trip_id, m.staffId, m.at)
    if (!m.sameTrips.includes(r.code)) m.sameTrips.push(r.code)
  }
}
