import type { Kysely } from 'kysely'
import * as m0001 from './0001_initial'
import * as m0002 from './0002_customer_search'
import * as m0003 from './0003_search_performance'
import * as m0004 from './0004_trips'
import * as m0005 from './0005_itinerary_versions'
import * as m0006 from './0006_document_search_tails'
import * as m0007 from './0007_participants_outlive_customers'
import * as m0008 from './0008_reminders'

export interface Migration {
  up(db: Kysely<any>): Promise<void>
}

/** In-code provider: bundling keeps them, and the order is explicit. Names are zero-padded. */
export const migrations: Record<string, Migration> = {
  '0001_initial': m0001,
  '0002_customer_search': m0002,
  '0003_search_performance': m0003,
  '0004_trips': m0004,
  '0005_itinerary_versions': m0005,
  '0006_document_search_tails': m0006,
  '0007_participants_outlive_customers': m0007,
  '0008_reminders': m0008,
}
