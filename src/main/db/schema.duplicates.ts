/** Row shapes of the duplicate-file tables (migration 0018). */
export interface CustomerPairDismissalsTable {
  /** always the smaller id of the pair */
  a_id: number
  b_id: number
  at: string
  staff_id: number | null
}

export interface CustomerMergesTable {
  merged_id: number
  survivor_id: number
  at: string
  staff_id: number | null
}
