import type { Kysely } from 'kysely'
import type { DB } from '../db/schema'
import type { AuditLink, AuditRecord } from '../../shared/audit/audit.api'
import { sheetCode } from '../../shared/feedback/return-rate'

type Ref = { entity: string; entityId: number | null }
type Found = Map<string, AuditRecord>
type Named = { id: number; label: string; link: AuditLink | null }

const key = (entity: string, id: number) => `${entity}:${id}`
const withName = (code: string, name: string | null) => (name ? `${code} · ${name}` : code)

/** How each kind of record is named: one query for all of that kind's ids on the page. */
const namers: Record<string, (db: Kysely<DB>, ids: number[]) => Promise<Named[]>> = {
  customer: async (db, ids) =>
    (await db.selectFrom('customers').select(['id', 'name']).where('id', 'in', ids).execute()).map((r) => ({
      id: r.id,
      label: r.name,
      link: { entity: 'customer', id: r.id },
    })),
  document: async (db, ids) =>
    (
      await db
        .selectFrom('customer_documents as d')
        .innerJoin('customers as c', 'c.id', 'd.customer_id')
        .select(['d.id', 'c.id as customerId', 'c.name'])
        .where('d.id', 'in', ids)
        .execute()
    ).map((r) => ({ id: r.id, label: r.name, link: { entity: 'customer', id: r.customerId } })),
  trip: async (db, ids) =>
    (await db.selectFrom('trips').select(['id', 'code', 'route_name']).where('id', 'in', ids).execute()).map(
      (r) => ({ id: r.id, label: `${r.code} ${r.route_name}`, link: { entity: 'trip', id: r.id } }),
    ),
  participant: async (db, ids) =>
    (
      await db
        .selectFrom('trip_participants as p')
        .innerJoin('trips as t', 't.id', 'p.trip_id')
        .leftJoin('customers as c', 'c.id', 'p.customer_id')
        .select(['p.id', 't.id as tripId', 't.code', 'c.name'])
        .where('p.id', 'in', ids)
        .execute()
    ).map((r) => ({ id: r.id, label: withName(r.code, r.name), link: { entity: 'trip', id: r.tripId } })),
  booking: async (db, ids) =>
    (
      await db
        .selectFrom('trip_bookings as b')
        .innerJoin('trips as t', 't.id', 'b.trip_id')
        .innerJoin('suppliers as s', 's.id', 'b.supplier_id')
        .select(['b.id', 't.id as tripId', 't.code', 's.name'])
        .where('b.id', 'in', ids)
        .execute()
    ).map((r) => ({ id: r.id, label: withName(r.code, r.name), link: { entity: 'trip', id: r.tripId } })),
  guide: async (db, ids) =>
    (await db.selectFrom('guides').select(['id', 'name']).where('id', 'in', ids).execute()).map((r) => ({
      id: r.id,
      label: r.name,
      link: { entity: 'guide', id: r.id },
    })),
  supplier: async (db, ids) =>
    (await db.selectFrom('suppliers').select(['id', 'name']).where('id', 'in', ids).execute()).map((r) => ({
      id: r.id,
      label: r.name,
      link: { entity: 'supplier', id: r.id },
    })),
  route: async (db, ids) =>
    (await db.selectFrom('routes').select(['id', 'name']).where('id', 'in', ids).execute()).map((r) => ({
      id: r.id,
      label: r.name,
      link: null,
    })),
  staff: async (db, ids) =>
    (await db.selectFrom('staff').select(['id', 'name']).where('id', 'in', ids).execute()).map((r) => ({
      id: r.id,
      label: r.name,
      link: null,
    })),
  complaint: async (db, ids) =>
    (await db.selectFrom('complaints').select(['id', 'case_no']).where('id', 'in', ids).execute()).map(
      (r) => ({
        id: r.id,
        label: r.case_no,
        link: { entity: 'complaint', id: r.id },
      }),
    ),
  complaint_evidence: async (db, ids) =>
    (
      await db
        .selectFrom('complaint_evidence as e')
        .innerJoin('complaints as c', 'c.id', 'e.complaint_id')
        .select(['e.id', 'e.file_name', 'c.id as complaintId', 'c.case_no'])
        .where('e.id', 'in', ids)
        .execute()
    ).map((r) => ({
      id: r.id,
      label: withName(r.case_no, r.file_name),
      link: { entity: 'complaint', id: r.complaintId },
    })),
  feedback_sheet: async (db, ids) =>
    (
      await db
        .selectFrom('feedback_sheets as f')
        .innerJoin('trips as t', 't.id', 'f.trip_id')
        .select(['f.id', 'f.sheet_no', 't.id as tripId', 't.code'])
        .where('f.id', 'in', ids)
        .execute()
    ).map((r) => ({
      id: r.id,
      label: sheetCode(r.code, r.sheet_no),
      link: { entity: 'trip', id: r.tripId },
    })),
  payment: async (db, ids) =>
    (
      await db
        .selectFrom('trip_payments as p')
        .innerJoin('trips as t', 't.id', 'p.trip_id')
        .leftJoin('trip_participants as tp', 'tp.id', 'p.participant_id')
        .leftJoin('customers as c', 'c.id', 'tp.customer_id')
        .select(['p.id', 't.id as tripId', 't.code', 'c.name'])
        .where('p.id', 'in', ids)
        .execute()
    ).map((r) => ({ id: r.id, label: withName(r.code, r.name), link: { entity: 'trip', id: r.tripId } })),
  room: async (db, ids) =>
    (
      await db
        .selectFrom('trip_rooms as r')
        .innerJoin('trips as t', 't.id', 'r.trip_id')
        .select(['r.id', 'r.label', 't.id as tripId', 't.code'])
        .where('r.id', 'in', ids)
        .execute()
    ).map((r) => ({ id: r.id, label: withName(r.code, r.label), link: { entity: 'trip', id: r.tripId } })),
}

/**
 * Names the records a page of log entries is about, one query per kind of record on the page:
 * a trip by its 团号 and route, a customer by name, a traveller by trip and name, a document by its
 * owner. What no longer exists stays unnamed (the log itself never held the name).
 */
export async function nameRecords(db: Kysely<DB>, refs: Ref[]): Promise<Found> {
  const byKind = new Map<string, Set<number>>()
  for (const r of refs) {
    if (r.entityId == null || !Object.hasOwn(namers, r.entity)) continue
    byKind.set(r.entity, (byKind.get(r.entity) ?? new Set()).add(r.entityId))
  }
  const found: Found = new Map()
  for (const [entity, ids] of byKind)
    for (const n of await namers[entity](db, [...ids]))
      found.set(key(entity, n.id), { label: n.label, link: n.link })
  return found
}

export function recordOf(found: Found, ref: Ref): AuditRecord | null {
  return ref.entityId == null ? null : (found.get(key(ref.entity, ref.entityId)) ?? null)
}
