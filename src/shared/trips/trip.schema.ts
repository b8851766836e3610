import { z } from 'zod'
import { idSchema, isoDateSchema, optText } from '../common/schemas'
import { validatePhone } from '../customers/phone'

export const tripKinds = ['domestic', 'outbound', 'hmt'] as const
export const tripTypes = ['group', 'custom'] as const
export const tripStatuses = [
  'inquiry',
  'quoted',
  'confirmed',
  'departed',
  'returned',
  'closed',
  'cancelled',
] as const
export const priceTypes = ['adult', 'child_bed', 'child_no_bed', 'infant'] as const
export const itemKinds = [
  'sight',
  'meal',
  'hotel',
  'transport',
  'free',
  'shopping',
  'self_paid',
  'other',
] as const
export const guideRoles = ['national_escort', 'local_guide', 'tour_leader'] as const
export const guideLevels = ['junior', 'intermediate', 'senior', 'special'] as const
export const supplierKinds = [
  'ground_operator',
  'hotel',
  'coach',
  'restaurant',
  'sight',
  'ticketing',
  'insurer',
  'other',
] as const
export const bookingStatuses = ['requested', 'confirmed'] as const

export type TripKind = (typeof tripKinds)[number]
export type TripType = (typeof tripTypes)[number]
export type TripStatus = (typeof tripStatuses)[number]
export type PriceType = (typeof priceTypes)[number]
export type ItemKind = (typeof itemKinds)[number]
export type GuideRole = (typeof guideRoles)[number]
export type GuideLevel = (typeof guideLevels)[number]
export type SupplierKind = (typeof supplierKinds)[number]
export type BookingStatus = (typeof bookingStatuses)[number]

/** Money in yuan with at most two decimals (stored as integer fen). */
export const moneySchema = z
  .number()
  .min(0, 'errors.money')
  .max(10_000_000, 'errors.money')
  .refine((n) => Math.round(n * 100) === Number((n * 100).toFixed(6)), 'errors.money')

const optMoney = moneySchema.nullish().transform((v) => v ?? null)
const timeSchema = z
  .string()
  .regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'errors.time')
  .nullish()
  .transform((v) => v || null)

export const pricesSchema = z.object({
  adult: optMoney,
  childBed: optMoney,
  childNoBed: optMoney,
  infant: optMoney,
  singleSupplement: optMoney,
})
export type Prices = z.output<typeof pricesSchema>

export const tripFieldsSchema = z.object({
  /** empty: generated from the agency's pattern */
  code: z
    .string()
    .trim()
    .max(40, 'errors.tooLong')
    .regex(/^[A-Za-z0-9_\-/.]*$/, 'errors.tripCode')
    .nullish()
    .transform((v) => (v ? v.toUpperCase() : null)),
  routeName: z.string().trim().min(1, 'errors.required').max(100, 'errors.tooLong'),
  destination: z.string().trim().min(1, 'errors.required').max(100, 'errors.tooLong'),
  kind: z.enum(tripKinds),
  type: z.enum(tripTypes).default('group'),
  departDate: isoDateSchema,
  returnDate: isoDateSchema,
  meetingPoint: optText(200),
  meetingTime: timeSchema,
  minSize: z
    .number()
    .int()
    .min(0)
    .max(1000)
    .nullish()
    .transform((v) => v ?? null),
  capacity: z
    .number()
    .int()
    .min(1)
    .max(1000)
    .nullish()
    .transform((v) => v ?? null),
  prices: pricesSchema.default({
    adult: null,
    childBed: null,
    childNoBed: null,
    infant: null,
    singleSupplement: null,
  }),
  notes: optText(2000),
})

/** Days from departure to return at most (a 91-day itinerary); list queries rely on it as a bound. */
export const MAX_TRIP_SPAN = 90

/** Cross-field rules shared by create and update. */
export function refineTrip(
  t: { departDate: string; returnDate: string; minSize: number | null; capacity: number | null },
  ctx: z.RefinementCtx,
) {
  if (t.returnDate < t.departDate) {
    ctx.addIssue({ code: 'custom', path: ['returnDate'], message: 'errors.returnBeforeDepart' })
  }
  if (daysBetween(t.departDate, t.returnDate) > MAX_TRIP_SPAN) {
    ctx.addIssue({ code: 'custom', path: ['returnDate'], message: 'errors.tripTooLong' })
  }
  if (t.minSize != null && t.capacity != null && t.minSize > t.capacity) {
    ctx.addIssue({ code: 'custom', path: ['minSize'], message: 'errors.minAboveCapacity' })
  }
}

