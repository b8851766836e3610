import { sheetCode } from '../../shared/feedback/return-rate'
import { itemsFor } from '../../shared/feedback/template'
import { sheetAlerts } from '../../shared/feedback/scoring'
import type { SheetEntry, SheetRow, SheetStatus } from '../../shared/feedback/feedback.types'
import type { FeedbackSheetRowDb } from '../db/schema'
import { answersOf, requireSheet, templateById, tripOfSheet } from './feedback.repo'
import type { Dbx } from './feedback.repo'

/** A trip's sheets in number order, with the traveller's name and what each asks for. */
export async function sheetRows(db: Dbx, tripId: number, tripCode: string): Promise<SheetRow[]> {
  const rows = await db
    .selectFrom('feedback_sheets as s')
    .leftJoin('customers as c', 'c.id', 's.customer_id')
    .select([
      's.id',
      's.sheet_no',
      's.customer_id',
      's.status',
      's.entered_at',
      's.verified_at',
      's.template_id',
      's.follow_up_id',
      's.complaint_id',
      'c.name',
    ])
    .where('s.trip_id', '=', tripId)
    .orderBy('s.sheet_no')
    .execute()
  const answers = await answersOf(
    db,
    rows.filter((r) => r.status === 'entered').map((r) => r.id),
  )
  const out: SheetRow[] = []
  for (const r of rows) {
    const a = answers.get(r.id) ?? []
    const alerts = sheetAlerts(await templateById(db, r.template_id), a)
    out.push({
      id: r.id,
      sheetNo: r.sheet_no,
      code: sheetCode(tripCode, r.sheet_no),
      name: r.name ?? null,
      customerId: r.customer_id,
      status: r.status as SheetStatus,
      enteredAt: r.entered_at,
      verified: r.verified_at !== null,
      low: alerts.low,
      problems: alerts.problems,
      npsValue: a.find((x) => x.kind === 'nps')?.value ?? null,
      followUpId: r.follow_up_id,
      complaintId: r.complaint_id,
    })
  }
  return out
}

/** The next sheet of the trip still to key after `sheetNo` (wrapping round), or null. */
async function nextToKey(db: Dbx, s: FeedbackSheetRowDb): Promise<number | null> {
  const open = await db
    .selectFrom('feedback_sheets')
    .select(['id', 'sheet_no'])
    .where('trip_id', '=', s.trip_id)
    .where('status', '=', 'issued')
    .where('id', '!=', s.id)
    .orderBy('sheet_no')
    .execute()
  return (open.find((o) => o.sheet_no > s.sheet_no) ?? open[0])?.id ?? null
}

export async function sheetEntry(db: Dbx, id: number): Promise<SheetEntry> {
  const s = await requireSheet(db, id)
  const trip = await tripOfSheet(db, s.trip_id)
  const body = await templateById(db, s.template_id)
  const items = itemsFor(body, trip.kind)
  const stored = (await answersOf(db, [s.id])).get(s.id) ?? []
  const answers: Record<string, number | null> = {}
  for (const a of stored) answers[a.itemKey] = a.value
  const name = s.customer_id
    ? ((await db.selectFrom('customers').select('name').where('id', '=', s.customer_id).executeTakeFirst())
        ?.name ?? null)
    : null
  const alerts = sheetAlerts(body, stored)
  return {
    id: s.id,
    tripId: trip.id,
    tripCode: trip.code,
    tripKind: trip.kind,
    routeName: trip.route_name,
    sheetNo: s.sheet_no,
    code: sheetCode(trip.code, s.sheet_no),
    name,
    status: s.status as SheetStatus,
    version: s.version,
    levels: body.levels,
    items,
    answers,
    comment: s.comment,
    verified: s.verified_at !== null,
    nextId: await nextToKey(db, s),
    followUpId: s.follow_up_id,
    complaintId: s.complaint_id,
    ...alerts,
  }
}
