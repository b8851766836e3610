import { CompiledQuery } from 'kysely'
import type { Kysely, Transaction } from 'kysely'
import type Database from 'better-sqlite3'
import type { DB } from './schema'
import { dialectOf } from './dialect'
import { sqliteHandleOf } from './sqlite/open'

/*
 * Many rows into one table, for imports, without Kysely's insert builder (which turns every value into
 * a node of a query tree and compiles it again for every batch: for an import of 100,000 files, as
 * much work as the database's own).
 * - SQLite: one prepared statement run per row on the connection itself (what a raw bulk load does;
 *   SQLite runs a multi-row VALUES into the FTS5 index slower than the same rows one by one).
 * - PostgreSQL: one multi-row INSERT per slice (a round trip per row would cost more), its text made
 *   once per (table, columns, row count).
 */

type Dbx = Kysely<DB> | Transaction<DB>
/** what both drivers bind as is (no booleans: SQLite has none) */
export type BulkValue = string | number | null

/** bound values per statement: below SQLite's 32,766 and PostgreSQL's 65,535 */
const MAX_PARAMS = 30_000
const MAX_TEXTS = 200

const texts = new Map<string, string>()

function statementText(
  postgres: boolean,
  table: string,
  columns: readonly string[],
  rows: number,
  ret: boolean,
) {
  const key = `${postgres ? 'p' : 's'}|${table}|${columns.join(',')}|${rows}|${ret ? 1 : 0}`
  let text = texts.get(key)
  if (text === undefined) {
    const w = columns.length
    const tuples = Array.from({ length: rows }, (_, r) =>
      postgres
        ? `(${columns.map((_, c) => `$${r * w + c + 1}`).join(', ')})`
        : `(${columns.map(() => '?').join(', ')})`,
    )
    const names = columns.map((c) => `"${c}"`).join(', ')
    text = `INSERT INTO "${table}" (${names}) VALUES ${tuples.join(', ')}${ret ? ' RETURNING "id"' : ''}`
    if (texts.size >= MAX_TEXTS) texts.delete(texts.keys().next().value as string)
    texts.set(key, text)
  }
  return text
}

const prepared = new WeakMap<Database.Database, Map<string, Database.Statement>>()

/**
 * On SQLite inside a transaction: every row through one prepared statement on the connection. Null
 * elsewhere: on PostgreSQL, and outside a transaction, where a statement run beside Kysely's
 * connection lock could land inside another caller's open transaction.
 */
function insertOnSqlite(
  db: Dbx,
  table: string,
  columns: readonly string[],
  rows: readonly (readonly BulkValue[])[],
): number[] | null {
  const handle = db.isTransaction ? sqliteHandleOf(db) : undefined
  if (!handle) return null
  let cache = prepared.get(handle)
  if (!cache) prepared.set(handle, (cache = new Map()))
  const text = statementText(false, table, columns, 1, false)
  let stmt = cache.get(text)
  if (!stmt) {
    if (cache.size >= MAX_TEXTS) cache.clear()
    cache.set(text, (stmt = handle.prepare(text)))
  }
  const ids: number[] = []
  for (const r of rows) {
    if (r.length !== columns.length)
      throw new Error(`insertMany ${table}: ${r.length} values for ${columns.length} columns`)
    ids.push(Number(stmt.run(r).lastInsertRowid))
  }
  return ids
}

async function insertSlices(
  db: Dbx,
  table: string,
  columns: readonly string[],
  rows: readonly (readonly BulkValue[])[],
  ret: boolean,
): Promise<number[]> {
  const postgres = dialectOf(db as Kysely<unknown>) === 'postgres'
  const per = Math.max(1, Math.floor(MAX_PARAMS / columns.length))
  const ids: number[] = []
  for (let i = 0; i < rows.length; i += per) {
    const slice = rows.slice(i, i + per)
    const params: BulkValue[] = []
    for (const r of slice) {
      if (r.length !== columns.length)
        throw new Error(`insertMany ${table}: ${r.length} values for ${columns.length} columns`)
      for (const v of r) params.push(v)
    }
    const res = await db.executeQuery<{ id: number }>(
      CompiledQuery.raw(statementText(postgres, table, columns, slice.length, ret), params),
    )
    // one INSERT numbers its rows in VALUES order: the slice's ascending ids are its rows' ids
    if (ret) ids.push(...res.rows.map((r) => Number(r.id)).sort((a, b) => a - b))
  }
  return ids
}

/** Inserts every row (values in `columns` order), in as few statements as the drivers allow. */
export async function insertMany(
  db: Dbx,
  table: string,
  columns: readonly string[],
  rows: readonly (readonly BulkValue[])[],
): Promise<void> {
  if (rows.length && !insertOnSqlite(db, table, columns, rows))
    await insertSlices(db, table, columns, rows, false)
}

/**
 * Inserts every row and returns the new ids in the rows' order: one INSERT numbers its rows in
 * VALUES order on both stores, so the ascending ids of a slice are its rows' ids.
 */
export async function insertManyReturningIds(
  db: Dbx,
  table: string,
  columns: readonly string[],
  rows: readonly (readonly BulkValue[])[],
): Promise<number[]> {
  if (!rows.length) return []
  return insertOnSqlite(db, table, columns, rows) ?? (await insertSlices(db, table, columns, rows, true))
}
