import type { duplicateCalls } from '../../shared/duplicates/duplicates.api'
import { pairKey } from '../../shared/duplicates/merge-rules'
import type { Handlers } from '../api/dispatcher'
import type { Ctx } from '../core/context'
import { actor, notFound, nowIso } from '../core/context'
import { writeAudit } from '../audit/audit.repo'
import { sqlFor } from '../db/store-sql'
import { duplicateIdGroups, listDuplicateGroups } from './duplicate-groups'
import { loadPair, mergeFiles } from './merge'

type DuplicateHandlers = Handlers<{ duplicates: typeof duplicateCalls }>['duplicates']

export function duplicateHandlers(ctx: Ctx): DuplicateHandlers {
  const { db } = ctx
  return {
    groups: (input) => listDuplicateGroups(db, input.limit),
    count: async () => ({ groups: (await duplicateIdGroups(db)).length }),
    pair: (input) => loadPair(db, input.aId, input.bId),

    async dismiss(input, session) {
      const me = actor(session)
      const [a, b] = pairKey(input.aId, input.bId)
      const at = nowIso(ctx)
      await db.transaction().execute(async (trx) => {
        const found = await trx.selectFrom('customers').select('id').where('id', 'in', [a, b]).execute()
        if (found.length < 2) throw notFound()
        await trx
          .insertInto('customer_pair_dismissals')
          .values({ a_id: a, b_id: b, at, staff_id: me.id })
          .onConflict((oc) => oc.columns(['a_id', 'b_id']).doNothing())
          .execute()
        await writeAudit(trx, {
          at,
          staffId: me.id,
          action: 'notDuplicate',
          entity: 'customer',
          entityId: a,
          fields: [`pairedWith:${b}`],
        })
      })
      ctx.events.broadcast('data.changed', { entity: 'customer', id: a })
      return null
    },

    async merge(input, session) {
      const me = actor(session)
      const at = nowIso(ctx)
      const r = await db.transaction().execute((trx) => mergeFiles(trx, input, { at, staffId: me.id }))
      // the merged file's FTS rows are removed for good (SQLite keeps deleted FTS text until purged)
      await sqlFor(db).purgeDeleted(db)
      ctx.events.broadcast('data.changed', { entity: 'customer', id: input.mergeId })
      ctx.events.broadcast('data.changed', { entity: 'customer', id: r.id })
      for (const id of r.trips) ctx.events.broadcast('data.changed', { entity: 'trip', id })
      return { id: r.id, version: r.version, sameTrips: r.sameTrips }
    },

    async mergedInto(input) {
      // a chain is flattened by every merge (customer_merges follows its survivor), so one step is enough
      const row = await db
        .selectFrom('customer_merges as m')
        .innerJoin('customers as c', 'c.id', 'm.survivor_id')
        .select(['c.id', 'c.name'])
        .where('m.merged_id', '=', input.id)
        .executeTakeFirst()
      return row ?? null
    },
  }
}
