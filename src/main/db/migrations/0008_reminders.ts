import type { Kysely } from 'kysely'
import { idColumn } from '../dialect'

/*
 * Frozen once landed. The reminder engine's tables (src/main/reminders).
 *
 * reminders: one row per occurrence a rule produced (or a manual task). source_key names the
 * occurrence ("birthday:c12:2026", "return_call:t4:c9"); it is unique, so a rule that runs twice,
 * or on two desks at once, inserts it once. Manual tasks have none (NULLs never clash).
 * event_day is the day the thing itself happens (the birthday, the departure, the expiry), so a
 * changed lead time moves due without re-deriving the event. due is the calendar day shown;
 * due_at the moment it becomes due (a snooze moves it), which the due-scan compares to the clock.
 *
 * reminder_deliveries: who has been shown which occurrence of a reminder. Claimed (inserted) before
 * a notification is raised; the unique key is what keeps two engines, a restart, or a clock set
 * back from showing it twice.
 *
 * reminder_flags: per-customer marks the rules read ("stay in touch").
 *
 * The migrator runs this inside its own transaction with the bookkeeping row.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('reminders')
    .addColumn('id', 'integer', idColumn(db))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('source_key', 'text', (c) => c.unique())
    .addColumn('customer_id', 'integer', (c) => c.references('customers.id').onDelete('cascade'))
    .addColumn('trip_id', 'integer', (c) => c.references('trips.id').onDelete('cascade'))
    .addColumn('guide_id', 'integer', (c) => c.references('guides.id').onDelete('cascade'))
    .addColumn('supplier_id', 'integer', (c) => c.references('suppliers.id').onDelete('cascade'))
    .addColumn('assignee_id', 'integer', (c) => c.references('staff.id'))
    .addColumn('event_day', 'text')
    .addColumn('due', 'text', (c) => c.notNull())
    .addColumn('due_at', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull().defaultTo('open'))
    .addColumn('late', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('detail', 'text', (c) => c.notNull().defaultTo('{}'))
    .addColumn('note', 'text')
    .addColumn('outcome', 'text')
    .addColumn('closed_at', 'text')
    .addColumn('closed_by', 'integer', (c) => c.references('staff.id'))
    .addColumn('dismiss_reason', 'text')
    .addColumn('communication_id', 'integer', (c) => c.references('communications.id').onDelete('set null'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('created_by', 'integer', (c) => c.references('staff.id'))
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .execute()
  // the due-scan: open and snoozed rows whose moment has come
  await db.schema.createIndex('reminders_status_due').on('reminders').columns(['status', 'due_at']).execute()
  await db.schema
    .createIndex('reminders_assignee')
    .on('reminders')
    .columns(['assignee_id', 'status', 'due'])
    .execute()
  await db.schema.createIndex('reminders_customer').on('reminders').columns(['customer_id', 'kind']).execute()
  await db.schema.createIndex('reminders_trip').on('reminders').columns(['trip_id', 'kind']).execute()
  await db.schema.createIndex('reminders_guide').on('reminders').column('guide_id').execute()
  await db.schema.createIndex('reminders_supplier').on('reminders').column('supplier_id').execute()

  await db.schema
    .createTable('reminder_deliveries')
    .addColumn('id', 'integer', idColumn(db))
    .addColumn('reminder_id', 'integer', (c) => c.notNull().references('reminders.id').onDelete('cascade'))
    .addColumn('occurrence', 'text', (c) => c.notNull())
    .addColumn('staff_id', 'integer', (c) => c.notNull().references('staff.id').onDelete('cascade'))
    .addColumn('mode', 'text', (c) => c.notNull())
    .addColumn('claimed_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('reminder_deliveries_once', ['reminder_id', 'occurrence', 'staff_id'])
    .execute()

  await db.schema
    .createTable('reminder_flags')
    .addColumn('customer_id', 'integer', (c) => c.primaryKey().references('customers.id').onDelete('cascade'))
    .addColumn('stay_in_touch', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('marked_at', 'text', (c) => c.notNull())
    .execute()

  // supplier business licences expire like guide licences; the supplier rule reads this
  await db.schema.alterTable('suppliers').addColumn('licence_expiry', 'text').execute()
}
