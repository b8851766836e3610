import type { Kysely, Transaction } from 'kysely'
import type { DB } from '../db/schema'
import { AppError } from '../../shared/api/envelope'
import type { DestructionKind, DestructionRecord, DueItem } from '../../shared/privacy/privacy.api'
import { addYears, destroyFrom, tripArchiveReference } from '../../shared/privacy/retention'
import { writeAudit } from '../audit/audit.repo'
import { touchTrip } from '../trips/trips.repo'

/**
 * What the manager's review list proposes on `today`: restricted files whose retention ended, and trip
 * archives (团队档案) of trips that returned more than the retention period ago and were not destroyed yet.
 */
export async function dueItems(db: Kysely<DB>, today: string, years: number): Promise<DueItem[]> {
  const files = await db
    .selectFrom('restricted_files')
    .select(['id', 'reference', 'name', 'last_trip_end', 'destroy_from'])
    .where('destroy_from', '<=', today)
    .orderBy('destroy_from')
    .orderBy('id')
    .execute()
  // a coarse bound in SQL, the exact day rule (29 February, the day after) in one place: retention.ts
  const trips = await db
    .selectFrom('trips')
    .select(['id', 'code', 'route_name', 'return_date'])
    .where('archive_destroyed_at', 'is', null)
    .where('return_date', '<=', addYears(today, -years))
    .orderBy('return_date')
    .orderBy('id')
    .execute()
  return [
    ...files.map((f) => ({
      kind: 'restricted_file' as const,
      id: f.id,
      reference: f.reference,
      label: f.name,
      endedOn: f.last_trip_end,
      destroyFrom: f.destroy_from,
    })),
    ...trips
      .map((t) => ({
        kind: 'trip_archive' as const,
        id: t.id,
        reference: tripArchiveReference(t.id),
        label: `${t.code} ${t.route_name}`,
        endedOn: t.return_date,
        destroyFrom: destroyFrom(t.return_date, years),
      }))
      .filter((t) => t.destroyFrom <= today),
  ]
}

const notDue = () => new AppError('CONFLICT', 'errors.notDueForDestruction')

/**
 * Destroys one approved item inside the caller's transaction and writes the destruction record:
 * the kind, the opaque reference, when and who — nothing of what was destroyed. Refuses an item that
 * is not (or no longer) due, so a stale review list cannot destroy something kept on purpose.
 */
export async function destroyItem(
  trx: Transaction<DB>,
  item: { kind: DestructionKind; id: number },
  e: { today: string; years: number; at: string; staffId: number },
): Promise<number> {
  const reference =
    item.kind === 'restricted_file'
      ? await destroyRestrictedFile(trx, item.id, e.today)
      : await destroyTripArchive(trx, item.id, e)
  const { id } = await trx
    .insertInto('destruction_records')
    .values({ kind: item.kind, reference, destroyed_at: e.at, approved_by: e.staffId })
    .returning('id')
    .executeTakeFirstOrThrow()
  await writeAudit(trx, {
    at: e.at,
    staffId: e.staffId,
    action: 'destroy',
    entity: item.kind,
    entityId: item.id,
  })
  return id
}

async function destroyRestrictedFile(trx: Transaction<DB>, id: number, today: string): Promise<string> {
  const row = await trx
    .selectFrom('restricted_files')
    .select(['reference', 'destroy_from'])
    .where('id', '=', id)
    .executeTakeFirst()
  if (!row || row.destroy_from > today) throw notDue()
  await trx.deleteFrom('restricted_files').where('id', '=', id).execute()
  return row.reference
}

/**
 * A trip archive: what was collected for the trip — the travellers' notes, seats, insurance and visa
 * details, the feedback sheets' personal fields (who filled them in, the free text) and the complaints
 * of people no longer on file (see destroyTripComplaints). The trip, its itinerary, contract numbers,
 * prices and money stay, and so does the link of a traveller whose file is still kept: the trip and
 * what they paid for it are part of an active customer's own file, not of the archive. A traveller
 * whose file was deleted or restricted has no link left by then (the file's deletion cleared it). The
 * feedback scores stay without a name: they are the guide's and the suppliers' record.
 */
