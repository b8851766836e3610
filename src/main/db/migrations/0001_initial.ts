import { sql } from 'kysely'
import type { Kysely } from 'kysely'

/*
 * Frozen: never edit after it has landed; add a new numbered migration instead.
 * Portable conventions (SQLite today, PostgreSQL later): timestamps are ISO-8601 UTC text,
 * booleans are integers 0/1, JSON is text.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('settings')
    .addColumn('key', 'text', (c) => c.primaryKey())
    .addColumn('value', 'text', (c) => c.notNull())
    .execute()

  await db.schema
    .createTable('staff')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('login', 'text', (c) => c.notNull())
    .addColumn('login_key', 'text', (c) => c.notNull().unique())
    .addColumn('password_hash', 'text', (c) => c.notNull())
    .addColumn('role', 'text', (c) => c.notNull())
    .addColumn('active', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('failed_attempts', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('locked_until', 'text')
    .addColumn('last_sign_in_at', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('created_by', 'integer', (c) => c.references('staff.id'))
    .addColumn('updated_by', 'integer', (c) => c.references('staff.id'))
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .execute()

  await db.schema
    .createTable('audit_log')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('staff_id', 'integer', (c) => c.references('staff.id'))
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('entity', 'text', (c) => c.notNull())
    .addColumn('entity_id', 'integer')
    .addColumn('fields', 'text', (c) => c.notNull().defaultTo('[]'))
    .execute()
  await db.schema.createIndex('audit_log_entity').on('audit_log').columns(['entity', 'entity_id']).execute()
  // Append-only: nothing — not even a bug in a service — may rewrite history.
  await sql`CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log BEGIN SELECT RAISE(ABORT, 'audit log is append-only'); END`.execute(
    db,
  )
  await sql`CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log BEGIN SELECT RAISE(ABORT, 'audit log is append-only'); END`.execute(
    db,
  )

  await db.schema
    .createTable('customers')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('name_sort', 'text', (c) => c.notNull())
    .addColumn('pinyin_name', 'text')
    .addColumn('gender', 'text', (c) => c.notNull().defaultTo('unknown'))
    .addColumn('birth_calendar', 'text')
    .addColumn('birth_date', 'text')
    .addColumn('lunar_year', 'integer')
    .addColumn('lunar_month', 'integer')
    .addColumn('lunar_day', 'integer')
    .addColumn('lunar_leap', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('mobile', 'text')
    .addColumn('wechat', 'text')
    .addColumn('email', 'text')
    .addColumn('address', 'text')
    .addColumn('occupation', 'text')
    .addColumn('employer', 'text')
    .addColumn('source', 'text')
    .addColumn('referrer_id', 'integer', (c) => c.references('customers.id').onDelete('set null'))
    .addColumn('tier', 'text', (c) => c.notNull().defaultTo('none'))
    .addColumn('tier_rank', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('marketing_consent', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('do_not_contact', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('health_consent', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('health_consent_at', 'text')
    .addColumn('notes', 'text')
    .addColumn('preferences', 'text', (c) => c.notNull().defaultTo('{}'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('created_by', 'integer', (c) => c.references('staff.id'))
    .addColumn('updated_by', 'integer', (c) => c.references('staff.id'))
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .execute()
  for (const col of ['name_sort', 'updated_at', 'created_at', 'tier_rank', 'mobile']) {
    await db.schema.createIndex(`customers_${col}`).on('customers').column(col).execute()
  }
  await db.schema.createIndex('customers_referrer').on('customers').column('referrer_id').execute()

  await db.schema
    .createTable('customer_tags')
    .addColumn('customer_id', 'integer', (c) => c.notNull().references('customers.id').onDelete('cascade'))
    .addColumn('tag', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('customer_tags_pk', ['customer_id', 'tag'])
    .execute()
  await db.schema
    .createIndex('customer_tags_tag')
    .on('customer_tags')
    .columns(['tag', 'customer_id'])
    .execute()

  await db.schema
    .createTable('customer_needs')
    .addColumn('customer_id', 'integer', (c) => c.notNull().references('customers.id').onDelete('cascade'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('note', 'text')
    .addPrimaryKeyConstraint('customer_needs_pk', ['customer_id', 'kind'])
    .execute()
  await db.schema
    .createIndex('customer_needs_kind')
    .on('customer_needs')
    .columns(['kind', 'customer_id'])
    .execute()

  await db.schema
    .createTable('customer_contacts')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('customer_id', 'integer', (c) => c.notNull().references('customers.id').onDelete('cascade'))
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('relation', 'text')
    .addColumn('phone', 'text', (c) => c.notNull())
    .execute()
  await db.schema
    .createIndex('customer_contacts_customer')
    .on('customer_contacts')
    .column('customer_id')
    .execute()

  await db.schema
    .createTable('customer_documents')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('customer_id', 'integer', (c) => c.notNull().references('customers.id').onDelete('cascade'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('number', 'text', (c) => c.notNull())
    .addColumn('issue_date', 'text')
    .addColumn('issue_place', 'text')
    .addColumn('expiry_date', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
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
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('a_id', 'integer', (c) => c.notNull().references('customers.id').onDelete('cascade'))
    .addColumn('b_id', 'integer', (c) => c.notNull().references('customers.id').onDelete('cascade'))
    // what B is to A ("child": B is A's child); read from B's side through the inverse
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('created_by', 'integer', (c) => c.references('staff.id'))
    .addUniqueConstraint('customer_relations_pair', ['a_id', 'b_id'])
    .addCheckConstraint('customer_relations_not_self', sql`a_id <> b_id`)
    .execute()
  await db.schema.createIndex('customer_relations_b').on('customer_relations').column('b_id').execute()

  await db.schema
    .createTable('communications')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('customer_id', 'integer', (c) => c.notNull().references('customers.id').onDelete('cascade'))
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('channel', 'text', (c) => c.notNull())
    .addColumn('direction', 'text', (c) => c.notNull())
    .addColumn('staff_id', 'integer', (c) => c.references('staff.id'))
    .addColumn('summary', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute()
  await db.schema
    .createIndex('communications_customer_at')
    .on('communications')
    .columns(['customer_id', 'at'])
    .execute()
}
