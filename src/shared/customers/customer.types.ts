import type {
  BirthInput,
  Channel,
  Direction,
  DocKind,
  Gender,
  NeedShown,
  Preferences,
  RelationKind,
  Source,
  Tier,
} from './customer.schema'

export interface StaffRef {
  id: number
  name: string
}

/** One row of the customer list. Identity numbers never appear here. */
export interface CustomerRow {
  id: number
  name: string
  pinyinName: string | null
  gender: Gender
  birth: BirthInput | null
  /** next birthday as YYYY-MM-DD (lunar birthdays converted), null when unknown */
  nextBirthday: string | null
  age: number | null
  mobile: string | null
  tier: Tier
  tags: string[]
  /** sensitive needs appear as 'confidential' to roles that may not see health data */
  needs: NeedShown[]
  marketingConsent: boolean
  doNotContact: boolean
  updatedAt: string
}

export interface DocumentView {
  id: number
  kind: DocKind
  /** masked unless revealed through customers.revealDocument */
  numberMasked: string
  issueDate: string | null
  issuePlace: string | null
  expiryDate: string | null
  version: number
}

export interface NeedView {
  /** 'confidential' stands for health/pregnancy needs to roles that may not see health data */
  kind: NeedShown
  /** null when empty, or when hidden from this role (see noteHidden) */
  note: string | null
  noteHidden: boolean
}

export interface RelationView {
  id: number
  /** the relation of the *other* person to this customer: "spouse", "child" … */
  kind: RelationKind
  other: { id: number; name: string }
}

export interface CommunicationView {
  id: number
  at: string
  channel: Channel
  direction: Direction
  summary: string
  staff: StaffRef | null
}

export interface CustomerProfile {
  id: number
  version: number
  name: string
  pinyinName: string | null
  gender: Gender
  birth: BirthInput | null
  nextBirthday: string | null
  age: number | null
  mobile: string | null
  wechat: string | null
  email: string | null
  address: string | null
  occupation: string | null
  employer: string | null
  source: Source | null
  referrer: { id: number; name: string } | null
  tags: string[]
  tier: Tier
  marketingConsent: boolean
  doNotContact: boolean
  healthConsent: boolean
  healthConsentAt: string | null
  notes: string | null
  preferences: Preferences
  needs: NeedView[]
  emergencyContacts: { name: string; relation: string | null; phone: string }[]
  documents: DocumentView[]
  relations: RelationView[]
  communications: CommunicationView[]
  createdAt: string
  createdBy: StaffRef | null
  updatedAt: string
  updatedBy: StaffRef | null
}

export interface DuplicateMatch {
  id: number
  name: string
  mobile: string | null
  /** nameBirth: the same name and birth date (solar, or lunar with its year), as on the duplicates screen */
  reason: 'mobile' | 'document' | 'nameBirth'
}
