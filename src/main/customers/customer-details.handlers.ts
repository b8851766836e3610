import type { Transaction } from 'kysely'
import { AppError } from '../../shared/api/envelope'
import type { DB } from '../db/schema'
import type { customerCalls } from '../../shared/customers/customers.api'
import { documentSchema } from '../../shared/customers/customer.schema'
import type { Handlers } from '../api/dispatcher'
import type { Ctx } from '../core/context'
import { actor, notFound, nowIso } from '../core/context'
import { loadForUpdate } from '../core/load-for-update'
import { updateVersioned } from '../core/update-versioned'
import { zodFields } from '../../shared/api/zod-fields'
import { writeAudit } from '../audit/audit.repo'
import { indexCustomer } from './search-index'
import { documentNumbers, insertDocument } from './customers.repo'
import { assertBornByToday } from './id-card-dates'

type H = Handlers<{ customers: typeof customerCalls }>['customers']
type DetailHandlers = Pick<
  H,
  'addDocument' | 'updateDocument' | 'removeDocument' | 'revealDocument' | 'revealHealth'
>

/** Identity documents and the audited reveals of sensitive data. */
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
      assertBornByToday(ctx, [d], () => 'document.number')
      const id = await db.transaction().execute(async (trx) => {
        const c = await trx
          .selectFrom('customers')
          .select('id')
          .where('id', '=', input.customerId)
          .executeTakeFirst()
        if (!c) throw notFound()
        const docId = await insertDocument(trx, input.customerId, d, me.id, at)
        await touchCustomer(trx, input.customerId, me.id, at)
        await reindex(trx, input.customerId)
        await writeAudit(trx, {
          at,
          staffId: me.id,
          action: 'create',
          entity: 'document',
          entityId: docId,
          fields: ['kind', 'number'],
        })
        return docId
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
        assertBornByToday(ctx, [d], () => 'number')
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
        const version = await updateVersioned(trx, 'customer_documents', cur.id, input.version, {
          kind: d.kind,
          number: d.number,
          issue_date: d.issueDate,
          issue_place: d.issuePlace,
          expiry_date: d.expiryDate,
          updated_at: at,
          updated_by: me.id,
        })
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
        return { version, customerId: cur.customer_id }
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
  }
}
