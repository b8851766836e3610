import type { Kysely, Transaction } from 'kysely'
import type { DB } from '../db/schema'
import type { AuditEntry } from '../../shared/audit/audit.api'
import type { Page } from '../../shared/common/schemas'
import { addDays, momentAt } from '../../shared/common/dates'
import { nameRecords, recordOf } from './audit-records'

export interface AuditInput {
  staffId: number | null
  action: string
  entity: string
  entityId: number | null
  /** names of the fields that changed — never their values, so the log holds no personal data */
  fields?: string[]
  at: string
}

/** Append one entry. Called inside the service's transaction so the entry and the change commit together. */
export async function writeAudit(db: Kysely<DB> | Transaction<DB>, e: AuditInput): Promise<void> {
  await db
    .insertInto('audit_log')
    .values({
      at: e.at,
      staff_id: e.staffId,
      action: e.action,
      entity: e.entity,
      entity_id: e.entityId,
      fields: JSON.stringify(e.fields ?? []),
    })
    .execute()
}

export interface AuditFilter {
  entity?: string | null
  entityId?: number | null
  action?: string | null
  staffId?: number | null
  from?: string | null
  to?: string | null
}

/** The log as the screen filters it: the list pages it, the inspection export reads all of it. */
function filtered(db: Kysely<DB>, f: AuditFilter) {
  let q = db.selectFrom('audit_log as a').leftJoin('staff as s', 's.id', 'a.staff_id')
  if (f.entity) q = q.where('a.entity', '=', f.entity)
  if (f.entityId) q = q.where('a.entity_id', '=', f.entityId)
  if (f.action) q = q.where('a.action', '=', f.action)
  if (f.staffId) q = q.where('a.staff_id', '=', f.staffId)
  // the agency's days, turned into instants: `at` is stored as an ISO instant in UTC
  if (f.from) q = q.where('a.at', '>=', momentAt(`${f.from}T00:00`).toISOString())
  if (f.to) q = q.where('a.at', '<', momentAt(`${addDays(f.to, 1)}T00:00`).toISOString())
  return q
}

/**
 * Newest first; `limit`/`offset` page it, `belowId` reads on from a page's last entry (entries
 * written meanwhile do not shift what follows). Records are named as people know them.
 */
export async function auditEntries(
  db: Kysely<DB>,
  f: AuditFilter,
  limit: number,
  offset = 0,
  belowId?: number,
): Promise<AuditEntry[]> {
  let q = filtered(db, f)
  if (belowId !== undefined) q = q.where('a.id', '<', belowId)
  const rows = await q
    .select([
      'a.id',
      'a.at',
      'a.action',
      'a.entity',
      'a.entity_id',
      'a.fields',
      'a.staff_id',
      's.name as staff_name',
    ])
    .orderBy('a.id', 'desc')
    .limit(limit)
    .offset(offset)
    .execute()
  const names = await nameRecords(
    db,
    rows.map((r) => ({ entity: r.entity, entityId: r.entity_id })),
  )
  return rows.map((r) => ({
    id: r.id,
    at: r.at,
    action: r.action,
    entity: r.entity,
    entityId: r.entity_id,
    fields: JSON.parse(r.fields) as string[],
    staff: r.staff_id != null ? { id: r.staff_id, name: r.staff_name ?? '' } : null,
    record: recordOf(names, { entity: r.entity, entityId: r.entity_id }),
  }))
}

export async function countAudit(db: Kysely<DB>, f: AuditFilter): Promise<number> {
  return Number(
    (
      await filtered(db, f)
        .select((eb) => eb.fn.countAll().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  )
}

export async function listAudit(
  db: Kysely<DB>,
  f: AuditFilter & { page: number; pageSize: number },
): Promise<Page<AuditEntry>> {
  const total = await countAudit(db, f)
  return { total, rows: await auditEntries(db, f, f.pageSize, f.page * f.pageSize) }
}

/** Everyone who may appear in the log, deactivated staff included, by name. */
export async function auditPeople(db: Kysely<DB>): Promise<{ id: number; name: string; active: boolean }[]> {
  const rows = await db.selectFrom('staff').select(['id', 'name', 'active']).orderBy('name').execute()
  return rows.map((r) => ({ id: r.id, name: r.name, active: Boolean(r.active) }))
}
