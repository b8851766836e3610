import { sql } from 'kysely'
import type { Kysely } from 'kysely'
import { id, text } from './0001_initial'

/*
 * Frozen once landed. PostgreSQL's baseline of the trips schema, as SQLite has it after 0004, 0005
 * (versions on itinerary items and day titles) and 0007 (participant rows outlive a deleted customer,
 * the roster events). Recorded as 0004_trips; 0005 and 0007 are empty on PostgreSQL (see index.ts).
 */
export async function up(db: Kysely<any>): Promise<void> {
  const audited = (t: any) =>
    t
      .addColumn('created_at', text, (c: any) => c.notNull())
      .addColumn('updated_at', text, (c: any) => c.notNull())
      .addColumn('created_by', 'integer', (c: any) => c.references('staff.id'))
      .addColumn('updated_by', 'integer', (c: any) => c.references('staff.id'))
      .addColumn('version', 'integer', (c: any) => c.notNull().defaultTo(1))

  await audited(
    db.schema
      .createTable('guides')
      .addColumn('id', 'integer', id)
      .addColumn('name', text, (c) => c.notNull())
      .addColumn('name_sort', text, (c) => c.notNull())
      // lower-cased name, pinyin keys and mobile: a LIKE over this is plenty for a few hundred guides
      .addColumn('search_keys', text, (c) => c.notNull())
      .addColumn('mobile', text)
      .addColumn('licence_no', text)
      .addColumn('level', text)
      .addColumn('licence_expiry', text)
      .addColumn('languages', text, (c) => c.notNull().defaultTo('[]'))
      .addColumn('roles', text, (c) => c.notNull().defaultTo('[]'))
      .addColumn('passport_no', text)
      .addColumn('permit_no', text)
      .addColumn('active', 'integer', (c) => c.notNull().defaultTo(1))
      .addColumn('notes', text),
  ).execute()
  await db.schema.createIndex('guides_name_sort').on('guides').column('name_sort').execute()

  await audited(
    db.schema
      .createTable('suppliers')
      .addColumn('id', 'integer', id)
      .addColumn('kind', text, (c) => c.notNull())
      .addColumn('name', text, (c) => c.notNull())
      .addColumn('name_sort', text, (c) => c.notNull())
      .addColumn('search_keys', text, (c) => c.notNull())
      .addColumn('licence_no', text)
      .addColumn('contact_person', text)
      .addColumn('phone', text)
      .addColumn('address', text)
      .addColumn('notes', text)
      .addColumn('active', 'integer', (c) => c.notNull().defaultTo(1)),
  ).execute()
  await db.schema.createIndex('suppliers_name_sort').on('suppliers').column('name_sort').execute()

  await db.schema
    .createTable('routes')
    .addColumn('id', 'integer', id)
    .addColumn('name', text, (c) => c.notNull())
    .addColumn('destination', text, (c) => c.notNull())
    .addColumn('kind', text, (c) => c.notNull())
    .addColumn('day_count', 'integer', (c) => c.notNull())
    // the template is saved and reused whole, never queried inside: one JSON document
    .addColumn('days', text, (c) => c.notNull().defaultTo('[]'))
    .addColumn('created_at', text, (c) => c.notNull())
    .addColumn('created_by', 'integer', (c) => c.references('staff.id'))
    .execute()
  await db.schema.createIndex('routes_kind').on('routes').columns(['kind', 'name']).execute()

  await audited(
    db.schema
      .createTable('trips')
      .addColumn('id', 'integer', id)
      .addColumn('code', text, (c) => c.notNull().unique())
      .addColumn('route_name', text, (c) => c.notNull())
      .addColumn('destination', text, (c) => c.notNull())
      // lower-cased code, route name and destination, for the list's search box
      .addColumn('search_text', text, (c) => c.notNull())
      .addColumn('kind', text, (c) => c.notNull())
      .addColumn('type', text, (c) => c.notNull())
      .addColumn('status', text, (c) => c.notNull())
      // pipeline order of the status, so "sort by status" walks an index
      .addColumn('status_rank', 'integer', (c) => c.notNull())
      .addColumn('depart_date', text, (c) => c.notNull())
      .addColumn('return_date', text, (c) => c.notNull())
      .addColumn('meeting_point', text)
      .addColumn('meeting_time', text)
      .addColumn('min_size', 'integer')
      .addColumn('capacity', 'integer')
      .addColumn('price_adult', 'integer')
      .addColumn('price_child_bed', 'integer')
      .addColumn('price_child_no_bed', 'integer')
      .addColumn('price_infant', 'integer')
      .addColumn('price_single', 'integer')
      .addColumn('notes', text)
      .addCheckConstraint('trips_dates', sql`return_date >= depart_date`),
  ).execute()
  // The list counts its matches on every keystroke: these indexes let each filter be counted from an
  // index alone (date overlap, kind, status, the search text) rather than by reading every trip.
  await db.schema.createIndex('trips_depart').on('trips').columns(['depart_date', 'id']).execute()
  await db.schema
    .createIndex('trips_return')
    .on('trips')
    .columns(['return_date', 'depart_date', 'id'])
    .execute()
  await db.schema.createIndex('trips_status').on('trips').columns(['status', 'depart_date']).execute()
  await db.schema.createIndex('trips_kind').on('trips').columns(['kind', 'depart_date', 'id']).execute()
  await db.schema.createIndex('trips_search').on('trips').column('search_text').execute()
  await db.schema
    .createIndex('trips_status_rank')
    .on('trips')
    .columns(['status_rank', 'depart_date', 'id'])
    .execute()

  await db.schema
    .createTable('trip_status_history')
    .addColumn('id', 'integer', id)
    .addColumn('trip_id', 'integer', (c) => c.notNull().references('trips.id').onDelete('cascade'))
    .addColumn('from_status', text)
    .addColumn('to_status', text, (c) => c.notNull())
    .addColumn('at', text, (c) => c.notNull())
    .addColumn('staff_id', 'integer', (c) => c.references('staff.id'))
    .execute()
  await db.schema
    .createIndex('trip_status_history_trip')
    .on('trip_status_history')
    .columns(['trip_id', 'id'])
    .execute()

  await db.schema
    .createTable('trip_days')
    .addColumn('trip_id', 'integer', (c) => c.notNull().references('trips.id').onDelete('cascade'))
    .addColumn('day_no', 'integer', (c) => c.notNull())
    .addColumn('title', text, (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addPrimaryKeyConstraint('trip_days_pk', ['trip_id', 'day_no'])
    .execute()

  await db.schema
    .createTable('trip_items')
    .addColumn('id', 'integer', id)
    .addColumn('trip_id', 'integer', (c) => c.notNull().references('trips.id').onDelete('cascade'))
    .addColumn('day_no', 'integer', (c) => c.notNull())
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('time', text)
    .addColumn('kind', text, (c) => c.notNull())
    .addColumn('title', text, (c) => c.notNull())
    .addColumn('place', text)
    .addColumn('supplier_id', 'integer', (c) => c.references('suppliers.id'))
    .addColumn('notes', text)
    .addColumn('shop_name', text)
    .addColumn('shop_goods', text)
    .addColumn('shop_minutes', 'integer')
    .addColumn('price', 'integer')
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .execute()
  await db.schema
    .createIndex('trip_items_day')
    .on('trip_items')
    .columns(['trip_id', 'day_no', 'position'])
    .execute()
  await db.schema.createIndex('trip_items_supplier').on('trip_items').column('supplier_id').execute()

  await audited(
    db.schema
      .createTable('trip_participants')
      .addColumn('id', 'integer', id)
      .addColumn('trip_id', 'integer', (c) => c.notNull().references('trips.id').onDelete('cascade'))
      // the contract row outlives a deleted customer file (SQLite: migration 0007)
      .addColumn('customer_id', 'integer', (c) => c.references('customers.id').onDelete('set null'))
      .addColumn('price_type', text, (c) => c.notNull())
      .addColumn('contract_no', text)
      .addColumn('room_no', text)
      .addColumn('roommate_id', 'integer', (c) => c.references('trip_participants.id').onDelete('set null'))
      .addColumn('single_room', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('bed', 'integer', (c) => c.notNull().defaultTo(1))
      .addColumn('seat', text)
      .addColumn('insurance_no', text)
      .addColumn('representative', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('notes', text),
  ).execute()
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
    .createTable('trip_guides')
    .addColumn('id', 'integer', id)
    .addColumn('trip_id', 'integer', (c) => c.notNull().references('trips.id').onDelete('cascade'))
    .addColumn('guide_id', 'integer', (c) => c.notNull().references('guides.id'))
    .addColumn('role', text, (c) => c.notNull())
    .addColumn('created_at', text, (c) => c.notNull())
    .addColumn('created_by', 'integer', (c) => c.references('staff.id'))
    .addUniqueConstraint('trip_guides_once', ['trip_id', 'guide_id', 'role'])
    .execute()
  await db.schema
    .createIndex('trip_guides_guide')
    .on('trip_guides')
    .columns(['guide_id', 'trip_id'])
    .execute()

  await audited(
    db.schema
      .createTable('trip_bookings')
      .addColumn('id', 'integer', id)
      .addColumn('trip_id', 'integer', (c) => c.notNull().references('trips.id').onDelete('cascade'))
      .addColumn('supplier_id', 'integer', (c) => c.notNull().references('suppliers.id'))
      .addColumn('day_no', 'integer')
      .addColumn('item_id', 'integer', (c) => c.references('trip_items.id').onDelete('set null'))
      .addColumn('status', text, (c) => c.notNull())
      .addColumn('confirmation_no', text)
      .addColumn('notes', text),
  ).execute()
  await db.schema.createIndex('trip_bookings_trip').on('trip_bookings').column('trip_id').execute()
  await db.schema
    .createIndex('trip_bookings_supplier')
    .on('trip_bookings')
    .columns(['supplier_id', 'trip_id'])
    .execute()
  await db.schema.createIndex('trip_bookings_item').on('trip_bookings').column('item_id').execute()

  await db.schema
    .createTable('trip_roster_events')
    .addColumn('id', 'integer', id)
    .addColumn('trip_id', 'integer', (c) => c.notNull().references('trips.id').onDelete('cascade'))
    .addColumn('kind', text, (c) => c.notNull())
    .addColumn('customer_id', 'integer', (c) => c.references('customers.id').onDelete('set null'))
    .addColumn('contract_no', text)
    .addColumn('at', text, (c) => c.notNull())
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
