import type { Transaction } from 'kysely'
import type { Session } from '../api/session'
import type { Ctx } from '../core/context'
import { actor, nowIso } from '../core/context'
import type { DB } from '../db/schema'
import { auditor, touchTrip } from './trips.repo'

/** What one change to a trip's record gets: its transaction, who, when, and an audit writer. */
export interface TripWriteTools {
  trx: Transaction<DB>
  me: NonNullable<Session['staff']>
  at: string
  audit: ReturnType<typeof auditor>
}

export interface TripWritten<T> {
  tripId: number
  result: T
  /** customers whose travel history changed too (their profiles reload) */
  customerIds?: (number | null)[]
  /** false when the call found nothing to change: the trip is neither touched nor announced */
  touched?: boolean
}

/**
 * One change to a trip's participants or rooms: in one transaction, audited, the trip's updated_at
 * moved (touchTrip), then `data.changed` for the trip (and the customers named) so the other desks
 * reload. Written once here so each handler says only what it changes.
 */
export function tripWriter(ctx: Ctx) {
  return async function write<T>(
    session: Session,
    fn: (w: TripWriteTools) => Promise<TripWritten<T>>,
  ): Promise<T> {
    const me = actor(session)
    const at = nowIso(ctx)
    const out = await ctx.db.transaction().execute(async (trx) => {
      const done = await fn({ trx, me, at, audit: auditor({ trx, at, staffId: me.id }) })
      if (done.touched !== false) await touchTrip(trx, done.tripId, me.id, at)
      return done
    })
    if (out.touched !== false) {
      ctx.events.broadcast('data.changed', { entity: 'trip', id: out.tripId })
      for (const id of new Set(out.customerIds ?? []))
        if (id !== null) ctx.events.broadcast('data.changed', { entity: 'customer', id })
    }
    return out.result
  }
}
