import type { Kysely } from 'kysely'
import type { DB } from './schema'
import type { DialectName } from './dialect'
import { openSqliteStore } from './sqlite/open'
import { openPostgresStore } from './postgres/open'
import type { PostgresConnection } from './postgres/open'
import type { ChangeFeed } from './change-feed'

export type Db = Kysely<DB>
export type { PostgresConnection } from './postgres/open'
export { StartupError } from './startup-error'
export { DB_FILE, cachingDatabase, kyselyFor, openSqlite } from './sqlite/open'

/** Where this desk keeps its data: its own SQLite file (default, no setup) or the office's server. */
export type DatabaseOption = { kind: 'sqlite' } | { kind: 'postgres'; connection: PostgresConnection }

/** The one seam between services and a store: services take `db`; only this knows which store it is. */
export interface Store {
  readonly kind: DialectName
  readonly db: Db
  /** the clock timestamps are taken from: the server's on PostgreSQL unless one is injected */
  readonly clock: () => Date
  /** other desks' writes (office server only); closed with the store */
  readonly feed?: ChangeFeed
  close(): Promise<void>
}

/**
 * Opens (and migrates) the chosen store. Throws StartupError when it cannot be opened safely; the
 * data is then left untouched. `clock` is injected by tests and wins over the server's.
 */
export async function openStore(
  option: DatabaseOption,
  dataDir: string,
  clock: (() => Date) | undefined,
): Promise<Store> {
  if (option.kind === 'postgres') return openPostgresStore(option.connection, clock)
  return openSqliteStore(dataDir, clock ?? (() => new Date()))
}
