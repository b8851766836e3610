import type { Kysely, Transaction } from 'kysely'
import type { DB, ComplaintRowDb } from '../db/schema'
import type { ComplaintPolicy, ComplainantView, StaffRef } from '../../shared/complaints/complaint.types'
import type { ComplaintCause, ComplaintChannel, Severity } from '../../shared/complaints/complaint.schema'
import type { ComplaintStatus } from '../../shared/complaints/status'
import { REOPEN_DAYS } from '../../shared/complaints/status'
import { REPLY_DAYS, complaintClocks } from '../../shared/complaints/clocks'
import type { ComplaintClocks } from '../../shared/complaints/clocks'
import type { Gender } from '../../shared/customers/customer.schema'
import { addDays, dayIn } from '../../shared/common/dates'
import { notFound } from '../core/context'
import { fieldError, toYuan } from '../trips/trips.repo'

export type Dbx = Kysely<DB> | Transaction<DB>

export const staffRef = (id: number | null, name: string | null | undefined): StaffRef | null =>
  id != null ? { id, name: name ?? '' } : null

/** The statutory written reply falls due 10 calendar days after the agency was notified. */
export const replyDueDay = (receivedAt: string): string => addDays(dayIn(receivedAt), REPLY_DAYS)

export async function requireComplaint(db: Dbx, id: number): Promise<ComplaintRowDb> {
  const c = await db.selectFrom('complaints').selectAll().where('id', '=', id).executeTakeFirst()
  if (!c) throw notFound()
  return c
}

export async function readPolicy(db: Dbx): Promise<ComplaintPolicy & { approvalThresholdFen: number }> {
  const p = await db.selectFrom('complaint_policy').selectAll().where('id', '=', 1).executeTakeFirstOrThrow()
  return {
    approvalThreshold: toYuan(p.approval_threshold_fen) ?? 0,
    approvalThresholdFen: p.approval_threshold_fen,
    firstResponseHours: p.first_response_hours,
    resolutionDays: p.resolution_days,
    version: p.version,
  }
}

/** Status history, oldest first. */
export async function historyOf(db: Dbx, complaintId: number) {
  return db
    .selectFrom('complaint_status_history as h')
    .leftJoin('staff as s', 's.id', 'h.staff_id')
    .select(['h.id', 'h.from_status', 'h.to_status', 'h.at', 'h.staff_id', 's.name as staff_name', 'h.note'])
    .where('h.complaint_id', '=', complaintId)
    .orderBy('h.id')
    .execute()
}

export async function clocksOf(db: Dbx, c: ComplaintRowDb, now: Date): Promise<ComplaintClocks> {
  const history = await historyOf(db, c.id)
  const trip = c.trip_id
    ? await db.selectFrom('trips').select('return_date').where('id', '=', c.trip_id).executeTakeFirst()
    : undefined
  const policy = await readPolicy(db)
  return complaintClocks(
    {
      receivedAt: c.received_at,
      bureauMediated: c.channel === 'bureau',
      tripReturnDate: trip?.return_date ?? null,
      history: history.map((h) => ({ at: h.at, to: h.to_status as ComplaintStatus })),
    },
    policy,
    now,
  )
}

export async function complainantsOf(db: Dbx, complaintId: number): Promise<ComplainantView[]> {
  const rows = await db
    .selectFrom('complaint_complainants as p')
    .leftJoin('customers as cu', 'cu.id', 'p.customer_id')
    .select([
      'p.id',
      'p.customer_id',
      'p.name',
      'p.gender',
      'p.nationality',
      'p.address',
      'p.postcode',
      'p.phone',
      'cu.name as customer_name',
      'cu.gender as customer_gender',
      'cu.address as customer_address',
      'cu.mobile as customer_mobile',
    ])
    .where('p.complaint_id', '=', complaintId)
    .orderBy('p.position')
    .execute()
  return rows.map((r) => ({
    id: r.id,
    customerId: r.customer_id,
    // a file's details are read live from the file, never copied into the case
    name: r.customer_id != null ? r.customer_name : r.name,
    gender: ((r.customer_id != null ? r.customer_gender : r.gender) ?? 'unknown') as Gender,
    nationality: r.nationality,
    address: r.customer_id != null ? r.customer_address : r.address,
    postcode: r.postcode,
    phone: r.customer_id != null ? r.customer_mobile : r.phone,
  }))
}

export const reopenUntil = (c: ComplaintRowDb): string | null =>
  c.finished_at ? addDays(dayIn(c.finished_at), REOPEN_DAYS) : null

export const basics = (c: ComplaintRowDb) => ({
  status: c.status as ComplaintStatus,
  channel: c.channel as ComplaintChannel,
  cause: c.cause as ComplaintCause,
  severity: c.severity as Severity,
})

