import { AppError } from '../../shared/api/envelope'
import type { customerCalls } from '../../shared/customers/customers.api'
import { canSeeHealth, sensitiveNeeds } from '../../shared/customers/customer.schema'
import type { CustomerCreate, NeedKind } from '../../shared/customers/customer.schema'
import { dayIn } from '../../shared/common/dates'
import type { Handlers } from '../api/dispatcher'
import type { Ctx } from '../core/context'
import { actor, notFound, nowIso, stale } from '../core/context'
import { updateVersioned } from '../core/update-versioned'
import { writeAudit } from '../audit/audit.repo'
import { sqlFor } from '../db/store-sql'
import { indexCustomer, unindexCustomer } from './search-index'
import {
  customerColumns,
  documentNumbers,
  insertCustomer,
  replaceContacts,
  replaceNeeds,
  replaceTags,
} from './customers.repo'
import { loadProfile } from './customer-profile'
import { needsAfterEdit } from '../../shared/customers/needs-shown'
import { lookupCustomers, searchCustomers } from './customer-search'
import { findDuplicates } from './duplicates'
import { detailHandlers } from './customer-details.handlers'
import { linkHandlers } from './customer-links.handlers'
import { profileCounts } from './customer-counts'
import { loadSampleData } from './sample-data'
import { assertBornByToday } from './id-card-dates'
import { deletionCheck, detachFromTrips } from './customer-deletion'
import { deletionOutcome } from '../../shared/privacy/retention'
import { lastTripEnd, retentionYears } from '../privacy/retention.repo'
import { sealRestrictedFile } from '../privacy/restriction'

type CustomerHandlers = Handlers<{ customers: typeof customerCalls }>['customers']

/** Which editable parts differ — names only; the audit log never holds the values. */
function changedFields(before: Record<string, unknown>, after: Record<string, unknown>): string[] {
  return Object.keys(after).filter(
    (k) => k !== 'name_sort' && JSON.stringify(before[k]) !== JSON.stringify(after[k]),
  )
}

async function assertReferrer(ctx: Ctx, referrerId: number | null, selfId?: number): Promise<void> {
  if (referrerId == null) return
  const bad =
    referrerId === selfId ||
    !(await ctx.db.selectFrom('customers').select('id').where('id', '=', referrerId).executeTakeFirst())
  if (bad)
    throw new AppError('VALIDATION', 'errors.validation', undefined, {
      referrerId: { key: 'errors.referrer' },
    })
}

