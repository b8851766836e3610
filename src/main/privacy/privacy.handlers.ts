import type { privacyCalls, RestrictedFile } from '../../shared/privacy/privacy.api'
import type { Handlers } from '../api/dispatcher'
import type { Session } from '../api/session'
import type { Ctx } from '../core/context'
import { actor, nowIso } from '../core/context'
import { dayIn } from '../../shared/common/dates'
import { canSeeHealth } from '../../shared/customers/customer.schema'
import { copyLabels } from '../../shared/privacy/copy-labels'
import { writeAudit } from '../audit/audit.repo'
import { sqlFor } from '../db/store-sql'
import { setSetting } from '../settings/settings.repo'
import { fileName, numberPolicy } from '../exports/export-save'
import { writeXlsx } from '../spreadsheet/xlsx'
import { personCopy } from './person-copy'
import { destroyItem, destructionRecords, dueItems } from './destruction'
import { retentionYears } from './retention.repo'

type PrivacyHandlers = Handlers<{ privacy: typeof privacyCalls }>['privacy']

/** The personal-information duties: a person's copy, the retention period, restriction and destruction. */
export function privacyHandlers(ctx: Ctx): PrivacyHandlers {
  const { db } = ctx
  const today = () => dayIn(ctx.clock())

  async function copyFor(
    input: { customerId: number; lang: 'zh-CN' | 'en'; fullIdNumbers: boolean },
    session: Session,
  ) {
    const number = numberPolicy(session, input.fullIdNumbers)
    return personCopy(db, input.customerId, {
      lang: input.lang,
      madeAt: nowIso(ctx),
      number,
      fullIdNumbers: input.fullIdNumbers,
      seesHealth: canSeeHealth(actor(session).role),
    })
  }

  // who made a copy of whose data, and whether with whole numbers; never what it held
  const auditCopy = (session: Session, customerId: number, full: boolean, format: string) =>
    writeAudit(db, {
      at: nowIso(ctx),
      staffId: actor(session).id,
      action: 'personCopy',
      entity: 'customer',
      entityId: customerId,
      fields: [format, ...(full ? ['document_numbers'] : [])],
    })

  return {
    async copy(input, session) {
      const copy = await copyFor(input, session)
      await auditCopy(session, input.customerId, input.fullIdNumbers, 'pdf')
      return copy
    },

    async copyXlsx(input, session) {
      const copy = await copyFor(input, session)
      const bytes = await writeXlsx(
        copy.sections.map((s) => ({
          name: s.title,
          columns: s.columns.map((header) => ({ header, width: 18, text: true })),
          rows: s.rows,
        })),
      )
      if (!ctx.effects.saveFile) return { done: false }
      const name = `${copyLabels[input.lang].title}-${copy.name}-${today()}`
      const saved = await ctx.effects.saveFile(session, { name: fileName(name, 'xlsx'), bytes, kind: 'xlsx' })
      if (!saved.done) return { done: false }
      await auditCopy(session, input.customerId, input.fullIdNumbers, 'xlsx')
      return { done: true, ...(saved.file && { file: saved.file }) }
    },

    retention: async () => ({ years: await retentionYears(db) }),

    async setRetention(input, session) {
      const at = nowIso(ctx)
      await db.transaction().execute(async (trx) => {
        await setSetting(trx, 'retention_years', String(input.years))
        await writeAudit(trx, {
          at,
          staffId: actor(session).id,
          action: 'update',
          entity: 'settings',
          entityId: null,
          fields: ['retention_years'],
        })
      })
      return { years: input.years }
    },

    async restricted(): Promise<RestrictedFile[]> {
      const rows = await db
        .selectFrom('restricted_files as r')
        .leftJoin('staff as s', 's.id', 'r.restricted_by')
        .select([
          'r.id',
          'r.reference',
          'r.name',
          'r.last_trip_end',
          'r.destroy_from',
          'r.restricted_at',
          's.name as by',
        ])
        .orderBy('r.destroy_from')
        .orderBy('r.id')
        .execute()
      return rows.map((r) => ({
        id: r.id,
        reference: r.reference,
        name: r.name,
        lastTripEnd: r.last_trip_end,
        destroyFrom: r.destroy_from,
        restrictedAt: r.restricted_at,
        restrictedBy: r.by,
      }))
    },

    due: async () => dueItems(db, today(), await retentionYears(db)),

    async destroy(input, session) {
      const e = {
        today: today(),
        years: await retentionYears(db),
        at: nowIso(ctx),
        staffId: actor(session).id,
      }
      const id = await db.transaction().execute((trx) => destroyItem(trx, input, e))
      // the freed pages leave the WAL now, not at some later checkpoint (secure_delete zeroes them)
      await sqlFor(db).purgeDeleted(db)
      if (input.kind === 'trip_archive')
        ctx.events.broadcast('data.changed', { entity: 'trip', id: input.id })
      const record = (await destructionRecords(db)).find((r) => r.id === id)
      return record!
    },

    records: () => destructionRecords(db),
  }
}
