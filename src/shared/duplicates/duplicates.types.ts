import type { BirthInput, Gender, Preferences, Tier } from '../customers/customer.schema'

/** Why files were put in one group: the same mobile, the same document number, the same name + birth date. */
export const duplicateReasons = ['mobile', 'document', 'nameBirth'] as const
export type DuplicateReason = (typeof duplicateReasons)[number]

/** One file of a group, with the facts a clerk compares side by side. Identity numbers come masked. */
export interface DuplicateFile {
  id: number
  version: number
  name: string
  mobile: string | null
  documents: { kind: string; masked: string }[]
  birth: BirthInput | null
  tripsCount: number
  /** the newest communication's time, ISO */
  lastContactAt: string | null
  createdAt: string
}

export interface DuplicateGroup {
  /** stable for one set of files: their ids, sorted, joined by "-" */
  key: string
  reasons: DuplicateReason[]
  files: DuplicateFile[]
}

/**
 * The parts of a file a merge chooses between, one side or the other. Tags, needs, contacts,
 * documents and everything linked to the file are united instead; do-not-contact and health consent
 * are kept if either file has them (what the person told the agency once still holds).
 */
export const mergeFields = [
  'name',
  'pinyinName',
  'gender',
  'birth',
  'mobile',
  'wechat',
  'email',
  'address',
  'occupation',
  'employer',
  'source',
  'referrer',
  'tier',
  'marketingConsent',
  'notes',
  'preferences',
] as const
export type MergeField = (typeof mergeFields)[number]

export interface MergeValues {
  name: string
  pinyinName: string | null
  gender: Gender
  birth: BirthInput | null
  mobile: string | null
  wechat: string | null
  email: string | null
  address: string | null
  occupation: string | null
  employer: string | null
  source: string | null
  referrer: { id: number; name: string } | null
  tier: Tier
  marketingConsent: boolean
  notes: string | null
  preferences: Preferences
}

export interface MergeSide extends DuplicateFile {
  values: MergeValues
}

/** What a merge did beyond the fields: trips both files were on keep one place (listed by 团号). */
export interface MergeResult {
  id: number
  version: number
  sameTrips: string[]
}