export interface CaseRefs {
  tripId: number | null
  assigneeId: number | null
  guideIds: number[]
  supplierIds: number[]
  complainants: { customerId: number | null }[]
}

/**
 * The ids a case form points at must exist, and the guide and supplier involved must be the
 * trip's own (assigned to it, booked for it): a complaint names the people who served that trip.
 */
export async function checkRefs(db: Dbx, r: CaseRefs): Promise<void> {
  if (r.assigneeId != null) {
    const s = await db.selectFrom('staff').select('active').where('id', '=', r.assigneeId).executeTakeFirst()
    if (!s || s.active !== 1) throw fieldError('assigneeId', 'errors.staffUnknown')
  }
  if (r.tripId != null) {
    const t = await db.selectFrom('trips').select('id').where('id', '=', r.tripId).executeTakeFirst()
    if (!t) throw fieldError('tripId', 'errors.tripUnknown')
  }
  for (const [i, c] of r.complainants.entries()) {
    if (c.customerId == null) continue
    const cu = await db.selectFrom('customers').select('id').where('id', '=', c.customerId).executeTakeFirst()
    if (!cu) throw fieldError(`complainants.${i}.customerId`, 'errors.customerUnknown')
  }
  if ((r.guideIds.length || r.supplierIds.length) && r.tripId == null) {
    throw fieldError(r.guideIds.length ? 'guideIds' : 'supplierIds', 'errors.partiesNeedTrip')
  }
  for (const [i, g] of r.guideIds.entries()) {
    const on = await db
      .selectFrom('trip_guides')
      .select('id')
      .where('trip_id', '=', r.tripId!)
      .where('guide_id', '=', g)
      .executeTakeFirst()
    if (!on) throw fieldError(`guideIds.${i}`, 'errors.notOnTrip')
  }
  for (const [i, s] of r.supplierIds.entries()) {
    const on = await db
      .selectFrom('trip_bookings')
      .select('id')
      .where('trip_id', '=', r.tripId!)
      .where('supplier_id', '=', s)
      .executeTakeFirst()
    if (!on) throw fieldError(`supplierIds.${i}`, 'errors.notOnTrip')
  }
}

interface ComplainantForm {
  customerId: number | null
  name: string | null
  gender: string | null
  nationality: string | null
  address: string | null
  postcode: string | null
  phone: string | null
}

/** Replaces the case's complainants and parties with the form's. */
export async function writeParts(
  trx: Transaction<DB>,
  complaintId: number,
  f: { complainants: ComplainantForm[]; guideIds: number[]; supplierIds: number[] },
): Promise<void> {
  await trx.deleteFrom('complaint_complainants').where('complaint_id', '=', complaintId).execute()
  await trx.deleteFrom('complaint_parties').where('complaint_id', '=', complaintId).execute()
  await trx
    .insertInto('complaint_complainants')
    .values(
      f.complainants.map((c, position) => ({
        complaint_id: complaintId,
        position,
        customer_id: c.customerId,
        ...(c.customerId == null
          ? {
              name: c.name,
              gender: c.gender,
              nationality: c.nationality,
              address: c.address,
              postcode: c.postcode,
              phone: c.phone,
            }
          : {}),
      })),
    )
    .execute()
  const parties = [
    ...f.guideIds.map((g) => ({ complaint_id: complaintId, guide_id: g, supplier_id: null })),
    ...f.supplierIds.map((s) => ({ complaint_id: complaintId, guide_id: null, supplier_id: s })),
  ]
  if (parties.length) await trx.insertInto('complaint_parties').values(parties).execute()
}

/** A complainant as the audit compares it: a file by its id only, a person by every field. */
export const complainantKey = (c: ComplainantForm) =>
  c.customerId != null
    ? { customerId: c.customerId }
    : {
        customerId: null,
        name: c.name,
        gender: c.gender,
        nationality: c.nationality,
        address: c.address,
        postcode: c.postcode,
        phone: c.phone,
      }

/** The stored complainants and parties in the form's shape, for the audit's field diff. */
export async function partsOf(db: Dbx, complaintId: number) {
  const people = await db
    .selectFrom('complaint_complainants')
    .select(['customer_id', 'name', 'gender', 'nationality', 'address', 'postcode', 'phone'])
    .where('complaint_id', '=', complaintId)
    .orderBy('position')
    .execute()
  const parties = await db
    .selectFrom('complaint_parties')
    .select(['guide_id', 'supplier_id'])
    .where('complaint_id', '=', complaintId)
    .orderBy('id')
    .execute()
  return {
    complainants: people.map((p) => complainantKey({ ...p, customerId: p.customer_id })),
    guideIds: parties.flatMap((p) => (p.guide_id != null ? [p.guide_id] : [])),
    supplierIds: parties.flatMap((p) => (p.supplier_id != null ? [p.supplier_id] : [])),
  }
}
