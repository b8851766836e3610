import type { Kysely } from 'kysely'
import { idColumn } from '../dialect'

/*
 * Frozen once landed. Feedback forms (游客意见单, src/main/feedback), written once for SQLite and
 * PostgreSQL: timestamps ISO text, booleans 0/1.
 *
 * feedback_templates: every version of the agency's form, never updated: a sheet points at the
 * version it was printed on, so editing the form never changes past answers. version_no is unique:
 * two admins saving at once cannot both make version N+1. The default form is written here as a
 * literal (not imported) so this file stays what it was when it landed.
 * feedback_policy: the one row of the return-rate rule, versioned like a record.
 * feedback_sheets: one numbered sheet of a trip (pre-filled for a participant or blank), issued when
 * printed and entered when the paper comes back; deleted with the trip (the trip archive's retention).
 * feedback_answers: one row per item of an entered sheet ("no answer" is a row with value NULL);
 * score_x10 is the rated answer on 0–1000 as the sheet's version scored it; trip_id is copied so the
 * roll-ups per trip, guide, supplier and route read one index.
 *
 * The migrator runs this inside its own transaction with the bookkeeping row.
 */
const defaultForm =
  '{"levels":[{"builtin":"very_satisfied","label":null,"score":4,"satisfied":true},{"builtin":"satisfied","label":null,"score":3,"satisfied":true},{"builtin":"neutral","label":null,"score":2,"satisfied":false},{"builtin":"poor","label":null,"score":0,"satisfied":false}],"items":[{"key":"itinerary","kind":"rating","builtin":true,"label":null,"tripKinds":[],"problem":null},{"key":"local_guide","kind":"rating","builtin":true,"label":null,"tripKinds":[],"problem":null},{"key":"escort","kind":"rating","builtin":true,"label":null,"tripKinds":["domestic","hmt"],"problem":null},{"key":"tour_leader","kind":"rating","builtin":true,"label":null,"tripKinds":["outbound"],"problem":null},{"key":"driver","kind":"rating","builtin":true,"label":null,"tripKinds":[],"problem":null},{"key":"hotel","kind":"rating","builtin":true,"label":null,"tripKinds":[],"problem":null},{"key":"meals","kind":"rating","builtin":true,"label":null,"tripKinds":[],"problem":null},{"key":"transport","kind":"rating","builtin":true,"label":null,"tripKinds":[],"problem":null},{"key":"sights","kind":"rating","builtin":true,"label":null,"tripKinds":[],"problem":null},{"key":"shopping","kind":"rating","builtin":true,"label":null,"tripKinds":[],"problem":null},{"key":"counter","kind":"rating","builtin":true,"label":null,"tripKinds":[],"problem":null},{"key":"overall","kind":"rating","builtin":true,"label":null,"tripKinds":[],"problem":null},{"key":"contract_signed","kind":"yesno","builtin":true,"label":null,"tripKinds":[],"problem":"no"},{"key":"forced_shopping","kind":"yesno","builtin":true,"label":null,"tripKinds":[],"problem":"yes"},{"key":"sights_skipped","kind":"yesno","builtin":true,"label":null,"tripKinds":[],"problem":"yes"},{"key":"tips_demanded","kind":"yesno","builtin":true,"label":null,"tripKinds":[],"problem":"yes"},{"key":"licence_worn","kind":"yesno","builtin":true,"label":null,"tripKinds":[],"problem":"no"},{"key":"nps","kind":"nps","builtin":true,"label":null,"tripKinds":[],"problem":null},{"key":"remarks","kind":"text","builtin":true,"label":null,"tripKinds":[],"problem":null}],"lowScore":40}'

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('feedback_templates')
    .addColumn('id', 'integer', idColumn(db))
    .addColumn('version_no', 'integer', (c) => c.notNull().unique())
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('created_by', 'integer', (c) => c.references('staff.id'))
    .execute()
  await db
    .insertInto('feedback_templates')
    .values({ version_no: 1, body: defaultForm, created_at: '2026-01-01T00:00:00.000Z', created_by: null })
    .execute()

  await db.schema
    .createTable('feedback_policy')
    .addColumn('id', 'integer', (c) => c.primaryKey())
    .addColumn('small_group_max', 'integer', (c) => c.notNull())
    .addColumn('small_group_pct', 'integer', (c) => c.notNull())
    .addColumn('large_group_pct', 'integer', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .execute()
  // the rule many bureaus set: every traveller of a group of 10 or fewer, half of a larger one
  await db
    .insertInto('feedback_policy')
    .values({ id: 1, small_group_max: 10, small_group_pct: 100, large_group_pct: 50 })
    .execute()

  await db.schema
    .createTable('feedback_sheets')
    .addColumn('id', 'integer', idColumn(db))
    .addColumn('trip_id', 'integer', (c) => c.notNull().references('trips.id').onDelete('cascade'))
    .addColumn('sheet_no', 'integer', (c) => c.notNull())
    .addColumn('template_id', 'integer', (c) => c.notNull().references('feedback_templates.id'))
    .addColumn('participant_id', 'integer', (c) => c.references('trip_participants.id').onDelete('set null'))
    .addColumn('customer_id', 'integer', (c) => c.references('customers.id').onDelete('set null'))
    // issued | entered
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('comment', 'text')
    .addColumn('entered_at', 'text')
    .addColumn('entered_by', 'integer', (c) => c.references('staff.id'))
    .addColumn('verified_at', 'text')
    .addColumn('verified_by', 'integer', (c) => c.references('staff.id'))
    .addColumn('follow_up_id', 'integer', (c) => c.references('reminders.id').onDelete('set null'))
    .addColumn('complaint_id', 'integer', (c) => c.references('complaints.id').onDelete('set null'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('created_by', 'integer', (c) => c.references('staff.id'))
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addUniqueConstraint('feedback_sheets_trip_no', ['trip_id', 'sheet_no'])
    .execute()
  await db.schema
    .createIndex('feedback_sheets_participant')
    .on('feedback_sheets')
    .column('participant_id')
    .execute()
  await db.schema
    .createIndex('feedback_sheets_customer')
    .on('feedback_sheets')
    .columns(['customer_id', 'trip_id'])
    .execute()

  await db.schema
    .createTable('feedback_answers')
    .addColumn('sheet_id', 'integer', (c) => c.notNull().references('feedback_sheets.id').onDelete('cascade'))
    .addColumn('trip_id', 'integer', (c) => c.notNull().references('trips.id').onDelete('cascade'))
    .addColumn('item_key', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('value', 'integer')
    .addColumn('score_x10', 'integer')
    .addColumn('satisfied', 'integer')
    .addColumn('problem', 'integer')
    .addPrimaryKeyConstraint('feedback_answers_pk', ['sheet_id', 'item_key'])
    .execute()
  // the roll-up reads only this index: per trip, per item, the answered values and their scores
  await db.schema
    .createIndex('feedback_answers_rollup')
    .on('feedback_answers')
    .columns(['trip_id', 'item_key', 'kind', 'value', 'score_x10', 'satisfied', 'problem', 'sheet_id'])
    .execute()
}
