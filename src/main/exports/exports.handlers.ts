import type { exportCalls } from '../../shared/exports/exports.api'
import type { Handlers } from '../api/dispatcher'
import type { Ctx } from '../core/context'
import { actor } from '../core/context'
import { canSeeHealth } from '../../shared/customers/customer.schema'
import { dayIn } from '../../shared/common/dates'
import { customerSheet } from './customer-export'
import { participantSheet } from './participant-export'
import { guideSheet, supplierSheet } from './resource-export'
import { auditSheet } from './audit-export'
import { numberPolicy, saveExport } from './export-save'

type ExportHandlers = Handlers<{ exports: typeof exportCalls }>['exports']

/**
 * Exports: main reads the data (with the same rules as the screens: needs privacy, masking), writes
 * the file and hands it to the save effect, so a renderer never holds a whole customer base.
 */
export function exportHandlers(ctx: Ctx): ExportHandlers {
  const { db } = ctx
  return {
    async customers(input, session) {
      const number = numberPolicy(session, input.fullIdNumbers)
      const sheet = await customerSheet(db, input.search, {
        today: dayIn(ctx.clock()),
        seesHealth: canSeeHealth(actor(session).role),
        lang: input.lang,
        number,
      })
      return saveExport(ctx, session, {
        sheet,
        format: input.format,
        name: `${sheet.name}-${dayIn(ctx.clock())}`,
        fullIdNumbers: input.fullIdNumbers,
        entity: 'customers',
        entityId: null,
      })
    },

    async participants(input, session) {
      const number = numberPolicy(session, input.fullIdNumbers)
      const { sheet, code } = await participantSheet(db, input.tripId, input.audience, {
        seesHealth: canSeeHealth(actor(session).role),
        lang: input.lang,
        number,
      })
      return saveExport(ctx, session, {
        sheet,
        format: input.format,
        name: `${code}-${sheet.name}`,
        fullIdNumbers: input.fullIdNumbers,
        entity: 'trip',
        entityId: input.tripId,
      })
    },

    async guides(input, session) {
      const number = numberPolicy(session, input.fullIdNumbers)
      const sheet = await guideSheet(db, input, input.lang, number)
      return saveExport(ctx, session, {
        sheet,
        format: input.format,
        name: `${sheet.name}-${dayIn(ctx.clock())}`,
        fullIdNumbers: input.fullIdNumbers,
        entity: 'guides',
        entityId: null,
      })
    },

    async suppliers(input, session) {
      // suppliers carry no personal identity numbers; the flag is accepted for one call shape
      numberPolicy(session, input.fullIdNumbers)
      const sheet = await supplierSheet(db, input, input.lang)
      return saveExport(ctx, session, {
        sheet,
        format: input.format,
        name: `${sheet.name}-${dayIn(ctx.clock())}`,
        fullIdNumbers: false,
        entity: 'suppliers',
        entityId: null,
      })
    },

    async audit(input, session) {
      const { format, lang, ...filter } = input
      const sheet = await auditSheet(db, filter, lang)
      const days = [filter.from, filter.to].filter(Boolean).join('~')
      return saveExport(ctx, session, {
        sheet,
        format,
        name: `${sheet.name}-${days || dayIn(ctx.clock())}`,
        fullIdNumbers: false,
        entity: 'audit',
        entityId: null,
        auditAs: 'exportLog',
      })
    },
  }
}
