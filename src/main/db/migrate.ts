import { sql } from 'kysely'
import type { Kysely } from 'kysely'
import type { Migration } from './migrations'
import { dialectOf } from './dialect'

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

/** The database holds migrations this TourDesk does not know: it was upgraded by a newer version. */
export class NewerSchemaError extends Error {
  constructor(readonly unknown: string[]) {
    super(`database is newer than this TourDesk (unknown migrations: ${unknown.join(', ')})`)
    this.name = 'NewerSchemaError'
  }
}

/** Any fixed number: every TourDesk of an office takes the same lock before migrating the server. */
const MIGRATION_LOCK = 7_406_351

export async function pendingMigrations(db: Kysely<any>, all: Record<string, Migration>): Promise<string[]> {
  await ensureTable(db)
  const done = new Set(
    (await db.selectFrom('schema_migrations').select('name').execute()).map((r: { name: string }) => r.name),
  )
  const unknown = [...done].filter((n) => !(n in all))
  if (unknown.length) {
    // A newer TourDesk wrote this database; running an older one on it could corrupt data.
    throw new NewerSchemaError(unknown)
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
  if (dialectOf(db) === 'postgres') return runLocked(db, all, clock)
  const pending = await pendingMigrations(db, all)
  for (const name of pending) {
    await db.transaction().execute(async (trx) => {
      await all[name].up(trx)
      await trx.insertInto('schema_migrations').values({ name, applied_at: clock().toISOString() }).execute()
    })
  }
  return pending
}

/*
 * On a server several desks may start at once: the first takes the advisory lock and migrates; the
 * others wait for it, then find nothing pending. PostgreSQL has transactional DDL, so all pending
 * migrations and their bookkeeping commit together (the lock is released with the transaction).
 */
async function runLocked(
  db: Kysely<any>,
  all: Record<string, Migration>,
  clock: () => Date,
): Promise<string[]> {
  return db.transaction().execute(async (trx) => {
    await sql`SELECT pg_advisory_xact_lock(${MIGRATION_LOCK})`.execute(trx)
    const pending = await pendingMigrations(trx, all)
    for (const name of pending) {
      await all[name].up(trx)
      await trx.insertInto('schema_migrations').values({ name, applied_at: clock().toISOString() }).execute()
    }
    return pending
  })
}
