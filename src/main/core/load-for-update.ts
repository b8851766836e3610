import type { Kysely, Selectable, Transaction } from 'kysely'
import type { DB } from '../db/schema'
import { notFound, stale } from './context'
import type { Versioned } from './update-versioned'

type Table = keyof DB

/**
 * The row `id` of `table`, read inside the caller's transaction before it is changed (for the
 * audit's field diff and the rules that depend on it): NOT_FOUND when it is gone. A `version` that
 * is already behind answers STALE before any other rule is checked; the guard itself is the
 * conditional write in updateVersioned, which also catches a save that lands after this read.
 */
export async function loadForUpdate<T extends Table>(
  db: Kysely<DB> | Transaction<DB>,
  table: T,
  id: number,
): Promise<Selectable<DB[T]>>
export async function loadForUpdate<T extends Versioned>(
  db: Kysely<DB> | Transaction<DB>,
  table: T,
  id: number,
  version: number,
): Promise<Selectable<DB[T]>>
export async function loadForUpdate<T extends Table>(
  db: Kysely<DB> | Transaction<DB>,
  table: T,
  id: number,
  version?: number,
): Promise<Selectable<DB[T]>> {
  // Kysely cannot type a query over a table chosen by a type parameter; the overloads type the result.
  const generic = db as unknown as Kysely<Record<string, { id: number }>>
  const row = (await generic
    .selectFrom(table as string)
    .selectAll()
    .where('id', '=', id)
    .executeTakeFirst()) as (Selectable<DB[T]> & { version?: number }) | undefined
  if (!row) throw notFound()
  if (version !== undefined && row.version !== version) throw stale()
  return row
}
