import { z } from 'zod'

/**
 * Schemas used by several features. Messages are i18n keys; the dispatcher turns zod issues
 * into field messages the renderer translates.
 */
export const idSchema = z.number().int().positive().max(Number.MAX_SAFE_INTEGER)
export const versionSchema = z.number().int().min(1).max(Number.MAX_SAFE_INTEGER)

// an empty required date says it is required, not that '' is a malformed date
export const isoDateSchema = z
  .string()
  .min(1, 'errors.required')
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'errors.date')
  .refine((s) => {
    const d = new Date(`${s}T00:00:00Z`)
    return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s
  }, 'errors.date')

export const isoDateTimeSchema = z.string().datetime({ offset: true, message: 'errors.dateTime' })

export const personNameSchema = z.string().trim().min(1, 'errors.required').max(50, 'errors.tooLong')
export const loginSchema = z
  .string()
  .trim()
  .min(2, 'errors.loginFormat')
  .max(40, 'errors.tooLong')
  .regex(/^[A-Za-z0-9._-]+$/, 'errors.loginFormat')
export const passwordSchema = z.string().min(8, 'errors.passwordShort').max(200, 'errors.tooLong')
export const languageSchema = z.enum(['zh-CN', 'en'])

/** Optional free text: trimmed; empty becomes null so "cleared" and "never set" look the same. */
export function optText(max: number) {
  return z
    .string()
    .trim()
    .max(max, 'errors.tooLong')
    .nullish()
    .transform((v) => (v ? v : null))
}

export const pageSchema = z.object({
  page: z.number().int().min(0).max(1_000_000).default(0),
  pageSize: z.number().int().min(1).max(200).default(50),
})

export interface Page<T> {
  total: number
  rows: T[]
}
