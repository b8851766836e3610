import { z } from 'zod'
import { call } from '../api/contract'

export type StoreKind = 'sqlite' | 'postgres'

/** The office server as Settings shows it: never the password, only whether one is stored. */
export interface ServerSettings {
  host: string
  port: number
  database: string
  user: string
  ssl: boolean
  hasPassword: boolean
}

export interface DatabaseStatus {
  /** the store this TourDesk opened at start-up */
  running: StoreKind
  /** the store chosen for the next start (differs from running until TourDesk restarts) */
  chosen: StoreKind
  /** this PC's SQLite file (shown for "This PC") */
  sqliteFile: string
  server: ServerSettings | null
  /** the configuration file could not be read at start-up: TourDesk started on this PC's file */
  configProblem: boolean
  /** the password can be stored encrypted on this PC (Electron safeStorage) */
  canStorePassword: boolean
}

/** Why the saved server could not be used at start-up (the driver's codes, grouped for a person). */
export type UnreachableReason =
  'password' | 'database' | 'refusedDesk' | 'timeout' | 'tls' | 'unreachable' | 'other'

/**
 * The saved office server could not be reached at start-up and the person at the desk chose to work
 * on this PC's own file for this run (the saved choice is kept). Shown to everyone as a banner.
 */
export interface ServerFallback {
  /** the saved server, as "user@host:port/database" */
  server: string
  /** why it could not be reached, in words the banner translates */
  reason: UnreachableReason
  /** when this PC's file was last written before this run (ISO), null when it did not exist */
  localModified: string | null
}

/** What Test connection found on the server. */
export interface ServerProbe {
  version: string
  /** the server already holds TourDesk tables (it was migrated by a desk) */
  hasSchema: boolean
  /** ... and data: an agency was set up there (staff exist) */
  holdsData: boolean
  /** the newest TourDesk migration the server has, null without TourDesk tables */
  schemaVersion: string | null
  /** the server's schema is newer than this TourDesk */
  newer: boolean
}

export interface TableCount {
  table: string
  source: number
  target: number
}

/** A finished copy: every table's rows on both sides, equal or the copy would have been undone. */
export interface CopyReport {
  tables: TableCount[]
  /** complaint evidence lives in a database table (complaint_evidence), so it travelled with the rows */
  evidenceFiles: number
  /** the reverse copy: where the SQLite file that was there before was put aside, if there was one */
  aside: string | null
}

/** rows copied so far by the running copy */
export interface CopyProgress {
  table: string
  done: number
  total: number
}

const text = (max: number) => z.string().trim().min(1, 'errors.required').max(max, 'errors.tooLong')

/** What the admin types for the office server. An empty password keeps the stored one. */
export const serverInputSchema = z
  .object({
    // a host name or an IPv4/IPv6 address: letters, digits, dots, hyphens, colons, brackets
    host: text(253).regex(/^[A-Za-z0-9.\-:[\]]+$/, 'errors.dbHost'),
    port: z
      .number({ error: 'errors.dbPort' })
      .int('errors.dbPort')
      .min(1, 'errors.dbPort')
      .max(65535, 'errors.dbPort'),
    database: text(63),
    user: text(63),
    password: z.string().max(200, 'errors.tooLong').optional(),
    ssl: z.boolean(),
  })
  .strict()

export type ServerInput = z.input<typeof serverInputSchema>

/** "This PC", or the office server (then `server` is required). One object, not a union: field paths stay plain. */
export const databaseChoiceSchema = z
  .object({ kind: z.enum(['sqlite', 'postgres']), server: serverInputSchema.optional() })
  .strict()
  .refine((v) => v.kind === 'sqlite' || !!v.server, { message: 'errors.required', path: ['server'] })

/**
 * Settings → 数据库, administrators only: the store holds everyone's data, and a copy replaces a
 * whole database. Switching takes effect at the next start (restart).
 */
export const databaseCalls = {
  status: call<DatabaseStatus>()(z.object({}).strict(), ['admin']),
  save: call<DatabaseStatus>()(databaseChoiceSchema, ['admin']),
  test: call<ServerProbe>()(serverInputSchema, ['admin']),
  /** this PC's data onto the saved server, in one server transaction; `replace` confirms overwriting */
  copyToServer: call<CopyReport>()(z.object({ replace: z.boolean() }).strict(), ['admin']),
  /** the server's data into a new file on this PC (emergencies); the old file is put aside */
  copyToLocal: call<CopyReport>()(z.object({ confirm: z.literal(true) }).strict(), ['admin']),
  /** quit and start again on the chosen store */
  restart: call<{ restarting: boolean }>()(z.object({}).strict(), ['admin']),
  /**
   * Whether this run works on this PC's file instead of the unreachable office server. Public: the
   * banner must also show before sign-in, as this PC's staff list may be older than the server's.
   */
  fallback: call<ServerFallback | null>()(z.object({}).strict(), 'public'),
  /** try the office server again: TourDesk restarts (only while working on this PC instead of it) */
  retryServer: call<{ restarting: boolean }>()(z.object({}).strict(), 'public'),
}
