import pg from 'pg'
import { Kysely, PostgresDialect, sql } from 'kysely'
import type { DB } from '../schema'
import { migrationsFor } from '../migrations'
import { NewerSchemaError, runMigrations } from '../migrate'
import { StartupError } from '../startup-error'
import { isConnectionLost } from '../errors'
import type { Db, Store } from '../open'
import { postgresChangeFeed } from './change-feed'
import { withNamedReads } from './named-statements'

/** How a desk reaches the office server. The password never leaves main. */
export interface PostgresConnection {
  host: string
  port: number
  database: string
  user: string
  password: string
  ssl: boolean
}

export const CONNECT_TIMEOUT_MS = 10_000

const INT8 = 20
const NUMERIC = 1700

/*
 * pg returns bigint (count(*), sum of integers) and numeric as strings, so that no precision is lost
 * beyond 2^53. TourDesk's counts, ids and fen amounts are far below that: numbers, as on SQLite.
 */
const types = {
  getTypeParser(oid: number, format?: 'text' | 'binary') {
    if (oid === INT8 || oid === NUMERIC) return (v: string) => Number(v)
    return pg.types.getTypeParser(oid, format)
  },
}

export function postgresPool(c: PostgresConnection, max = 10): pg.Pool {
  const pool = new pg.Pool({
    host: c.host,
    port: c.port,
    database: c.database,
    user: c.user,
    password: c.password,
    ssl: c.ssl ? { rejectUnauthorized: true } : false,
    max,
    // a server that drops packets (switched off, wrong address) would otherwise hold a connection
    // attempt for the system's TCP timeout (minutes): at start-up nobody would learn why nothing opens
    connectionTimeoutMillis: CONNECT_TIMEOUT_MS,
    types,
    // READ COMMITTED, stated rather than assumed: versioned updates (WHERE version = ?) and atomic
    // counters are written for it; a server configured otherwise must not change their meaning
    options: '-c default_transaction_isolation=read\\ committed -c client_encoding=UTF8',
    application_name: 'TourDesk',
  })
  // an idle client losing its server must not crash the desk; the next query reconnects
  pool.on('error', (e) => console.error('[tourdesk] idle database connection lost', e.message))
  // a connection cut while checked out (server restart mid-query) also emits 'error': the query's own
  // promise already reports it (UNAVAILABLE); unheard, the event would crash the main process
  pool.on('connect', (client) => client.on('error', () => {}))
  return pool
}

export function kyselyForPool(pool: pg.Pool): Db {
  return new Kysely<DB>({ dialect: new PostgresDialect({ pool: withNamedReads(pool) }) })
}

const RESYNC_MS = 10 * 60 * 1000

/**
 * Timestamps come from one clock, the server's, so desks whose clocks are wrong do not reorder history.
 * The offset to the server is measured at open (half the round trip counted) and again every few
 * minutes, so each timestamp is still taken without a round trip.
 */
async function serverClock(db: Db): Promise<{ clock: () => Date; stop: () => void }> {
  let offset = 0
  const sync = async () => {
    const before = Date.now()
    const r = await sql<{
      ms: number
    }>`SELECT (extract(epoch FROM clock_timestamp()) * 1000)::float8 AS ms`.execute(db)
    const after = Date.now()
    offset = r.rows[0].ms - (before + after) / 2
  }
  await sync()
  const timer = setInterval(() => {
    sync().catch((e) => console.error('[tourdesk] server clock sync failed', e))
  }, RESYNC_MS)
  timer.unref()
  return { clock: () => new Date(Date.now() + offset), stop: () => clearInterval(timer) }
}

const codeOf = (e: unknown): string | null =>
  typeof e === 'object' && e && 'code' in e ? String((e as { code: unknown }).code) : null

export async function openPostgresStore(c: PostgresConnection, injected?: () => Date): Promise<Store> {
  const where = `postgresql://${c.user}@${c.host}:${c.port}/${c.database}`
  const pool = postgresPool(c)
  const db = kyselyForPool(pool)
  let stop = () => {}
  try {
    let clock = injected
    if (!clock) {
      const server = await serverClock(db)
      clock = server.clock
      stop = server.stop
    }
    try {
      await runMigrations(db, migrationsFor('postgres'), clock)
    } catch (e) {
      if (e instanceof NewerSchemaError) throw new StartupError('newer', where, null, e.message)
      // the first statement may be the migrator's (a clock injected by tests): out of reach is not a failed upgrade
      if (isConnectionLost(e) || /^(28|3D)/.test(codeOf(e) ?? '')) throw e
      throw new StartupError('migration', where, null, String(e))
    }
    const feed = postgresChangeFeed(c, pool)
    const close = async () => {
      stop()
      await feed.stop()
      await db.destroy()
    }
    return { kind: 'postgres', db, clock, feed, close }
  } catch (e) {
    stop()
    await db.destroy()
    if (e instanceof StartupError) throw e
    throw new StartupError('open', where, null, String(e), codeOf(e))
  }
}