async function destroyTripArchive(
  trx: Transaction<DB>,
  tripId: number,
  e: { today: string; years: number; at: string; staffId: number },
): Promise<string> {
  const trip = await trx
    .selectFrom('trips')
    .select(['return_date', 'archive_destroyed_at'])
    .where('id', '=', tripId)
    .executeTakeFirst()
  if (!trip || trip.archive_destroyed_at || destroyFrom(trip.return_date, e.years) > e.today) throw notDue()
  await trx
    .updateTable('trip_participants')
    .set((eb) => ({
      notes: null,
      seat: null,
      insurance_no: null,
      visa_status: null,
      visa_type: null,
      visa_no: null,
      visa_valid_until: null,
      updated_at: e.at,
      updated_by: e.staffId,
      version: eb('version', '+', 1),
    }))
    .where('trip_id', '=', tripId)
    .execute()
  await trx
    .updateTable('feedback_sheets')
    .set((eb) => ({
      participant_id: null,
      customer_id: null,
      comment: null,
      follow_up_id: null,
      complaint_id: null,
      updated_at: e.at,
      version: eb('version', '+', 1),
    }))
    .where('trip_id', '=', tripId)
    .execute()
  await destroyTripComplaints(trx, tripId, e)
  await trx.updateTable('trips').set({ archive_destroyed_at: e.at }).where('id', '=', tripId).execute()
  await touchTrip(trx, tripId, e.staffId, e.at)
  return tripArchiveReference(tripId)
}

/**
 * The trip's complaints. A case with a complainant whose file is still kept is that customer's own
 * record and the agency's evidence: it stays, linked to the trip (which stays too), with its evidence,
 * remedies and history. Only the details of a co-complainant without a file (a walk-in's name, phone,
 * address) were collected for the trip: they are cleared, the place on the case kept, as a deleted
 * file's is. Every other case — its complainants all restricted, destroyed or without a file — goes,
 * with its evidence (stored in the rows) and its reminders (ON DELETE CASCADE). Free text (what
 * happened, notes, lessons) and evidence may name other travellers; nothing can tell, so it is left.
 */
async function destroyTripComplaints(
  trx: Transaction<DB>,
  tripId: number,
  e: { at: string; staffId: number },
): Promise<void> {
  await trx
    .deleteFrom('complaints as c')
    .where('c.trip_id', '=', tripId)
    .where((eb) =>
      eb.not(
        eb.exists(
          eb
            .selectFrom('complaint_complainants as p')
            .select('p.id')
            .whereRef('p.complaint_id', '=', 'c.id')
            .where('p.customer_id', 'is not', null),
        ),
      ),
    )
    .execute()
  const walkIns = await trx
    .selectFrom('complaint_complainants as w')
    .innerJoin('complaints as c', 'c.id', 'w.complaint_id')
    .select(['w.id', 'w.complaint_id'])
    .where('c.trip_id', '=', tripId)
    .where('w.customer_id', 'is', null)
    .where((eb) =>
      eb.or(
        (['name', 'gender', 'nationality', 'address', 'postcode', 'phone'] as const).map((k) =>
          eb(`w.${k}`, 'is not', null),
        ),
      ),
    )
    .execute()
  if (!walkIns.length) return
  await trx
    .updateTable('complaint_complainants')
    .set({ name: null, gender: null, nationality: null, address: null, postcode: null, phone: null })
    .where(
      'id',
      'in',
      walkIns.map((w) => w.id),
    )
    .execute()
  // the case changed: a form opened on it before cannot save the walk-in's details back
  await trx
    .updateTable('complaints')
    .set((eb) => ({ updated_at: e.at, updated_by: e.staffId, version: eb('version', '+', 1) }))
    .where('id', 'in', [...new Set(walkIns.map((w) => w.complaint_id))])
    .execute()
}

export async function destructionRecords(db: Kysely<DB>): Promise<DestructionRecord[]> {
  const rows = await db
    .selectFrom('destruction_records as d')
    .leftJoin('staff as s', 's.id', 'd.approved_by')
    .select(['d.id', 'd.kind', 'd.reference', 'd.destroyed_at', 's.name as approver'])
    .orderBy('d.destroyed_at', 'desc')
    .orderBy('d.id', 'desc')
    .execute()
  return rows.map((r) => ({
    id: r.id,
    kind: r.kind as DestructionKind,
    reference: r.reference,
    destroyedAt: r.destroyed_at,
    approvedBy: r.approver,
  }))
}
