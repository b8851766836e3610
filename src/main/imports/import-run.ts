import { AppError } from '../../shared/api/envelope'
import { dayIn } from '../../shared/common/dates'
import type { ImportTarget } from '../../shared/imports/import-fields'
import { headerSignature } from '../../shared/imports/import-fields'
import type { GroupChoice, ImportReport, RejectedRow } from '../../shared/imports/imports.types'
import type { ImportField } from '../../shared/imports/resource-fields'
import type { Ctx } from '../core/context'
import { nowIso } from '../core/context'
import { writeAudit } from '../audit/audit.repo'
import type { Session } from '../api/session'
import type { Plan } from './customer-import'
import { planRows } from './customer-import'
import type { ImportKind } from './import-kind'
import type { OpenFile } from './open-files'
import { groupedRows } from './open-files'

/**
 * Records per batch: one multi-row insert per table (≈ 20 columns × 250 rows, well under SQLite's
 * and PostgreSQL's limits on bound parameters), then a progress event and a chance to cancel.
 */
const BATCH = 250

class Cancelled extends Error {}

/** lets the IPC message of a cancel in between two batches: awaiting a query alone never yields to it */
const breathe = () => new Promise<void>((r) => setImmediate(r))

/**
 * A trip with a capacity takes the sheet's people in sheet order until it is full; the rest are
 * refused with their row, never silently dropped. (The trip page's "add" only warns, through the
 * checks, because a clerk adding one person decides on the spot; a sheet decides nothing.)
 */
function withinSeats<I extends { name: string }>(
  planned: Plan<I>[],
  seats: number | null,
): { plans: Plan<I>[]; full: RejectedRow[] } {
  if (seats === null) return { plans: planned, full: [] }
  const plans: Plan<I>[] = []
  const full: RejectedRow[] = []
  let left = seats
  for (const p of planned) {
    if (p.kind === 'skip') plans.push(p)
    else if (left > 0) {
      plans.push(p)
      left--
    } else
      full.push({
        row: p.v.row,
        name: p.v.input.name,
        problems: [{ field: 'row', msg: { key: 'errors.importTripFull' } }],
      })
  }
  return { plans, full }
}

export async function saveMapping(
  ctx: Ctx,
  target: ImportTarget,
  headers: string[],
  mapping: Record<string, ImportField>,
): Promise<void> {
  const at = nowIso(ctx)
  const value = { target, signature: headerSignature(headers), mapping: JSON.stringify(mapping) }
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
export async function runImport<I extends { name: string }>(
  ctx: Ctx,
  session: Session,
  f: OpenFile,
  kind: ImportKind<I>,
  input: {
    sheet: number
    headerRow: number
    mapping: Record<string, ImportField>
    decisions: Record<string, GroupChoice>
  },
): Promise<ImportReport> {
  if (f.running) throw new AppError('CONFLICT', 'errors.importRunning')
  const staffId = session.staff!.id
  f.running = true
  f.cancelled = false
  const progress = (done: number, total: number) =>
    ctx.events.send(session, 'imports.progress', { token: f.token, done, total })
  try {
    const a = await groupedRows(ctx.db, f, kind, input, dayIn(ctx.clock()))
    const planned = planRows(a, input.decisions, kind.choicesOf)
    const { plans, full } = withinSeats(planned, kind.seats ? await kind.seats(ctx.db) : null)
    const rejected = [...a.rejected, ...full].sort((x, y) => x.row - y.row)
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
          target: kind.target,
          file_name: f.fileName,
          encoding: f.encoding,
          created_at: at,
          created_by: staffId,
          created_count: created,
          updated_count: updated,
          skipped_count: skipped.length,
          rejected_count: rejected.length,
          ...(kind.tripId !== undefined ? { trip_id: kind.tripId } : {}),
        })
        .returning('id')
        .executeTakeFirstOrThrow()
      for (let i = 0; i < plans.length; i += BATCH) {
        await kind.write(trx, plans.slice(i, i + BATCH), run.id, staffId, at)
        progress(Math.min(i + BATCH, plans.length), plans.length)
        await breathe()
        if (f.cancelled) throw new Cancelled()
      }
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
    ctx.events.broadcast('data.changed', { entity: kind.entity, id: kind.tripId })
    return { id, cancelled: false, created, updated, skipped, rejected }
  } catch (e) {
    if (e instanceof Cancelled)
      return { id: null, cancelled: true, created: 0, updated: 0, skipped: [], rejected: [] }
    throw e
  } finally {
    f.running = false
  }
}
