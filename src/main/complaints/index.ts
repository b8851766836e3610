import type { ApiContract } from '../../shared/api/registry'
import { dayIn } from '../../shared/common/dates'
import type { Handlers } from '../api/dispatcher'
import type { Ctx } from '../core/context'
import { notFound } from '../core/context'
import { complaintCaseHandlers } from './complaints.handlers'
import { remedyHandlers } from './remedies.handlers'
import { evidenceHandlers } from './evidence.handlers'
import { tripWorkHandlers } from './trip-work.handlers'
import { pareto, searchComplaints, summarize } from './complaint-search'

const summaryTable = { customer: 'customers', trip: 'trips', guide: 'guides', supplier: 'suppliers' } as const

/** The complaints namespace, assembled from its handler files. */
export function complaintHandlers(ctx: Ctx): Handlers<ApiContract>['complaints'] {
  const { db } = ctx
  const today = () => dayIn(ctx.clock())
  return {
    ...complaintCaseHandlers(ctx),
    ...remedyHandlers(ctx),
    ...evidenceHandlers(ctx),
    ...tripWorkHandlers(ctx),
    list: (input) => searchComplaints(db, input, today()),
    async summary(input) {
      const found = await db
        .selectFrom(summaryTable[input.of])
        .select('id')
        .where('id', '=', input.id)
        .executeTakeFirst()
      if (!found) throw notFound()
      return summarize(db, { [`${input.of}Id`]: input.id }, today())
    },
    pareto: (input) => pareto(db, input.from, input.to, today()),
  }
}
