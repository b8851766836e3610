import { addDays } from '../common/dates'

/** 《旅行社条例实施细则》§44: contracts and trip documents are kept at least 2 years. */
export const DEFAULT_RETENTION_YEARS = 2
export const MIN_RETENTION_YEARS = 2
export const MAX_RETENTION_YEARS = 30

/** The same calendar day `years` later; 29 February falls back to 28 February in common years. */
export function addYears(day: string, years: number): string {
  const y = Number(day.slice(0, 4)) + years
  const md = day.slice(5)
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0
  return `${String(y).padStart(4, '0')}-${md === '02-29' && !leap ? '02-28' : md}`
}

/**
 * The first day a record tied to a trip may be destroyed: the whole retention period after the
 * trip's return has passed. A trip that returned on 2024-03-10 with 2 years is kept through
 * 2026-03-10 and may go from 2026-03-11.
 */
export function destroyFrom(lastTripEnd: string, years: number): string {
  return addDays(addYears(lastTripEnd, years), 1)
}

/**
 * What a deletion request does: delete at once when no trip of the person ended within the
 * retention period (or they never travelled), otherwise restrict until destroyFrom.
 */
export function deletionOutcome(
  lastTripEnd: string | null,
  years: number,
  today: string,
): { kind: 'delete' } | { kind: 'restrict'; destroyFrom: string } {
  if (!lastTripEnd) return { kind: 'delete' }
  const from = destroyFrom(lastTripEnd, years)
  return today >= from ? { kind: 'delete' } : { kind: 'restrict', destroyFrom: from }
}

/** Opaque references the destruction record keeps in place of the data. */
export const restrictedReference = (id: number): string => `RF-${String(id).padStart(6, '0')}`
export const tripArchiveReference = (tripId: number): string => `TA-${String(tripId).padStart(6, '0')}`
