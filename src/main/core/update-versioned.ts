import type { Kysely, Transaction, Updateable } from 'kysely'
import type { DB } from '../db/schema'
import { notFound, stale } from './context'

type Table = keyof DB
export type Versioned = { [K in Table]: 'version' extends keyof DB[K] ? K : never }[Table]

/**
 * The one write of an edited record: `UPDATE … SET …, version = version + 1 WHERE id = ? AND
 * version = ?`. The stale-edit check is part of the statement, so two desks saving at once cannot
 * both win, whatever the database runs in between (a read-then-write is only safe while every
 * query queues on one SQLite connection). No row changed: NOT_FOUND when the record is gone,
 * STALE when someone else saved since the form was loaded. Returns the new version.
 */
export async function updateVersioned<T extends Versioned>(
  db: Kysely<DB> | Transaction<DB>,
  table: T,
  id: number,
  version: number,
  set: Omit<Updateable<DB[T]>, 'id' | 'version'>,
): Promise<number> {
  // Kysely cannot type a write to a table chosen by a type parameter; the signature types `set`.
  const generic = db as unknown as Kysely<Record<string, { id: number; version: number }>>
  const row = await generic
    .updateTable(table as string)
    .set((eb) => ({ ...(set as object), version: eb('version', '+', 1) }))
    .where('id', '=', id)
    .where('version', '=', version)
    .returning('version')
    .executeTakeFirst()
  if (row) return row.version
  const exists = await generic
    .selectFrom(table as string)
    .select('id')
    .where('id', '=', id)
    .executeTakeFirst()
  throw exists ? stale() : notFound()
}
