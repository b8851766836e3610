import { z } from 'zod'
import { idSchema, isoDateTimeSchema, optText, versionSchema } from '../common/schemas'
import { genders } from '../customers/customer.schema'
import { moneySchema } from '../trips/trip.schema'
import { complaintStatuses } from './status'

export const complaintChannels = [
  'counter',
  'phone',
  'wechat',
  'online',
  'hotline_12345',
  'bureau',
  'feedback_form',
] as const
export const complaintCauses = [
  'guide_service',
  'itinerary',
  'accommodation',
  'meals',
  'transport',
  'shopping',
  'self_paid',
  'safety',
  'counter_service',
  'other',
] as const
export const severities = ['low', 'medium', 'high'] as const
export const remedyKinds = [
  'refund',
  'compensation',
  'change_guide',
  'adjust_itinerary',
  'apology',
  'gift',
] as const
/** remedies that move money, and so may need a manager's approval */
export const moneyRemedies: readonly RemedyKind[] = ['refund', 'compensation', 'gift']
export const correctiveActions = [
  'guide_training',
  'supplier_warning',
  'supplier_change',
  'route_change',
  'process_change',
] as const
export const approvals = ['not_required', 'pending', 'approved', 'rejected'] as const

export type ComplaintChannel = (typeof complaintChannels)[number]
export type ComplaintCause = (typeof complaintCauses)[number]
export type Severity = (typeof severities)[number]
export type RemedyKind = (typeof remedyKinds)[number]
export type CorrectiveAction = (typeof correctiveActions)[number]
export type Approval = (typeof approvals)[number]

/** A wall-clock moment as a datetime-local input holds it, in the agency's zone. */
const wallSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}T([01]\d|2[0-3]):[0-5]\d$/, 'errors.dateTime')
  .nullish()
  .transform((v) => v ?? null)

const PERSON_FIELDS = ['name', 'nationality', 'address', 'postcode', 'phone'] as const

/**
 * One complainant: a customer file, or a person without one with the fields a written complaint
 * must carry. Both at once is refused rather than one silently dropped.
 */
export const complainantSchema = z
  .object({
    customerId: idSchema.nullish().transform((v) => v ?? null),
    name: optText(50),
    gender: z.enum(genders).default('unknown'),
    nationality: optText(40),
    address: optText(200),
    postcode: z
      .string()
      .trim()
      .regex(/^[A-Za-z0-9 -]{0,12}$/, 'errors.postcode')
      .nullish()
      .transform((v) => v || null),
    phone: optText(30),
  })
  .strict()
  .superRefine((c, ctx) => {
    if (c.customerId === null && !c.name)
      ctx.addIssue({ code: 'custom', path: ['name'], message: 'errors.required' })
    if (c.customerId !== null) {
      for (const k of PERSON_FIELDS) {
        if (c[k]) ctx.addIssue({ code: 'custom', path: [k], message: 'errors.complainantHasFile' })
      }
    }
  })

const ids = (max: number) =>
  z
    .array(idSchema)
    .max(max, 'errors.tooMany')
    .default([])
    .refine((a) => new Set(a).size === a.length, 'errors.duplicateEntry')

export const complaintFieldsSchema = z.object({
  channel: z.enum(complaintChannels),
  /** when the agency was notified; left out: now */
  receivedAt: isoDateTimeSchema.nullish().transform((v) => v ?? null),
  assigneeId: idSchema.nullish().transform((v) => v ?? null),
  tripId: idSchema.nullish().transform((v) => v ?? null),
  contractNo: optText(40),
  eventAt: wallSchema,
  eventPlace: optText(200),
  whatHappened: z.string().trim().min(1, 'errors.required').max(4000, 'errors.tooLong'),
  request: optText(2000),
  cause: z.enum(complaintCauses),
  severity: z.enum(severities).default('medium'),
  complainants: z.array(complainantSchema).min(1, 'errors.required').max(20, 'errors.tooMany'),
  /** picked from the trip's guide assignments and supplier bookings */
  guideIds: ids(10),
  supplierIds: ids(10),
})

