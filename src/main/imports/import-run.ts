import { AppError } from '../../shared/api/envelope'
import { dayIn } from '../../shared/common/dates'
import type { ColumnMapping } from '../../shared/imports/customer-rows'
import { headerSignature } from '../../shared/imports/import-fields'
import type { GroupChoice, ImportReport } from '../../shared/imports/imports.types'
import type { Ctx } from '../core/context'
import { nowIso } from '../core/context'
import { writeAudit } from '../audit/audit.repo'
import type { Session } from '../api/session'
import { groupRows } from './analyse'
import { createMany, planRows, updateFromRow } from './customer-import'
import type { ValidRow } from './analyse'
import type { OpenFile } from './open-files'
import { validatedRows } from './open-files'

/** rows between two progress events (and two chances for a cancel to arrive) */
const BATCH = 500
/** files per multi-row insert: well under SQLite's and PostgreSQL's limits on bound parameters */
const INSERT_BATCH = 200

class Cancelled extends Error {}

/** lets the IPC message of a cancel in between two batches: awaiting a query alone never yields to it */
const breathe = () => new Promise<void>((r) => setImmediate(r))

export async function saveMapping(ctx: Ctx, headers: string[], mapping: ColumnMapping): Promise<void> {
  const at = nowIso(ctx)
  const value = { target: 'customers', signature: headerSignature(headers), mapping: JSON.stringify(mapping) }
  await ctx.db
    .insertInto('import_mappings')
    .values({ ...value, updated_at: at })
    .onConflict((oc) =>
      oc.columns(['target', 'signature']).doUpdateSet({ mapping: value.mapping, updated_at: at }),
    )
    .execute()
}

/**
 * Imports the whole file in ONE transaction. A cancel or a crash therefore leaves the database as
 * it was before the import, never half of a file that the report could not describe, and the undo
 * has exactly one import to take back. The cost: on SQLite other desks' writes wait for the import
 * (seconds for a few thousand rows; see bench/imports.ts for 100,000).
 */
export async function runImport(
  ctx: Ctx,
  session: Session,
  f: OpenFile,
  input: { sheet: number; headerRow: number; mapping: ColumnMapping; decisions: Record<string, GroupChoice> },
): Promise<ImportReport> {
  if (f.running) throw new AppError('CONFLICT', 'errors.importRunning')
  const staffId = session.staff!.id
  f.running = true
  f.cancelled = false
  const progress = (done: number, total: number) =>
    ctx.events.send(session, 'imports.progress', { token: f.token, done, total })
  try {
    const a = await groupRows(ctx.db, validatedRows(f, input, dayIn(ctx.clock())))
    const plans = planRows(a, input.decisions)
    const skipped = plans
      .filter((p) => p.kind === 'skip')
      .map((p) => ({ row: p.v.row, name: p.v.input.name, reason: 'duplicate' as const }))
    const created = plans.filter((p) => p.kind === 'create').length
    const updated = plans.filter((p) => p.kind === 'update').length
    const at = nowIso(ctx)
    progress(0, plans.length)
    const id = await ctx.db.transaction().execute(async (trx) => {
      const run = await trx
        .insertInto('import_runs')
        .values({
          target: 'customers',
          file_name: f.fileName,
          encoding: f.encoding,
          created_at: at,
          created_by: staffId,
          created_count: created,
          updated_count: updated,
          skipped_count: skipped.length,
          rejected_count: a.rejected.length,
        })
        .returning('id')
        .executeTakeFirstOrThrow()
      const pending: ValidRow[] = []
      const flush = async () => {
        await createMany(
          trx,
          pending.map((v) => v.input),
          run.id,
          staffId,
          at,
        )
        pending.length = 0
      }
      for (let i = 0; i < plans.length; i++) {
        const p = plans[i]
        if (p.kind === 'create') pending.push(p.v)
        else if (p.kind === 'update') {
          const u = await updateFromRow(trx, p.id, p.v.input, staffId, at)
          await trx
            .insertInto('import_items')
            .values({
              import_id: run.id,
              customer_id: p.id,
              action: 'updated',
              version_after: u.version,
              before: JSON.stringify(u.before),
            })
            .execute()
        }
        if (pending.length >= INSERT_BATCH) await flush()
        if ((i + 1) % BATCH === 0) {
          progress(i + 1, plans.length)
          await breathe()
          if (f.cancelled) throw new Cancelled()
        }
      }
      await flush()
      if (f.cancelled) throw new Cancelled()
      await writeAudit(trx, {
        at,
        staffId,
        action: 'import',
        entity: 'import',
        entityId: run.id,
        fields: ['created', 'updated'].filter((k) => (k === 'created' ? created : updated) > 0),
      })
      return run.id
    })
    progress(plans.length, plans.length)
    ctx.events.broadcast('data.changed', { entity: 'customer' })
    return { id, cancelled: false, created, updated, skipped, rejected: a.rejected }
  } catch (e) {
    if (e instanceof Cancelled)
      return { id: null, cancelled: true, created: 0, updated: 0, skipped: [], rejected: [] }
    throw e
  } finally {
    f.running = false
  }
}
