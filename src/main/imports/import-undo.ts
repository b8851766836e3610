import type { Transaction } from 'kysely'
import { AppError } from '../../shared/api/envelope'
import type { ImportTarget } from '../../shared/imports/import-fields'
import type { DB } from '../db/schema'
import { undoResourceImport } from './resource-undo'
import type { Ctx } from '../core/context'
import { notFound, nowIso, stale } from '../core/context'
import { updateVersioned } from '../core/update-versioned'
import { writeAudit } from '../audit/audit.repo'
import { sqlFor } from '../db/store-sql'
import { documentNumbers, replaceTags } from '../customers/customers.repo'
import { indexCustomer, unindexCustomer } from '../customers/search-index'
import type { UpdateBefore } from './customer-import'

const entityOf = {
  customers: 'customer',
  guides: 'guide',
  suppliers: 'supplier',
  participants: 'trip',
} as const

/**
 * Takes a whole import back: files it created are removed, files it updated get back the columns,
 * tags and documents they had. Refused, with nothing changed, once any of those files has been
 * edited since (its version moved on) or a created file has been put to use (a trip, a contact
 * logged, a relation, a complaint): undoing would then throw away someone's later work.
 */
export async function undoImport(ctx: Ctx, staffId: number, id: number, version: number): Promise<void> {
  const at = nowIso(ctx)
  let target: ImportTarget = 'customers'
  const finish = async (trx: Transaction<DB>, t: ImportTarget) => {
    target = t
    await updateVersioned(trx, 'import_runs', id, version, { undone_at: at, undone_by: staffId })
    await writeAudit(trx, {
      at,
      staffId,
      action: 'undo',
      entity: 'import',
      entityId: id,
      fields: ['created', 'updated'],
    })
  }
  await ctx.db.transaction().execute(async (trx) => {
    const run = await trx.selectFrom('import_runs').selectAll().where('id', '=', id).executeTakeFirst()
    if (!run) throw notFound()
    if (run.version !== version) throw stale()
    if (run.undone_at) throw new AppError('CONFLICT', 'errors.importUndone')
    if (run.target === 'guides' || run.target === 'suppliers') {
      await undoResourceImport(trx, run.target, id, staffId, at)
      await finish(trx, run.target)
      return
    }
    // a sign-up sheet's places go first; the files it created are then undone as a customer import's
    if (run.target === 'participants') await undoParticipantRows(trx, id)
    const items = await trx
      .selectFrom('import_items as i')
      .innerJoin('customers as c', 'c.id', 'i.customer_id')
      .select(['i.customer_id', 'i.action', 'i.version_after', 'i.before', 'c.version'])
      .where('i.import_id', '=', id)
      .orderBy('i.id')
      .execute()
    const created = items.filter((i) => i.action === 'created').map((i) => i.customer_id)
    let edited = items.filter((i) => i.version !== i.version_after).length
    for (let k = 0; k < created.length; k += 500) {
      const ids = created.slice(k, k + 500)
      for (const [table, col] of [
        ['trip_participants', 'customer_id'],
        ['communications', 'customer_id'],
        ['complaint_complainants', 'customer_id'],
        ['customer_relations', 'a_id'],
        ['customer_relations', 'b_id'],
      ] as const) {
        const used = await trx.selectFrom(table).select(col).where(col, 'in', ids).execute()
        edited += new Set(used.map((u) => (u as Record<string, unknown>)[col])).size
      }
    }
    if (edited) throw new AppError('CONFLICT', 'errors.importEditedSince', { count: edited })
    for (const it of items) {
      if (it.action === 'created') {
        await unindexCustomer(trx, it.customer_id)
        await trx.deleteFrom('customers').where('id', '=', it.customer_id).execute()
        continue
      }
      const before = JSON.parse(it.before ?? '{}') as UpdateBefore
      if (before.addedDocuments.length)
        await trx.deleteFrom('customer_documents').where('id', 'in', before.addedDocuments).execute()
      await replaceTags(trx, it.customer_id, before.tags)
      await updateVersioned(trx, 'customers', it.customer_id, it.version_after, {
        ...(before.columns as object),
        updated_at: at,
        updated_by: staffId,
      })
      const row = await trx
        .selectFrom('customers')
        .select(['name', 'mobile'])
        .where('id', '=', it.customer_id)
        .executeTakeFirstOrThrow()
      await indexCustomer(trx, it.customer_id, {
        ...row,
        documents: await documentNumbers(trx, it.customer_id),
      })
    }
    await finish(trx, run.target === 'participants' ? 'participants' : 'customers')
  })
  if (target === 'customers' || target === 'participants') await sqlFor(ctx.db).purgeDeleted(ctx.db)
  ctx.events.broadcast('data.changed', { entity: entityOf[target] })
}

/**
 * Takes back the places a sign-up sheet gave on its trip. Refused once one of them was changed since
 * (a room, a contract number, a visa: its version moved on); a place removed by hand is already gone.
 */
async function undoParticipantRows(trx: Transaction<DB>, importId: number): Promise<void> {
  const rows = await trx
    .selectFrom('import_participant_items as i')
    .innerJoin('trip_participants as p', 'p.id', 'i.participant_id')
    .select(['p.id', 'p.version'])
    .where('i.import_id', '=', importId)
    .execute()
  const edited = rows.filter((r) => r.version !== 1).length
  if (edited) throw new AppError('CONFLICT', 'errors.importEditedSince', { count: edited })
  const ids = rows.map((r) => r.id)
  for (let k = 0; k < ids.length; k += 500)
    await trx
      .deleteFrom('trip_participants')
      .where('id', 'in', ids.slice(k, k + 500))
      .execute()
}
