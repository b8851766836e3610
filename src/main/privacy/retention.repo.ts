import type { Kysely } from 'kysely'
import type { DB } from '../db/schema'
import type { Dbx } from '../trips/trips.repo'
import { getSetting } from '../settings/settings.repo'
import { DEFAULT_RETENTION_YEARS } from '../../shared/privacy/retention'

export async function retentionYears(db: Kysely<DB>): Promise<number> {
  const v = Number(await getSetting(db, 'retention_years'))
  return Number.isInteger(v) && v > 0 ? v : DEFAULT_RETENTION_YEARS
}

/**
 * The last day any trip of the customer ended: its return date. Cancelled trips count too — a
 * cancelled contract with its refunds is part of the record the law asks to keep.
 */
export async function lastTripEnd(db: Dbx, customerId: number): Promise<string | null> {
  const row = await db
    .selectFrom('trips')
    .select((eb) => eb.fn.max('return_date').as('last'))
    .where('id', 'in', (eb) =>
      eb.selectFrom('trip_participants').select('trip_id').where('customer_id', '=', customerId),
    )
    .executeTakeFirst()
  return row?.last ?? null
}
