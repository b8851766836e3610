import type { Kysely } from 'kysely'
import type { DialectName } from '../dialect'
import * as pg0001 from './postgres/0001_initial'
import * as pg0004 from './postgres/0004_trips'
import * as m0001 from './0001_initial'
import * as m0002 from './0002_customer_search'
import * as m0003 from './0003_search_performance'
import * as m0004 from './0004_trips'
import * as m0005 from './0005_itinerary_versions'
import * as m0006 from './0006_document_search_tails'
import * as m0007 from './0007_participants_outlive_customers'
import * as m0008 from './0008_reminders'
import * as m0009 from './0009_complaints'
import * as m0010 from './0010_feedback'
import * as m0011 from './0011_imports'
import * as m0013 from './0013_trip_money'
import * as m0014 from './0014_complaint_reminders'
import * as m0015 from './0015_privacy_duties'
import * as m0016 from './0016_resource_imports'
import * as m0017 from './0017_trip_rooms'
import * as m0018 from './0018_duplicates'
import * as m0020 from './0020_complaint_trip_changes'
import * as m0022 from './0022_trip_change_days'
import * as m0024 from './0024_participant_imports'
import * as m0025 from './0025_lunar_birth_duplicates'

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
  '0009_complaints': m0009,
  '0010_feedback': m0010,
  '0011_imports': m0011,
  '0013_trip_money': m0013,
  '0014_complaint_reminders': m0014,
  '0015_privacy_duties': m0015,
  '0016_resource_imports': m0016,
  '0017_trip_rooms': m0017,
  '0018_duplicates': m0018,
  '0020_complaint_trip_changes': m0020,
  '0022_trip_change_days': m0022,
  '0024_participant_imports': m0024,
  '0025_lunar_birth_duplicates': m0025,
}

/** Already part of PostgreSQL's baseline (0001 and 0004 there hold the schema SQLite reaches by 0007). */
const inBaseline: Migration = { up: async () => {} }

/*
 * PostgreSQL starts from a baseline recorded under the same names as SQLite's 0001–0007, so a server
 * and a desk's file list the same migrations and every later one (0008 on) is one file for both.
 */
const postgresBaseline: Record<string, Migration> = {
  '0001_initial': pg0001,
  '0002_customer_search': inBaseline,
  '0003_search_performance': inBaseline,
  '0004_trips': pg0004,
  '0005_itinerary_versions': inBaseline,
  '0006_document_search_tails': inBaseline,
  '0007_participants_outlive_customers': inBaseline,
}

export function migrationsFor(dialect: DialectName): Record<string, Migration> {
  return dialect === 'postgres' ? { ...migrations, ...postgresBaseline } : migrations
}
