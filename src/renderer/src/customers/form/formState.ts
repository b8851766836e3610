import type { z } from 'zod'
import type {
  BirthInput,
  customerCreateSchema,
  DocKind,
  Gender,
  NeedKind,
  Preferences,
  Source,
  Tier,
} from '../../../../shared/customers/customer.schema'
import {
  CONFIDENTIAL_NEED,
  preferencesSchema,
  sensitiveNeeds,
} from '../../../../shared/customers/customer.schema'
import type { CustomerProfile } from '../../../../shared/customers/customer.types'
import { customerCreateSchema as createSchema } from '../../../../shared/customers/customer.schema'
import { limitsOf } from '../../components/limits'

/** The longest text each field takes, read from the schema main checks with. */
export const customerMax = limitsOf(createSchema)

export interface DocDraft {
  kind: DocKind
  number: string
  issueDate: string
  issuePlace: string
  expiryDate: string
}

export interface NeedDraft {
  kind: NeedKind
  note: string
  /** a sensitive note exists that this editor cannot see; kept unless a new note is typed */
  hiddenNote: boolean
}

/** The form's own state: strings for inputs, converted to the API's shape on save. */
export interface CustomerDraft {
  name: string
  pinyinName: string
  gender: Gender
  birthCalendar: 'none' | 'solar' | 'lunar'
  birthDate: string
  lunarYear: string
  lunarMonth: number
  lunarDay: number
  lunarLeap: boolean
  mobile: string
  wechat: string
  email: string
  address: string
  occupation: string
  employer: string
  source: Source | ''
  referrer: { id: number; name: string } | null
  tags: string[]
  tier: Tier
  marketingConsent: boolean
  doNotContact: boolean
  healthConsent: boolean
  notes: string
  preferences: Preferences
  needs: NeedDraft[]
  /**
   * The file holds health or pregnancy needs this editor may not see: the form says so, and main
   * keeps them as stored whatever the form sends.
   */
  confidentialNeed: boolean
  emergencyContacts: { name: string; relation: string; phone: string }[]
  documents: DocDraft[]
}

export const emptyDoc = (): DocDraft => ({
  kind: 'id_card',
  number: '',
  issueDate: '',
  issuePlace: '',
  expiryDate: '',
})

export function emptyDraft(): CustomerDraft {
  return {
    name: '',
    pinyinName: '',
    gender: 'unknown',
    birthCalendar: 'none',
    birthDate: '',
    lunarYear: '',
    lunarMonth: 1,
    lunarDay: 1,
    lunarLeap: false,
    mobile: '',
    wechat: '',
    email: '',
    address: '',
    occupation: '',
    employer: '',
    source: '',
    referrer: null,
    tags: [],
    tier: 'none',
    marketingConsent: false,
    doNotContact: false,
    healthConsent: false,
    notes: '',
    preferences: preferencesSchema.parse({}),
    needs: [],
    confidentialNeed: false,
    emergencyContacts: [],
    documents: [],
  }
}

export function draftFromProfile(p: CustomerProfile): CustomerDraft {
  const b = p.birth
  return {
    ...emptyDraft(),
    name: p.name,
    pinyinName: p.pinyinName ?? '',
    gender: p.gender,
    birthCalendar: b ? b.calendar : 'none',
    birthDate: b?.calendar === 'solar' ? b.date : '',
    lunarYear: b?.calendar === 'lunar' && b.year ? String(b.year) : '',
    lunarMonth: b?.calendar === 'lunar' ? b.month : 1,
    lunarDay: b?.calendar === 'lunar' ? b.day : 1,
    lunarLeap: b?.calendar === 'lunar' ? b.leap : false,
    mobile: p.mobile ?? '',
    wechat: p.wechat ?? '',
    email: p.email ?? '',
    address: p.address ?? '',
    occupation: p.occupation ?? '',
    employer: p.employer ?? '',
    source: p.source ?? '',
    referrer: p.referrer,
    tags: p.tags,
    tier: p.tier,
    marketingConsent: p.marketingConsent,
    doNotContact: p.doNotContact,
    healthConsent: p.healthConsent,
    notes: p.notes ?? '',
    preferences: p.preferences,
    needs: p.needs.flatMap((n) =>
      n.kind === CONFIDENTIAL_NEED ? [] : [{ kind: n.kind, note: n.note ?? '', hiddenNote: n.noteHidden }],
    ),
    confidentialNeed: p.needs.some((n) => n.kind === CONFIDENTIAL_NEED),
    emergencyContacts: p.emergencyContacts.map((c) => ({ ...c, relation: c.relation ?? '' })),
  }
}

type CreateInput = z.input<typeof customerCreateSchema>

/** The draft as the API's input. Validation itself happens in main (zod at the boundary). */
/**
 * The birthday as far as the draft states one, for comparing with an ID card while typing: an empty
 * solar date is no birthday, and a lunar year outside the schema's range is treated as unknown.
 */
export function draftBirth(d: CustomerDraft): BirthInput | null {
  if (d.birthCalendar === 'solar')
    return /^\d{4}-\d{2}-\d{2}$/.test(d.birthDate) ? { calendar: 'solar', date: d.birthDate } : null
  if (d.birthCalendar !== 'lunar') return null
  const year = Number(d.lunarYear)
  const known = /^\d{4}$/.test(d.lunarYear) && year >= 1900 && year <= 2100
  return {
    calendar: 'lunar',
    year: known ? year : null,
    month: d.lunarMonth,
    day: d.lunarDay,
    leap: d.lunarLeap,
  }
}

export function draftToInput(d: CustomerDraft): CreateInput {
  const birth =
    d.birthCalendar === 'solar'
      ? { calendar: 'solar' as const, date: d.birthDate }
      : d.birthCalendar === 'lunar'
        ? {
            calendar: 'lunar' as const,
            year: d.lunarYear ? Number(d.lunarYear) : null,
            month: d.lunarMonth,
            day: d.lunarDay,
            leap: d.lunarLeap,
          }
        : null
  return {
    name: d.name,
    pinyinName: d.pinyinName,
    gender: d.gender,
    birth,
    mobile: d.mobile,
    wechat: d.wechat,
    email: d.email,
    address: d.address,
    occupation: d.occupation,
    employer: d.employer,
    source: d.source || null,
    referrerId: d.referrer?.id ?? null,
    tags: d.tags,
    tier: d.tier,
    marketingConsent: d.marketingConsent,
    doNotContact: d.doNotContact,
    healthConsent: d.healthConsent,
    notes: d.notes,
    preferences: d.preferences,
    needs: d.needs.map((n) => ({ kind: n.kind, note: n.note })),
    emergencyContacts: d.emergencyContacts,
    documents: d.documents.map((x) => ({
      kind: x.kind,
      number: x.number,
      issueDate: x.issueDate || null,
      issuePlace: x.issuePlace || null,
      expiryDate: x.expiryDate || null,
    })),
  }
}

export function needsForUpdate(d: CustomerDraft) {
  return d.needs.map((n) => ({
    kind: n.kind,
    note: n.note,
    keepNote: n.hiddenNote && !n.note && sensitiveNeeds.includes(n.kind),
  }))
}
