import { sql } from 'kysely'
import type { Kysely } from 'kysely'

/*
 * Frozen once landed. A deleted customer file no longer takes its places on trips with it (0004 had
 * ON DELETE CASCADE, which silently shortened past rosters): the participant row is the contract record
 * (contract no., price type, room) and stays, its customer link cleared (ON DELETE SET NULL).
 * SQLite cannot alter a column's constraint, so the table is rebuilt: the old one is renamed first, so the
 * new table's roommate reference never points at rows that are about to be dropped.
 *
 * trip_roster_events is the trip's own record of who left the roster and when a traveller's personal data
 * was deleted. It keeps a customer link (cleared on deletion) and never a name, so deleting a customer
 * leaves no copy of their name behind.
 */
export async function up(db: Kysely<any>): Promise<void> {
  // the renamed table keeps the old name's indexes; drop them first so the new ones can take the names
  for (const name of ['trip_participants_trip', 'trip_participants_customer', 'trip_participants_roommate']) {
    await db.schema.dropIndex(name).execute()
  }
  await sql`ALTER TABLE trip_participants RENAME TO trip_participants_0004`.execute(db)
  await db.schema
    .createTable('trip_participants')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('trip_id', 'integer', (c) => c.notNull().references('trips.id').onDelete('cascade'))
    .addColumn('customer_id', 'integer', (c) => c.references('customers.id').onDelete('set null'))
    .addColumn('price_type', 'text', (c) => c.notNull())
    .addColumn('contract_no', 'text')
    .addColumn('room_no', 'text')
    .addColumn('roommate_id', 'integer', (c) => c.references('trip_participants.id').onDelete('set null'))
    .addColumn('single_room', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('bed', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('seat', 'text')
    .addColumn('insurance_no', 'text')
    .addColumn('representative', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('notes', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('created_by', 'integer', (c) => c.references('staff.id'))
    .addColumn('updated_by', 'integer', (c) => c.references('staff.id'))
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .execute()
  // ids are kept, so roommate links and the audit log's participant ids still point at the same rows
  await sql`INSERT INTO trip_participants SELECT * FROM trip_participants_0004 ORDER BY id`.execute(db)
  await sql`DROP TABLE trip_participants_0004`.execute(db)
  await db.schema
    .createIndex('trip_participants_trip')
    .on('trip_participants')
    .columns(['trip_id', 'customer_id'])
    .execute()
  await db.schema
    .createIndex('trip_participants_customer')
    .on('trip_participants')
    .columns(['customer_id', 'trip_id'])
    .execute()
  await db.schema
    .createIndex('trip_participants_roommate')
    .on('trip_participants')
    .column('roommate_id')
    .execute()

  await db.schema
    .createTable('trip_roster_events')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('trip_id', 'integer', (c) => c.notNull().references('trips.id').onDelete('cascade'))
    // 'removed' (taken off the trip) or 'personal_data_deleted' (the customer file was deleted)
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('customer_id', 'integer', (c) => c.references('customers.id').onDelete('set null'))
    .addColumn('contract_no', 'text')
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('staff_id', 'integer', (c) => c.references('staff.id'))
    .execute()
  await db.schema
    .createIndex('trip_roster_events_trip')
    .on('trip_roster_events')
    .columns(['trip_id', 'id'])
    .execute()
  await db.schema
    .createIndex('trip_roster_events_customer')
    .on('trip_roster_events')
    .column('customer_id')
    .execute()
}
