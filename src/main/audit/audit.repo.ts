import type { Kysely, Transaction } from 'kysely'
import type { DB } from '../db/schema'
import type { AuditEntry } from '../../shared/audit/audit.api'
import type { Page } from '../../shared/common/schemas'

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

export async function listAudit(
  db: Kysely<DB>,
  f: {
    entity?: string | null
    entityId?: number | null
    action?: string | null
    page: number
    pageSize: number
  },
): Promise<Page<AuditEntry>> {
  let q = db.selectFrom('audit_log as a').leftJoin('staff as s', 's.id', 'a.staff_id')
  if (f.entity) q = q.where('a.entity', '=', f.entity)
  if (f.entityId) q = q.where('a.entity_id', '=', f.entityId)
  if (f.action) q = q.where('a.action', '=', f.action)
  const total = Number((await q.select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n)
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
    .limit(f.pageSize)
    .offset(f.page * f.pageSize)
    .execute()
  return {
    total,
    rows: rows.map((r) => ({
      id: r.id,
      at: r.at,
      action: r.action,
      entity: r.entity,
      entityId: r.entity_id,
      fields: JSON.parse(r.fields) as string[],
      staff: r.staff_id != null ? { id: r.staff_id, name: r.staff_name ?? '' } : null,
    })),
  }
}
