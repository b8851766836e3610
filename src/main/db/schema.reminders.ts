import type { Generated } from 'kysely'

/** Row shapes of the reminder engine's tables (migration 0008). */
export interface RemindersTable {
  id: Generated<number>
  kind: string
  source_key: string | null
  customer_id: number | null
  trip_id: number | null
  guide_id: number | null
  supplier_id: number | null
  /** migration 0014: a reminder about a complaint's deadlines */
  complaint_id: Generated<number | null>
  assignee_id: number | null
  event_day: string | null
  due: string
  due_at: string
  status: Generated<string>
  late: Generated<number>
  /** JSON Record<string, string | number> */
  detail: Generated<string>
  note: string | null
  outcome: string | null
  closed_at: string | null
  closed_by: number | null
  dismiss_reason: string | null
  communication_id: number | null
  created_at: string
  created_by: number | null
  updated_at: string
  version: Generated<number>
}

export interface ReminderDeliveriesTable {
  id: Generated<number>
  reminder_id: number
  occurrence: string
  staff_id: number
  /** toast | digest | listed */
  mode: string
  claimed_at: string
}

export interface ReminderFlagsTable {
  customer_id: number
  stay_in_touch: Generated<number>
  marked_at: string
}
