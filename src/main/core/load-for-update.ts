import type { Kysely, Selectable, Transaction } from 'kysely'
import type { DB } from '../db/schema'
import { notFound, stale } from './context'

type Table = keyof DB
type Versioned = { [K in Table]: 'version' extends keyof DB[K] ? K : never }[Table]

/**
 * The row `id` of `table`, read inside the caller's transaction before it is changed: NOT_FOUND
 * when it is gone, and STALE when `version` is given and someone else saved since the form was
 * opened (optimistic locking; the version bump is the caller's update).
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
