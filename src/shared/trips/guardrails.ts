import type { CheckWarning } from './trip.types'
import type { TripStatus } from './trip.schema'
import { daysBetween } from './trip.schema'

/**
 * What stands against confirming a group (已成团): fewer travellers than the minimum — whatever the
 * date, unlike the check that only warns as departure nears — and every must-fix check (severity
 * error). Main refuses the move without a reason; the dialog lists the same problems.
 */
export function confirmIssues(
  to: TripStatus,
  from: TripStatus,
  checks: CheckWarning[],
  trip: { minSize: number | null; departDate: string; people: number },
  today: string,
): CheckWarning[] {
  if (to !== 'confirmed' || from === 'confirmed') return []
  const out: CheckWarning[] = []
  if (trip.minSize !== null && trip.people < trip.minSize) {
    out.push({
      code: 'under_minimum',
      severity: 'error',
      params: { count: trip.people, minSize: trip.minSize, days: daysBetween(today, trip.departDate) },
      target: { section: 'overview' },
    })
  }
  return [...out, ...checks.filter((c) => c.severity === 'error')]
}
