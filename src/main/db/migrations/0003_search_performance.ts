import { sql } from 'kysely'
import type { Kysely } from 'kysely'

/*
 * Frozen once landed. Lets customer search count its matches (the list shows the total) without
 * reading every matching customer:
 * - customers_tier: the tier filter, counted from the index alone.
 * - customers_birth_month / customers_lunar_birthday: the birthday-this-month filter. Expression
 *   indexes are used only for the identical expression: customer-search.ts writes it exactly so.
 * - customers_fts_cleanup: an FTS row can no longer outlive its customer (as customer_grams rows cannot,
 *   through their foreign key), so the trigram index alone can count matches. Leftovers are removed.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.createIndex('customers_tier').on('customers').column('tier').execute()
  await sql`CREATE INDEX customers_birth_month ON customers(birth_calendar, substr(birth_date, 6, 2))`.execute(
    db,
  )
  await sql`CREATE INDEX customers_lunar_birthday
    ON customers(birth_calendar, lunar_leap * 10000 + lunar_month * 100 + lunar_day)`.execute(db)
  await sql`DELETE FROM customer_fts WHERE rowid NOT IN (SELECT id FROM customers)`.execute(db)
  await sql`CREATE TRIGGER customers_fts_cleanup AFTER DELETE ON customers BEGIN
    DELETE FROM customer_fts WHERE rowid = old.id;
  END`.execute(db)
}
