import type { complaintCalls } from '../../shared/complaints/complaints.api'
import type { Handlers } from '../api/dispatcher'
import type { Ctx } from '../core/context'
import { actor, nowIso, stale } from '../core/context'
import { onUniqueClash } from '../db/errors'
import { auditor, fieldError, touchTrip } from '../trips/trips.repo'
import { recordTripChange } from './trip-changes'

type All = Handlers<{ complaints: typeof complaintCalls }>['complaints']

/** Remedies carried out on the trip itself; the itinerary's own writes record theirs in trips. */
export function tripWorkHandlers(ctx: Ctx): Pick<All, 'changeGuide'> {
  const { db } = ctx
  return {
    /*
     * "Change guide" swaps the guide of one assignment (the role stays) rather than removing one and
     * adding another, so the trip is never without its guide between two calls and the record can
     * say "张三 → 李四" as one change.
     */
    async changeGuide(input, session) {
      const me = actor(session)
      const at = nowIso(ctx)
      const { tripId, fromId } = await db.transaction().execute(async (trx) => {
        const a = await trx
          .selectFrom('trip_guides as a')
          .innerJoin('guides as g', 'g.id', 'a.guide_id')
          .select(['a.id', 'a.trip_id', 'a.guide_id', 'a.role', 'g.name'])
          .where('a.id', '=', input.assignmentId)
          .executeTakeFirst()
        if (!a) throw fieldError('assignmentId', 'errors.assignmentGone')
        // the assignment has no version: the guide the clerk saw on it stands for one
        if (a.guide_id !== input.fromGuideId) throw stale()
        const g = await trx
          .selectFrom('guides')
          .select(['id', 'name', 'active'])
          .where('id', '=', input.guideId)
          .executeTakeFirst()
        if (!g) throw fieldError('guideId', 'errors.guideUnknown')
        if (g.active !== 1) throw fieldError('guideId', 'errors.guideInactive')
        await onUniqueClash(
          () => trx.updateTable('trip_guides').set({ guide_id: g.id }).where('id', '=', a.id).execute(),
          () => fieldError('guideId', 'errors.guideAssigned'),
        )
        await auditor({ trx, at, staffId: me.id })('changeGuide', 'trip', a.trip_id, ['guides'])
        await touchTrip(trx, a.trip_id, me.id, at)
        await recordTripChange(trx, {
          complaintId: input.complaintId,
          tripId: a.trip_id,
          kind: 'guide',
          from: a.name,
          to: g.name,
          staffId: me.id,
          at,
        })
        return { tripId: a.trip_id, fromId: a.guide_id }
      })
      ctx.events.broadcast('data.changed', { entity: 'trip', id: tripId })
      ctx.events.broadcast('data.changed', { entity: 'guide', id: fromId })
      ctx.events.broadcast('data.changed', { entity: 'guide', id: input.guideId })
      ctx.events.broadcast('data.changed', { entity: 'complaint', id: input.complaintId })
      return null
    },
  }
}
