import type { z } from 'zod'
import type { Msg } from '../api/envelope'
import type { CustomerCreate } from '../customers/customer.schema'
import { customerCreateSchema } from '../customers/customer.schema'
import type { CustomerImportField } from './import-fields'
import { parseDayCell, parseGender, parseLunarCell } from './cell-dates'

/** column index (as a string key) → the field it fills */
export type ColumnMapping = Record<string, CustomerImportField>

export interface RowProblem {
  field: CustomerImportField | 'row'
  msg: Msg
}

export type RowResult = { ok: true; input: CustomerCreate } | { ok: false; problems: RowProblem[] }

/** the form's own message, also from inside a union (an optional phone is '' or a valid number) */
export function messageOf(issue: z.core.$ZodIssue): string | undefined {
  if (issue.message?.startsWith('errors.')) return issue.message
  if (issue.code === 'invalid_union')
    for (const branch of issue.errors)
      for (const i of branch) if (i.message?.startsWith('errors.')) return i.message
  return undefined
}

const TAG_SPLIT = /[,，、;；|\s]+/

/** which import column a form field's error belongs to (the schema speaks in form paths) */
function fieldOfPath(
  path: readonly PropertyKey[],
  docFields: CustomerImportField[],
): CustomerImportField | 'row' {
  const [head, index] = path
  if (head === 'documents' && typeof index === 'number') return docFields[index] ?? 'row'
  if (head === 'birth') return 'birth'
  if (head === 'tags') return 'tags'
  return (head as CustomerImportField | undefined) ?? 'row'
}

/**
 * One sheet row → the customer form's input, validated by the form's own schema, so an import
 * accepts exactly what a clerk could have typed. Cells the form would not understand (a date
 * typed as 1958/3/17, 男/女, a serial) are translated first; an unreadable one is a problem of
 * its column, never a silent blank.
 */
export function customerFromRow(cells: readonly string[], mapping: ColumnMapping): RowResult {
  const v: Partial<Record<CustomerImportField, string>> = {}
  for (const [col, field] of Object.entries(mapping)) {
    const text = (cells[Number(col)] ?? '').trim()
    if (text) v[field] = text
  }
  const problems: RowProblem[] = []
  const documents: { kind: 'id_card' | 'passport'; number: string }[] = []
  const docFields: CustomerImportField[] = []
  if (v.idCard) {
    documents.push({ kind: 'id_card', number: v.idCard.replace(/\s+/g, '') })
    docFields.push('idCard')
  }
  if (v.passport) {
    documents.push({ kind: 'passport', number: v.passport.replace(/\s+/g, '') })
    docFields.push('passport')
  }
  let birth: CustomerCreate['birth'] = null
  // the lunar birthday is the one the family celebrates, so it wins when a sheet has both
  if (v.lunarBirth) {
    const l = parseLunarCell(v.lunarBirth)
    if (l) birth = { calendar: 'lunar', ...l }
    else problems.push({ field: 'lunarBirth', msg: { key: 'errors.importLunarDate' } })
  } else if (v.birth) {
    const d = parseDayCell(v.birth)
    if (d) birth = { calendar: 'solar', date: d }
    else problems.push({ field: 'birth', msg: { key: 'errors.importDate' } })
  }
  const parsed = customerCreateSchema.safeParse({
    name: v.name ?? '',
    pinyinName:
      v.pinyinName
        ?.replace(/[^A-Za-z ]/g, ' ')
        .replace(/\s+/g, ' ')
        .trim() || null,
    gender: v.gender ? parseGender(v.gender) : 'unknown',
    birth,
    mobile: v.mobile ?? null,
    wechat: v.wechat ?? null,
    email: v.email ?? null,
    address: v.address ?? null,
    occupation: v.occupation ?? null,
    employer: v.employer ?? null,
    notes: v.notes ?? null,
    tags: v.tags ? v.tags.split(TAG_SPLIT).filter(Boolean) : [],
    documents,
  })
  if (!parsed.success) {
    const seen = new Set<string>()
    for (const issue of parsed.error.issues) {
      const field = fieldOfPath(issue.path, docFields)
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
