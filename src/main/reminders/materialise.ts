import type { Kysely } from 'kysely'
import type { DB } from '../db/schema'
import { addDays, momentAt } from '../../shared/common/dates'
import type { ReminderSettings } from '../../shared/reminders/reminder-settings'
import type { DismissReason } from '../../shared/reminders/reminder.types'
import { rules } from './rules'
import type { Occurrence, Rule, RuleEnv, Subject } from './rules/types'
import { chunks, inWindow } from './rules/types'

/** How far back a missed occurrence is still created (older: the moment has passed for good). */
export const CATCH_UP_DAYS = 30
/** How far ahead occurrences are created, so "upcoming" and the trip page can show them. */
export const HORIZON_DAYS = 30

const subjectColumn = {
  customer: 'customer_id',
  trip: 'trip_id',
  guide: 'guide_id',
  supplier: 'supplier_id',
  complaint: 'complaint_id',
} as const satisfies Record<Subject, string>

/** The moment a calendar day starts on the agency's clock, as stored in due_at. */
export const dayStart = (day: string): string => momentAt(`${day}T00:00`).toISOString()

export interface Window {
  today: string
  from: string
  to: string
}

export function windowFor(today: string): Window {
  return { today, from: addDays(today, -CATCH_UP_DAYS), to: addDays(today, HORIZON_DAYS) }
}

function rowOf(o: Occurrence, now: string, today: string) {
  return {
    kind: o.kind,
    source_key: o.sourceKey,
    customer_id: o.customerId,
    trip_id: o.tripId,
    guide_id: o.subject === 'guide' ? o.subjectId : null,
    supplier_id: o.subject === 'supplier' ? o.subjectId : null,
    complaint_id: o.subject === 'complaint' ? o.subjectId : null,
    assignee_id: o.assigneeId,
    event_day: o.eventDay,
    due: o.due,
    due_at: dayStart(o.due),
    // created after its day had passed: it fell due while nobody was scanning
    late: o.due < today ? 1 : 0,
    detail: JSON.stringify(o.detail),
    created_at: now,
    updated_at: now,
  }
}

/**
 * Kinds that prepare a trip's departure. Created after the trip has left (a trip entered after the
 * fact, or the PC off for weeks) they would only clutter the overdue list: they are not created.
 */
const BEFORE_DEPARTURE: ReadonlySet<Occurrence['kind']> = new Set([
  'departure_notice',
  'document_gap',
  'payment_due',
])
const pastItsEvent = (o: Occurrence, today: string) => BEFORE_DEPARTURE.has(o.kind) && o.eventDay < today

/** Inserts occurrences not yet stored; a source_key already there (from any desk) is left alone. */
export async function insertOccurrences(
  db: Kysely<DB>,
  all: Occurrence[],
  now: string,
  today: string,
): Promise<number> {
  const occurrences = all.filter((o) => !pastItsEvent(o, today))
  if (!occurrences.length) return 0
  // one commit for the lot: a festival adds a row per consenting customer, and each commit is a sync
  return db.transaction().execute(async (trx) => {
    let inserted = 0
    for (const part of chunks(occurrences, 400)) {
      const r = await trx
        .insertInto('reminders')
        .values(part.map((o) => rowOf(o, now, today)))
        .onConflict((oc) => oc.column('source_key').doNothing())
        .executeTakeFirst()
      inserted += Number(r.numInsertedOrUpdatedRows ?? 0)
    }
    return inserted
  })
}

/** A kind without a switch in Settings (payment due, complaint deadlines set by law) always runs. */
const enabled = (s: ReminderSettings, r: Rule) =>
  (s.rules as Record<string, { enabled: boolean } | undefined>)[r.kind]?.enabled ?? true

/** The daily scan: what every enabled rule makes due in [from, to]. Returns how many rows were new. */
export async function materialiseBetween(
  env: RuleEnv,
  from: string,
  to: string,
  now: string,
): Promise<number> {
  let inserted = 0
  for (const rule of rules) {
    if (!enabled(env.settings, rule)) continue
    const ids = await rule.candidates(env, from, to)
    if (!ids.length) continue
    const found = (await rule.occurrencesOf(env, ids, from, to)).filter((o) =>
      inWindow(o.createOn ?? o.due, from, to),
    )
    inserted += await insertOccurrences(env.db as Kysely<DB>, found, now, env.today)
  }
  return inserted
}

/**
 * After a change to some subjects (a trip's dates, a customer's birthday or consent): insert what is
 * new, move what moved, dismiss what no longer applies. Done and dismissed rows are history and
 * stay as they are.
 */
export async function reconcile(
  env: RuleEnv,
  subject: Subject,
  ids: number[],
  now: string,
  reasonFor: (row: { trip_id: number | null }) => DismissReason,
): Promise<boolean> {
  const w = windowFor(env.today)
  let changed = false
  for (const rule of rules.filter((r) => r.subject === subject)) {
    const found = enabled(env.settings, rule) ? await rule.occurrencesOf(env, ids, w.from, w.to) : []
    const byKey = new Map(found.map((o) => [o.sourceKey, o]))
    for (const part of chunks(ids)) {
      let q = env.db
        .selectFrom('reminders')
        .select(['id', 'source_key', 'due', 'event_day', 'assignee_id', 'detail', 'trip_id', 'status'])
        .where('kind', '=', rule.kind)
        .where(subjectColumn[subject], 'in', part)
        .where('status', 'in', ['open', 'snoozed'])
      if (!rule.complete) q = q.where('due', '>=', w.from)
      for (const row of await q.execute()) {
        const o = row.source_key ? byKey.get(row.source_key) : undefined
        byKey.delete(row.source_key ?? '')
        if (!o) {
          await dismiss(env.db as Kysely<DB>, row.id, reasonFor(row), now)
          changed = true
        } else if (
          o.due !== row.due ||
          o.assigneeId !== row.assignee_id ||
          JSON.stringify(o.detail) !== row.detail
        ) {
          // moved with its trip (or its lead time): a snooze is undone, the new day decides
          await env.db
            .updateTable('reminders')
            .set((eb) => ({
              due: o.due,
              due_at: dayStart(o.due),
              status: 'open',
              event_day: o.eventDay,
              assignee_id: o.assigneeId,
              detail: JSON.stringify(o.detail),
              updated_at: now,
              version: eb('version', '+', 1),
            }))
            .where('id', '=', row.id)
            .execute()
          changed = true
        }
      }
    }
    const fresh = [...byKey.values()].filter((o) => inWindow(o.createOn ?? o.due, w.from, w.to))
    if (fresh.length && (await insertOccurrences(env.db as Kysely<DB>, fresh, now, env.today)) > 0)
      changed = true
  }
  return changed
}

export async function dismiss(db: Kysely<DB>, id: number, reason: DismissReason, now: string): Promise<void> {
  await db
    .updateTable('reminders')
    .set((eb) => ({
      status: 'dismissed',
      dismiss_reason: reason,
      closed_at: now,
      closed_by: null,
      updated_at: now,
      version: eb('version', '+', 1),
    }))
    .where('id', '=', id)
    .where('status', 'in', ['open', 'snoozed'])
    .execute()
}
