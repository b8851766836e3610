import type { Kysely } from 'kysely'
import { idColumn } from '../dialect'

/*
 * Frozen once landed. A sign-up sheet (报名表) imported onto a trip: the run names its trip, so the
 * trip page lists its own imports, and each participant row the import made is recorded so the undo
 * can take exactly those back. The files it created are in import_items as for a customer import.
 * The rows go with their participant (ON DELETE CASCADE): a traveller removed by hand is no longer
 * the import's to undo.
 *
 * The migrator runs this inside its own transaction with the bookkeeping row.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable('import_runs')
    .addColumn('trip_id', 'integer', (c) => c.references('trips.id').onDelete('set null'))
    .execute()
  await db.schema
    .createTable('import_participant_items')
    .addColumn('id', 'integer', idColumn(db))
    .addColumn('import_id', 'integer', (c) => c.notNull().references('import_runs.id').onDelete('cascade'))
    .addColumn('participant_id', 'integer', (c) =>
      c.notNull().references('trip_participants.id').onDelete('cascade'),
    )
    .execute()
  await db.schema
    .createIndex('import_participant_items_import')
    .on('import_participant_items')
    .column('import_id')
    .execute()
}
