import { sql } from 'kysely'
import type { Kysely } from 'kysely'

/*
 * Frozen once landed. The "same name and birth date" duplicate rule for lunar birthdays (农历生日),
 * which many older customers know instead of the solar date: a lunar birthday is stored in
 * lunar_year/month/day/leap with birth_date null, so 0018's customers_name_birth does not serve it.
 * Partial: only lunar files with a known year can match, and they are a small part of the table.
 * Same statement on SQLite and PostgreSQL; the migrator runs it inside its own transaction.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createIndex('customers_name_lunar_birth')
    .on('customers')
    .columns(['name', 'lunar_year', 'lunar_month', 'lunar_day', 'lunar_leap'])
    .where(sql.ref('birth_calendar'), '=', 'lunar')
    .where(sql.ref('lunar_year'), 'is not', null)
    .execute()
}
