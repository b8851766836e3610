import type { Kysely } from 'kysely'
import { idColumn } from '../dialect'

/*
 * Frozen once landed. Imports of guides and suppliers (src/main/imports/resource-*.ts) use the same
 * import_runs (target 'guides' / 'suppliers'); what each did to a record, for the undo, lives here
 * because import_items points at customers only. Exactly one of guide_id / supplier_id is set; the
 * rows go with their record (ON DELETE CASCADE) like import_items do with customers.
 *
 * The migrator runs this inside its own transaction with the bookkeeping row.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('import_resource_items')
    .addColumn('id', 'integer', idColumn(db))
    .addColumn('import_id', 'integer', (c) => c.notNull().references('import_runs.id').onDelete('cascade'))
    .addColumn('guide_id', 'integer', (c) => c.references('guides.id').onDelete('cascade'))
    .addColumn('supplier_id', 'integer', (c) => c.references('suppliers.id').onDelete('cascade'))
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('version_after', 'integer', (c) => c.notNull())
    .addColumn('before', 'text')
    .execute()
  await db.schema
    .createIndex('import_resource_items_import')
    .on('import_resource_items')
    .column('import_id')
    .execute()
}
