import { returnRate } from '../../shared/feedback/return-rate'
import type { TripFeedback } from '../../shared/feedback/feedback.types'
import type { TripStatus } from '../../shared/trips/trip.schema'
import { readRule } from './feedback.repo'
import type { Dbx } from './feedback.repo'
import { scores } from './rollup'
import { sheetRows } from './sheets'

export const RETURNED: TripStatus[] = ['returned', 'closed']

/** Travellers on the trip: the group size the return rule and the printed forms use. */
export const participantCount = async (db: Dbx, tripId: number) =>
  Number(
    (
      await db
        .selectFrom('trip_participants')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('trip_id', '=', tripId)
        .executeTakeFirst()
    )?.n ?? 0,
  )

/**
 * The trip's 意见单 figures: return counters against the rule, its sheets and its scores. The tab and
 * the archive print-out both read them from here, so the paper shows what the screen shows.
 */
export async function tripFeedback(
  db: Dbx,
  trip: { id: number; code: string; status: string },
  order: string[],
): Promise<TripFeedback> {
  const [rule, sheets, count] = await Promise.all([
    readRule(db),
    sheetRows(db, trip.id, trip.code),
    participantCount(db, trip.id),
  ])
  const rate = returnRate(rule, count, sheets.filter((s) => s.status === 'entered').length)
  const status = trip.status as TripStatus
  return {
    tripId: trip.id,
    tripStatus: status,
    rate,
    short: RETURNED.includes(status) && !rate.met,
    sheets,
    scores: await scores(
      db,
      { tripId: trip.id, guideId: null, supplierId: null, routeName: null, from: null, to: null },
      order,
    ),
  }
}
