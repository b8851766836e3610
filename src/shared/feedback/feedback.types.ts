import type { TripKind, TripStatus } from '../trips/trip.schema'
import type { ReturnRate, ReturnRule } from './return-rate'
import type { Scores } from './scoring'
import type { FeedbackItem, FeedbackLevel, TemplateBody } from './template'

export interface FeedbackTemplateView {
  id: number
  versionNo: number
  body: TemplateBody
}

export type ReturnRuleView = ReturnRule & { version: number }

export type SheetStatus = 'issued' | 'entered'

/** One sheet in the trip's list. */
export interface SheetRow {
  id: number
  sheetNo: number
  code: string
  /** the participant's name; null for a blank form or a traveller whose file was deleted */
  name: string | null
  customerId: number | null
  status: SheetStatus
  enteredAt: string | null
  verified: boolean
  /** items answered low, and compliance problems */
  low: string[]
  problems: string[]
  npsValue: number | null
  followUpId: number | null
  complaintId: number | null
}

/** The trip's 意见单 tab: counters against the bureau rule, its sheets and scores. */
export interface TripFeedback {
  tripId: number
  tripStatus: TripStatus
  rate: ReturnRate
  /** returned (or closed) and fewer sheets entered than the rule asks */
  short: boolean
  sheets: SheetRow[]
  scores: Scores
}

/** What a printed form needs besides the trip and the agency (loaded by the renderer). */
export interface PrintSheet {
  id: number
  sheetNo: number
  code: string
  /** the template version printed on it */
  templateId: number
  name: string | null
  seat: string | null
  roomNo: string | null
}

export interface FeedbackPrint {
  tripId: number
  /** per template version on the batch: its scale and the items for this trip's kind */
  forms: Record<number, { levels: FeedbackLevel[]; items: FeedbackItem[] }>
  groupSize: number
  /** the ground operators booked for the trip, with their licence numbers */
  operators: { name: string; licenceNo: string | null }[]
  sheets: PrintSheet[]
}

/** A sheet opened for keying, in the paper's order. */
export interface SheetEntry {
  id: number
  tripId: number
  tripCode: string
  tripKind: TripKind
  routeName: string
  sheetNo: number
  code: string
  name: string | null
  status: SheetStatus
  version: number
  levels: FeedbackLevel[]
  items: FeedbackItem[]
  answers: Record<string, number | null>
  comment: string | null
  verified: boolean
  /** the next sheet of the trip still to be keyed, after this one (wrapping round) */
  nextId: number | null
  followUpId: number | null
  complaintId: number | null
  low: string[]
  problems: string[]
}

export interface EnterResult {
  version: number
  /** the follow-up raised for the trip's owner by this entry, if any */
  followUpId: number | null
  low: string[]
  problems: string[]
}

export interface VerifyResult {
  /** items keyed differently the second time */
  differences: { key: string; stored: number | null; keyed: number | null }[]
  commentDiffers: boolean
  verified: boolean
}

export interface TrendRow {
  /** YYYY-MM of the trips' return */
  month: string
  sheets: number
  overall: number | null
  overallN: number
  nps: number | null
  npsN: number
}

/** A customer's sheets, on their profile. */
export interface CustomerSheet {
  id: number
  tripId: number
  tripCode: string
  routeName: string
  returnDate: string
  code: string
  status: SheetStatus
  overall: number | null
  npsValue: number | null
  problems: string[]
}

export interface ShortTrip {
  id: number
  code: string
  routeName: string
  returnDate: string
  rate: ReturnRate
}
