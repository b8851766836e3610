import type { Kysely } from 'kysely'
import { idColumn } from '../dialect'

/*
 * Frozen once landed. Spreadsheet imports (src/main/imports), for SQLite and PostgreSQL alike.
 *
 * import_runs: one import of one file — who, when, which encoding was read, what it did. undone_at
 * is set when it was undone as a whole; version guards two managers undoing at once.
 * import_items: what the import did to each file, so it can be undone: created (remove it) or
 * updated (put back `before`, the columns it overwrote, as JSON). version_after is the file's
 * version right after the import: a file edited since is newer, and the undo is refused. The rows
 * go with the customer (ON DELETE CASCADE), so a deleted person's old values are not kept here.
 * import_mappings: the column mapping last used for a sheet with the same headers, per target.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('import_runs')
    .addColumn('id', 'integer', idColumn(db))
    .addColumn('target', 'text', (c) => c.notNull())
    .addColumn('file_name', 'text', (c) => c.notNull())
    .addColumn('encoding', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('created_by', 'integer', (c) => c.references('staff.id'))
    .addColumn('created_count', 'integer', (c) => c.notNull())
    .addColumn('updated_count', 'integer', (c) => c.notNull())
    .addColumn('skipped_count', 'integer', (c) => c.notNull())
    .addColumn('rejected_count', 'integer', (c) => c.notNull())
    .addColumn('undone_at', 'text')
    .addColumn('undone_by', 'integer', (c) => c.references('staff.id'))
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .execute()

  await db.schema
    .createTable('import_items')
    .addColumn('id', 'integer', idColumn(db))
    .addColumn('import_id', 'integer', (c) => c.notNull().references('import_runs.id').onDelete('cascade'))
    .addColumn('customer_id', 'integer', (c) => c.notNull().references('customers.id').onDelete('cascade'))
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('version_after', 'integer', (c) => c.notNull())
    .addColumn('before', 'text')
    .execute()
  await db.schema.createIndex('import_items_import').on('import_items').column('import_id').execute()
  await db.schema.createIndex('import_items_customer').on('import_items').column('customer_id').execute()

  await db.schema
    .createTable('import_mappings')
    .addColumn('target', 'text', (c) => c.notNull())
    .addColumn('signature', 'text', (c) => c.notNull())
    .addColumn('mapping', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('import_mappings_pk', ['target', 'signature'])
    .execute()
}
