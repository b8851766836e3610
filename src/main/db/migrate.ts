import { sql } from 'kysely'
import type { Kysely } from 'kysely'
import type { Migration } from './migrations'

/*
 * A small migrator instead of Kysely's: on SQLite Kysely does not wrap migrations in a
 * transaction, and records them outside the migration's own work. Here each migration and its
 * bookkeeping row commit together or not at all.
 */
async function ensureTable(db: Kysely<any>): Promise<void> {
  await sql`CREATE TABLE IF NOT EXISTS schema_migrations (name TEXT PRIMARY KEY, applied_at TEXT NOT NULL)`.execute(
    db,
  )
}

export async function pendingMigrations(db: Kysely<any>, all: Record<string, Migration>): Promise<string[]> {
  await ensureTable(db)
  const done = new Set(
    (await db.selectFrom('schema_migrations').select('name').execute()).map((r: { name: string }) => r.name),
  )
  const unknown = [...done].filter((n) => !(n in all))
  if (unknown.length) {
    // A newer TourDesk wrote this file; running an older one on it could corrupt data.
    throw new Error(`database is newer than this TourDesk (unknown migrations: ${unknown.join(', ')})`)
  }
  return Object.keys(all)
    .sort()
    .filter((n) => !done.has(n))
}

export async function runMigrations(
  db: Kysely<any>,
  all: Record<string, Migration>,
  clock: () => Date,
): Promise<string[]> {
  const pending = await pendingMigrations(db, all)
  for (const name of pending) {
    await db.transaction().execute(async (trx) => {
      await all[name].up(trx)
      await trx.insertInto('schema_migrations').values({ name, applied_at: clock().toISOString() }).execute()
    })
  }
  return pending
}
