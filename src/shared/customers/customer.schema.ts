import { z } from 'zod'
import type { Role } from '../api/contract'
import { lunarDateExists, leapMonthOf } from '../calendar/lunar'
import { idSchema, isoDateSchema, isoDateTimeSchema, optText, versionSchema } from '../common/schemas'
import { validatePhone } from './phone'
import { readIdCard } from './id-card'

export const genders = ['male', 'female', 'unknown'] as const
export const sources = ['walk_in', 'referral', 'phone', 'online', 'returning', 'other'] as const
export const tiers = ['none', 'member', 'silver', 'gold', 'platinum'] as const
export const docKinds = ['id_card', 'passport', 'hk_macao_permit', 'taiwan_permit', 'other'] as const
export const needKinds = ['elderly', 'minor', 'mobility', 'health', 'pregnancy', 'other'] as const
/** Needs that are health data under PIPL: only with recorded consent, shown on a need-to-know basis. */
export const sensitiveNeeds: readonly NeedKind[] = ['health', 'pregnancy']
/** Who may see health data: which sensitive need a customer has, and its note (through revealHealth). */
export const healthRoles = ['manager', 'admin'] as const satisfies readonly Role[]
export const canSeeHealth = (role: Role | null | undefined): boolean =>
  !!role && (healthRoles as readonly Role[]).includes(role)
/**
 * What the customer list shows in place of a sensitive need to the other roles: that a special need
 * exists, not which. Also a filter: customers with any sensitive need.
 */
export const CONFIDENTIAL_NEED = 'confidential'
export const needFilters = [...needKinds, CONFIDENTIAL_NEED] as const
export type NeedShown = (typeof needFilters)[number]
export const relationKinds = ['spouse', 'parent', 'child', 'sibling', 'friend', 'colleague', 'other'] as const
export const channels = ['phone', 'sms', 'wechat', 'email', 'visit', 'other'] as const
export const directions = ['inbound', 'outbound'] as const
export const roomPrefs = ['any', 'twin', 'double', 'single'] as const
export const seatPrefs = ['any', 'window', 'aisle', 'front'] as const
export const diets = ['none', 'vegetarian', 'vegan', 'halal', 'no_pork', 'no_beef', 'other'] as const
export const travelStyles = ['any', 'relaxed', 'standard', 'intensive', 'luxury', 'budget', 'family'] as const
export const budgets = ['any', 'economy', 'standard', 'premium', 'luxury'] as const

export type Gender = (typeof genders)[number]
export type Source = (typeof sources)[number]
export type Tier = (typeof tiers)[number]
export type DocKind = (typeof docKinds)[number]
export type NeedKind = (typeof needKinds)[number]
export type RelationKind = (typeof relationKinds)[number]
export type Channel = (typeof channels)[number]
export type Direction = (typeof directions)[number]

/** Inverse relation, so a link stored once reads right from both sides. */
export const inverseRelation: Record<RelationKind, RelationKind> = {
  spouse: 'spouse',
  parent: 'child',
  child: 'parent',
  sibling: 'sibling',
  friend: 'friend',
  colleague: 'colleague',
  other: 'other',
}

export const phoneSchema = z
  .string()
  .trim()
  .max(30, 'errors.phone')
  .refine((s) => validatePhone(s).ok, 'errors.phone')
  .transform((s) => {
    const r = validatePhone(s)
    return r.ok ? r.normalized : s
  })

const optPhone = z
  .union([z.literal(''), phoneSchema])
  .nullish()
  .transform((v) => (v ? v : null))

export const birthSchema = z
  .discriminatedUnion('calendar', [
    z.object({ calendar: z.literal('solar'), date: isoDateSchema }),
    z.object({
      calendar: z.literal('lunar'),
      year: z.number().int().min(1900).max(2100).nullable(),
      month: z.number().int().min(1).max(12),
      day: z.number().int().min(1).max(30),
      leap: z.boolean(),
    }),
  ])
  .superRefine((b, ctx) => {
    // With a birth year the lunar date must have existed; without one, a leap month or day 30 is a
    // birthday some years have (it is celebrated in the regular month / on day 29 otherwise).
    if (b.calendar !== 'lunar' || b.year == null) return
    if (b.leap && leapMonthOf(b.year) !== b.month) {
      ctx.addIssue({ code: 'custom', path: ['month'], message: 'errors.lunarNoLeapMonth' })
    } else if (!lunarDateExists({ year: b.year, month: b.month, day: b.day, leap: b.leap })) {
      ctx.addIssue({ code: 'custom', path: ['day'], message: 'errors.lunarNoSuchDay' })
    }
  })
export type BirthInput = z.infer<typeof birthSchema>

export const preferencesSchema = z.object({
  destinations: optText(200),
  travelStyle: z.enum(travelStyles).default('any'),
  budget: z.enum(budgets).default('any'),
  room: z.enum(roomPrefs).default('any'),
  smoking: z.boolean().default(false),
  bed: optText(100),
  seat: z.enum(seatPrefs).default('any'),
  diet: z.enum(diets).default('none'),
  allergies: optText(200),
  interests: optText(200),
})
export type Preferences = z.output<typeof preferencesSchema>
/** a file's preferences before anyone has said any (a fresh copy each time: callers may change theirs) */
const NO_PREFERENCES: Preferences = preferencesSchema.parse({})

