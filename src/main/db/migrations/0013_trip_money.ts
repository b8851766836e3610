import type { Kysely } from 'kysely'
import { idColumn } from '../dialect'

/*
 * Frozen once landed. The trip planner's money, visas and status guardrails, for both stores.
 *
 * Prices were already integer fen on trips (price_adult … price_single); a traveller's price follows
 * their price type, so nothing is copied per traveller and nothing needs converting.
 *
 * trip_participants gains the agreed deposit (fen) and the visa record (status, type, number,
 * validity). Existing travellers get no visa status (null: "not recorded"), never a guess.
 * trip_charges: per traveller surcharges and discounts (单房差, visa fee, insurance, free-form), signed
 * fen, replaced as a whole with the traveller's version.
 * trip_payments: a ledger, never edited: payments positive, refunds negative with a reason. It keeps
 * trip_id and survives the traveller's removal (participant_id set null), so the money stays accounted.
 * trip_money_policy: the one row of the agency's age rules for price types, versioned like a record.
 * trip_status_history.reason: why a trip was confirmed although the guardrails listed problems.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('trip_participants').addColumn('deposit_fen', 'integer').execute()
  await db.schema.alterTable('trip_participants').addColumn('visa_status', 'text').execute()
  await db.schema.alterTable('trip_participants').addColumn('visa_type', 'text').execute()
  await db.schema.alterTable('trip_participants').addColumn('visa_no', 'text').execute()
  await db.schema.alterTable('trip_participants').addColumn('visa_valid_until', 'text').execute()
  await db.schema.alterTable('trip_status_history').addColumn('reason', 'text').execute()

  await db.schema
    .createTable('trip_charges')
    .addColumn('id', 'integer', idColumn(db))
    .addColumn('participant_id', 'integer', (c) =>
      c.notNull().references('trip_participants.id').onDelete('cascade'),
    )
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('label', 'text')
    .addColumn('amount_fen', 'integer', (c) => c.notNull())
    .execute()
  await db.schema
    .createIndex('trip_charges_participant')
    .on('trip_charges')
    .columns(['participant_id', 'position'])
    .execute()

  await db.schema
    .createTable('trip_payments')
    .addColumn('id', 'integer', idColumn(db))
    .addColumn('trip_id', 'integer', (c) => c.notNull().references('trips.id').onDelete('cascade'))
    .addColumn('participant_id', 'integer', (c) => c.references('trip_participants.id').onDelete('set null'))
    .addColumn('day', 'text', (c) => c.notNull())
    .addColumn('amount_fen', 'integer', (c) => c.notNull())
    .addColumn('method', 'text', (c) => c.notNull())
    .addColumn('receipt_no', 'text')
    .addColumn('reason', 'text')
    .addColumn('taken_by', 'integer', (c) => c.references('staff.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute()
  await db.schema.createIndex('trip_payments_trip').on('trip_payments').columns(['trip_id', 'day']).execute()
  await db.schema
    .createIndex('trip_payments_participant')
    .on('trip_payments')
    .columns(['participant_id'])
    .execute()

  await db.schema
    .createTable('trip_money_policy')
    .addColumn('id', 'integer', (c) => c.primaryKey())
    .addColumn('infant_under', 'integer', (c) => c.notNull())
    .addColumn('no_bed_under', 'integer', (c) => c.notNull())
    .addColumn('child_under', 'integer', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .execute()
  // the common rule of Chinese tour pricing: infant under 2, child without bed under 6, child with bed under 12
  await db
    .insertInto('trip_money_policy')
    .values({ id: 1, infant_under: 2, no_bed_under: 6, child_under: 12 })
    .execute()
}
