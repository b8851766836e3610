import { z } from 'zod'
import { call } from '../api/contract'
import { versionSchema } from '../common/schemas'
import { codePatternValid } from '../trips/status'

export interface AgencySettings {
  agencyName: string
  agencyPhone: string | null
  agencyAddress: string | null
  /** how new 团号 are generated, e.g. TD-{YYYY}{MM}{DD}-{NN} */
  tripCodePattern: string
  /** the agency form's version: a save from a form loaded before someone else's is refused (STALE) */
  version: number
}

export const tripCodePatternSchema = z
  .string()
  .trim()
  .max(40, 'errors.tooLong')
  .refine(codePatternValid, 'errors.tripCodePattern')

export const settingsCalls = {
  get: call<AgencySettings>()(z.object({}).strict(), 'any'),
  update: call<AgencySettings>()(
    z
      .object({
        agencyName: z.string().trim().min(1, 'errors.required').max(100, 'errors.tooLong'),
        agencyPhone: z
          .string()
          .trim()
          .max(30, 'errors.tooLong')
          .nullish()
          .transform((v) => v || null),
        agencyAddress: z
          .string()
          .trim()
          .max(200, 'errors.tooLong')
          .nullish()
          .transform((v) => v || null),
        /** left out: the stored pattern is kept (forms that do not show it need not send it) */
        tripCodePattern: tripCodePatternSchema.optional(),
        version: versionSchema,
      })
      .strict(),
    ['admin'],
  ),
}
