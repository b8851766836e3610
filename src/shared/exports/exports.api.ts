import { z } from 'zod'
import { call } from '../api/contract'
import type { Role } from '../api/contract'
import { idSchema } from '../common/schemas'
import { customerSearchSchema } from '../customers/customers.api'
import { supplierKinds } from '../trips/trip.schema'
import { auditFilterShape, datesInOrder } from '../audit/audit.api'

export const exportFormats = ['xlsx', 'csv'] as const
export type ExportFormat = (typeof exportFormats)[number]
export const exportLanguages = ['zh-CN', 'en'] as const
export type ExportLanguage = (typeof exportLanguages)[number]
export const participantAudiences = ['insurer', 'operator'] as const
export type ParticipantAudience = (typeof participantAudiences)[number]

/** The roles that may put full identity numbers into a file: the same as may reveal one on screen. */
export const fullNumberRoles = ['manager', 'admin'] as const satisfies readonly Role[]

/** What every export call takes besides what it exports. */
const common = {
  format: z.enum(exportFormats),
  /** the language of the header row: the user's interface language */
  lang: z.enum(exportLanguages).default('zh-CN'),
  /**
   * Identity numbers are masked unless the user explicitly asks for them in full; only
   * fullNumberRoles may, and every such export is audited with its row count.
   */
  fullIdNumbers: z.boolean().default(false),
}

const resourceList = {
  q: z.string().max(100, 'errors.tooLong').default(''),
  includeInactive: z.boolean().default(false),
}

export interface ExportResult {
  /** false when the user cancelled the save dialog: nothing was written and nothing audited */
  done: boolean
  rows: number
  file?: string
}

const { page: _page, pageSize: _size, ...searchShape } = customerSearchSchema.shape

export const exportCalls = {
  /** the customer list as it is searched and filtered on screen, every matching row (not one page) */
  customers: call<ExportResult>()(
    z
      .object({
        ...common,
        // prefault: a missing search is parsed as {}, so its own defaults (sort, q) apply
        search: z.object(searchShape).strict().prefault({}),
      })
      .strict(),
    'any',
  ),
  /** a trip's participants: for the insurer (identity) or the ground operator (rooming and needs) */
  participants: call<ExportResult>()(
    z.object({ ...common, tripId: idSchema, audience: z.enum(participantAudiences) }).strict(),
    'any',
  ),
  /** guides and suppliers as their lists show them: the same search text and filters */
  guides: call<ExportResult>()(z.object({ ...common, ...resourceList }).strict(), 'any'),
  suppliers: call<ExportResult>()(
    z
      .object({
        ...common,
        ...resourceList,
        kind: z.enum(supplierKinds).nullish(),
      })
      .strict(),
    'any',
  ),
  /**
   * The audit log as the screen filters it (staff, days, record, action), every matching entry, for
   * an inspection: administrators only; the export is itself audited with its row count.
   */
  audit: call<ExportResult>()(
    z
      .object({ format: common.format, lang: common.lang, ...auditFilterShape })
      .strict()
      .refine(datesInOrder, { message: 'errors.dateOrder', path: ['to'] }),
    ['admin'],
  ),
}
