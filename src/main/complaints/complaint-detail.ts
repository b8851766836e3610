import type { Role } from '../../shared/api/contract'
import type { ComplaintDetail, RemedyView } from '../../shared/complaints/complaint.types'
import type {
  Approval,
  CompensationFactsInput,
  CorrectiveAction,
  RemedyKind,
} from '../../shared/complaints/complaint.schema'
import type { CompensationLine } from '../../shared/complaints/compensation'
import type { ComplaintStatus } from '../../shared/complaints/status'
import { movesFor } from '../../shared/complaints/status'
import { dayIn } from '../../shared/common/dates'
import type { TripKind } from '../../shared/trips/trip.schema'
import type { RemedyRowDb } from '../db/schema'
import { toYuan } from '../trips/trips.repo'
import {
  basics,
  clocksOf,
  complainantsOf,
  historyOf,
  reopenUntil,
  requireComplaint,
  staffRef,
} from './complaints.repo'
import type { Dbx } from './complaints.repo'
import { tripChanges } from './trip-changes'

const bool = (v: number | null): boolean | null => (v == null ? null : v === 1)

export function remedyView(
  r: RemedyRowDb & { decided_name?: string | null; created_name?: string | null },
): RemedyView {
  return {
    id: r.id,
    kind: r.kind as RemedyKind,
    amount: toYuan(r.amount_fen),
    proposed: toYuan(r.proposed_fen),
    facts: r.facts ? (JSON.parse(r.facts) as CompensationFactsInput) : null,
    lines: r.lines ? (JSON.parse(r.lines) as CompensationLine[]) : [],
    overrideReason: r.override_reason,
    notes: r.notes,
    approval: r.approval as Approval,
    decidedBy: staffRef(r.decided_by, r.decided_name),
    decidedAt: r.decided_at,
    customerAccepted: bool(r.customer_accepted),
    createdAt: r.created_at,
    createdBy: staffRef(r.created_by, r.created_name),
    version: r.version,
  }
}

async function caseRef(db: Dbx, id: number | null) {
  if (id == null) return null
  const r = await db
    .selectFrom('complaints')
    .select(['id', 'case_no'])
    .where('id', '=', id)
    .executeTakeFirst()
  return r ? { id: r.id, caseNo: r.case_no } : null
}

/** One case as its page shows it: the record, its people, history, remedies and clocks. */
export async function loadComplaint(db: Dbx, id: number, role: Role, now: Date): Promise<ComplaintDetail> {
  const c = await requireComplaint(db, id)
  const staffName = async (sid: number | null) =>
    sid == null
      ? null
      : staffRef(
          sid,
          (await db.selectFrom('staff').select('name').where('id', '=', sid).executeTakeFirst())?.name,
        )
  const trip = c.trip_id
    ? await db
        .selectFrom('trips')
        .select(['id', 'code', 'kind', 'return_date'])
        .where('id', '=', c.trip_id)
        .executeTakeFirst()
    : undefined
  const parties = await db
    .selectFrom('complaint_parties as p')
    .leftJoin('guides as g', 'g.id', 'p.guide_id')
    .leftJoin('suppliers as s', 's.id', 'p.supplier_id')
    .select(['p.guide_id', 'g.name as guide_name', 'p.supplier_id', 's.name as supplier_name'])
    .where('p.complaint_id', '=', id)
    .orderBy('p.id')
    .execute()
  const history = await historyOf(db, id)
  const remedies = await db
    .selectFrom('complaint_remedies as r')
    .leftJoin('staff as d', 'd.id', 'r.decided_by')
    .leftJoin('staff as m', 'm.id', 'r.created_by')
    .selectAll('r')
    .select(['d.name as decided_name', 'm.name as created_name'])
    .where('r.complaint_id', '=', id)
    .orderBy('r.id')
    .execute()
  const clocks = await clocksOf(db, c, now)
  const finishedDay = c.finished_at ? dayIn(c.finished_at) : null
  return {
    id: c.id,
    caseNo: c.case_no,
    ...basics(c),
    receivedAt: c.received_at,
    trip: trip
      ? { id: trip.id, code: trip.code, kind: trip.kind as TripKind, returnDate: trip.return_date }
      : null,
    assignee: await staffName(c.assignee_id),
    takenBy: await staffName(c.taken_by),
    contractNo: c.contract_no,
    eventAt: c.event_at,
    eventPlace: c.event_place,
    whatHappened: c.what_happened,
    request: c.request,
    complainants: await complainantsOf(db, id),
    guides: parties.filter((p) => p.guide_id != null).map((p) => staffRef(p.guide_id, p.guide_name)!),
    suppliers: parties
      .filter((p) => p.supplier_id != null)
      .map((p) => staffRef(p.supplier_id, p.supplier_name)!),
    rejectionReason: c.rejection_reason,
    duplicateOf: await caseRef(db, c.duplicate_of_id),
    followUpOf: await caseRef(db, c.follow_up_of_id),
    lessons: c.lessons,
    correctiveActions: JSON.parse(c.corrective_actions) as CorrectiveAction[],
    customerSatisfied: bool(c.customer_satisfied),
    history: history.map((h) => ({
      id: h.id,
      from: h.from_status as ComplaintStatus | null,
      to: h.to_status as ComplaintStatus,
      at: h.at,
      staff: staffRef(h.staff_id, h.staff_name),
      note: h.note,
    })),
    remedies: remedies.map(remedyView),
    tripChanges: await tripChanges(db, { complaintId: id }),
    reply: clocks.reply,
    clocks,
    // 'closed' among them means the close form (lessons, corrective action) may be opened
    moves: movesFor(c.status as ComplaintStatus, role, dayIn(now), finishedDay),
    reopenUntil: reopenUntil(c),
    createdAt: c.created_at,
    updatedAt: c.updated_at,
    version: c.version,
  }
}
