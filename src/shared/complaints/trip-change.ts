import { z } from 'zod'
import { idSchema } from '../common/schemas'
import type { StaffRef } from './complaint.types'

/**
 * What a change made on a trip for a case did: swapped a guide, added / changed / removed / moved /
 * copied an item, or retitled a day. Everything but the guide is "adjust itinerary".
 */
export const tripChangeKinds = [
  'guide',
  'item_added',
  'item_changed',
  'item_removed',
  'item_moved',
  'item_copied',
  'day_title',
] as const
export type TripChangeKind = (typeof tripChangeKinds)[number]

/** The remedy a change carries out. */
export const remedyOfChange = (kind: TripChangeKind) =>
  kind === 'guide' ? 'change_guide' : 'adjust_itinerary'

/**
 * One change, as both the trip's history and the case's show it. `from`/`to` are the texts of the
 * time (guide names, the item's title), so the entry reads as it happened after later renames.
 */
export interface TripChangeView {
  id: number
  complaint: { id: number; caseNo: string }
  tripId: number
  kind: TripChangeKind
  dayNo: number | null
  /** a moved or copied item: the day it came from (dayNo is where it went) */
  fromDayNo: number | null
  from: string | null
  to: string | null
  remedyId: number | null
  at: string
  staff: StaffRef | null
}

/** Swap the guide of one assignment for a case: the role stays, the guide changes. */
export const changeGuideSchema = z
  .object({
    complaintId: idSchema,
    assignmentId: idSchema,
    /** the guide the clerk saw on the assignment: anything else means someone changed it meanwhile */
    fromGuideId: idSchema,
    guideId: idSchema,
  })
  .strict()
  .refine((v) => v.fromGuideId !== v.guideId, { message: 'errors.sameGuide', path: ['guideId'] })

/** An itinerary write made from a case (`&complaint=` on the trip page) names the case it is for. */
export const forComplaint = { complaintId: idSchema.optional() }
