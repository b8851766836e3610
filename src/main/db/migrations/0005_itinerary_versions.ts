import type { Kysely } from 'kysely'

/*
 * Frozen once landed. Itinerary items and day titles were last-write-wins: two desks editing the
 * same item, or typing the same day's title, silently overwrote each other. A version on each row
 * lets the write itself check what the clerk saw (UPDATE … WHERE version = ?), as every other
 * editable record already does. Existing rows start at 1, like a freshly inserted one.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable('trip_items')
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .execute()
  await db.schema
    .alterTable('trip_days')
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .execute()
}
