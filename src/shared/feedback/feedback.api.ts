import { z } from 'zod'
import { call } from '../api/contract'
import { idSchema, isoDateSchema, optText, versionSchema } from '../common/schemas'
import type { Scores } from './scoring'
import { returnRuleSchema } from './return-rate'
import { templateBodySchema } from './template'
import type { TripArchive } from './archive.types'
import type {
  CustomerSheet,
  EnterResult,
  FeedbackPrint,
  FeedbackTemplateView,
  ReturnRuleView,
  SheetEntry,
  ShortTrip,
  TrendRow,
  TripFeedback,
  VerifyResult,
} from './feedback.types'

const byId = z.object({ id: idSchema }).strict()
const byTrip = z.object({ tripId: idSchema }).strict()
const ADMIN = ['admin'] as const

/** One answer per item key: a level index (0 = best), 1/0 for yes/no, 0–10 for NPS, null = no answer. */
export const answersSchema = z
  .record(
    z.string().regex(/^[a-z][a-z0-9_]{0,29}$/, 'errors.invalidValue'),
    z.number().int().min(0).max(10).nullable(),
  )
  .refine((r) => Object.keys(r).length <= 40, 'errors.tooMany')

/** Whose scores: any mix of trip, guide, supplier (its bookings), route (by name) and return period. */
export const scoreFilterSchema = z
  .object({
    tripId: idSchema.nullish().transform((v) => v ?? null),
    guideId: idSchema.nullish().transform((v) => v ?? null),
    supplierId: idSchema.nullish().transform((v) => v ?? null),
    routeName: optText(100),
    from: isoDateSchema.nullish().transform((v) => v ?? null),
    to: isoDateSchema.nullish().transform((v) => v ?? null),
  })
  .strict()
  .refine((f) => !f.from || !f.to || f.from <= f.to, { message: 'errors.dateOrder', path: ['to'] })
export type ScoreFilter = z.output<typeof scoreFilterSchema>

export const feedbackCalls = {
  template: call<FeedbackTemplateView>()(z.object({}).strict(), 'any'),
  /** a new version of the form; `basedOn` is the version the editor started from (STALE if not current) */
  saveTemplate: call<FeedbackTemplateView>()(
    z.object({ basedOn: idSchema, body: templateBodySchema }).strict(),
    ADMIN,
  ),
  rule: call<ReturnRuleView>()(z.object({}).strict(), 'any'),
  saveRule: call<ReturnRuleView>()(returnRuleSchema.extend({ version: versionSchema }).strict(), ADMIN),
  /** numbers a sheet for every participant without one (and `blanks` unkeyed blank forms): the print batch */
  issue: call<FeedbackPrint>()(
    z
      .object({
        tripId: idSchema,
        blanks: z.number().int().min(0).max(50).default(0),
        /** only the blank forms (walk-in use) */
        blankOnly: z.boolean().default(false),
      })
      .strict(),
    'any',
  ),
  ofTrip: call<TripFeedback>()(byTrip, 'any'),
  /** a sheet by its printed code, typed or scanned */
  open: call<SheetEntry>()(
    z.object({ code: z.string().trim().min(1, 'errors.required').max(80, 'errors.tooLong') }).strict(),
    'any',
  ),
  get: call<SheetEntry>()(byId, 'any'),
  /** keys (or corrects) a returned sheet */
  enter: call<EnterResult>()(
    z
      .object({ id: idSchema, version: versionSchema, answers: answersSchema, comment: optText(2000) })
      .strict(),
    'any',
  ),
  /** the second keying: compared with what is stored, nothing changed unless it matches */
  verify: call<VerifyResult>()(
    z.object({ id: idSchema, answers: answersSchema, comment: optText(2000) }).strict(),
    'any',
  ),
  /** a complaint prefilled from the sheet (channel "from a feedback form"); once per sheet */
  openComplaint: call<{ id: number; caseNo: string }>()(
    z
      .object({
        id: idSchema,
        whatHappened: z.string().trim().min(1, 'errors.required').max(4000, 'errors.tooLong'),
      })
      .strict(),
    'any',
  ),
  scores: call<Scores>()(scoreFilterSchema, 'any'),
  trend: call<TrendRow[]>()(scoreFilterSchema, 'any'),
  ofCustomer: call<CustomerSheet[]>()(z.object({ customerId: idSchema }).strict(), 'any'),
  /** returned trips below the rule (within the period of their return) */
  shortTrips: call<ShortTrip[]>()(z.object({ from: isoDateSchema, to: isoDateSchema }).strict(), 'any'),
  /** the trip's archive print-out (团队档案) in one read; audited as a print of personal data */
  archive: call<TripArchive>()(byTrip, 'any'),
}
