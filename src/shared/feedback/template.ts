import { z } from 'zod'
import { tripKinds } from '../trips/trip.schema'
import type { TripKind } from '../trips/trip.schema'

/*
 * A feedback form template (游客意见单). Items keep a stable `key` across versions so scores of
 * sheets keyed on different versions still add up per item; built-in items and scale levels carry an
 * i18n key (printed in the reader's language), items the agency adds carry its own label.
 */
export const itemKinds = ['rating', 'yesno', 'nps', 'text'] as const
export type FeedbackItemKind = (typeof itemKinds)[number]

export const builtinLevels = [
  'very_satisfied',
  'satisfied',
  'neutral',
  'poor',
  'dissatisfied',
  'very_dissatisfied',
] as const

const label = z.string().trim().min(1, 'errors.required').max(40, 'errors.tooLong')

export const levelSchema = z
  .object({
    builtin: z
      .enum(builtinLevels)
      .nullish()
      .transform((v) => v ?? null),
    label: label.nullish().transform((v) => v ?? null),
    score: z.number().int().min(0).max(100),
    /** counts towards the share of 满意/非常满意 */
    satisfied: z.boolean(),
  })
  .strict()
  .refine((l) => (l.builtin === null) !== (l.label === null), { message: 'errors.required', path: ['label'] })

export const itemSchema = z
  .object({
    key: z.string().regex(/^[a-z][a-z0-9_]{0,29}$/, 'errors.invalidValue'),
    kind: z.enum(itemKinds),
    builtin: z.boolean().default(false),
    label: label.nullish().transform((v) => v ?? null),
    /** trip kinds the item is printed for; empty: every kind */
    tripKinds: z
      .array(z.enum(tripKinds))
      .max(tripKinds.length)
      .default([])
      .refine((a) => new Set(a).size === a.length, 'errors.duplicateEntry'),
    /** yes/no items: the answer that is a problem (forced shopping "yes", contract signed "no") */
    problem: z
      .enum(['yes', 'no'])
      .nullish()
      .transform((v) => v ?? null),
  })
  .strict()
  .superRefine((it, ctx) => {
    if (!it.builtin && !it.label)
      ctx.addIssue({ code: 'custom', path: ['label'], message: 'errors.required' })
    if (it.kind === 'yesno' && !it.problem)
      ctx.addIssue({ code: 'custom', path: ['problem'], message: 'errors.required' })
  })

export const templateBodySchema = z
  .object({
    /** best first: key 1 on the entry screen is the leftmost box on paper */
    levels: z.array(levelSchema).min(3, 'errors.feedbackLevels').max(5, 'errors.feedbackLevels'),
    items: z
      .array(itemSchema)
      .min(1, 'errors.required')
      .max(40, 'errors.tooMany')
      .refine((a) => new Set(a.map((i) => i.key)).size === a.length, 'errors.duplicateEntry')
      .refine((a) => a.filter((i) => i.kind === 'nps').length <= 1, 'errors.feedbackOneNps'),
    /** a rated answer at or below this score (0–100) raises a follow-up */
    lowScore: z.number().int().min(0).max(100).default(40),
  })
  .strict()

export type FeedbackLevel = z.output<typeof levelSchema>
export type FeedbackItem = z.output<typeof itemSchema>
export type TemplateBody = z.output<typeof templateBodySchema>

const rated = (key: string, tripKinds: TripKind[] = []): FeedbackItem => ({
  key,
  kind: 'rating',
  builtin: true,
  label: null,
  tripKinds,
  problem: null,
})
const yesno = (key: string, problem: 'yes' | 'no'): FeedbackItem => ({
  key,
  kind: 'yesno',
  builtin: true,
  label: null,
  tripKinds: [],
  problem,
})

/** The default form after domain.md: 4 levels, 11 rated items, 5 compliance questions, NPS, remarks. */
export const defaultTemplate: TemplateBody = {
  levels: [
    { builtin: 'very_satisfied', label: null, score: 4, satisfied: true },
    { builtin: 'satisfied', label: null, score: 3, satisfied: true },
    { builtin: 'neutral', label: null, score: 2, satisfied: false },
    { builtin: 'poor', label: null, score: 0, satisfied: false },
  ],
  items: [
    rated('itinerary'),
    rated('local_guide'),
    // 全陪 on domestic and 港澳台 groups; an outbound group has a 领队 instead
    rated('escort', ['domestic', 'hmt']),
    rated('tour_leader', ['outbound']),
    rated('driver'),
    rated('hotel'),
    rated('meals'),
    rated('transport'),
    rated('sights'),
    rated('shopping'),
    rated('counter'),
    rated('overall'),
    yesno('contract_signed', 'no'),
    yesno('forced_shopping', 'yes'),
    yesno('sights_skipped', 'yes'),
    yesno('tips_demanded', 'yes'),
    yesno('licence_worn', 'no'),
    { key: 'nps', kind: 'nps', builtin: true, label: null, tripKinds: [], problem: null },
    { key: 'remarks', kind: 'text', builtin: true, label: null, tripKinds: [], problem: null },
  ],
  lowScore: 40,
}

/** The items printed and keyed for a trip of this kind, in the paper's order. */
export function itemsFor(body: TemplateBody, kind: TripKind): FeedbackItem[] {
  return body.items.filter((i) => i.tripKinds.length === 0 || i.tripKinds.includes(kind))
}
