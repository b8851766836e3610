import { z } from 'zod'
import { call } from '../api/contract'

export interface AgencySettings {
  agencyName: string
  agencyPhone: string | null
  agencyAddress: string | null
}

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
      })
      .strict(),
    ['admin'],
  ),
}