export function customerHandlers(ctx: Ctx): CustomerHandlers {
  const { db } = ctx
  const today = () => dayIn(ctx.clock())
  const changed = (id: number) => ctx.events.broadcast('data.changed', { entity: 'customer', id })

  return {
    search(input, session) {
      const seesHealth = canSeeHealth(session.staff?.role)
      // filtering by a sensitive need would tell who has it: the others filter by 'confidential'
      if (!seesHealth && input.need && sensitiveNeeds.includes(input.need as NeedKind))
        throw new AppError('FORBIDDEN', 'errors.forbidden')
      return searchCustomers(db, input, today(), seesHealth)
    },
    lookup: (input) => lookupCustomers(db, input.q, input.limit, today()),
    get: (input, session) => loadProfile(db, input.id, today(), canSeeHealth(session.staff?.role)),

    async create(input: CustomerCreate, session) {
      const me = actor(session)
      await assertReferrer(ctx, input.referrerId)
      assertBornByToday(ctx, input.documents, (i) => `documents.${i}.number`)
      const at = nowIso(ctx)
      const id = await db.transaction().execute((trx) => insertCustomer(trx, input, me.id, at))
      changed(id)
      return { id }
    },

    async update(input, session) {
      const me = actor(session)
      await assertReferrer(ctx, input.referrerId, input.id)
      const at = nowIso(ctx)
      const version = await db.transaction().execute(async (trx) => {
        const cur = await trx
          .selectFrom('customers')
          .selectAll()
          .where('id', '=', input.id)
          .executeTakeFirst()
        if (!cur) throw notFound()
        if (cur.version !== input.version) throw stale()
        const oldNeeds = await trx
          .selectFrom('customer_needs')
          .selectAll()
          .where('customer_id', '=', input.id)
          .execute()
        const oldTags = (
          await trx
            .selectFrom('customer_tags')
            .select('tag')
            .where('customer_id', '=', input.id)
            .orderBy('tag')
            .execute()
        ).map((t) => t.tag)
        const oldContacts = await trx
          .selectFrom('customer_contacts')
          .select(['name', 'relation', 'phone'])
          .where('customer_id', '=', input.id)
          .orderBy('position')
          .execute()
        // Sensitive notes the editor never saw come back as keepNote: keep what is stored.
        const edited = input.needs.map((n) => {
          const old = oldNeeds.find((o) => o.kind === n.kind)
          const keep = n.keepNote && sensitiveNeeds.includes(n.kind) && old
          return { kind: n.kind, note: keep ? old.note : n.note }
        })
        // …and sensitive needs an editor without health rights was never shown stay as stored
        const needs = needsAfterEdit(
          oldNeeds.map((n) => ({ kind: n.kind as NeedKind, note: n.note })),
          edited,
          { seesHealth: canSeeHealth(session.staff?.role), healthConsent: input.healthConsent },
        )
        const cols = customerColumns(input)
        const fields = changedFields(cur, cols)
        if (JSON.stringify(oldTags) !== JSON.stringify([...input.tags].sort())) fields.push('tags')
        if (
          JSON.stringify(oldNeeds.map((n) => [n.kind, n.note]).sort()) !==
          JSON.stringify(needs.map((n) => [n.kind, n.note]).sort())
        )
          fields.push('needs')
        if (JSON.stringify(oldContacts) !== JSON.stringify(input.emergencyContacts))
          fields.push('emergencyContacts')
        const consentAt = input.healthConsent ? (cur.health_consent === 1 ? cur.health_consent_at : at) : null
        const version = await updateVersioned(trx, 'customers', input.id, input.version, {
          ...cols,
          health_consent_at: consentAt,
          updated_at: at,
          updated_by: me.id,
        })
        await replaceTags(trx, input.id, input.tags)
        await replaceContacts(trx, input.id, input.emergencyContacts)
        await replaceNeeds(trx, input.id, needs)
        await indexCustomer(trx, input.id, {
          name: input.name,
          mobile: input.mobile,
          documents: await documentNumbers(trx, input.id),
        })
        await writeAudit(trx, {
          at,
          staffId: me.id,
          action: 'update',
          entity: 'customer',
          entityId: input.id,
          fields,
        })
        return version
      })
      changed(input.id)
      return { version }
    },

    async remove(input, session) {
      const me = actor(session)
      const at = nowIso(ctx)
      const years = await retentionYears(db)
      const tripIds = await db.transaction().execute(async (trx) => {
        const cur = await trx
          .selectFrom('customers')
          .select('id')
          .where('id', '=', input.id)
          .executeTakeFirst()
        if (!cur) throw notFound()
        // within the retention period the legal record is sealed first (PIPL art. 47); then deleted alike
        const last = await lastTripEnd(trx, input.id)
        const outcome = deletionOutcome(last, years, today())
        if (outcome.kind === 'restrict' && last)
          await sealRestrictedFile(trx, input.id, { at, staffId: me.id, lastTripEnd: last, ...outcome })
        const touched = await detachFromTrips(trx, input.id, { today: today(), at, staffId: me.id })
        await unindexCustomer(trx, input.id)
        await trx.deleteFrom('customers').where('id', '=', input.id).execute()
        await writeAudit(trx, {
          at,
          staffId: me.id,
          action: 'delete',
          entity: 'customer',
          entityId: input.id,
        })
        return touched
      })
      await sqlFor(db).purgeDeleted(db)
      changed(input.id)
      for (const id of tripIds) ctx.events.broadcast('data.changed', { entity: 'trip', id })
      return null
    },

    deletionCheck: async (input) => {
      const exists = await db
        .selectFrom('customers')
        .select('id')
        .where('id', '=', input.id)
        .executeTakeFirst()
      if (!exists) throw notFound()
      const outcome = deletionOutcome(await lastTripEnd(db, input.id), await retentionYears(db), today())
      return {
        ...(await deletionCheck(db, input.id, today())),
        restrictUntil: outcome.kind === 'restrict' ? outcome.destroyFrom : null,
      }
    },

    duplicates: (input) => findDuplicates(db, input),

    async tags() {
      const rows = await db
        .selectFrom('customer_tags')
        .select(['tag', (eb) => eb.fn.countAll<number>().as('count')])
        .groupBy('tag')
        .orderBy('count', 'desc')
        .orderBy('tag')
        .execute()
      return rows.map((r) => ({ tag: r.tag, count: Number(r.count) }))
    },

    async counts(input) {
      const counts = await profileCounts(db, input.id)
      if (!counts) throw notFound()
      return counts
    },

    ...detailHandlers(ctx),
    ...linkHandlers(ctx),

    async loadSample(_input, session) {
      const loaded = await loadSampleData(ctx, session)
      // announced after the commit: the reminder engine rescans, open screens reload
      for (const entity of ['customer', 'trip', 'guide', 'supplier', 'complaint'] as const)
        ctx.events.broadcast('data.changed', { entity })
      return loaded
    },
  }
}
