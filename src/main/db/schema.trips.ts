import type { Generated } from 'kysely'

/** Row shapes of the trip planner's tables (guides, suppliers, routes, trips and their parts). */
export interface GuidesTable {
  id: Generated<number>
  name: string
  name_sort: string
  search_keys: string
  mobile: string | null
  licence_no: string | null
  level: string | null
  licence_expiry: string | null
  /** JSON string[] */
  languages: string
  /** JSON GuideRole[] */
  roles: string
  passport_no: string | null
  permit_no: string | null
  active: Generated<number>
  notes: string | null
  created_at: string
  updated_at: string
  created_by: number | null
  updated_by: number | null
  version: Generated<number>
}

export interface SuppliersTable {
  id: Generated<number>
  kind: string
  name: string
  name_sort: string
  search_keys: string
  licence_no: string | null
  /** added by 0008 for the supplier licence reminder */
  licence_expiry: string | null
  contact_person: string | null
  phone: string | null
  address: string | null
  notes: string | null
  active: Generated<number>
  created_at: string
  updated_at: string
  created_by: number | null
  updated_by: number | null
  version: Generated<number>
}

export interface RoutesTable {
  id: Generated<number>
  name: string
  destination: string
  kind: string
  day_count: number
  /** JSON RouteTemplateView['days'] */
  days: string
  created_at: string
  created_by: number | null
}

export interface TripsTable {
  id: Generated<number>
  code: string
  route_name: string
  destination: string
  search_text: string
  kind: string
  type: string
  status: string
  status_rank: number
  depart_date: string
  return_date: string
  meeting_point: string | null
  meeting_time: string | null
  min_size: number | null
  capacity: number | null
  /** prices in integer fen */
  price_adult: number | null
  price_child_bed: number | null
  price_child_no_bed: number | null
  price_infant: number | null
  price_single: number | null
  notes: string | null
  created_at: string
  updated_at: string
  created_by: number | null
  updated_by: number | null
  version: Generated<number>
  /** 0015: when the trip archive (participants' personal data, feedback, complaints) was destroyed */
  archive_destroyed_at: string | null
}

export interface TripStatusHistoryTable {
  id: Generated<number>
  trip_id: number
  from_status: string | null
  to_status: string
  at: string
  staff_id: number | null
  /** 0013: why the move was confirmed although the guardrails listed problems */
  reason: string | null
}

export interface TripDaysTable {
  trip_id: number
  day_no: number
  title: string
  /** clearing a title deletes the row: a day without one counts as version 0 */
  version: Generated<number>
}

export interface TripItemsTable {
  id: Generated<number>
  trip_id: number
  day_no: number
  position: number
  time: string | null
  kind: string
  title: string
  place: string | null
  supplier_id: number | null
  notes: string | null
  shop_name: string | null
  shop_goods: string | null
  shop_minutes: number | null
  /** integer fen */
  price: number | null
  version: Generated<number>
}

export interface TripParticipantsTable {
  id: Generated<number>
  trip_id: number
  /** null once the customer file was deleted: the contract record stays without personal data */
  customer_id: number | null
  price_type: string
  contract_no: string | null
  room_no: string | null
  roommate_id: number | null
  single_room: Generated<number>
  bed: Generated<number>
  seat: string | null
  insurance_no: string | null
  representative: Generated<number>
  notes: string | null
  /** 0013: the agreed deposit, integer fen */
  deposit_fen: number | null
  /** 0013: null while nobody recorded one */
  visa_status: string | null
  visa_type: string | null
  visa_no: string | null
  visa_valid_until: string | null
  /** 0017: the room on the rooming board (room_no is kept as a copy of its label) */
  room_id: number | null
  created_at: string
  updated_at: string
  created_by: number | null
  updated_by: number | null
  version: Generated<number>
}

export interface TripGuidesTable {
  id: Generated<number>
  trip_id: number
  guide_id: number
  role: string
  created_at: string
  created_by: number | null
}

export interface TripBookingsTable {
  id: Generated<number>
  trip_id: number
  supplier_id: number
  day_no: number | null
  item_id: number | null
  status: string
  confirmation_no: string | null
  notes: string | null
  created_at: string
  updated_at: string
  created_by: number | null
  updated_by: number | null
  version: Generated<number>
}

export interface TripRosterEventsTable {
  id: Generated<number>
  trip_id: number
  kind: 'removed' | 'personal_data_deleted'
  customer_id: number | null
  contract_no: string | null
  at: string
  staff_id: number | null
}