/** The facts the calculator takes; money in yuan as the form shows it. */
export const compensationFactsSchema = z
  .object({
    scope: z.enum(['domestic', 'outbound']),
    tourPrice: moneySchema.refine((v) => v > 0, 'errors.money'),
    cancelNoticeDays: z
      .number()
      .int()
      .min(0)
      .max(366)
      .nullish()
      .transform((v) => v ?? null),
    transferredWithoutConsent: z.boolean().default(false),
    missedTransportLoss: moneySchema.nullish().transform((v) => v ?? null),
    belowGradeDifference: moneySchema.nullish().transform((v) => v ?? null),
    guideBelowStandardPct: z
      .number()
      .int()
      .min(1)
      .max(5)
      .nullish()
      .transform((v) => v ?? null),
    missedServices: moneySchema.nullish().transform((v) => v ?? null),
    missedFreeSights: z.number().int().min(0).max(50).default(0),
    extraShoppingStops: z.number().int().min(0).max(50).default(0),
    forcedShoppingStops: z.number().int().min(0).max(50).default(0),
    serviceSuspended: z.boolean().default(false),
  })
  .strict()
export type CompensationFactsInput = z.output<typeof compensationFactsSchema>

export const remedySchema = z
  .object({
    complaintId: idSchema,
    kind: z.enum(remedyKinds),
    /** yuan; for compensation, left out = the calculator's proposal */
    amount: moneySchema.nullish().transform((v) => v ?? null),
    facts: compensationFactsSchema.nullish().transform((v) => v ?? null),
    overrideReason: optText(500),
    notes: optText(500),
  })
  .strict()
  .superRefine((r, ctx) => {
    const issue = (path: string, message: string) => ctx.addIssue({ code: 'custom', path: [path], message })
    if (r.kind === 'compensation' && !r.facts) issue('facts', 'errors.required')
    if (r.kind !== 'compensation' && r.facts) issue('facts', 'errors.factsOnlyForCompensation')
    if ((r.kind === 'refund' || r.kind === 'gift') && !r.amount) issue('amount', 'errors.required')
    if (!['refund', 'compensation', 'gift'].includes(r.kind) && r.amount !== null) {
      issue('amount', 'errors.noAmountForRemedy')
    }
  })

export const setStatusSchema = z
  .object({
    id: idSchema,
    version: versionSchema,
    status: z.enum(complaintStatuses),
    /** why: required when refusing the complaint (不予受理) */
    note: optText(500),
    /** the original case, required when marking a duplicate */
    duplicateOfId: idSchema.nullish().transform((v) => v ?? null),
  })
  .strict()
  .superRefine((s, ctx) => {
    if (s.status === 'rejected' && !s.note)
      ctx.addIssue({ code: 'custom', path: ['note'], message: 'errors.required' })
    if (s.status === 'duplicate' && !s.duplicateOfId) {
      ctx.addIssue({ code: 'custom', path: ['duplicateOfId'], message: 'errors.required' })
    }
    if (s.status === 'duplicate' && s.duplicateOfId === s.id) {
      ctx.addIssue({ code: 'custom', path: ['duplicateOfId'], message: 'errors.duplicateOfSelf' })
    }
  })

export const closeSchema = z
  .object({
    id: idSchema,
    version: versionSchema,
    lessons: z.string().trim().min(1, 'errors.required').max(4000, 'errors.tooLong'),
    correctiveActions: z
      .array(z.enum(correctiveActions))
      .max(correctiveActions.length)
      .default([])
      .refine((a) => new Set(a).size === a.length, 'errors.duplicateEntry'),
    /** from the follow-up call; null until the customer was asked */
    customerSatisfied: z
      .boolean()
      .nullish()
      .transform((v) => v ?? null),
  })
  .strict()

export const policySchema = z
  .object({
    approvalThreshold: moneySchema,
    firstResponseHours: z.number().int().min(1).max(168),
    resolutionDays: z.number().int().min(1).max(365),
    version: versionSchema,
  })
  .strict()