export function daysBetween(a: string, b: string): number {
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000)
}

/** Number of itinerary days of a trip (both ends included). */
export function tripDayCount(departDate: string, returnDate: string): number {
  return daysBetween(departDate, returnDate) + 1
}

export const itemSchema = z
  .object({
    time: timeSchema,
    kind: z.enum(itemKinds),
    title: z.string().trim().min(1, 'errors.required').max(200, 'errors.tooLong'),
    place: optText(200),
    supplierId: idSchema.nullish().transform((v) => v ?? null),
    notes: optText(1000),
    shopName: optText(100),
    shopGoods: optText(200),
    shopMinutes: z
      .number()
      .int()
      .min(1)
      .max(600)
      .nullish()
      .transform((v) => v ?? null),
    price: optMoney,
  })
  .superRefine((it, ctx) => {
    // The contract must list each shopping stop's shop, goods and time, and each self-paid item's price.
    if (it.kind === 'shopping') {
      if (!it.shopName) ctx.addIssue({ code: 'custom', path: ['shopName'], message: 'errors.required' })
      if (!it.shopGoods) ctx.addIssue({ code: 'custom', path: ['shopGoods'], message: 'errors.required' })
      if (!it.shopMinutes) ctx.addIssue({ code: 'custom', path: ['shopMinutes'], message: 'errors.required' })
    }
    if (it.kind === 'self_paid' && it.price == null) {
      ctx.addIssue({ code: 'custom', path: ['price'], message: 'errors.required' })
    }
  })
export type ItemInput = z.output<typeof itemSchema>

export const participantFieldsSchema = z.object({
  priceType: z.enum(priceTypes).default('adult'),
  contractNo: optText(40),
  roomNo: optText(20),
  roommateId: idSchema.nullish().transform((v) => v ?? null),
  singleRoom: z.boolean().default(false),
  bed: z.boolean().default(true),
  seat: optText(20),
  insuranceNo: optText(60),
  representative: z.boolean().default(false),
  notes: optText(500),
})
export type ParticipantFields = z.output<typeof participantFieldsSchema>

export const guideFieldsSchema = z.object({
  name: z.string().trim().min(1, 'errors.required').max(50, 'errors.tooLong'),
  // one string schema rather than a union with '': a bad number then says errors.phone on the field
  mobile: z
    .string()
    .trim()
    .max(30, 'errors.phone')
    .refine((s) => !s || validatePhone(s).ok, 'errors.phone')
    .nullish()
    .transform((s) => {
      const r = s ? validatePhone(s) : null
      return r?.ok ? r.normalized : null
    }),
  licenceNo: optText(40),
  level: z
    .enum(guideLevels)
    .nullish()
    .transform((v) => v ?? null),
  licenceExpiry: isoDateSchema.nullish().transform((v) => v ?? null),
  languages: z.array(z.string().trim().min(1).max(30)).max(10, 'errors.tooMany').default([]),
  roles: z
    .array(z.enum(guideRoles))
    .max(3)
    .default([])
    .transform((r) => [...new Set(r)]),
  passportNo: optText(30),
  permitNo: optText(30),
  active: z.boolean().default(true),
  notes: optText(1000),
})
export type GuideFields = z.output<typeof guideFieldsSchema>

/**
 * An edit of a guide: the editor has only seen the passport and permit numbers masked, so an omitted
 * number keeps the stored one; null or '' clears it.
 */
const keptDocNumber = z
  .string()
  .trim()
  .max(30, 'errors.tooLong')
  .nullish()
  .transform((v) => (v === undefined ? undefined : v || null))
export const guideEditSchema = guideFieldsSchema.extend({
  passportNo: keptDocNumber,
  permitNo: keptDocNumber,
})
export type GuideEdit = z.output<typeof guideEditSchema>

export const supplierFieldsSchema = z.object({
  kind: z.enum(supplierKinds),
  name: z.string().trim().min(1, 'errors.required').max(100, 'errors.tooLong'),
  licenceNo: optText(60),
  /** the licence's expiry: the supplier licence reminder reads it */
  licenceExpiry: isoDateSchema.nullish().transform((v) => v ?? null),
  contactPerson: optText(50),
  phone: optText(30),
  address: optText(200),
  notes: optText(1000),
  active: z.boolean().default(true),
})
export type SupplierFields = z.output<typeof supplierFieldsSchema>
