import type { Kysely } from 'kysely'
import { idColumn } from '../dialect'

/*
 * Frozen once landed. A change made on a trip for a complaint ("change guide", "adjust itinerary"):
 * one row is both the trip's history entry and the case's, so the two can never disagree. The texts
 * are what the desk saw at the time (the guides' names, the item's title), kept as text because the
 * guide or item may later be renamed or removed while the record must still read as it happened.
 * remedy_id is the remedy this change carried out (null when the case had no matching remedy); a
 * remedy is "carried out" exactly when a change points at it.
 *
 * kind: guide | item_added | item_changed | item_removed
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('complaint_trip_changes')
    .addColumn('id', 'integer', idColumn(db))
    .addColumn('complaint_id', 'integer', (c) => c.notNull().references('complaints.id').onDelete('cascade'))
    .addColumn('trip_id', 'integer', (c) => c.notNull().references('trips.id').onDelete('cascade'))
    .addColumn('remedy_id', 'integer', (c) => c.references('complaint_remedies.id').onDelete('set null'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('day_no', 'integer')
    .addColumn('from_text', 'text')
    .addColumn('to_text', 'text')
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('staff_id', 'integer', (c) => c.references('staff.id'))
    .execute()
  await db.schema
    .createIndex('complaint_trip_changes_complaint')
    .on('complaint_trip_changes')
    .column('complaint_id')
    .execute()
  await db.schema
    .createIndex('complaint_trip_changes_trip')
    .on('complaint_trip_changes')
    .column('trip_id')
    .execute()
}
