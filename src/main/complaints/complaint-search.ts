import type { SelectQueryBuilder } from 'kysely'
import type { DB } from '../db/schema'
import type { Page } from '../../shared/common/schemas'
import type { ComplaintRow, ComplaintSummary, ParetoRow } from '../../shared/complaints/complaint.types'
import type { ComplaintCause } from '../../shared/complaints/complaint.schema'
import { complaintCauses } from '../../shared/complaints/complaint.schema'
import { dayClock, DUE_SOON_DAYS } from '../../shared/complaints/clocks'
import { finishedStatuses } from '../../shared/complaints/status'
import { addDays, momentAt } from '../../shared/common/dates'
import { likePattern, toYuan } from '../trips/trips.repo'
import { likeEscaped, likeEscapedLower } from '../db/portable'
import { basics, staffRef } from './complaints.repo'
import type { Dbx } from './complaints.repo'

export interface ComplaintFilter {
  statuses?: readonly string[]
  due?: 'overdue' | 'due_soon' | 'missed' | null
  cause?: string | null
  guideId?: number | null
  supplierId?: number | null
  tripId?: number | null
  customerId?: number | null
  from?: string | null
  to?: string | null
  /** case number, a complainant's name, or the trip's 团号 / route (Ctrl+K) */
  q?: string | null
}

type Q = SelectQueryBuilder<DB & { c: DB['complaints'] }, 'c', object>

/** The start of an agency calendar day as the ISO text received_at is stored in. */
const dayStart = (day: string) => momentAt(`${day}T00:00`).toISOString()

/**
 * Every filter is a condition on complaints itself or an IN over an indexed link table, so SQLite
 * walks received_at (newest first) or the status/cause index and stops at the page's end.
 * The reply filters read the two columns the status changes keep in step with the history.
 */
export function filtered(db: Dbx, f: ComplaintFilter, today: string): Q {
  let q = db.selectFrom('complaints as c')
  if (f.statuses?.length) q = q.where('c.status', 'in', [...f.statuses])
  if (f.cause) q = q.where('c.cause', '=', f.cause)
  if (f.tripId) q = q.where('c.trip_id', '=', f.tripId)
  if (f.guideId) {
    const g = f.guideId
    q = q.where('c.id', 'in', (eb) =>
      eb.selectFrom('complaint_parties').select('complaint_id').where('guide_id', '=', g),
    )
  }
  if (f.supplierId) {
    const s = f.supplierId
    q = q.where('c.id', 'in', (eb) =>
      eb.selectFrom('complaint_parties').select('complaint_id').where('supplier_id', '=', s),
    )
  }
  if (f.customerId) {
    const cu = f.customerId
    q = q.where('c.id', 'in', (eb) =>
      eb.selectFrom('complaint_complainants').select('complaint_id').where('customer_id', '=', cu),
    )
  }
  if (f.from) q = q.where('c.received_at', '>=', dayStart(f.from))
  if (f.to) q = q.where('c.received_at', '<', dayStart(addDays(f.to, 1)))
  if (f.due === 'overdue') q = q.where('c.replied_day', 'is', null).where('c.reply_due_day', '<', today)
  if (f.due === 'due_soon') {
    q = q
      .where('c.replied_day', 'is', null)
      .where('c.reply_due_day', '>=', today)
      .where('c.reply_due_day', '<=', addDays(today, DUE_SOON_DAYS))
  }
  if (f.due === 'missed')
    q = q.where('c.replied_day', 'is not', null).whereRef('c.replied_day', '>', 'c.reply_due_day')
  const p = f.q ? likePattern(f.q) : null
  if (p) {
    // case numbers are stored upper-case (TS-2026-0042), trips' search text lower-case
    q = q.where((eb) =>
      eb.or([
        likeEscaped('c.case_no', p.toUpperCase()),
        eb('c.trip_id', 'in', eb.selectFrom('trips').select('id').where(likeEscaped('search_text', p))),
        eb(
          'c.id',
          'in',
          eb
            .selectFrom('complaint_complainants as pp')
            .leftJoin('customers as cu', 'cu.id', 'pp.customer_id')
            .select('pp.complaint_id')
            .where((e) => e.or([likeEscapedLower('pp.name', p), likeEscapedLower('cu.name', p)])),
        ),
      ]),
    )
  }
  return q
}

