import type { z } from 'zod'
import type { Msg } from '../api/envelope'
import type { GuideFields, SupplierFields } from '../trips/trip.schema'
import { guideFieldsSchema, supplierFieldsSchema } from '../trips/trip.schema'
import { parseDayCell } from './cell-dates'
import { messageOf } from './customer-rows'
import type { GuideImportField, ImportField, SupplierImportField } from './resource-fields'
import { guideLevelOf, guideRoleOf, LIST_SPLIT, supplierKindOf } from './resource-fields'

export interface ResourceProblem {
  field: ImportField | 'row'
  msg: Msg
}
export type ResourceRow<I> = { ok: true; input: I } | { ok: false; problems: ResourceProblem[] }

function cellsOf<F extends string>(cells: readonly string[], mapping: Record<string, string>) {
  const v: Partial<Record<F, string>> = {}
  for (const [col, field] of Object.entries(mapping)) {
    const text = (cells[Number(col)] ?? '').trim()
    if (text) v[field as F] = text
  }
  return v
}

/** the form's schema decides; its messages are put on the sheet's columns (form paths are field names) */
function checked<I>(schema: z.ZodType<I>, value: unknown, problems: ResourceProblem[]): ResourceRow<I> {
  const parsed = schema.safeParse(value)
  if (!parsed.success) {
    const seen = new Set(problems.map((p) => p.field))
    for (const issue of parsed.error.issues) {
      const field = (issue.path[0] as ImportField | undefined) ?? 'row'
      if (seen.has(field)) continue
      seen.add(field)
      const key = messageOf(issue) ?? 'errors.invalidValue'
      const max = 'maximum' in issue && typeof issue.maximum === 'number' ? issue.maximum : undefined
      problems.push({ field, msg: max === undefined ? { key } : { key, params: { max } } })
    }
  }
  if (problems.length || !parsed.success) return { ok: false, problems }
  return { ok: true, input: parsed.data }
}

function expiryOf(cell: string | undefined, problems: ResourceProblem[]): string | null {
  if (!cell) return null
  const d = parseDayCell(cell)
  if (!d) problems.push({ field: 'licenceExpiry', msg: { key: 'errors.importDate' } })
  return d
}

/**
 * One supplier row → the supplier form's input, through the form's own schema. The type is
 * required by the form, so an unknown word in 类型 is a problem of that column, never a guess.
 */
export function supplierFromRow(
  cells: readonly string[],
  mapping: Record<string, string>,
): ResourceRow<SupplierFields> {
  const v = cellsOf<SupplierImportField>(cells, mapping)
  const problems: ResourceProblem[] = []
  const kind = v.kind ? supplierKindOf(v.kind) : null
  if (!kind)
    problems.push({ field: 'kind', msg: { key: v.kind ? 'errors.invalidValue' : 'errors.required' } })
  const licenceExpiry = expiryOf(v.licenceExpiry, problems)
  return checked(
    supplierFieldsSchema,
    {
      kind: kind ?? 'other',
      name: v.name ?? '',
      licenceNo: v.licenceNo ?? null,
      licenceExpiry,
      contactPerson: v.contactPerson ?? null,
      phone: v.phone ?? null,
      address: v.address ?? null,
      notes: v.notes ?? null,
    },
    problems,
  )
}

/** One guide row → the guide form's input: 等级 and 角色 in words (中级, 全陪/地陪), 语种 as a list. */
export function guideFromRow(
  cells: readonly string[],
  mapping: Record<string, string>,
): ResourceRow<GuideFields> {
  const v = cellsOf<GuideImportField>(cells, mapping)
  const problems: ResourceProblem[] = []
  const level = v.level ? guideLevelOf(v.level) : null
  if (v.level && !level) problems.push({ field: 'level', msg: { key: 'errors.invalidValue' } })
  const roleWords = v.roles ? v.roles.split(LIST_SPLIT).filter(Boolean) : []
  const roles = roleWords.map(guideRoleOf)
  if (roles.includes(null)) problems.push({ field: 'roles', msg: { key: 'errors.invalidValue' } })
  const licenceExpiry = expiryOf(v.licenceExpiry, problems)
  return checked(
    guideFieldsSchema,
    {
      name: v.name ?? '',
      mobile: v.mobile ?? null,
      licenceNo: v.licenceNo ? v.licenceNo.replace(/\s+/g, '') : null,
      level,
      licenceExpiry,
      languages: v.languages ? v.languages.split(LIST_SPLIT).filter(Boolean) : [],
      roles: roles.filter((r) => r !== null),
      notes: v.notes ?? null,
    },
    problems,
  )
}
