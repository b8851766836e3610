import { z } from 'zod'
import { call } from '../api/contract'
import { idSchema, versionSchema } from '../common/schemas'
import { importTargets } from './import-fields'
import { allImportFields, fieldsOf } from './resource-fields'
import type { DryRun, HeaderChoice, ImportReport, ImportRunRow, OpenedFile } from './imports.types'

/*
 * The file travels as base64 (the JSON transport of the test host carries the same payload as IPC),
 * cut into chunks of whole 3-byte groups so each is valid base64 on its own and no single string
 * is huge: up to 210 × 48 KiB ≈ 10 MB of file.
 */
export const CHUNK_BYTES = 49_152
export const MAX_CHUNKS = 210
export const MAX_SHEET_ROWS = 200_000

const token = z.string().regex(/^[a-f0-9]{32}$/, 'errors.invalidValue')
/** what is imported: customer files (the default, as before guides and suppliers could be), guides, suppliers */
const target = z.enum(importTargets).default('customers')
const where = {
  token,
  target,
  /** the trip a sign-up sheet's people join (target participants only) */
  tripId: idSchema.optional(),
  sheet: z.number().int().min(0).max(100),
  headerRow: z.number().int().min(0).max(50),
}

/** a sign-up sheet is always for one trip, and only a sign-up sheet names one */
function tripFitsTarget(v: { target: (typeof importTargets)[number]; tripId?: number }) {
  return (v.target === 'participants') === (v.tripId !== undefined)
}
const tripMessage = { message: 'errors.invalidValue', path: ['tripId'] }
export const mappingSchema = z
  .record(z.string().regex(/^\d{1,3}$/), z.enum(allImportFields))
  .refine((m) => new Set(Object.values(m)).size === Object.values(m).length, 'errors.importFieldTwice')
  .refine((m) => Object.values(m).includes('name'), 'errors.importNameColumn')

/** a mapping may name only the fields of the kind of record being imported */
function fieldsFitTarget(v: { target: (typeof importTargets)[number]; mapping: Record<string, string> }) {
  const allowed: readonly string[] = fieldsOf(v.target)
  return Object.values(v.mapping).every((f) => allowed.includes(f))
}
const fitMessage = { message: 'errors.invalidValue', path: ['mapping'] }

export const importCalls = {
  /** reads the file (xlsx or CSV in any of the encodings Chinese Excel writes) and keeps it in main */
  open: call<OpenedFile>()(
    z
      .object({
        fileName: z.string().trim().min(1, 'errors.required').max(200, 'errors.tooLong'),
        data: z
          .array(
            z
              .string()
              .min(1, 'errors.required')
              .max((CHUNK_BYTES / 3) * 4)
              .base64(),
          )
          .min(1, 'errors.required')
          .max(MAX_CHUNKS, 'errors.importTooLarge'),
      })
      .strict(),
    'any',
  ),
  headers: call<HeaderChoice>()(z.object(where).strict().refine(tripFitsTarget, tripMessage), 'any'),
  dryRun: call<DryRun>()(
    z
      .object({ ...where, mapping: mappingSchema })
      .strict()
      .refine(fieldsFitTarget, fitMessage)
      .refine(tripFitsTarget, tripMessage),
    'any',
  ),
  run: call<ImportReport>()(
    z
      .object({
        ...where,
        mapping: mappingSchema,
        decisions: z.record(z.string().regex(/^r\d{1,7}$/), z.enum(['skip', 'update', 'create'])),
      })
      .strict()
      .refine(fieldsFitTarget, fitMessage)
      .refine(tripFitsTarget, tripMessage),
    'any',
  ),
  /** stops a running import: nothing of it is kept (the whole file is one transaction) */
  cancel: call<null>()(z.object({ token }).strict(), 'any'),
  list: call<ImportRunRow[]>()(
    z.object({ target, tripId: idSchema.optional() }).strict().refine(tripFitsTarget, tripMessage),
    'any',
  ),
  undo: call<null>()(z.object({ id: idSchema, version: versionSchema }).strict(), ['manager', 'admin']),
  /** the report as the screen shows it (already in the user's language) → an xlsx file, base64 */
  reportFile: call<{ data: string }>()(
    z
      .object({
        columns: z.array(z.string().max(100)).min(1).max(10),
        rows: z.array(z.array(z.string().max(2000)).max(10)).max(MAX_SHEET_ROWS),
      })
      .strict(),
    'any',
  ),
}
