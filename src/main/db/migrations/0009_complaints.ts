import type { Kysely } from 'kysely'
import { idColumn } from '../dialect'

/*
 * Frozen once landed. Complaint handling (src/main/complaints), written once for SQLite and
 * PostgreSQL with the portable schema builder: timestamps ISO text, days YYYY-MM-DD, booleans 0/1,
 * money integer fen.
 *
 * complaints: one case. case_no (TS-2026-0042) is derived from (case_year, case_seq); both are
 * unique, so two desks numbering a case at the same moment cannot both win. reply_due_day and
 * replied_day copy what the status history says about the statutory written reply, so the list can
 * filter "overdue" through an index; the clocks themselves are recomputed from the history.
 * finished_at: when the case last entered closed/rejected/duplicate (the 30-day reopen window).
 *
 * complaint_complainants: a customer file (customer_id only: deleting the file leaves no copy of
 * the person behind) or a person without a file (the fields a written complaint must carry).
 * complaint_parties: the guide or supplier involved, one per row, for the guide/supplier filters.
 * complaint_status_history: every move, with its reason. complaint_remedies: what was offered.
 * complaint_policy: the one row of the agency's complaint settings, versioned like a record.
 *
 * The migrator runs this inside its own transaction with the bookkeeping row.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('complaint_policy')
    .addColumn('id', 'integer', (c) => c.primaryKey())
    .addColumn('approval_threshold_fen', 'integer', (c) => c.notNull())
    .addColumn('first_response_hours', 'integer', (c) => c.notNull())
    .addColumn('resolution_days', 'integer', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .execute()
  // 500 yuan, a working day, a month: a small agency's usual starting point, changed in Settings
  await db
    .insertInto('complaint_policy')
    .values({ id: 1, approval_threshold_fen: 50_000, first_response_hours: 24, resolution_days: 30 })
    .execute()

  await db.schema
    .createTable('complaints')
    .addColumn('id', 'integer', idColumn(db))
    .addColumn('case_no', 'text', (c) => c.notNull().unique())
    .addColumn('case_year', 'integer', (c) => c.notNull())
    .addColumn('case_seq', 'integer', (c) => c.notNull())
    .addColumn('channel', 'text', (c) => c.notNull())
    .addColumn('received_at', 'text', (c) => c.notNull())
    .addColumn('taken_by', 'integer', (c) => c.references('staff.id'))
    .addColumn('trip_id', 'integer', (c) => c.references('trips.id').onDelete('set null'))
    .addColumn('contract_no', 'text')
    .addColumn('event_at', 'text')
    .addColumn('event_place', 'text')
    .addColumn('what_happened', 'text', (c) => c.notNull())
    .addColumn('request', 'text')
    .addColumn('cause', 'text', (c) => c.notNull())
    .addColumn('severity', 'text', (c) => c.notNull())
    .addColumn('assignee_id', 'integer', (c) => c.references('staff.id'))
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('reply_due_day', 'text', (c) => c.notNull())
    .addColumn('replied_day', 'text')
    .addColumn('rejection_reason', 'text')
    .addColumn('duplicate_of_id', 'integer', (c) => c.references('complaints.id').onDelete('set null'))
    .addColumn('follow_up_of_id', 'integer', (c) => c.references('complaints.id').onDelete('set null'))
    .addColumn('finished_at', 'text')
    .addColumn('lessons', 'text')
    .addColumn('corrective_actions', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('customer_satisfied', 'integer')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('created_by', 'integer', (c) => c.references('staff.id'))
    .addColumn('updated_by', 'integer', (c) => c.references('staff.id'))
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addUniqueConstraint('complaints_year_seq', ['case_year', 'case_seq'])
    .execute()
  // the list's first page: newest first, whole or by status, cause, trip; "reply overdue" by due day
  const indexes: [string, string[]][] = [
    ['complaints_received', ['received_at', 'id']],
    ['complaints_status', ['status', 'received_at', 'id']],
    ['complaints_cause', ['cause', 'received_at', 'id']],
    ['complaints_trip', ['trip_id', 'received_at']],
    ['complaints_assignee', ['assignee_id', 'status']],
    ['complaints_reply_due', ['replied_day', 'reply_due_day']],
  ]
  for (const [name, cols] of indexes) await db.schema.createIndex(name).on('complaints').columns(cols).execute()

  await db.schema
    .createTable('complaint_complainants')
    .addColumn('id', 'integer', idColumn(db))
    .addColumn('complaint_id', 'integer', (c) => c.notNull().references('complaints.id').onDelete('cascade'))
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('customer_id', 'integer', (c) => c.references('customers.id').onDelete('set null'))
    .addColumn('name', 'text')
    .addColumn('gender', 'text')
    .addColumn('nationality', 'text')
    .addColumn('address', 'text')
    .addColumn('postcode', 'text')
    .addColumn('phone', 'text')
    .execute()
  await db.schema
    .createIndex('complaint_complainants_case')
    .on('complaint_complainants')
    .columns(['complaint_id', 'position'])
    .execute()
  await db.schema
    .createIndex('complaint_complainants_customer')
    .on('complaint_complainants')
    .columns(['customer_id', 'complaint_id'])
    .execute()

  await db.schema
    .createTable('complaint_parties')
    .addColumn('id', 'integer', idColumn(db))
    .addColumn('complaint_id', 'integer', (c) => c.notNull().references('complaints.id').onDelete('cascade'))
    .addColumn('guide_id', 'integer', (c) => c.references('guides.id').onDelete('cascade'))
    .addColumn('supplier_id', 'integer', (c) => c.references('suppliers.id').onDelete('cascade'))
    .execute()
  await db.schema.createIndex('complaint_parties_case').on('complaint_parties').column('complaint_id').execute()
  await db.schema
    .createIndex('complaint_parties_guide')
    .on('complaint_parties')
    .columns(['guide_id', 'complaint_id'])
    .execute()
  await db.schema
    .createIndex('complaint_parties_supplier')
    .on('complaint_parties')
    .columns(['supplier_id', 'complaint_id'])
    .execute()

  await db.schema
    .createTable('complaint_status_history')
    .addColumn('id', 'integer', idColumn(db))
    .addColumn('complaint_id', 'integer', (c) => c.notNull().references('complaints.id').onDelete('cascade'))
    .addColumn('from_status', 'text')
    .addColumn('to_status', 'text', (c) => c.notNull())
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('staff_id', 'integer', (c) => c.references('staff.id'))
    .addColumn('note', 'text')
    .execute()
  await db.schema
    .createIndex('complaint_status_history_case')
    .on('complaint_status_history')
    .columns(['complaint_id', 'id'])
    .execute()

  await db.schema
    .createTable('complaint_remedies')
    .addColumn('id', 'integer', idColumn(db))
    .addColumn('complaint_id', 'integer', (c) => c.notNull().references('complaints.id').onDelete('cascade'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('amount_fen', 'integer')
    // compensation: what the calculator proposed, from which facts, citing which clauses (JSON)
    .addColumn('proposed_fen', 'integer')
    .addColumn('facts', 'text')
    .addColumn('lines', 'text')
    .addColumn('override_reason', 'text')
    .addColumn('notes', 'text')
    // not_required | pending | approved | rejected
    .addColumn('approval', 'text', (c) => c.notNull())
    .addColumn('decided_by', 'integer', (c) => c.references('staff.id'))
    .addColumn('decided_at', 'text')
    .addColumn('customer_accepted', 'integer')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('created_by', 'integer', (c) => c.references('staff.id'))
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .execute()
  await db.schema
    .createIndex('complaint_remedies_case')
    .on('complaint_remedies')
    .columns(['complaint_id', 'id'])
    .execute()
}
