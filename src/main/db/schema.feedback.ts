import type { Generated, Selectable } from 'kysely'

/** Row shapes of the feedback form tables (migration 0010). */
export interface FeedbackTemplatesTable {
  id: Generated<number>
  version_no: number
  /** JSON TemplateBody */
  body: string
  created_at: string
  created_by: number | null
}

export interface FeedbackPolicyTable {
  id: number
  small_group_max: number
  small_group_pct: number
  large_group_pct: number
  version: Generated<number>
}

export interface FeedbackSheetsTable {
  id: Generated<number>
  trip_id: number
  sheet_no: number
  template_id: number
  participant_id: number | null
  customer_id: number | null
  status: string
  comment: string | null
  entered_at: string | null
  entered_by: number | null
  verified_at: string | null
  verified_by: number | null
  follow_up_id: number | null
  complaint_id: number | null
  created_at: string
  created_by: number | null
  updated_at: string
  version: Generated<number>
}

export interface FeedbackAnswersTable {
  sheet_id: number
  trip_id: number
  item_key: string
  kind: string
  value: number | null
  score_x10: number | null
  satisfied: number | null
  problem: number | null
}

export type FeedbackSheetRowDb = Selectable<FeedbackSheetsTable>
