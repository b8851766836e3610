import type { Kysely } from 'kysely'
import type { DB } from '../db/schema'
import type { AuditLink, AuditRecord } from '../../shared/audit/audit.api'
import { sheetCode } from '../../shared/feedback/return-rate'

type Ref = { entity: string; entityId: number | null }
type Found = Map<string, AuditRecord>

const key = (entity: string, id: number) => `${entity}:${id}`

/**
 * Names the records a page of log entries is about, one query per kind of record on the page:
 * a trip by its 团号 and route, a customer by name, a traveller by trip and name, a document by its
 * owner. What no longer exists stays unnamed (the log itself never held the name).
 */
export async function nameRecords(db: Kysely<DB>, refs: Ref[]): Promise<Found> {
  const ids = (entity: string) => [
    ...new Set(refs.filter((r) => r.entity === entity && r.entityId != null).map((r) => r.entityId!)),
  ]
  const found: Found = new Map()
  const put = (entity: string, id: number, label: string, link: AuditLink | null) =>
    found.set(key(entity, id), { label, link })

  const customers = ids('customer')
  if (customers.length) {
    const rows = await db
      .selectFrom('customers')
      .select(['id', 'name'])
      .where('id', 'in', customers)
      .execute()
    for (const r of rows) put('customer', r.id, r.name, { entity: 'customer', id: r.id })
  }
  const documents = ids('document')
  if (documents.length) {
    const rows = await db
      .selectFrom('customer_documents as d')
      .innerJoin('customers as c', 'c.id', 'd.customer_id')
      .select(['d.id', 'c.id as customerId', 'c.name'])
      .where('d.id', 'in', documents)
      .execute()
    for (const r of rows) put('document', r.id, r.name, { entity: 'customer', id: r.customerId })
  }
  const trips = ids('trip')
  if (trips.length) {
    const rows = await db
      .selectFrom('trips')
      .select(['id', 'code', 'route_name'])
      .where('id', 'in', trips)
      .execute()
    for (const r of rows) put('trip', r.id, `${r.code} ${r.route_name}`, { entity: 'trip', id: r.id })
  }
  const participants = ids('participant')
  if (participants.length) {
    const rows = await db
      .selectFrom('trip_participants as p')
      .innerJoin('trips as t', 't.id', 'p.trip_id')
      .leftJoin('customers as c', 'c.id', 'p.customer_id')
      .select(['p.id', 't.id as tripId', 't.code', 'c.name'])
      .where('p.id', 'in', participants)
      .execute()
    for (const r of rows)
      put('participant', r.id, r.name ? `${r.code} · ${r.name}` : r.code, { entity: 'trip', id: r.tripId })
  }
  const bookings = ids('booking')
  if (bookings.length) {
    const rows = await db
      .selectFrom('trip_bookings as b')
      .innerJoin('trips as t', 't.id', 'b.trip_id')
      .innerJoin('suppliers as s', 's.id', 'b.supplier_id')
      .select(['b.id', 't.id as tripId', 't.code', 's.name'])
      .where('b.id', 'in', bookings)
      .execute()
    for (const r of rows) put('booking', r.id, `${r.code} · ${r.name}`, { entity: 'trip', id: r.tripId })
  }
  const simple = [
    ['guide', 'guides', 'guide'],
    ['supplier', 'suppliers', 'supplier'],
    ['route', 'routes', null],
    ['staff', 'staff', null],
  ] as const
  for (const [entity, table, linkTo] of simple) {
    const list = ids(entity)
    if (!list.length) continue
    const rows = await db.selectFrom(table).select(['id', 'name']).where('id', 'in', list).execute()
    for (const r of rows) put(entity, r.id, r.name, linkTo ? { entity: linkTo, id: r.id } : null)
  }
  const complaints = ids('complaint')
  if (complaints.length) {
    const rows = await db
      .selectFrom('complaints')
      .select(['id', 'case_no'])
      .where('id', 'in', complaints)
      .execute()
    for (const r of rows) put('complaint', r.id, r.case_no, { entity: 'complaint', id: r.id })
  }
  const evidence = ids('complaint_evidence')
  if (evidence.length) {
    const rows = await db
      .selectFrom('complaint_evidence as e')
      .innerJoin('complaints as c', 'c.id', 'e.complaint_id')
      .select(['e.id', 'e.file_name', 'c.id as complaintId', 'c.case_no'])
      .where('e.id', 'in', evidence)
      .execute()
    for (const r of rows)
      put('complaint_evidence', r.id, `${r.case_no} · ${r.file_name}`, {
        entity: 'complaint',
        id: r.complaintId,
      })
  }
  const sheets = ids('feedback_sheet')
  if (sheets.length) {
    const rows = await db
      .selectFrom('feedback_sheets as f')
      .innerJoin('trips as t', 't.id', 'f.trip_id')
      .select(['f.id', 'f.sheet_no', 't.id as tripId', 't.code'])
      .where('f.id', 'in', sheets)
      .execute()
    for (const r of rows)
      put('feedback_sheet', r.id, sheetCode(r.code, r.sheet_no), {
        entity: 'trip',
        id: r.tripId,
      })
  }
  const payments = ids('payment')
  if (payments.length) {
    const rows = await db
      .selectFrom('trip_payments as p')
      .innerJoin('trips as t', 't.id', 'p.trip_id')
      .leftJoin('trip_participants as tp', 'tp.id', 'p.participant_id')
      .leftJoin('customers as c', 'c.id', 'tp.customer_id')
      .select(['p.id', 't.id as tripId', 't.code', 'c.name'])
      .where('p.id', 'in', payments)
      .execute()
    for (const r of rows)
      put('payment', r.id, r.name ? `${r.code} · ${r.name}` : r.code, { entity: 'trip', id: r.tripId })
  }
  return found
}

export function recordOf(found: Found, ref: Ref): AuditRecord | null {
  return ref.entityId == null ? null : (found.get(key(ref.entity, ref.entityId)) ?? null)
}
