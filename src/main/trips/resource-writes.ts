import type { Insertable, Kysely, Updateable } from 'kysely'
import type { Session } from '../api/session'
import type { Ctx } from '../core/context'
import { actor, nowIso } from '../core/context'
import { loadForUpdate } from '../core/load-for-update'
import { updateVersioned } from '../core/update-versioned'
import type { DB } from '../db/schema'
import { auditor, changedKeys, fieldName } from './trips.repo'

type Table = 'guides' | 'suppliers'
type Stamps = 'created_at' | 'updated_at' | 'created_by' | 'updated_by'

// derived from the name and numbers for sorting and search: not fields a clerk set
const HIDDEN = new Set(['name_sort', 'search_keys'])

/**
 * Create and update of a guide or a supplier, which differ only in their columns: one transaction
 * with its audit entry, optimistic locking on update, and a data.changed broadcast once committed.
 * `audited` says which values a new record's audit entry names as set.
 */
export function resourceWrites<T extends Table, F>(
  ctx: Ctx,
  table: T,
  entity: 'guide' | 'supplier',
  columns: (fields: F) => Omit<Insertable<DB[T]>, Stamps>,
  audited: (value: unknown) => boolean,
) {
  const changed = (id: number) => ctx.events.broadcast('data.changed', { entity, id })
  // Kysely cannot type a write to a table chosen by a type parameter; `columns` is checked per table.
  const generic = (db: Kysely<DB>) => db as unknown as Kysely<Record<string, Record<string, unknown>>>

  return {
    async create(input: F, session: Session) {
      const me = actor(session)
      const at = nowIso(ctx)
      const id = await ctx.db.transaction().execute(async (trx) => {
        const cols = columns(input)
        const row = await generic(trx)
          .insertInto(table as string)
          .values({ ...cols, created_at: at, updated_at: at, created_by: me.id, updated_by: me.id })
          .returning('id')
          .executeTakeFirstOrThrow()
        const fields = Object.entries(cols)
          .filter(([k, v]) => !HIDDEN.has(k) && audited(v))
          .map(([k]) => fieldName(k))
        await auditor({ trx, at, staffId: me.id })('create', entity, row.id as number, fields)
        return row.id as number
      })
      changed(id)
      return { id }
    },

    async update(input: F & { id: number; version: number }, session: Session) {
      const me = actor(session)
      const at = nowIso(ctx)
      const version = await ctx.db.transaction().execute(async (trx) => {
        const cur = (await loadForUpdate(trx, table, input.id, input.version)) as Record<string, unknown>
        const cols = columns(input)
        const fields = changedKeys(cur, cols)
          .filter((k) => !HIDDEN.has(k))
          .map(fieldName)
        // `columns` is an Insertable of this table; as an update it is the same set of columns
        const set = { ...cols, updated_at: at, updated_by: me.id } as Updateable<DB[T]>
        const version = await updateVersioned(trx, table, input.id, input.version, set)
        await auditor({ trx, at, staffId: me.id })('update', entity, input.id, fields)
        return version
      })
      changed(input.id)
      return { version }
    },
  }
}
