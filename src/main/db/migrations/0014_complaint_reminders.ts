import type { Kysely } from 'kysely'
import { dialectOf, idColumn } from '../dialect'

/*
 * Frozen once landed. Complaint deadlines in the reminder engine: a reminder may be about a
 * complaint (the written reply due in 2 days, the reply overdue, the follow-up call after closing).
 * complaint_id is the rule's subject column, as guide_id and supplier_id are for licences: the
 * engine finds a case's open reminders by it when the case changes, and deleting a case takes its
 * reminders with it.
 *
 * complaint_evidence: photos, receipts and recordings attached to a case, the bytes in the database
 * itself (blob on SQLite, bytea on PostgreSQL) so they share the desk's backups, a case's deletion
 * and multi-desk access like every other record. sha256 names the content (a second upload of the
 * same file to a case is refused); size is the byte count, capped by the call (20 MB).
 *
 * The migrator runs this inside its own transaction with the bookkeeping row.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable('reminders')
    .addColumn('complaint_id', 'integer', (c) => c.references('complaints.id').onDelete('cascade'))
    .execute()
  await db.schema.createIndex('reminders_complaint').on('reminders').column('complaint_id').execute()

  await db.schema
    .createTable('complaint_evidence')
    .addColumn('id', 'integer', idColumn(db))
    .addColumn('complaint_id', 'integer', (c) => c.notNull().references('complaints.id').onDelete('cascade'))
    .addColumn('file_name', 'text', (c) => c.notNull())
    .addColumn('mime', 'text', (c) => c.notNull())
    .addColumn('size', 'integer', (c) => c.notNull())
    .addColumn('sha256', 'text', (c) => c.notNull())
    .addColumn('bytes', dialectOf(db) === 'postgres' ? 'bytea' : 'blob', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('created_by', 'integer', (c) => c.references('staff.id'))
    .addUniqueConstraint('complaint_evidence_once', ['complaint_id', 'sha256'])
    .execute()
}
