import type { Transaction } from 'kysely'
import type { DB } from '../db/schema'
import { AppError } from '../../shared/api/envelope'
import type { ComplaintStatus } from '../../shared/complaints/status'
import { isFinished } from '../../shared/complaints/status'
import { remedyOfChange } from '../../shared/complaints/trip-change'
import type { TripChangeKind, TripChangeView } from '../../shared/complaints/trip-change'
import { auditor, fieldError } from '../trips/trips.repo'
import type { Dbx } from './complaints.repo'
import { requireComplaint, staffRef } from './complaints.repo'

export interface TripChange {
  complaintId: number
  tripId: number
  kind: TripChangeKind
  dayNo?: number | null
  fromDayNo?: number | null
  from: string | null
  to: string | null
  staffId: number
  at: string
}

/*
 * The remedy a change carries out: the case's first not-refused remedy of the matching kind that no
 * change has carried out yet; failing that, the one already carried out (several item edits are one
 * adjustment of the itinerary). None: the change is still recorded, for no remedy.
 */
async function remedyFor(trx: Transaction<DB>, complaintId: number, kind: TripChangeKind) {
  const rows = await trx
    .selectFrom('complaint_remedies as r')
    .leftJoin('complaint_trip_changes as c', 'c.remedy_id', 'r.id')
    .select(['r.id', 'c.id as change_id'])
    .where('r.complaint_id', '=', complaintId)
    .where('r.kind', '=', remedyOfChange(kind))
    .where('r.approval', '!=', 'rejected')
    .orderBy('r.id')
    .execute()
  return (rows.find((r) => r.change_id === null) ?? rows[0])?.id ?? null
}

/**
 * Records a trip change made for a case, inside the transaction that made it: one row read by both
 * the trip's history and the case's, the matching remedy carried out, the case touched and audited.
 * The case must be about this trip and still open.
 */
export async function recordTripChange(trx: Transaction<DB>, c: TripChange): Promise<void> {
  const cur = await requireComplaint(trx, c.complaintId).catch(() => {
    throw fieldError('complaintId', 'errors.complaintUnknown')
  })
  if (cur.trip_id !== c.tripId) throw fieldError('complaintId', 'errors.complaintOtherTrip')
  if (isFinished(cur.status as ComplaintStatus)) throw new AppError('CONFLICT', 'errors.complaintFinished')
  await trx
    .insertInto('complaint_trip_changes')
    .values({
      complaint_id: c.complaintId,
      trip_id: c.tripId,
      remedy_id: await remedyFor(trx, c.complaintId, c.kind),
      kind: c.kind,
      day_no: c.dayNo ?? null,
      from_day_no: c.fromDayNo ?? null,
      from_text: c.from,
      to_text: c.to,
      at: c.at,
      staff_id: c.staffId,
    })
    .execute()
  // like a remedy, the change is part of the case's record: it moves updated_at, not the form's version
  await trx
    .updateTable('complaints')
    .set({ updated_at: c.at, updated_by: c.staffId })
    .where('id', '=', c.complaintId)
    .execute()
  await auditor({ trx, at: c.at, staffId: c.staffId })('tripChange', 'complaint', c.complaintId, [
    c.kind === 'guide' ? 'guides' : 'itinerary',
  ])
}

/** A case's or a trip's changes, oldest first. */
export async function tripChanges(
  db: Dbx,
  of: { complaintId: number } | { tripId: number },
): Promise<TripChangeView[]> {
  let q = db
    .selectFrom('complaint_trip_changes as x')
    .innerJoin('complaints as c', 'c.id', 'x.complaint_id')
    .leftJoin('staff as s', 's.id', 'x.staff_id')
    .selectAll('x')
    .select(['c.case_no', 's.name as staff_name'])
  q =
    'complaintId' in of
      ? q.where('x.complaint_id', '=', of.complaintId)
      : q.where('x.trip_id', '=', of.tripId)
  const rows = await q.orderBy('x.id').execute()
  return rows.map((r) => ({
    id: r.id,
    complaint: { id: r.complaint_id, caseNo: r.case_no },
    tripId: r.trip_id,
    kind: r.kind,
    dayNo: r.day_no,
    fromDayNo: r.from_day_no,
    from: r.from_text,
    to: r.to_text,
    remedyId: r.remedy_id,
    at: r.at,
    staff: staffRef(r.staff_id, r.staff_name),
  }))
}
