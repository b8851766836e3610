import type { Transaction } from 'kysely'
import { AppError } from '../../shared/api/envelope'
import { updateVersioned } from '../core/update-versioned'
import type { DB } from '../db/schema'

/** where a guide or supplier is put to use: an import that created it can no longer take it back */
const usedIn = {
  guides: [
    ['trip_guides', 'guide_id'],
    ['complaint_parties', 'guide_id'],
  ],
  suppliers: [
    ['trip_bookings', 'supplier_id'],
    ['trip_items', 'supplier_id'],
    ['complaint_parties', 'supplier_id'],
  ],
} as const

/**
 * The undo of a guide or supplier import (see undoImport for the rules): created records removed,
 * updated ones get back every column the import wrote. Licence reminders the engine made for a
 * created record go with it (ON DELETE CASCADE): they are the engine's, not someone's work.
 */
export async function undoResourceImport(
  trx: Transaction<DB>,
  target: 'guides' | 'suppliers',
  importId: number,
  staffId: number,
  at: string,
): Promise<void> {
  const rows = await trx
    .selectFrom('import_resource_items')
    .select(['guide_id', 'supplier_id', 'action', 'version_after', 'before'])
    .where('import_id', '=', importId)
    .orderBy('id')
    .execute()
  const ids = rows.map((r) => (r.guide_id ?? r.supplier_id)!)
  const versions = new Map<number, number>()
  for (let k = 0; k < ids.length; k += 500) {
    const found = await trx
      .selectFrom(target)
      .select(['id', 'version'])
      .where('id', 'in', ids.slice(k, k + 500))
      .execute()
    for (const f of found) versions.set(f.id, f.version)
  }
  // a record deleted since took its item rows with it (ON DELETE CASCADE), so every id is found
  const items = rows.map((r, i) => ({ ...r, id: ids[i], version: versions.get(ids[i]) }))
  const created = items.filter((i) => i.action === 'created').map((i) => i.id)
  let edited = items.filter((i) => i.version !== i.version_after).length
  for (let k = 0; k < created.length; k += 500) {
    const ids = created.slice(k, k + 500)
    for (const [table, column] of usedIn[target]) {
      const used = await trx.selectFrom(table).select(column).where(column, 'in', ids).execute()
      edited += new Set(used.map((u) => (u as Record<string, unknown>)[column])).size
    }
  }
  if (edited) throw new AppError('CONFLICT', 'errors.importEditedSince', { count: edited })
  for (let k = 0; k < created.length; k += 500)
    await trx
      .deleteFrom(target)
      .where('id', 'in', created.slice(k, k + 500))
      .execute()
  for (const it of items) {
    if (it.action !== 'updated') continue
    const before = JSON.parse(it.before ?? '{}') as Record<string, never>
    await updateVersioned(trx, target, it.id, it.version_after, {
      ...before,
      updated_at: at,
      updated_by: staffId,
    })
  }
}
