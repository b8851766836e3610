import type { TripStatus } from './trip.schema'
import type { TripRef } from './trip.types'

/**
 * Whether a trip is over, for deciding what deleting a traveller's file may do to it.
 * Over: the desk marked it returned (已回团), closed (已结团) or cancelled (已取消), or its return date is
 * before the agency's today (the trip is over even if nobody has moved its status yet). A trip that is
 * still running or ahead is not over, whatever its status: the roster is still needed.
 */
export function tripHasEnded(t: { status: TripStatus; returnDate: string }, today: string): boolean {
  return t.status === 'returned' || t.status === 'closed' || t.status === 'cancelled' || t.returnDate < today
}

/** What deleting a customer would do to their trips: ended ones keep the contract row, others block. */
export interface CustomerDeletionCheck {
  trips: { trip: TripRef; ended: boolean }[]
  /** false while any of the trips has not ended: the customer must be taken off those first */
  allowed: boolean
  /**
   * Set when a trip of theirs ended within the retention period: the file would be restricted (kept
   * only for the legal record) until this day instead of deleted at once. Absent where not asked.
   */
  restrictUntil?: string | null
}
