import type { RoomView } from '../rooms/rooms'
import type { TripChangeView } from '../complaints/trip-change'
import type { DocKind, NeedKind, NeedShown } from '../customers/customer.schema'
import type {
  BookingStatus,
  GuideLevel,
  GuideRole,
  ItemKind,
  PriceType,
  Prices,
  SupplierKind,
  TripKind,
  TripStatus,
  TripType,
} from './trip.schema'

export interface TripRow {
  id: number
  code: string
  routeName: string
  destination: string
  kind: TripKind
  type: TripType
  status: TripStatus
  departDate: string
  returnDate: string
  participants: number
  capacity: number | null
  minSize: number | null
  guides: string[]
  /** a status the dates suggest, to be confirmed by staff (never applied silently) */
  suggestedStatus: TripStatus | null
}

export interface ItineraryItem {
  id: number
  dayNo: number
  position: number
  time: string | null
  kind: ItemKind
  title: string
  place: string | null
  supplier: { id: number; name: string } | null
  notes: string | null
  shopName: string | null
  shopGoods: string | null
  shopMinutes: number | null
  price: number | null
  version: number
}

export interface ItineraryDay {
  dayNo: number
  /** YYYY-MM-DD of this day for the trip's dates */
  date: string
  title: string | null
  /** the title's version: 0 while the day has none (clearing a title deletes it) */
  titleVersion: number
  items: ItineraryItem[]
}

export interface ParticipantView {
  id: number
  version: number
  customer: {
    /** null when the customer file was deleted after the trip: show the neutral "deleted traveller" label */
    id: number | null
    name: string
    pinyinName: string | null
    gender: string
    age: number | null
    mobile: string | null
    /** 'confidential' in place of health/pregnancy for roles that may not see health data */
    needs: NeedShown[]
    diet: string
    allergies: string | null
    /** notes of the non-sensitive needs ("needs a health declaration"); health notes never leave the file */
    needNotes: Partial<Record<NeedKind, string>>
    /** for the manifest: identity documents, numbers masked */
    documents: { kind: DocKind; numberMasked: string; expiryDate: string | null }[]
    emergencyContacts: { name: string; relation: string | null; phone: string }[]
  }
  priceType: PriceType
  contractNo: string | null
  roomNo: string | null
  roommateId: number | null
  singleRoom: boolean
  bed: boolean
  seat: string | null
  insuranceNo: string | null
  representative: boolean
  notes: string | null
}

export interface TripGuideView {
  id: number
  role: GuideRole
  guide: { id: number; name: string; mobile: string | null; licenceNo: string | null }
}

export interface BookingView {
  id: number
  version: number
  supplier: { id: number; name: string; kind: SupplierKind }
  dayNo: number | null
  itemId: number | null
  status: BookingStatus
  confirmationNo: string | null
  notes: string | null
}

export interface StatusChange {
  from: TripStatus | null
  to: TripStatus
  at: string
  staff: { id: number; name: string } | null
  /** why it was confirmed although the guardrails listed problems */
  reason: string | null
}

/** A roster change on the trip's record; `customer` is null once their file was deleted (no name kept). */
export interface RosterEvent {
  kind: 'removed' | 'personal_data_deleted'
  at: string
  contractNo: string | null
  customer: { id: number; name: string } | null
  staff: { id: number; name: string } | null
}

export interface TripDetail {
  id: number
  version: number
  code: string
  routeName: string
  destination: string
  kind: TripKind
  type: TripType
  status: TripStatus
  suggestedStatus: TripStatus | null
  departDate: string
  returnDate: string
  meetingPoint: string | null
  meetingTime: string | null
  minSize: number | null
  capacity: number | null
  prices: Prices
  notes: string | null
  days: ItineraryDay[]
  participants: ParticipantView[]
  /** the rooming board's rooms (0017), in room-number order */
  rooms: RoomView[]
  guides: TripGuideView[]
  bookings: BookingView[]
  history: StatusChange[]
  rosterEvents: RosterEvent[]
  /** changes made for a complaint (guide swapped, itinerary adjusted), oldest first */
  complaintChanges: TripChangeView[]
  createdAt: string
  updatedAt: string
}

export type CheckCode =
  | 'doc_missing'
  | 'doc_expired'
  | 'passport_validity'
  | 'guide_overlap'
  | 'guide_licence'
  | 'duplicate_participant'
  | 'over_capacity'
  | 'under_minimum'
  | 'minor_without_guardian'
  | 'roommate_mismatch'
  | 'visa_not_issued'

/** One warning on a trip; `target` says where to fix it. Params fill the i18n message. */
export interface CheckWarning {
  code: CheckCode
  severity: 'error' | 'warning'
  params: Record<string, string | number>
  target: { section: 'overview' | 'participants' | 'guides'; id?: number; customerId?: number }
}

export interface GuideView {
  id: number
  version: number
  name: string
  mobile: string | null
  licenceNo: string | null
  level: GuideLevel | null
  licenceExpiry: string | null
  languages: string[]
  roles: GuideRole[]
  /** masked for everyone; the numbers themselves only through guides.revealDocuments (audited) */
  passportNoMasked: string | null
  permitNoMasked: string | null
  active: boolean
  notes: string | null
}

export interface SupplierView {
  id: number
  version: number
  kind: SupplierKind
  name: string
  licenceNo: string | null
  licenceExpiry: string | null
  contactPerson: string | null
  phone: string | null
  address: string | null
  notes: string | null
  active: boolean
}

export interface TripRef {
  id: number
  code: string
  routeName: string
  departDate: string
  returnDate: string
  status: TripStatus
}

export interface RouteTemplateView {
  id: number
  name: string
  destination: string
  kind: TripKind
  dayCount: number
  days: { dayNo: number; title: string | null; items: Omit<ItineraryItem, 'id' | 'dayNo' | 'supplier' | 'version'>[] }[]
  createdAt: string
}
