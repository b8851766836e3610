import { sql } from 'kysely'
import type { Kysely } from 'kysely'

/*
 * Frozen once landed. Duplicate customer files (src/main/duplicates), for SQLite and PostgreSQL alike.
 *
 * customer_pair_dismissals: a pair of files a colleague decided are two different people, so the
 * duplicates screen stops proposing them. Stored once per pair with a_id < b_id; goes with either file.
 * customer_merges: which file a merged-away file was merged into, so an old link or a colleague's open
 * tab says "merged into …" instead of "not found". Only ids: the merged-away file's data is gone.
 * merged_id has no foreign key (that row no longer exists); the row goes when the survivor is deleted.
 * customers_name_birth: the "same name and birth date" rule is one grouped query over this index.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('customer_pair_dismissals')
    .addColumn('a_id', 'integer', (c) => c.notNull().references('customers.id').onDelete('cascade'))
    .addColumn('b_id', 'integer', (c) => c.notNull().references('customers.id').onDelete('cascade'))
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('staff_id', 'integer', (c) => c.references('staff.id'))
    .addPrimaryKeyConstraint('customer_pair_dismissals_pk', ['a_id', 'b_id'])
    .addCheckConstraint('customer_pair_dismissals_order', sql`a_id < b_id`)
    .execute()
  await db.schema
    .createIndex('customer_pair_dismissals_b')
    .on('customer_pair_dismissals')
    .column('b_id')
    .execute()

  await db.schema
    .createTable('customer_merges')
    .addColumn('merged_id', 'integer', (c) => c.primaryKey())
    .addColumn('survivor_id', 'integer', (c) => c.notNull().references('customers.id').onDelete('cascade'))
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('staff_id', 'integer', (c) => c.references('staff.id'))
    .execute()
  await db.schema
    .createIndex('customer_merges_survivor')
    .on('customer_merges')
    .column('survivor_id')
    .execute()

  await db.schema
    .createIndex('customers_name_birth')
    .on('customers')
    .columns(['name', 'birth_date'])
    .execute()
}
