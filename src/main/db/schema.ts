import type { Generated, Selectable } from 'kysely'
import type {
  GuidesTable,
  RoutesTable,
  SuppliersTable,
  TripBookingsTable,
  TripDaysTable,
  TripGuidesTable,
  TripItemsTable,
  TripParticipantsTable,
  TripRosterEventsTable,
  TripStatusHistoryTable,
  TripsTable,
} from './schema.trips'
import type {
  ComplaintComplainantsTable,
  ComplaintEvidenceTable,
  ComplaintPartiesTable,
  ComplaintPolicyTable,
  ComplaintRemediesTable,
  ComplaintStatusHistoryTable,
  ComplaintsTable,
  ComplaintTripChangesTable,
} from './schema.complaints'

import type { ReminderDeliveriesTable, ReminderFlagsTable, RemindersTable } from './schema.reminders'
import type { TripChargesTable, TripMoneyPolicyTable, TripPaymentsTable } from './schema.payments'
import type { TripRoomsTable } from './schema.rooms'
import type { ImportItemsTable, ImportMappingsTable, ImportRunsTable } from './schema.imports'
import type { ImportResourceItemsTable } from './schema.resource-imports'
import type { ImportParticipantItemsTable } from './schema.participant-imports'
import type {
  FeedbackAnswersTable,
  FeedbackPolicyTable,
  FeedbackSheetsTable,
  FeedbackTemplatesTable,
} from './schema.feedback'
import type { CustomerMergesTable, CustomerPairDismissalsTable } from './schema.duplicates'
import type { DestructionRecordsTable, RestrictedFilesTable } from './schema.privacy'

export type * from './schema.trips'
export type * from './schema.complaints'
export type * from './schema.reminders'
export type * from './schema.payments'
export type * from './schema.rooms'
export type * from './schema.feedback'
export type * from './schema.duplicates'
export type * from './schema.privacy'

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
  trip_roster_events: TripRosterEventsTable
  trip_guides: TripGuidesTable
  trip_bookings: TripBookingsTable
  complaint_policy: ComplaintPolicyTable
  complaints: ComplaintsTable
  complaint_complainants: ComplaintComplainantsTable
  complaint_parties: ComplaintPartiesTable
  complaint_status_history: ComplaintStatusHistoryTable
  complaint_remedies: ComplaintRemediesTable
  complaint_evidence: ComplaintEvidenceTable
  complaint_trip_changes: ComplaintTripChangesTable
  reminders: RemindersTable
  reminder_deliveries: ReminderDeliveriesTable
  reminder_flags: ReminderFlagsTable
  trip_charges: TripChargesTable
  trip_payments: TripPaymentsTable
  trip_money_policy: TripMoneyPolicyTable
  import_runs: ImportRunsTable
  import_items: ImportItemsTable
  import_mappings: ImportMappingsTable
  import_resource_items: ImportResourceItemsTable
  import_participant_items: ImportParticipantItemsTable
  feedback_templates: FeedbackTemplatesTable
  feedback_policy: FeedbackPolicyTable
  feedback_sheets: FeedbackSheetsTable
  feedback_answers: FeedbackAnswersTable
  customer_pair_dismissals: CustomerPairDismissalsTable
  customer_merges: CustomerMergesTable
  trip_rooms: TripRoomsTable
  restricted_files: RestrictedFilesTable
  destruction_records: DestructionRecordsTable
}

export type StaffRow = Selectable<StaffTable>
export type CustomerRowDb = Selectable<CustomersTable>
export type TripRowDb = Selectable<TripsTable>
export type GuideRowDb = Selectable<GuidesTable>
export type SupplierRowDb = Selectable<SuppliersTable>
export type ItemRowDb = Selectable<TripItemsTable>
