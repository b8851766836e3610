import type { Kysely, Transaction } from 'kysely'
import type { DB } from '../db/schema'
import { AppError } from '../../shared/api/envelope'
import { addDays, dayIn, momentAt } from '../../shared/common/dates'
import type { SnoozeChoice } from '../../shared/reminders/reminder.types'
import { notFound } from '../core/context'
import { updateVersioned } from '../core/update-versioned'
import { loadForUpdate } from '../core/load-for-update'
import { dayStart } from './materialise'

type Dbx = Kysely<DB> | Transaction<DB>

/** Where a snooze ends: an hour from now, or the start of tomorrow's / next week's working day. */
export function snoozeEnd(choice: SnoozeChoice, now: Date): Date {
  if (choice === 'hour') return new Date(now.getTime() + 3_600_000)
  const day = addDays(dayIn(now), choice === 'tomorrow' ? 1 : 7)
  return momentAt(`${day}T09:00`)
}

/** A reminder that is still open or snoozed, at the version the clerk saw. */
export async function loadOpen(db: Dbx, id: number, version: number) {
  const row = await loadForUpdate(db, 'reminders', id, version)
  if (row.status !== 'open' && row.status !== 'snoozed') {
    throw new AppError('CONFLICT', 'errors.reminderClosed')
  }
  return row
}

export async function completeReminder(
  db: Kysely<DB>,
  input: {
    id: number
    version: number
    outcome: string | null
    log: { channel: string; direction: string; summary: string } | null
  },
  staffId: number,
  now: string,
): Promise<{ version: number; communicationId: number | null }> {
  return db.transaction().execute(async (trx) => {
    const row = await loadOpen(trx, input.id, input.version)
    let communicationId: number | null = null
    if (input.log) {
      if (row.customer_id === null) {
        throw new AppError('VALIDATION', 'errors.validation', undefined, {
          log: { key: 'errors.reminderNoCustomer' },
        })
      }
      const c = await trx
        .insertInto('communications')
        .values({
          customer_id: row.customer_id,
          at: now,
          channel: input.log.channel,
          direction: input.log.direction,
          staff_id: staffId,
          summary: input.log.summary,
          created_at: now,
        })
        .returning('id')
        .executeTakeFirstOrThrow()
      communicationId = c.id
    }
    const version = await updateVersioned(trx, 'reminders', input.id, input.version, {
      status: 'done',
      outcome: input.outcome,
      closed_at: now,
      closed_by: staffId,
      communication_id: communicationId,
      updated_at: now,
    })
    return { version, communicationId }
  })
}

export async function snoozeReminder(
  db: Kysely<DB>,
  input: { id: number; version: number; until: SnoozeChoice },
  now: Date,
): Promise<{ version: number; until: string }> {
  return db.transaction().execute(async (trx) => {
    await loadOpen(trx, input.id, input.version)
    const until = snoozeEnd(input.until, now)
    const version = await updateVersioned(trx, 'reminders', input.id, input.version, {
      status: 'snoozed',
      due: dayIn(until),
      // a new moment is a new occurrence: the due-scan shows it again then
      due_at: until.toISOString(),
      updated_at: now.toISOString(),
    })
    return { version, until: until.toISOString() }
  })
}

export async function dismissReminder(
  db: Kysely<DB>,
  input: { id: number; version: number; note: string | null },
  staffId: number,
  now: string,
): Promise<{ version: number }> {
  return db.transaction().execute(async (trx) => {
    await loadOpen(trx, input.id, input.version)
    const version = await updateVersioned(trx, 'reminders', input.id, input.version, {
      status: 'dismissed',
      dismiss_reason: 'by_staff',
      outcome: input.note,
      closed_at: now,
      closed_by: staffId,
      updated_at: now,
    })
    return { version }
  })
}

async function mustExist(db: Dbx, table: 'customers' | 'trips' | 'staff', id: number, field: string) {
  const row = await db.selectFrom(table).select('id').where('id', '=', id).executeTakeFirst()
  if (!row)
    throw new AppError('VALIDATION', 'errors.validation', undefined, { [field]: { key: 'errors.notFound' } })
}

/** A manual task or a follow-up: written by a call, not by a rule, so it has no source key. */
export async function insertTask(
  db: Dbx,
  t: {
    kind: 'manual' | 'follow_up'
    assigneeId: number
    due: string
    time: string | null
    note: string
    customerId: number | null
    tripId: number | null
    createdBy: number
    now: string
  },
): Promise<number> {
  const staff = await db
    .selectFrom('staff')
    .select(['id', 'active'])
    .where('id', '=', t.assigneeId)
    .executeTakeFirst()
  if (!staff || staff.active !== 1) {
    throw new AppError('VALIDATION', 'errors.validation', undefined, {
      assigneeId: { key: 'errors.notFound' },
    })
  }
  if (t.customerId !== null) await mustExist(db, 'customers', t.customerId, 'customerId')
  if (t.tripId !== null) await mustExist(db, 'trips', t.tripId, 'tripId')
  const row = await db
    .insertInto('reminders')
    .values({
      kind: t.kind,
      source_key: null,
      customer_id: t.customerId,
      trip_id: t.tripId,
      guide_id: null,
      supplier_id: null,
      assignee_id: t.assigneeId,
      event_day: t.due,
      due: t.due,
      due_at: t.time ? momentAt(`${t.due}T${t.time}`).toISOString() : dayStart(t.due),
      note: t.note,
      created_at: t.now,
      created_by: t.createdBy,
      updated_at: t.now,
    })
    .returning('id')
    .executeTakeFirstOrThrow()
  return row.id
}

export async function requireReminder(db: Dbx, id: number) {
  const row = await db.selectFrom('reminders').selectAll().where('id', '=', id).executeTakeFirst()
  if (!row) throw notFound()
  return row
}
