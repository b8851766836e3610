import type { Generated, Selectable } from 'kysely'

/** Row shapes of complaint handling (migration 0009). */
export interface ComplaintPolicyTable {
  id: number
  approval_threshold_fen: number
  first_response_hours: number
  resolution_days: number
  version: Generated<number>
}

export interface ComplaintsTable {
  id: Generated<number>
  case_no: string
  case_year: number
  case_seq: number
  channel: string
  received_at: string
  taken_by: number | null
  trip_id: number | null
  contract_no: string | null
  event_at: string | null
  event_place: string | null
  what_happened: string
  request: string | null
  cause: string
  severity: string
  assignee_id: number | null
  status: string
  reply_due_day: string
  replied_day: string | null
  rejection_reason: string | null
  duplicate_of_id: number | null
  follow_up_of_id: number | null
  finished_at: string | null
  lessons: string | null
  /** JSON CorrectiveAction[] */
  corrective_actions: Generated<string>
  customer_satisfied: number | null
  created_at: string
  updated_at: string
  created_by: number | null
  updated_by: number | null
  version: Generated<number>
}

export interface ComplaintComplainantsTable {
  id: Generated<number>
  complaint_id: number
  position: number
  customer_id: number | null
  name: string | null
  gender: string | null
  nationality: string | null
  address: string | null
  postcode: string | null
  phone: string | null
}

export interface ComplaintPartiesTable {
  id: Generated<number>
  complaint_id: number
  guide_id: number | null
  supplier_id: number | null
}

export interface ComplaintStatusHistoryTable {
  id: Generated<number>
  complaint_id: number
  from_status: string | null
  to_status: string
  at: string
  staff_id: number | null
  note: string | null
}

export interface ComplaintRemediesTable {
  id: Generated<number>
  complaint_id: number
  kind: string
  amount_fen: number | null
  proposed_fen: number | null
  /** JSON CompensationFactsInput */
  facts: string | null
  /** JSON CompensationLine[] */
  lines: string | null
  override_reason: string | null
  notes: string | null
  approval: string
  decided_by: number | null
  decided_at: string | null
  customer_accepted: number | null
  created_at: string
  created_by: number | null
  updated_at: string
  version: Generated<number>
}

export type ComplaintRowDb = Selectable<ComplaintsTable>
export type RemedyRowDb = Selectable<ComplaintRemediesTable>

/** migration 0014: a file attached to a case, its bytes stored in the row */
export interface ComplaintEvidenceTable {
  id: Generated<number>
  complaint_id: number
  file_name: string
  mime: string
  size: number
  sha256: string
  bytes: Buffer
  created_at: string
  created_by: number | null
}

/** migration 0020: a change made on a trip for a case, the entry on both their histories */
export interface ComplaintTripChangesTable {
  id: Generated<number>
  complaint_id: number
  trip_id: number
  remedy_id: number | null
  kind: 'guide' | 'item_added' | 'item_changed' | 'item_removed' | 'item_moved' | 'item_copied' | 'day_title'
  day_no: number | null
  /** migration 0022: a moved or copied item's day of origin */
  from_day_no: number | null
  from_text: string | null
  to_text: string | null
  at: string
  staff_id: number | null
}
