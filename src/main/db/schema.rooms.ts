import type { Generated } from 'kysely'

/** Row shape of the rooming board's rooms (migration 0017). */
export interface TripRoomsTable {
  id: Generated<number>
  trip_id: number
  /** the hotel's room number or the desk's own; unique within the trip */
  label: string
  kind: string
  beds: number
  created_at: string
  updated_at: string
  created_by: number | null
  updated_by: number | null
  version: Generated<number>
}
