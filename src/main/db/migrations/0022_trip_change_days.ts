import type { Kysely } from 'kysely'

/*
 * Frozen once landed. Moving or copying an itinerary item for a complaint is recorded like the
 * other "adjust itinerary" changes (0020), but it touches two days: day_no stays the day the item
 * ends up on (as for an added item), from_day_no is the day it came from. Null for every other kind.
 *
 * New kinds from here on: item_moved | item_copied | day_title (kind is plain text, no change needed)
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('complaint_trip_changes').addColumn('from_day_no', 'integer').execute()
}
