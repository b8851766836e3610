import type { z } from 'zod'
import type { TripKind, TripType } from '../../../../shared/trips/trip.schema'
import type { TripDetail } from '../../../../shared/trips/trip.types'
import type { tripCreateSchema } from '../../../../shared/trips/trips.api'
import { tripFieldsSchema } from '../../../../shared/trips/trip.schema'
import { limitsOf } from '../../components/limits'

/** The longest text each field takes, read from the schema main checks with. */
export const tripMax = limitsOf(tripFieldsSchema)

export const priceKeys = ['adult', 'childBed', 'childNoBed', 'infant', 'singleSupplement'] as const
export type PriceKey = (typeof priceKeys)[number]

/** The form's own state: strings for inputs, converted to the API's shape on save. */
export interface TripDraft {
  fromRouteId: number | null
  code: string
  routeName: string
  destination: string
  kind: TripKind
  type: TripType
  departDate: string
  returnDate: string
  meetingPoint: string
  meetingTime: string
  minSize: string
  capacity: string
  prices: Record<PriceKey, string>
  notes: string
}

export function emptyTripDraft(): TripDraft {
  return {
    fromRouteId: null,
    code: '',
    routeName: '',
    destination: '',
    kind: 'domestic',
    type: 'group',
    departDate: '',
    returnDate: '',
    meetingPoint: '',
    meetingTime: '',
    minSize: '',
    capacity: '',
    prices: { adult: '', childBed: '', childNoBed: '', infant: '', singleSupplement: '' },
    notes: '',
  }
}

const str = (n: number | null) => (n == null ? '' : String(n))

export function draftFromTrip(t: TripDetail): TripDraft {
  return {
    fromRouteId: null,
    code: t.code,
    routeName: t.routeName,
    destination: t.destination,
    kind: t.kind,
    type: t.type,
    departDate: t.departDate,
    returnDate: t.returnDate,
    meetingPoint: t.meetingPoint ?? '',
    meetingTime: t.meetingTime ?? '',
    minSize: str(t.minSize),
    capacity: str(t.capacity),
    prices: {
      adult: str(t.prices.adult),
      childBed: str(t.prices.childBed),
      childNoBed: str(t.prices.childNoBed),
      infant: str(t.prices.infant),
      singleSupplement: str(t.prices.singleSupplement),
    },
    notes: t.notes ?? '',
  }
}

/**
 * A typed number, or null when empty. Something that is not a number is passed on as typed so
 * the API refuses it with a message under that field (validation lives in main).
 */
function num(s: string): number | null {
  const v = s.replace(/[,，\s¥￥]/g, '')
  if (!v) return null
  const n = Number(v)
  return Number.isFinite(n) ? n : (v as unknown as number)
}

type CreateInput = z.input<typeof tripCreateSchema>

export function draftToInput(d: TripDraft): CreateInput {
  return {
    code: d.code.trim() || null,
    routeName: d.routeName,
    destination: d.destination,
    kind: d.kind,
    type: d.type,
    departDate: d.departDate,
    returnDate: d.returnDate,
    meetingPoint: d.meetingPoint,
    meetingTime: d.meetingTime || null,
    minSize: num(d.minSize),
    capacity: num(d.capacity),
    prices: {
      adult: num(d.prices.adult),
      childBed: num(d.prices.childBed),
      childNoBed: num(d.prices.childNoBed),
      infant: num(d.prices.infant),
      singleSupplement: num(d.prices.singleSupplement),
    },
    notes: d.notes,
    fromRouteId: d.fromRouteId,
  }
}
