import type { Transaction } from 'kysely'
import { AppError } from '../../shared/api/envelope'
import { complaintCalls } from '../../shared/complaints/complaints.api'
import type { ComplaintCause } from '../../shared/complaints/complaint.schema'
import type { Session } from '../api/session'
import type { Ctx } from '../core/context'
import type { DB } from '../db/schema'
import { complaintCaseHandlers } from '../complaints/complaints.handlers'
import { insertTask } from '../reminders/reminder-actions'
import { requireSheet, tripOfSheet } from './feedback.repo'

/*
 * The one place feedback forms reach into other features: a low score or a compliance problem on an
 * entered sheet raises a follow-up (reminder engine, kind follow_up) for the trip's owner, and the
 * clerk may open a complaint prefilled from the sheet (complaints feature, channel feedback_form).
 * Both go through those features' own code, so their rules (an active assignee, case numbering,
 * the statutory reply clock) hold here too.
 */

/** Which complaint cause a sheet's problem points at, first match wins; low ratings alone: "other". */
const causeOf: [string, ComplaintCause][] = [
  ['forced_shopping', 'shopping'],
  ['shopping', 'shopping'],
  ['tips_demanded', 'guide_service'],
  ['licence_worn', 'guide_service'],
  ['local_guide', 'guide_service'],
  ['escort', 'guide_service'],
  ['tour_leader', 'guide_service'],
  ['sights_skipped', 'itinerary'],
  ['itinerary', 'itinerary'],
  ['sights', 'itinerary'],
  ['hotel', 'accommodation'],
  ['meals', 'meals'],
  ['driver', 'transport'],
  ['transport', 'transport'],
  ['counter', 'counter_service'],
]

export function complaintCause(keys: string[]): ComplaintCause {
  return causeOf.find(([k]) => keys.includes(k))?.[1] ?? 'other'
}

/**
 * Raises the sheet's follow-up for the trip's owner (the clerk keying it if the owner has left), due
 * today. Returns its id. The note names the sheet; the details are on the sheet itself.
 */
export async function raiseFollowUp(
  trx: Transaction<DB>,
  f: {
    tripId: number
    owner: number | null
    customerId: number | null
    code: string
    low: number
    problems: number
    staffId: number
    today: string
    now: string
  },
): Promise<number> {
  const owner =
    f.owner === null
      ? undefined
      : await trx
          .selectFrom('staff')
          .select('id')
          .where('id', '=', f.owner)
          .where('active', '=', 1)
          .executeTakeFirst()
  const customer =
    f.customerId === null
      ? undefined
      : await trx.selectFrom('customers').select('id').where('id', '=', f.customerId).executeTakeFirst()
  return insertTask(trx, {
    kind: 'follow_up',
    assigneeId: owner?.id ?? f.staffId,
    due: f.today,
    time: null,
    note: `意见单 ${f.code} · 低分 ${f.low} 项 · 违规 ${f.problems} 项 / feedback form: ${f.low} low, ${f.problems} compliance`,
    customerId: customer?.id ?? null,
    tripId: f.tripId,
    createdBy: f.staffId,
    now: f.now,
  })
}

/**
 * A complaint from an entered sheet, once: a second call answers the case already opened. The
 * complainant is the traveller's file, or — for a blank form or a deleted file — the sheet itself.
 */
export async function complaintFromSheet(
  ctx: Ctx,
  session: Session,
  input: { id: number; whatHappened: string; code: string; problemKeys: string[] },
): Promise<{ id: number; caseNo: string }> {
  const { db } = ctx
  const sheet = await requireSheet(db, input.id)
  if (sheet.status !== 'entered') throw new AppError('CONFLICT', 'errors.feedbackNotEntered')
  if (sheet.complaint_id !== null) {
    const c = await db
      .selectFrom('complaints')
      .select(['id', 'case_no'])
      .where('id', '=', sheet.complaint_id)
      .executeTakeFirst()
    if (c) return { id: c.id, caseNo: c.case_no }
  }
  const trip = await tripOfSheet(db, sheet.trip_id)
  const participant =
    sheet.participant_id === null
      ? undefined
      : await db
          .selectFrom('trip_participants')
          .select(['contract_no', 'customer_id'])
          .where('id', '=', sheet.participant_id)
          .executeTakeFirst()
  const guides = await db
    .selectFrom('trip_guides')
    .select('guide_id')
    .distinct()
    .where('trip_id', '=', trip.id)
    .execute()
  const customerId = participant?.customer_id ?? sheet.customer_id
  const parsed = complaintCalls.create.input.parse({
    channel: 'feedback_form',
    tripId: trip.id,
    contractNo: participant?.contract_no ?? null,
    whatHappened: input.whatHappened,
    cause: complaintCause(input.problemKeys),
    severity: 'medium',
    complainants: [customerId ? { customerId } : { name: `游客 (${input.code})` }],
    guideIds: guides.slice(0, 10).map((g) => g.guide_id),
  })
  const made = await complaintCaseHandlers(ctx).create(parsed, session)
  await db
    .updateTable('feedback_sheets')
    .set({ complaint_id: made.id })
    .where('id', '=', sheet.id)
    .where('complaint_id', 'is', null)
    .execute()
  ctx.events.broadcast('data.changed', { entity: 'feedback', id: sheet.trip_id })
  return made
}
