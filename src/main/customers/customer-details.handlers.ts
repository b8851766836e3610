import type { Transaction } from 'kysely'
import { AppError } from '../../shared/api/envelope'
import type { DB } from '../db/schema'
import type { customerCalls } from '../../shared/customers/customers.api'
import { documentSchema } from '../../shared/customers/customer.schema'
import type { Channel, Direction } from '../../shared/customers/customer.schema'
import type { Handlers } from '../api/dispatcher'
import type { Ctx } from '../core/context'
import { actor, notFound, nowIso } from '../core/context'
import { loadForUpdate } from '../core/load-for-update'
import { zodFields } from '../api/dispatcher'
import { writeAudit } from '../audit/audit.repo'
import { indexCustomer } from './search-index'
import { documentNumbers } from './customers.repo'

type H = Handlers<{ customers: typeof customerCalls }>['customers']
type DetailHandlers = Pick<
  H,
  | 'addDocument'
  | 'updateDocument'
  | 'removeDocument'
  | 'revealDocument'
  | 'revealHealth'
  | 'addRelation'
  | 'removeRelation'
  | 'logCommunication'
  | 'communications'
>

/** Documents, family links, the communication log and the audited reveals of sensitive data. */
export function detailHandlers(ctx: Ctx): DetailHandlers {
  const { db } = ctx
  const changed = (id: number) => ctx.events.broadcast('data.changed', { entity: 'customer', id })

  // A change to a document is a change to the file: bump its version so a stale form is refused.
  async function touchCustomer(trx: Transaction<DB>, customerId: number, staffId: number, at: string) {
    await trx
      .updateTable('customers')
      .set((eb) => ({ updated_at: at, updated_by: staffId, version: eb('version', '+', 1) }))
      .where('id', '=', customerId)
      .execute()
  }

  async function reindex(trx: Transaction<DB>, customerId: number) {
    const c = await trx
      .selectFrom('customers')
      .select(['name', 'mobile'])
      .where('id', '=', customerId)
      .executeTakeFirstOrThrow()
    await indexCustomer(trx, customerId, {
      name: c.name,
      mobile: c.mobile,
      documents: await documentNumbers(trx, customerId),
    })
  }

  return {
    async addDocument(input, session) {
      const me = actor(session)
      const at = nowIso(ctx)
      const d = input.document
      const id = await db.transaction().execute(async (trx) => {
        const c = await trx
          .selectFrom('customers')
          .select('id')
          .where('id', '=', input.customerId)
          .executeTakeFirst()
        if (!c) throw notFound()
        const row = await trx
          .insertInto('customer_documents')
          .values({
            customer_id: input.customerId,
            kind: d.kind,
            number: d.number,
            issue_date: d.issueDate,
            issue_place: d.issuePlace,
            expiry_date: d.expiryDate,
            created_at: at,
            updated_at: at,
            created_by: me.id,
            updated_by: me.id,
          })
          .returning('id')
          .executeTakeFirstOrThrow()
        await touchCustomer(trx, input.customerId, me.id, at)
        await reindex(trx, input.customerId)
        await writeAudit(trx, {
          at,
          staffId: me.id,
          action: 'create',
          entity: 'document',
          entityId: row.id,
          fields: ['kind', 'number'],
        })
        return row.id
      })
      changed(input.customerId)
      return { id }
    },

    async updateDocument(input, session) {
      const me = actor(session)
      const at = nowIso(ctx)
      const result = await db.transaction().execute(async (trx) => {
        const cur = await loadForUpdate(trx, 'customer_documents', input.id, input.version)
        // The same rules as a new document, applied to the merged record.
        const parsed = documentSchema.safeParse({
          kind: input.kind,
          number: input.number || cur.number,
          issueDate: input.issueDate ?? null,
          issuePlace: input.issuePlace,
          expiryDate: input.expiryDate ?? null,
        })
        if (!parsed.success)
          throw new AppError('VALIDATION', 'errors.validation', undefined, zodFields(parsed.error))
        const d = parsed.data
        const fields = (
          [
            ['kind', cur.kind, d.kind],
            ['number', cur.number, d.number],
            ['issueDate', cur.issue_date, d.issueDate],
            ['issuePlace', cur.issue_place, d.issuePlace],
            ['expiryDate', cur.expiry_date, d.expiryDate],
          ] as const
        )
          .filter(([, a, b]) => a !== b)
          .map(([k]) => k)
        await trx
          .updateTable('customer_documents')
          .set({
            kind: d.kind,
            number: d.number,
            issue_date: d.issueDate,
            issue_place: d.issuePlace,
            expiry_date: d.expiryDate,
            updated_at: at,
            updated_by: me.id,
            version: cur.version + 1,
          })
          .where('id', '=', cur.id)
          .execute()
        await touchCustomer(trx, cur.customer_id, me.id, at)
        await reindex(trx, cur.customer_id)
        await writeAudit(trx, {
          at,
          staffId: me.id,
          action: 'update',
          entity: 'document',
          entityId: cur.id,
          fields,
        })
        return { version: cur.version + 1, customerId: cur.customer_id }
      })
      changed(result.customerId)
      return { version: result.version }
    },

    async removeDocument(input, session) {
      const me = actor(session)
      const at = nowIso(ctx)
      const customerId = await db.transaction().execute(async (trx) => {
        const cur = await trx
          .selectFrom('customer_documents')
          .select(['id', 'customer_id'])
          .where('id', '=', input.id)
          .executeTakeFirst()
        if (!cur) throw notFound()
        await trx.deleteFrom('customer_documents').where('id', '=', cur.id).execute()
        await touchCustomer(trx, cur.customer_id, me.id, at)
        await reindex(trx, cur.customer_id)
        await writeAudit(trx, { at, staffId: me.id, action: 'delete', entity: 'document', entityId: cur.id })
        return cur.customer_id
      })
      changed(customerId)
      return null
    },

    async revealDocument(input, session) {
      const me = actor(session)
      const doc = await db
        .selectFrom('customer_documents')
        .select(['number', 'customer_id'])
        .where('id', '=', input.id)
        .executeTakeFirst()
      if (!doc) throw notFound()
      await writeAudit(db, {
        at: nowIso(ctx),
        staffId: me.id,
        action: 'reveal',
        entity: 'document',
        entityId: input.id,
        fields: ['number'],
      })
      return { number: doc.number }
    },

    async revealHealth(input, session) {
      const me = actor(session)
      const c = await db
        .selectFrom('customers')
        .select('health_consent')
        .where('id', '=', input.id)
        .executeTakeFirst()
      if (!c) throw notFound()
      const rows = await db
        .selectFrom('customer_needs')
        .select(['kind', 'note'])
        .where('customer_id', '=', input.id)
        .where('kind', 'in', ['health', 'pregnancy'])
        .execute()
      await writeAudit(db, {
        at: nowIso(ctx),
        staffId: me.id,
        action: 'reveal',
        entity: 'customer',
        entityId: input.id,
        fields: ['healthNotes'],
      })
      return rows
    },

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
        if (exists)
          throw new AppError('VALIDATION', 'errors.validation', undefined, {
            otherId: { key: 'errors.relationExists' },
          })
        const row = await trx
          .insertInto('customer_relations')
          .values({
            a_id: input.customerId,
            b_id: input.otherId,
            kind: input.kind,
            created_at: at,
            created_by: me.id,
          })
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
        return row.id
      })
      changed(input.customerId)
      changed(input.otherId)
      return { id }
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
      const id = await db.transaction().execute(async (trx) => {
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
        return row.id
      })
      changed(input.customerId)
      return { id }
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
