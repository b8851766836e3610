import type { Kysely } from 'kysely'
import * as m0001 from './0001_initial'
import * as m0002 from './0002_customer_search'

export interface Migration {
  up(db: Kysely<any>): Promise<void>
}

/** In-code provider: bundling keeps them, and the order is explicit. Names are zero-padded. */
export const migrations: Record<string, Migration> = {
  '0001_initial': m0001,
  '0002_customer_search': m0002,
}
