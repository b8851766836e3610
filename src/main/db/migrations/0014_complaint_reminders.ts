import type { Kysely } from 'kysely'

/*
 * Frozen once landed. Complaint deadlines in the reminder engine: a reminder may be about a
 * complaint (the written reply due in 2 days, the reply overdue, the follow-up call after closing).
 * complaint_id is the rule's subject column, as guide_id and supplier_id are for licences: the
 * engine finds a case's open reminders by it when the case changes, and deleting a case takes its
 * reminders with it.
 *
 * The migrator runs this inside its own transaction with the bookkeeping row.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable('reminders')
    .addColumn('complaint_id', 'integer', (c) => c.references('complaints.id').onDelete('cascade'))
    .execute()
  await db.schema.createIndex('reminders_complaint').on('reminders').column('complaint_id').execute()
}
