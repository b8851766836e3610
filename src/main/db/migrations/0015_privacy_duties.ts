import type { Kysely } from 'kysely'
import { idColumn, textType } from '../dialect'

/*
 * Frozen once landed. The personal-information duties (PIPL art. 47, 《旅行社条例实施细则》§44).
 *
 * restricted_files: a customer asked to be deleted while a trip of theirs ended within the retention
 * period. Their file leaves `customers` exactly as a deletion does (so no search, list, finder,
 * duplicate check, reminder, segment or export can reach it — none of those has to remember a flag),
 * and what the legal record needs is sealed here as one JSON document, read only by the restricted
 * files list and gone when the destruction is approved. destroy_from is the first day it may go.
 *
 * destruction_records: what was destroyed, never the data: the kind, an opaque reference, when, and
 * who approved it.
 *
 * trips.archive_destroyed_at: the trip archive (participants' personal data, feedback sheets,
 * complaint records and their evidence) was destroyed; the trip itself and its money stay.
 *
 * The migrator runs this inside its own transaction with the bookkeeping row.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('restricted_files')
    .addColumn('id', 'integer', idColumn(db))
    .addColumn('reference', textType(db), (c) => c.notNull().unique())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('last_trip_end', 'text', (c) => c.notNull())
    .addColumn('destroy_from', 'text', (c) => c.notNull())
    .addColumn('record', 'text', (c) => c.notNull())
    .addColumn('restricted_at', 'text', (c) => c.notNull())
    .addColumn('restricted_by', 'integer', (c) => c.references('staff.id'))
    .execute()
  await db.schema.createIndex('restricted_files_due').on('restricted_files').column('destroy_from').execute()

  await db.schema
    .createTable('destruction_records')
    .addColumn('id', 'integer', idColumn(db))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('reference', textType(db), (c) => c.notNull())
    .addColumn('destroyed_at', 'text', (c) => c.notNull())
    .addColumn('approved_by', 'integer', (c) => c.references('staff.id'))
    .execute()

  await db.schema.alterTable('trips').addColumn('archive_destroyed_at', 'text').execute()
}
