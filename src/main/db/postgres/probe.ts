/* eslint-disable @typescript-eslint/no-explicit-any -- table names known only at run time (the copy walks every table, the probe reads a server that may lack them): Kysely<any>, as the migrations are written */
import pg from 'pg'
import { Kysely, PostgresDialect, sql } from 'kysely'
import { AppError } from '../../../shared/api/envelope'
import type { PostgresConnection } from './open'

export const PROBE_TIMEOUT_MS = 5000

export interface ProbeResult {
  version: string
  migrations: string[]
  staff: number
}

/**
 * Test connection: one short-lived connection with a short timeout, the server's version, TourDesk's
 * migrations there and whether an agency was set up. Failures become messages a person can act on.
 */
export async function probeServer(c: PostgresConnection, timeoutMs = PROBE_TIMEOUT_MS): Promise<ProbeResult> {
  const pool = new pg.Pool({
    host: c.host,
    port: c.port,
    database: c.database,
    user: c.user,
    password: c.password,
    ssl: c.ssl ? { rejectUnauthorized: true } : false,
    max: 1,
    connectionTimeoutMillis: timeoutMs,
    query_timeout: timeoutMs,
    application_name: 'TourDesk (test connection)',
  })
  pool.on('error', () => {})
  const db = new Kysely<any>({ dialect: new PostgresDialect({ pool }) })
  try {
    const v = await sql<{ server_version: string }>`SHOW server_version`.execute(db)
    const has = await sql<{ t: string | null }>`SELECT to_regclass('schema_migrations')::text AS t`.execute(
      db,
    )
    let migrations: string[] = []
    let staff = 0
    if (has.rows[0]?.t) {
      migrations = (await db.selectFrom('schema_migrations').select('name').orderBy('name').execute()).map(
        (r: { name: string }) => r.name,
      )
      const s = await sql<{ t: string | null }>`SELECT to_regclass('staff')::text AS t`.execute(db)
      if (s.rows[0]?.t) {
        const n = await db
          .selectFrom('staff')
          .select((eb) => eb.fn.countAll<string>().as('n'))
          .executeTakeFirst()
        staff = Number(n?.n ?? 0)
      }
    }
    return { version: v.rows[0].server_version, migrations, staff }
  } catch (e) {
    throw probeError(e, c, timeoutMs)
  } finally {
    await db.destroy().catch(() => {})
  }
}

const TLS_CODES = /CERT|SSL|TLS|SELF_SIGNED|UNABLE_TO_VERIFY|ALTNAME|EPROTO/i

/** What went wrong connecting, said for the admin (the one place that knows pg's error codes for it). */
export function probeError(e: unknown, c: PostgresConnection, timeoutMs: number): AppError {
  const code = typeof e === 'object' && e && 'code' in e ? String((e as { code: unknown }).code) : ''
  const message = e instanceof Error ? e.message : String(e)
  if (code === '28P01') return new AppError('UNAVAILABLE', 'errors.dbPassword')
  if (code === '3D000') return new AppError('UNAVAILABLE', 'errors.dbDatabase', { database: c.database })
  if (code === '28000') return new AppError('UNAVAILABLE', 'errors.dbRefused')
  if (/timeout/i.test(message) || code === 'ETIMEDOUT')
    return new AppError('UNAVAILABLE', 'errors.dbTimeout', { seconds: Math.round(timeoutMs / 1000) })
  if (TLS_CODES.test(code) || /SSL|TLS|certificate/i.test(message))
    return new AppError('UNAVAILABLE', 'errors.dbTls', { detail: message.slice(0, 200) })
  if (['ECONNREFUSED', 'ENOTFOUND', 'EHOSTUNREACH', 'ENETUNREACH', 'EAI_AGAIN', 'ECONNRESET'].includes(code))
    return new AppError('UNAVAILABLE', 'errors.dbHostUnreachable', { host: c.host, port: c.port })
  return new AppError('UNAVAILABLE', 'errors.dbServerError', { detail: message.slice(0, 200) })
}
