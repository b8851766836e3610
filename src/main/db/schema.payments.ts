import type { Generated } from 'kysely'

/** Row shapes of the trip money tables (migration 0013). Money in integer fen. */
export interface TripChargesTable {
  id: Generated<number>
  participant_id: number
  position: number
  kind: string
  label: string | null
  /** signed: a discount is negative */
  amount_fen: number
}

export interface TripPaymentsTable {
  id: Generated<number>
  trip_id: number
  /** null once the traveller was taken off the trip: the money stays on the trip's ledger */
  participant_id: number | null
  day: string
  /** a refund is negative */
  amount_fen: number
  method: string
  receipt_no: string | null
  reason: string | null
  taken_by: number | null
  created_at: string
}

export interface TripMoneyPolicyTable {
  id: number
  infant_under: number
  no_bed_under: number
  child_under: number
  version: Generated<number>
}
