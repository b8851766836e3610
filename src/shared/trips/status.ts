import { dayAfterReturn } from '../common/dates'
import type { TripStatus } from './trip.schema'

/** The moves a careful desk makes; anything else is refused by main. */
export const transitions: Record<TripStatus, readonly TripStatus[]> = {
  inquiry: ['quoted', 'confirmed', 'cancelled'],
  quoted: ['inquiry', 'confirmed', 'cancelled'],
  confirmed: ['quoted', 'departed', 'cancelled'],
  departed: ['returned'],
  returned: ['closed', 'departed'],
  closed: ['returned'],
  cancelled: ['inquiry'],
}

export function canMove(from: TripStatus, to: TripStatus): boolean {
  return transitions[from].includes(to)
}

/**
 * What the calendar says the status should be by now. Only suggested: staff confirm each change
 * (a trip may have been postponed or come back early), nothing moves silently.
 */
export function suggestedStatus(
  t: { status: TripStatus; departDate: string; returnDate: string },
  today: string,
): TripStatus | null {
  if (t.status === 'confirmed' && today >= t.departDate) return 'departed'
  // the group is back by the day after its return date: the day the desk calls them (回访)
  if (t.status === 'departed' && today >= dayAfterReturn(t.returnDate)) return 'returned'
  return null
}

/** 团号 from the agency's pattern: {YYYY} {YY} {MM} {DD} of the departure, {NN}/{NNN} a counter. */
export function codeFromPattern(pattern: string, departDate: string, counter: number): string {
  const [y, m, d] = departDate.split('-')
  return pattern
    .replace(/\{YYYY\}/g, y)
    .replace(/\{YY\}/g, y.slice(2))
    .replace(/\{MM\}/g, m)
    .replace(/\{DD\}/g, d)
    .replace(/\{(N+)\}/g, (_m, n: string) => String(counter).padStart(n.length, '0'))
}

export const DEFAULT_CODE_PATTERN = 'TD-{YYYY}{MM}{DD}-{NN}'

const PATTERN_TOKENS = /\{(?:YYYY|YY|MM|DD|N{2,6})\}/g

/**
 * An agency's 团号 pattern: only the date tokens and exactly one counter ({NN} … {NNNNNN}), the rest
 * characters a 团号 may hold — so every generated code is one the trip form accepts back.
 */
export function codePatternValid(pattern: string): boolean {
  if (!pattern || pattern.length > 40) return false
  const counters = pattern.match(/\{N+\}/g) ?? []
  if (counters.length !== 1) return false
  return /^[A-Za-z0-9_\-/.]*$/.test(pattern.replace(PATTERN_TOKENS, ''))
}