async function rowsOf(db: Dbx, q: Q, limit: number, offset: number, today: string): Promise<ComplaintRow[]> {
  const rows = await q
    .leftJoin('trips as t', 't.id', 'c.trip_id')
    .leftJoin('staff as s', 's.id', 'c.assignee_id')
    .selectAll('c')
    .select(['t.code as trip_code', 's.name as assignee_name'])
    .orderBy('c.received_at', 'desc')
    .orderBy('c.id', 'desc')
    .limit(limit)
    .offset(offset)
    .execute()
  if (!rows.length) return []
  const ids = rows.map((r) => r.id)
  const people = await db
    .selectFrom('complaint_complainants as p')
    .leftJoin('customers as cu', 'cu.id', 'p.customer_id')
    .select(['p.complaint_id', 'p.position', 'p.customer_id', 'p.name', 'cu.name as customer_name'])
    .where('p.complaint_id', 'in', ids)
    .orderBy('p.complaint_id')
    .orderBy('p.position')
    .execute()
  const first = new Map<number, string | null>()
  const count = new Map<number, number>()
  for (const p of people) {
    if (!first.has(p.complaint_id))
      first.set(p.complaint_id, p.customer_id != null ? p.customer_name : p.name)
    count.set(p.complaint_id, (count.get(p.complaint_id) ?? 0) + 1)
  }
  return rows.map((r) => ({
    id: r.id,
    caseNo: r.case_no,
    ...basics(r),
    receivedAt: r.received_at,
    trip: r.trip_id != null && r.trip_code != null ? { id: r.trip_id, code: r.trip_code } : null,
    complainant: first.get(r.id) ?? null,
    complainantCount: count.get(r.id) ?? 0,
    assignee: staffRef(r.assignee_id, r.assignee_name),
    reply: dayClock(r.reply_due_day, r.replied_day, today),
  }))
}

export async function searchComplaints(
  db: Dbx,
  f: ComplaintFilter & { page: number; pageSize: number },
  today: string,
): Promise<Page<ComplaintRow>> {
  const q = filtered(db, f, today)
  const total = Number((await q.select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n)
  return { total, rows: await rowsOf(db, q, f.pageSize, f.page * f.pageSize, today) }
}

/** Count, causes, open/closed and money paid, for a customer, trip, guide or supplier page. */
export async function summarize(db: Dbx, f: ComplaintFilter, today: string): Promise<ComplaintSummary> {
  const q = filtered(db, f, today)
  const byStatus = await q
    .select(['c.status', (eb) => eb.fn.countAll().as('n')])
    .groupBy('c.status')
    .execute()
  const byCause = await q
    .select(['c.cause', (eb) => eb.fn.countAll().as('n')])
    .groupBy('c.cause')
    .execute()
  const count = byStatus.reduce((s, r) => s + Number(r.n), 0)
  const closed = byStatus
    .filter((r) => (finishedStatuses as readonly string[]).includes(r.status))
    .reduce((s, r) => s + Number(r.n), 0)
  // money actually given: refunds, compensation and vouchers cleared for payment and accepted
  const paid = await db
    .selectFrom('complaint_remedies as r')
    .select((eb) => eb.fn.sum<number | string | null>('r.amount_fen').as('fen'))
    .where('r.complaint_id', 'in', q.select('c.id'))
    .where('r.kind', 'in', ['refund', 'compensation', 'gift'])
    .where('r.approval', 'in', ['approved', 'not_required'])
    .where('r.customer_accepted', '=', 1)
    .executeTakeFirst()
  return {
    count,
    open: count - closed,
    closed,
    byCause: byCause
      .map((r) => ({ cause: r.cause as ComplaintCause, count: Number(r.n) }))
      .sort(
        (a, b) => b.count - a.count || complaintCauses.indexOf(a.cause) - complaintCauses.indexOf(b.cause),
      ),
    moneyPaid: toYuan(Number(paid?.fen ?? 0)) ?? 0,
    recent: await rowsOf(db, q, 20, 0, today),
  }
}

/** Causes by count for a period, largest first, with each one's share and the running total. */
export async function pareto(
  db: Dbx,
  from: string,
  to: string,
  today: string,
): Promise<{ total: number; rows: ParetoRow[] }> {
  const counts = await filtered(db, { from, to }, today)
    .select(['c.cause', (eb) => eb.fn.countAll().as('n')])
    .groupBy('c.cause')
    .execute()
  const sorted = counts
    .map((r) => ({ cause: r.cause as ComplaintCause, count: Number(r.n) }))
    .sort((a, b) => b.count - a.count || complaintCauses.indexOf(a.cause) - complaintCauses.indexOf(b.cause))
  const total = sorted.reduce((s, r) => s + r.count, 0)
  let running = 0
  return {
    total,
    rows: sorted.map((r) => {
      running += r.count
      return { ...r, share: r.count / total, cumulativeShare: running / total }
    }),
  }
}
