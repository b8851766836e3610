import type { ComplaintDetail } from '../complaints/complaint.types'
import type { AgencySettings } from '../settings/settings.api'
import type { GuideRole, SupplierKind } from '../trips/trip.schema'
import type { TripDetail } from '../trips/trip.types'
import type { ReturnRate } from './return-rate'
import type { Scores } from './scoring'
import type { FeedbackItem, FeedbackLevel } from './template'

/** An entered sheet as the archive prints it: the printed form with the answers given. */
export interface ArchiveSheet {
  id: number
  sheetNo: number
  code: string
  templateId: number
  /** null for a blank (walk-in) form or a traveller whose file was deleted */
  name: string | null
  seat: string | null
  roomNo: string | null
  /** by item key: level index (0 = best), 1 = yes / 0 = no, 0–10 for NPS; null = no answer */
  answers: Record<string, number | null>
  comment: string | null
  verified: boolean
  enteredAt: string | null
}

/**
 * 团队档案: everything the trip's file holds, read at one moment — the trip (participants with masked
 * documents), the entered feedback sheets, the trip's scores as its tab shows them, the roll-ups of
 * its guides and suppliers, and the full record of each complaint about the trip.
 */
export interface TripArchive {
  trip: TripDetail
  agency: AgencySettings
  operators: { name: string; licenceNo: string | null }[]
  rate: ReturnRate
  short: boolean
  /** per template version the sheets were printed on: its scale and items for this trip's kind */
  forms: Record<number, { levels: FeedbackLevel[]; items: FeedbackItem[] }>
  sheets: ArchiveSheet[]
  /** the trip's scores, the same figures as the trip's 意见单 tab */
  scores: Scores
  /** each guide's and supplier's roll-up over all their trips, as on their pages */
  guides: { id: number; name: string; role: GuideRole; licenceNo: string | null; scores: Scores }[]
  suppliers: { id: number; name: string; kind: SupplierKind; scores: Scores }[]
  complaints: ComplaintDetail[]
}