export const needSchema = z.object({ kind: z.enum(needKinds), note: optText(500) })
export const emergencyContactSchema = z.object({
  name: z.string().trim().min(1, 'errors.required').max(50, 'errors.tooLong'),
  relation: optText(20),
  phone: phoneSchema,
})

export const documentSchema = z
  .object({
    kind: z.enum(docKinds),
    number: z
      .string()
      .trim()
      .min(1, 'errors.required')
      .max(30, 'errors.tooLong')
      .transform((s) => s.toUpperCase()),
    issueDate: isoDateSchema.nullish().transform((v) => v ?? null),
    issuePlace: optText(100),
    expiryDate: isoDateSchema.nullish().transform((v) => v ?? null),
  })
  .superRefine((d, ctx) => {
    if (d.kind === 'id_card') {
      // born after today is checked in main, which has the clock (bornByToday)
      const r = readIdCard(d.number)
      if (!r.ok) ctx.addIssue({ code: 'custom', path: ['number'], message: `errors.idCard.${r.reason}` })
    } else if (d.kind !== 'other' && !/^[A-Z0-9]{5,20}$/.test(d.number)) {
      ctx.addIssue({ code: 'custom', path: ['number'], message: 'errors.docNumber' })
    }
    if (d.issueDate && d.expiryDate && d.expiryDate <= d.issueDate) {
      ctx.addIssue({ code: 'custom', path: ['expiryDate'], message: 'errors.expiryBeforeIssue' })
    }
  })
export type DocumentInput = z.output<typeof documentSchema>

const customerFields = {
  name: z.string().trim().min(1, 'errors.required').max(50, 'errors.tooLong'),
  pinyinName: z
    .string()
    .trim()
    .max(80, 'errors.tooLong')
    .regex(/^[A-Za-z ]*$/, 'errors.pinyinName')
    .nullish()
    .transform((v) => (v ? v.toUpperCase() : null)),
  gender: z.enum(genders).default('unknown'),
  birth: birthSchema.nullish().transform((v) => v ?? null),
  mobile: optPhone,
  wechat: optText(50),
  email: z
    .union([z.literal(''), z.string().trim().max(100, 'errors.tooLong').email('errors.email')])
    .nullish()
    .transform((v) => (v ? v : null)),
  address: optText(200),
  occupation: optText(50),
  employer: optText(100),
  source: z
    .enum(sources)
    .nullish()
    .transform((v) => v ?? null),
  referrerId: idSchema.nullish().transform((v) => v ?? null),
  tags: z
    .array(z.string().trim().min(1, 'errors.required').max(20, 'errors.tooLong'))
    .max(20, 'errors.tooMany')
    .default([])
    .transform((t) => [...new Set(t)]),
  tier: z.enum(tiers).default('none'),
  marketingConsent: z.boolean().default(false),
  doNotContact: z.boolean().default(false),
  healthConsent: z.boolean().default(false),
  notes: optText(2000),
  preferences: preferencesSchema.default(() => ({ ...NO_PREFERENCES })),
  needs: z.array(needSchema).max(needKinds.length, 'errors.tooMany').default([]),
  emergencyContacts: z.array(emergencyContactSchema).max(5, 'errors.tooMany').default([]),
}

function refineCustomer(c: { needs: { kind: NeedKind }[]; healthConsent: boolean }, ctx: z.RefinementCtx) {
  const seen = new Set<string>()
  c.needs.forEach((n, i) => {
    if (seen.has(n.kind))
      ctx.addIssue({ code: 'custom', path: ['needs', i, 'kind'], message: 'errors.duplicate' })
    seen.add(n.kind)
    if (sensitiveNeeds.includes(n.kind) && !c.healthConsent) {
      ctx.addIssue({ code: 'custom', path: ['needs', i, 'kind'], message: 'errors.healthConsentRequired' })
    }
  })
}

export const customerCreateSchema = z
  .object({ ...customerFields, documents: z.array(documentSchema).max(10, 'errors.tooMany').default([]) })
  .strict()
  .superRefine(refineCustomer)
export type CustomerCreate = z.output<typeof customerCreateSchema>

/**
 * Updates send the whole editable file plus the version they were based on. Sensitive need notes
 * the editor could not see come back as `keepNote: true` so they are kept, not wiped.
 */
export const customerUpdateSchema = z
  .object({
    id: idSchema,
    version: versionSchema,
    ...customerFields,
    needs: z
      .array(needSchema.extend({ keepNote: z.boolean().default(false) }))
      .max(needKinds.length, 'errors.tooMany')
      .default([]),
  })
  .strict()
  .superRefine(refineCustomer)
export type CustomerUpdate = z.output<typeof customerUpdateSchema>

export const communicationSchema = z
  .object({
    customerId: idSchema,
    at: isoDateTimeSchema.nullish().transform((v) => v ?? null),
    channel: z.enum(channels),
    direction: z.enum(directions),
    summary: z.string().trim().min(1, 'errors.required').max(2000, 'errors.tooLong'),
    /** a next follow-up: becomes a reminder for the clerk who logged the contact on that day */
    followUpDate: isoDateSchema.nullish().transform((v) => v ?? null),
    followUpNote: optText(500),
  })
  .strict()
