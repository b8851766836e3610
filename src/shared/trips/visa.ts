import { z } from 'zod'
import { idSchema, isoDateSchema, optText, versionSchema } from '../common/schemas'
import { addDays } from '../common/dates'

export const visaStatuses = [
  'not_needed',
  'to_apply',
  'documents_received',
  'submitted',
  'issued',
  'refused',
] as const
export type VisaStatus = (typeof visaStatuses)[number]

/** The visa must be in hand this many days before departure (the consulate's slack, the airline's check-in). */
export const VISA_LEAD_DAYS = 7
/** The checks start to flag a missing visa this many days before it is needed. */
export const VISA_NOTICE_DAYS = 21

export const visaNeededBy = (departDate: string): string => addDays(departDate, -VISA_LEAD_DAYS)

/** Still open: a visa being worked on, or refused (the traveller cannot go as things stand). */
export const visaOpen = (s: VisaStatus | null): boolean => s !== null && s !== 'not_needed' && s !== 'issued'

export const visaSchema = z
  .object({
    id: idSchema,
    version: versionSchema,
    visaStatus: z
      .enum(visaStatuses)
      .nullish()
      .transform((v) => v ?? null),
    visaType: optText(40),
    visaNo: optText(40),
    visaValidUntil: isoDateSchema.nullish().transform((v) => v ?? null),
  })
  .strict()
