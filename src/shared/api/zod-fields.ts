import type { z } from 'zod'
import type { Msg } from './envelope'

/*
 * zod issues → i18n field messages. Main uses it at the boundary; a form uses the same mapping to
 * check its input before a second step (the duplicate search runs only on valid input).
 */
const fieldKeyByCode: Record<string, string> = {
  invalid_type: 'errors.invalidType',
  too_big: 'errors.tooLong',
  too_small: 'errors.required',
  invalid_value: 'errors.invalidChoice',
  invalid_union: 'errors.invalidValue',
  unrecognized_keys: 'errors.unexpectedField',
  invalid_format: 'errors.invalidValue',
}

/** zod issue → i18n message. Schemas carry keys ("errors.phone") as messages; others map by code. */
export function issueToMsg(issue: z.core.$ZodIssue): Msg {
  if (issue.message?.startsWith('errors.')) {
    const params: Record<string, number> = {}
    if ('maximum' in issue && typeof issue.maximum === 'number') params.max = issue.maximum
    if ('minimum' in issue && typeof issue.minimum === 'number') params.min = issue.minimum
    return Object.keys(params).length ? { key: issue.message, params } : { key: issue.message }
  }
  if (issue.code === 'invalid_type' && issue.input === undefined) return { key: 'errors.required' }
  return { key: fieldKeyByCode[issue.code] ?? 'errors.invalidValue' }
}

export function zodFields(error: z.ZodError): Record<string, Msg> {
  const fields: Record<string, Msg> = {}
  for (const issue of error.issues) {
    const p = issue.path.map(String).join('.') || '_'
    if (!(p in fields)) fields[p] = issueToMsg(issue)
  }
  return fields
}
