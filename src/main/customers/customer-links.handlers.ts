import { AppError } from '../../shared/api/envelope'
import type { customerCalls } from '../../shared/customers/customers.api'
import type { Channel, Direction } from '../../shared/customers/customer.schema'
import type { Handlers } from '../api/dispatcher'
import type { Ctx } from '../core/context'
import { actor, notFound, nowIso } from '../core/context'
import { loadForUpdate } from '../core/load-for-update'
import { writeAudit } from '../audit/audit.repo'
import { onUniqueClash } from '../db/errors'
import { insertTask } from '../reminders/reminder-actions'
import { insertCustomer } from './customers.repo'
import { assertBornByToday } from './id-card-dates'

type H = Handlers<{ customers: typeof customerCalls }>['customers']
type LinkHandlers = Pick<
  H,
  'addRelation' | 'createAndLink' | 'removeRelation' | 'logCommunication' | 'communications'
>

/** Family and companion links between files, and the communication log. */
export function linkHandlers(ctx: Ctx): LinkHandlers {
  const { db } = ctx
  const changed = (id: number) => ctx.events.broadcast('data.changed', { entity: 'customer', id })

  return {
    async addRelation(input, session) {
      const me = actor(session)
      if (input.customerId === input.otherId) {
        throw new AppError('VALIDATION', 'errors.validation', undefined, {
          otherId: { key: 'errors.relationSelf' },
        })
      }
      const at = nowIso(ctx)
      const id = await db.transaction().execute(async (trx) => {
        const both = await trx
          .selectFrom('customers')
          .select('id')
          .where('id', 'in', [input.customerId, input.otherId])
          .execute()
        if (both.length !== 2) throw notFound()
        const exists = await trx
          .selectFrom('customer_relations')
          .select('id')
          .where((eb) =>
            eb.or([
              eb.and([eb('a_id', '=', input.customerId), eb('b_id', '=', input.otherId)]),
              eb.and([eb('a_id', '=', input.otherId), eb('b_id', '=', input.customerId)]),
            ]),
          )
          .executeTakeFirst()
        const linked = () =>
          new AppError('VALIDATION', 'errors.validation', undefined, {
            otherId: { key: 'errors.relationExists' },
          })
        if (exists) throw linked()
        // a link added at the same moment elsewhere gets the same answer as one seen by the check
        const row = await onUniqueClash(
          () =>
            trx
              .insertInto('customer_relations')
              .values({
                a_id: input.customerId,
                b_id: input.otherId,
                kind: input.kind,
                created_at: at,
                created_by: me.id,
              })
              .returning('id')
              .executeTakeFirstOrThrow(),
          linked,
        )
        await writeAudit(trx, {
          at,
          staffId: me.id,
          action: 'link',
          entity: 'customer',
          entityId: input.customerId,
          fields: ['relations'],
        })
        return row.id
      })
      changed(input.customerId)
      changed(input.otherId)
      return { id }
    },

    async createAndLink(input, session) {
      const me = actor(session)
      // the rules customers.create applies beyond its schema, with the same field names under customer.
      assertBornByToday(ctx, input.customer.documents, (i) => `customer.documents.${i}.number`)
      const at = nowIso(ctx)
      const out = await db.transaction().execute(async (trx) => {
        const owner = await trx
          .selectFrom('customers')
          .select('id')
          .where('id', '=', input.customerId)
          .executeTakeFirst()
        if (!owner) throw notFound()
        const referrer = input.customer.referrerId
        if (
          referrer != null &&
          !(await trx.selectFrom('customers').select('id').where('id', '=', referrer).executeTakeFirst())
        )
          throw new AppError('VALIDATION', 'errors.validation', undefined, {
            'customer.referrerId': { key: 'errors.referrer' },
          })
        const id = await insertCustomer(trx, input.customer, me.id, at)
        const row = await trx
          .insertInto('customer_relations')
          .values({ a_id: input.customerId, b_id: id, kind: input.kind, created_at: at, created_by: me.id })
          .returning('id')
          .executeTakeFirstOrThrow()
        await writeAudit(trx, {
          at,
          staffId: me.id,
          action: 'link',
          entity: 'customer',
          entityId: input.customerId,
          fields: ['relations'],
        })
        return { id, relationId: row.id }
      })
      changed(input.customerId)
      changed(out.id)
      return out
    },

    async removeRelation(input, session) {
      const me = actor(session)
      const at = nowIso(ctx)
      const rel = await db.transaction().execute(async (trx) => {
        const r = await loadForUpdate(trx, 'customer_relations', input.id)
        await trx.deleteFrom('customer_relations').where('id', '=', r.id).execute()
        await writeAudit(trx, {
          at,
          staffId: me.id,
          action: 'unlink',
          entity: 'customer',
          entityId: r.a_id,
          fields: ['relations'],
        })
        return r
      })
      changed(rel.a_id)
      changed(rel.b_id)
      return null
    },

    async logCommunication(input, session) {
      const me = actor(session)
      const at = nowIso(ctx)
      const when = input.at ? new Date(input.at).toISOString() : at
      const { id, reminderId } = await db.transaction().execute(async (trx) => {
        const c = await trx
          .selectFrom('customers')
          .select('id')
          .where('id', '=', input.customerId)
          .executeTakeFirst()
        if (!c) throw notFound()
        const row = await trx
          .insertInto('communications')
          .values({
            customer_id: input.customerId,
            at: when,
            channel: input.channel,
            direction: input.direction,
            staff_id: me.id,
            summary: input.summary,
            created_at: at,
          })
          .returning('id')
          .executeTakeFirstOrThrow()
        await writeAudit(trx, {
          at,
          staffId: me.id,
          action: 'communication',
          entity: 'customer',
          entityId: input.customerId,
          fields: ['communications'],
        })
        // the next follow-up becomes the logging clerk's reminder, written with the log entry
        const followUp = input.followUpDate
          ? await insertTask(trx, {
              kind: 'follow_up',
              assigneeId: me.id,
              due: input.followUpDate,
              time: null,
              note: input.followUpNote ?? input.summary.slice(0, 500),
              customerId: input.customerId,
              tripId: null,
              createdBy: me.id,
              now: at,
            })
          : null
        return { id: row.id, reminderId: followUp }
      })
      changed(input.customerId)
      if (reminderId !== null) ctx.events.broadcast('reminders.changed', {})
      return { id, reminderId }
    },

    async communications(input) {
      const base = db.selectFrom('communications as m').where('m.customer_id', '=', input.customerId)
      const total = Number((await base.select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n)
      const rows = await base
        .leftJoin('staff as s', 's.id', 'm.staff_id')
        .select([
          'm.id',
          'm.at',
          'm.channel',
          'm.direction',
          'm.summary',
          'm.staff_id',
          's.name as staff_name',
        ])
        .orderBy('m.at', 'desc')
        .orderBy('m.id', 'desc')
        .limit(input.pageSize)
        .offset(input.page * input.pageSize)
        .execute()
      return {
        total,
        rows: rows.map((r) => ({
          id: r.id,
          at: r.at,
          channel: r.channel as Channel,
          direction: r.direction as Direction,
          summary: r.summary,
          staff: r.staff_id != null ? { id: r.staff_id, name: r.staff_name ?? '' } : null,
        })),
      }
    },
  }
}
