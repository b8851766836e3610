import { sql } from 'kysely'
import type { ColumnDefinitionBuilder, Kysely } from 'kysely'

/*
 * Frozen: never edit after it has landed. PostgreSQL's baseline, equal to the schema SQLite reaches
 * through 0001–0007, recorded under those same names (see migrations/index.ts) so that 0008 and later
 * are single files written for both stores.
 * - Text is COLLATE "C": ordering is byte order as on SQLite, whatever locale the office server has.
 * - Ids are identity columns (BY DEFAULT, so a copy from a desk's SQLite file can keep its ids).
 * - Search keys (SQLite: FTS5 trigram) live in customer_search with pg_trgm GIN indexes; the 1–2
 *   character gram table is the same on both.
 */
export const text = sql`text collate "C"`
export const id = (c: ColumnDefinitionBuilder) => c.primaryKey().generatedByDefaultAsIdentity()

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('settings')
    .addColumn('key', text, (c) => c.primaryKey())
    .addColumn('value', text, (c) => c.notNull())
    .execute()

  await db.schema
    .createTable('staff')
    .addColumn('id', 'integer', id)
    .addColumn('name', text, (c) => c.notNull())
    .addColumn('login', text, (c) => c.notNull())
    .addColumn('login_key', text, (c) => c.notNull().unique())
    .addColumn('password_hash', text, (c) => c.notNull())
    .addColumn('role', text, (c) => c.notNull())
    .addColumn('active', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('failed_attempts', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('locked_until', text)
    .addColumn('last_sign_in_at', text)
    .addColumn('created_at', text, (c) => c.notNull())
    .addColumn('updated_at', text, (c) => c.notNull())
    .addColumn('created_by', 'integer', (c) => c.references('staff.id'))
    .addColumn('updated_by', 'integer', (c) => c.references('staff.id'))
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .execute()

  await db.schema
    .createTable('audit_log')
    .addColumn('id', 'integer', id)
    .addColumn('at', text, (c) => c.notNull())
    .addColumn('staff_id', 'integer', (c) => c.references('staff.id'))
    .addColumn('action', text, (c) => c.notNull())
    .addColumn('entity', text, (c) => c.notNull())
    .addColumn('entity_id', 'integer')
    .addColumn('fields', text, (c) => c.notNull().defaultTo('[]'))
    .execute()
  await db.schema.createIndex('audit_log_entity').on('audit_log').columns(['entity', 'entity_id']).execute()
  // Append-only: nothing — not even a bug in a service — may rewrite history (SQLite: RAISE(ABORT)).
  await sql`CREATE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN RAISE EXCEPTION 'audit log is append-only'; END $$`.execute(db)
  await sql`CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
    FOR EACH ROW EXECUTE FUNCTION audit_log_append_only()`.execute(db)
  await sql`CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
    FOR EACH ROW EXECUTE FUNCTION audit_log_append_only()`.execute(db)
  await sql`CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
    FOR EACH STATEMENT EXECUTE FUNCTION audit_log_append_only()`.execute(db)

  await db.schema
    .createTable('customers')
    .addColumn('id', 'integer', id)
    .addColumn('name', text, (c) => c.notNull())
    .addColumn('name_sort', text, (c) => c.notNull())
    .addColumn('pinyin_name', text)
    .addColumn('gender', text, (c) => c.notNull().defaultTo('unknown'))
    .addColumn('birth_calendar', text)
    .addColumn('birth_date', text)
    .addColumn('lunar_year', 'integer')
    .addColumn('lunar_month', 'integer')
    .addColumn('lunar_day', 'integer')
    .addColumn('lunar_leap', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('mobile', text)
    .addColumn('wechat', text)
    .addColumn('email', text)
    .addColumn('address', text)
    .addColumn('occupation', text)
    .addColumn('employer', text)
    .addColumn('source', text)
    .addColumn('referrer_id', 'integer', (c) => c.references('customers.id').onDelete('set null'))
    .addColumn('tier', text, (c) => c.notNull().defaultTo('none'))
    .addColumn('tier_rank', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('marketing_consent', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('do_not_contact', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('health_consent', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('health_consent_at', text)
    .addColumn('notes', text)
    .addColumn('preferences', text, (c) => c.notNull().defaultTo('{}'))
    .addColumn('created_at', text, (c) => c.notNull())
    .addColumn('updated_at', text, (c) => c.notNull())
    .addColumn('created_by', 'integer', (c) => c.references('staff.id'))
    .addColumn('updated_by', 'integer', (c) => c.references('staff.id'))
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .execute()
  for (const col of ['name_sort', 'updated_at', 'created_at', 'tier_rank', 'referrer_id', 'tier']) {
    const name = col === 'referrer_id' ? 'customers_referrer' : `customers_${col}`
    await db.schema.createIndex(name).on('customers').column(col).execute()
  }
  // collation "C": the btree serves mobile LIKE 'prefix%' (SQLite: GLOB)
  await db.schema.createIndex('customers_mobile').on('customers').column('mobile').execute()
  await sql`CREATE INDEX customers_birth_month ON customers(birth_calendar, substr(birth_date, 6, 2))`.execute(
    db,
  )
  await sql`CREATE INDEX customers_lunar_birthday
    ON customers(birth_calendar, (lunar_leap * 10000 + lunar_month * 100 + lunar_day))`.execute(db)

  const child = (table: string, second: string, pk: string) =>
    db.schema
      .createTable(table)
      .addColumn('customer_id', 'integer', (c) => c.notNull().references('customers.id').onDelete('cascade'))
      .addColumn(second, text, (c) => c.notNull())
      .addPrimaryKeyConstraint(pk, ['customer_id', second])
  await child('customer_tags', 'tag', 'customer_tags_pk').execute()
  await db.schema
    .createIndex('customer_tags_tag')
    .on('customer_tags')
    .columns(['tag', 'customer_id'])
    .execute()
  await child('customer_needs', 'kind', 'customer_needs_pk').addColumn('note', text).execute()
  await db.schema
    .createIndex('customer_needs_kind')
    .on('customer_needs')
    .columns(['kind', 'customer_id'])
    .execute()

  await db.schema
    .createTable('customer_contacts')
    .addColumn('id', 'integer', id)
    .addColumn('customer_id', 'integer', (c) => c.notNull().references('customers.id').onDelete('cascade'))
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('name', text, (c) => c.notNull())
    .addColumn('relation', text)
    .addColumn('phone', text, (c) => c.notNull())
    .execute()
  await db.schema
    .createIndex('customer_contacts_customer')
    .on('customer_contacts')
    .column('customer_id')
    .execute()

  await db.schema
    .createTable('customer_documents')
    .addColumn('id', 'integer', id)
    .addColumn('customer_id', 'integer', (c) => c.notNull().references('customers.id').onDelete('cascade'))
    .addColumn('kind', text, (c) => c.notNull())
    .addColumn('number', text, (c) => c.notNull())
    .addColumn('issue_date', text)
    .addColumn('issue_place', text)
    .addColumn('expiry_date', text)
    .addColumn('created_at', text, (c) => c.notNull())
    .addColumn('updated_at', text, (c) => c.notNull())
    .addColumn('created_by', 'integer', (c) => c.references('staff.id'))
    .addColumn('updated_by', 'integer', (c) => c.references('staff.id'))
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .execute()
  await db.schema
    .createIndex('customer_documents_customer')
    .on('customer_documents')
    .column('customer_id')
    .execute()
  await db.schema.createIndex('customer_documents_number').on('customer_documents').column('number').execute()

  await db.schema
    .createTable('customer_relations')
    .addColumn('id', 'integer', id)
    .addColumn('a_id', 'integer', (c) => c.notNull().references('customers.id').onDelete('cascade'))
    .addColumn('b_id', 'integer', (c) => c.notNull().references('customers.id').onDelete('cascade'))
    .addColumn('kind', text, (c) => c.notNull())
    .addColumn('created_at', text, (c) => c.notNull())
    .addColumn('created_by', 'integer', (c) => c.references('staff.id'))
    .addUniqueConstraint('customer_relations_pair', ['a_id', 'b_id'])
    .addCheckConstraint('customer_relations_not_self', sql`a_id <> b_id`)
    .execute()
  await db.schema.createIndex('customer_relations_b').on('customer_relations').column('b_id').execute()

  await db.schema
    .createTable('communications')
    .addColumn('id', 'integer', id)
    .addColumn('customer_id', 'integer', (c) => c.notNull().references('customers.id').onDelete('cascade'))
    .addColumn('at', text, (c) => c.notNull())
    .addColumn('channel', text, (c) => c.notNull())
    .addColumn('direction', text, (c) => c.notNull())
    .addColumn('staff_id', 'integer', (c) => c.references('staff.id'))
    .addColumn('summary', text, (c) => c.notNull())
    .addColumn('created_at', text, (c) => c.notNull())
    .execute()
  await db.schema
    .createIndex('communications_customer_at')
    .on('communications')
    .columns(['customer_id', 'at'])
    .execute()

  // what SQLite's customer_fts holds, one row per customer, gone with it (no trigger needed)
  await sql`CREATE EXTENSION IF NOT EXISTS pg_trgm`.execute(db)
  await db.schema
    .createTable('customer_search')
    .addColumn('id', 'integer', (c) => c.primaryKey().references('customers.id').onDelete('cascade'))
    .addColumn('name', text, (c) => c.notNull())
    .addColumn('keys', text, (c) => c.notNull())
    .addColumn('phone', text, (c) => c.notNull())
    .addColumn('docs', text, (c) => c.notNull())
    .execute()
  for (const col of ['name', 'keys', 'phone', 'docs']) {
    await sql`CREATE INDEX ${sql.raw(`customer_search_${col}`)} ON customer_search
      USING gin (${sql.ref(col)} gin_trgm_ops)`.execute(db)
  }
  await db.schema
    .createTable('customer_grams')
    .addColumn('gram', text, (c) => c.notNull())
    .addColumn('customer_id', 'integer', (c) => c.notNull().references('customers.id').onDelete('cascade'))
    .addPrimaryKeyConstraint('customer_grams_pk', ['gram', 'customer_id'])
    .execute()
  await db.schema.createIndex('customer_grams_customer').on('customer_grams').column('customer_id').execute()
}
