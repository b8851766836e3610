import fs from 'node:fs'
import path from 'node:path'
import Database from 'better-sqlite3'
import { Kysely, SqliteDialect } from 'kysely'
import type { Transaction } from 'kysely'
import type { SqliteDatabase, SqliteStatement } from 'kysely'
import type { DB } from '../schema'
import { migrationsFor } from '../migrations'
import { NewerSchemaError, pendingMigrations, runMigrations } from '../migrate'
import { pruneUpgradeCopies, upgradeCopyName } from '../upgrade-copies'
import { StartupError } from '../startup-error'
import type { Db, Store } from '../open'

const migrations = migrationsFor('sqlite')

export const DB_FILE = 'tourdesk.sqlite'

/** SQLite specifics live here: pragmas, integrity check, the copy taken before migrating. */
export function openSqlite(file: string): Database.Database {
  const sqlite = new Database(file)
  try {
    sqlite.pragma('journal_mode = WAL')
    sqlite.pragma('synchronous = FULL')
    sqlite.pragma('foreign_keys = ON')
    sqlite.pragma('busy_timeout = 5000')
    // Deleted personal data is overwritten, not left in free pages.
    sqlite.pragma('secure_delete = ON')
  } catch (e) {
    // A damaged file fails here; release it so it is not left open (and locked on Windows).
    sqlite.close()
    throw e
  }
  return sqlite
}

/**
 * Kysely's SQLite driver prepares every statement anew, which costs about as much as running a
 * small query. Hand it back the statement already prepared for the same SQL (Kysely runs one
 * query at a time on this connection, so a statement is never in use twice).
 */
export function cachingDatabase(sqlite: Database.Database, max = 500): SqliteDatabase {
  const cache = new Map<string, Database.Statement>()
  return {
    close: () => sqlite.close(),
    prepare(sql: string): SqliteStatement {
      let stmt = cache.get(sql)
      if (stmt) {
        // most recently used last, so the oldest is dropped first
        cache.delete(sql)
      } else {
        stmt = sqlite.prepare(sql)
        if (cache.size >= max) cache.delete(cache.keys().next().value as string)
      }
      cache.set(sql, stmt)
      return stmt
    },
  }
}

// the connection behind each Kysely instance (and its transactions, which share its adapter)
const handles = new WeakMap<object, Database.Database>()

export function kyselyFor(sqlite: Database.Database): Db {
  const db = new Kysely<DB>({ dialect: new SqliteDialect({ database: cachingDatabase(sqlite) }) })
  handles.set(db.getExecutor().adapter, sqlite)
  return db
}

/**
 * The better-sqlite3 connection a Kysely instance or transaction runs on, for bulk-insert.ts only:
 * statements run on it synchronously, so inside a transaction's callback they are part of it (Kysely
 * has one connection and holds it for the whole transaction).
 */
export function sqliteHandleOf(db: Kysely<DB> | Transaction<DB>): Database.Database | undefined {
  return handles.get(db.getExecutor().adapter)
}

/**
 * Opens the database in dataDir, checks it, copies it aside and migrates it. Never deletes or
 * resets the database: on any failure the original file stays as it was and a StartupError says why.
 * Once it has opened cleanly, old copies taken before upgrades are deleted (see upgrade-copies.ts).
 */
export async function openSqliteStore(dataDir: string, clock: () => Date): Promise<Store> {
  const db = await openDatabase(dataDir, clock)
  return { kind: 'sqlite', db, clock, close: () => db.destroy() }
}

export async function openDatabase(dataDir: string, clock: () => Date, fileName = DB_FILE): Promise<Db> {
  fs.mkdirSync(dataDir, { recursive: true })
  const file = path.join(dataDir, fileName)
  const existed = fs.existsSync(file) && fs.statSync(file).size > 0
  let sqlite: Database.Database
  try {
    sqlite = openSqlite(file)
  } catch (e) {
    throw new StartupError('open', file, null, String(e))
  }
  const db = kyselyFor(sqlite)
  try {
    if (existed) {
      const check = sqlite.pragma('quick_check', { simple: true })
      if (check !== 'ok') throw new StartupError('integrity', file, null, String(check))
    }
    const pending = await pendingMigrations(db, migrations)
    let backup: string | null = null
    if (existed && pending.length > 0) {
      backup = path.join(dataDir, upgradeCopyName(fileName, pending[0], clock()))
      await sqlite.backup(backup)
    }
    try {
      await runMigrations(db, migrations, clock)
    } catch (e) {
      throw new StartupError('migration', file, backup, String(e))
    }
    // opened cleanly: copies from earlier upgrades past their retention are no longer needed
    pruneUpgradeCopies(dataDir, fileName, Object.keys(migrations), clock())
    return db
  } catch (e) {
    await db.destroy()
    // Kysely only closes a connection it has used; the quick_check path fails before that.
    if (sqlite.open) sqlite.close()
    if (e instanceof StartupError) throw e
    if (e instanceof NewerSchemaError) throw new StartupError('newer', file, null, e.message)
    throw new StartupError('integrity', file, null, String(e))
  }
}
