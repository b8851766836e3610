import type { Generated, Insertable, Selectable, Updateable } from 'kysely'

/** Row shapes as stored (snake_case; booleans 0/1; timestamps ISO text). Mapped to domain types in repos. */
export interface SettingsTable {
  key: string
  value: string
}

export interface StaffTable {
  id: Generated<number>
  name: string
  login: string
  login_key: string
  password_hash: string
  role: string
  active: Generated<number>
  failed_attempts: Generated<number>
  locked_until: string | null
  last_sign_in_at: string | null
  created_at: string
  updated_at: string
  created_by: number | null
  updated_by: number | null
  version: Generated<number>
}

export interface AuditLogTable {
  id: Generated<number>
  at: string
  staff_id: number | null
  action: string
  entity: string
  entity_id: number | null
  fields: string
}

export interface CustomersTable {
  id: Generated<number>
  name: string
  name_sort: string
  pinyin_name: string | null
  gender: string
  birth_calendar: string | null
  birth_date: string | null
  lunar_year: number | null
  lunar_month: number | null
  lunar_day: number | null
  lunar_leap: Generated<number>
  mobile: string | null
  wechat: string | null
  email: string | null
  address: string | null
  occupation: string | null
  employer: string | null
  source: string | null
  referrer_id: number | null
  tier: string
  tier_rank: number
  marketing_consent: number
  do_not_contact: number
  health_consent: number
  health_consent_at: string | null
  notes: string | null
  preferences: string
  created_at: string
  updated_at: string
  created_by: number | null
  updated_by: number | null
  version: Generated<number>
}

export interface CustomerTagsTable {
  customer_id: number
  tag: string
}

export interface CustomerNeedsTable {
  customer_id: number
  kind: string
  note: string | null
}

export interface CustomerContactsTable {
  id: Generated<number>
  customer_id: number
  position: number
  name: string
  relation: string | null
  phone: string
}

export interface CustomerDocumentsTable {
  id: Generated<number>
  customer_id: number
  kind: string
  number: string
  issue_date: string | null
  issue_place: string | null
  expiry_date: string | null
  created_at: string
  updated_at: string
  created_by: number | null
  updated_by: number | null
  version: Generated<number>
}

export interface CustomerRelationsTable {
  id: Generated<number>
  a_id: number
  b_id: number
  kind: string
  created_at: string
  created_by: number | null
}

export interface CommunicationsTable {
  id: Generated<number>
  customer_id: number
  at: string
  channel: string
  direction: string
  staff_id: number | null
  summary: string
  created_at: string
}

export interface CustomerGramsTable {
  gram: string
  customer_id: number
}

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
}

export interface TripStatusHistoryTable {
  id: Generated<number>
  trip_id: number
  from_status: string | null
  to_status: string
  at: string
  staff_id: number | null
}

export interface TripDaysTable {
  trip_id: number
  day_no: number
  title: string
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
}

export interface TripParticipantsTable {
  id: Generated<number>
  trip_id: number
  customer_id: number
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

export interface DB {
  settings: SettingsTable
  staff: StaffTable
  audit_log: AuditLogTable
  customers: CustomersTable
  customer_tags: CustomerTagsTable
  customer_needs: CustomerNeedsTable
  customer_contacts: CustomerContactsTable
  customer_documents: CustomerDocumentsTable
  customer_relations: CustomerRelationsTable
  communications: CommunicationsTable
  customer_grams: CustomerGramsTable
  guides: GuidesTable
  suppliers: SuppliersTable
  routes: RoutesTable
  trips: TripsTable
  trip_status_history: TripStatusHistoryTable
  trip_days: TripDaysTable
  trip_items: TripItemsTable
  trip_participants: TripParticipantsTable
  trip_guides: TripGuidesTable
  trip_bookings: TripBookingsTable
}

export type StaffRow = Selectable<StaffTable>
export type CustomerRowDb = Selectable<CustomersTable>
export type NewCustomer = Insertable<CustomersTable>
export type CustomerPatch = Updateable<CustomersTable>
export type TripRowDb = Selectable<TripsTable>
export type GuideRowDb = Selectable<GuidesTable>
export type SupplierRowDb = Selectable<SuppliersTable>
export type ItemRowDb = Selectable<TripItemsTable>
