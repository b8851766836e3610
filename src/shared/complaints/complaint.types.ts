import type { Gender } from '../customers/customer.schema'
import type { TripKind } from '../trips/trip.schema'
import type { ComplaintClocks, DayClock } from './clocks'
import type { TripChangeView } from './trip-change'
import type { ClauseId, CompensationLine } from './compensation'
import type {
  Approval,
  ComplaintCause,
  ComplaintChannel,
  CompensationFactsInput,
  CorrectiveAction,
  RemedyKind,
  Severity,
} from './complaint.schema'
import type { ComplaintStatus } from './status'

export interface StaffRef {
  id: number
  name: string
}

export interface ComplaintRow {
  id: number
  caseNo: string
  status: ComplaintStatus
  channel: ComplaintChannel
  cause: ComplaintCause
  severity: Severity
  receivedAt: string
  trip: { id: number; code: string } | null
  /** the first complainant's name (null: a deleted customer file) */
  complainant: string | null
  complainantCount: number
  assignee: StaffRef | null
  /** the statutory written-reply deadline, as lists show it */
  reply: DayClock
}

export interface ComplainantView {
  id: number
  customerId: number | null
  /** a customer file's name, or the person's; null when the file was deleted */
  name: string | null
  gender: Gender
  nationality: string | null
  address: string | null
  postcode: string | null
  phone: string | null
}

export interface HistoryView {
  id: number
  from: ComplaintStatus | null
  to: ComplaintStatus
  at: string
  staff: StaffRef | null
  note: string | null
}

export interface RemedyView {
  id: number
  kind: RemedyKind
  /** yuan */
  amount: number | null
  /** compensation: what the calculator proposed (yuan), from which facts, citing which clauses */
  proposed: number | null
  facts: CompensationFactsInput | null
  lines: (CompensationLine & { clauseId: ClauseId })[]
  overrideReason: string | null
  notes: string | null
  approval: Approval
  decidedBy: StaffRef | null
  decidedAt: string | null
  customerAccepted: boolean | null
  createdAt: string
  createdBy: StaffRef | null
  version: number
}

export interface ComplaintDetail extends Omit<ComplaintRow, 'trip' | 'complainant' | 'complainantCount'> {
  trip: { id: number; code: string; kind: TripKind; returnDate: string } | null
  takenBy: StaffRef | null
  contractNo: string | null
  eventAt: string | null
  eventPlace: string | null
  whatHappened: string
  request: string | null
  complainants: ComplainantView[]
  guides: StaffRef[]
  suppliers: StaffRef[]
  rejectionReason: string | null
  duplicateOf: { id: number; caseNo: string } | null
  followUpOf: { id: number; caseNo: string } | null
  lessons: string | null
  correctiveActions: CorrectiveAction[]
  customerSatisfied: boolean | null
  history: HistoryView[]
  remedies: RemedyView[]
  /** changes made on the trip for this case (guide swapped, itinerary adjusted), oldest first */
  tripChanges: TripChangeView[]
  clocks: ComplaintClocks
  /** moves the signed-in staff member may make now */
  moves: ComplaintStatus[]
  /** last day a finished case may be reopened; null while open */
  reopenUntil: string | null
  createdAt: string
  updatedAt: string
  version: number
}

/** A customer's, trip's, guide's or supplier's complaints at a glance. */
export interface ComplaintSummary {
  count: number
  open: number
  closed: number
  byCause: { cause: ComplaintCause; count: number }[]
  /** refunds, compensation and vouchers approved (or needing no approval) and accepted, in yuan */
  moneyPaid: number
  recent: ComplaintRow[]
}

export interface ParetoRow {
  cause: ComplaintCause
  count: number
  /** share of all cases in the period, 0–1 */
  share: number
  cumulativeShare: number
}

export interface ComplaintPolicy {
  /** yuan; money remedies above this need a manager's approval */
  approvalThreshold: number
  firstResponseHours: number
  resolutionDays: number
  version: number
}
