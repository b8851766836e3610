import fs from 'node:fs'
import path from 'node:path'
import type { Ctx } from '../core/context'
import type { Db, PostgresConnection } from '../db/open'
import { DB_FILE } from '../db/open'
import { openDatabase } from '../db/sqlite/open'
import { kyselyForPool, postgresPool } from '../db/postgres/open'
import { probeServer } from '../db/postgres/probe'
import { hasTourDeskSchema } from '../db/copy-sql'
import { migrationsFor } from '../db/migrations'
import { NewerSchemaError, runMigrations } from '../db/migrate'
import { AppError } from '../../shared/api/envelope'
import type { CopyProgress, CopyReport, ServerProbe, TableCount } from '../../shared/database/database.api'
import { copyStore } from './store-copy'

/** Test connection: what the admin needs to decide before switching or moving data. */
export async function testServer(c: PostgresConnection): Promise<ServerProbe> {
  const p = await probeServer(c)
  const known = migrationsFor('postgres')
  return {
    version: p.version,
    hasSchema: p.migrations.length > 0,
    holdsData: p.staff > 0,
    schemaVersion: p.migrations.length ? p.migrations[p.migrations.length - 1] : null,
    newer: p.migrations.some((m) => !(m in known)),
  }
}

/** "Holds TourDesk data": an agency was set up there. Nothing is written without a staff member signed in. */
async function holdsData(db: Db): Promise<boolean> {
  if (!(await hasTourDeskSchema(db))) return false
  const r = await db.selectFrom('staff').select('id').limit(1).executeTakeFirst()
  return !!r
}

function copyFailed(e: unknown): AppError {
  if (e instanceof AppError) return e
  return new AppError('INTERNAL', 'errors.dbCopyFailed', {
    detail: (e instanceof Error ? e.message : String(e)).slice(0, 200),
  })
}

async function evidenceCount(db: Db): Promise<number> {
  const r = await db
    .selectFrom('complaint_evidence')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirst()
  return Number(r?.n ?? 0)
}

/**
 * This PC's data onto the office server: the server is migrated first (its own transaction, under
 * the migration lock), then everything is copied in one server transaction. Refused when the
 * server already holds an agency's data, unless `replace` (the admin's explicit confirmation).
 */
export async function copyToServer(
  ctx: Ctx,
  c: PostgresConnection,
  opts: { replace: boolean; onProgress?: (p: CopyProgress) => void },
): Promise<CopyReport> {
  await probeServer(c) // a clear message for a wrong host, password or database before anything else
  const pool = postgresPool(c, 2)
  const server = kyselyForPool(pool)
  try {
    try {
      await runMigrations(server, migrationsFor('postgres'), ctx.clock)
    } catch (e) {
      if (e instanceof NewerSchemaError) throw new AppError('CONFLICT', 'errors.dbServerNewer')
      throw e
    }
    if (!opts.replace && (await holdsData(server))) throw new AppError('CONFLICT', 'errors.dbHoldsData')
    const tables = await copyStore(ctx.db, server, { onProgress: opts.onProgress })
    return { tables, evidenceFiles: await evidenceCount(server), aside: null }
  } catch (e) {
    throw copyFailed(e)
  } finally {
    await server.destroy()
  }
}

const PARTIAL = 'tourdesk-from-server.partial.sqlite'

function stamp(d: Date): string {
  return d
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d+Z$/, 'Z')
}

function removeFile(file: string): void {
  for (const f of [file, `${file}-wal`, `${file}-shm`]) fs.rmSync(f, { force: true })
}

/**
 * The emergency way back: the server's data into a new SQLite file, verified like the other way,
 * then put in place of this PC's file (which is kept aside, renamed, never deleted). The desk runs on
 * the server meanwhile, so nothing has the local file open. The admin then switches to "This PC".
 */
export async function copyToLocal(
  ctx: Ctx,
  dataDir: string,
  onProgress?: (p: CopyProgress) => void,
): Promise<CopyReport> {
  const partial = path.join(dataDir, PARTIAL)
  removeFile(partial)
  let local: Db | null = null
  let tables: TableCount[]
  let evidenceFiles: number
  try {
    local = await openDatabase(dataDir, ctx.clock, PARTIAL)
    tables = await copyStore(ctx.db, local, { onProgress })
    evidenceFiles = await evidenceCount(local)
  } catch (e) {
    await local?.destroy()
    removeFile(partial)
    throw copyFailed(e)
  }
  await local.destroy()
  const live = path.join(dataDir, DB_FILE)
  let aside: string | null = null
  if (fs.existsSync(live)) {
    aside = `tourdesk-before-server-copy-${stamp(ctx.clock())}.sqlite`
    for (const suffix of ['', '-wal', '-shm']) {
      if (fs.existsSync(live + suffix)) fs.renameSync(live + suffix, path.join(dataDir, aside + suffix))
    }
  }
  fs.renameSync(partial, live)
  return { tables, evidenceFiles, aside }
}
