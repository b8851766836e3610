import type { z } from 'zod'
import { AppError, fail, ok } from '../../shared/api/envelope'
import type { Envelope, Msg } from '../../shared/api/envelope'
import type { CallDef, ParsedOf, ResultOf } from '../../shared/api/contract'
import type { Session } from './session'
import { isConnectionLost, isUniqueViolation } from '../db/errors'

export type Handler<C extends CallDef> = (input: ParsedOf<C>, session: Session) => Promise<ResultOf<C>>

/** The handler map main implements for a nested contract: one function per call. */
export type Handlers<T extends Record<string, Record<string, CallDef>>> = {
  [NS in keyof T]: { [M in keyof T[NS]]: Handler<T[NS][M]> }
}

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

/**
 * Turns the contract and handler map into one dispatch function. Every call: unknown channel →
 * refused; input parsed by the call's schema (treated as `unknown` until then); access checked
 * against the session; errors of any kind come back as an envelope, never as a crash.
 */
export function createDispatcher<T extends Record<string, Record<string, CallDef>>>(
  contract: T,
  handlers: Handlers<T>,
  log: (e: unknown, channel: string) => void = (e, ch) => console.error(`[tourdesk] ${ch} failed`, e),
) {
  const table = new Map<string, { def: CallDef; fn: Handler<CallDef> }>()
  for (const [ns, calls] of Object.entries(contract)) {
    for (const [m, def] of Object.entries(calls)) {
      const fn = (handlers as Record<string, Record<string, Handler<CallDef>>>)[ns]?.[m]
      if (!fn) throw new Error(`no handler for ${ns}.${m}`)
      table.set(`${ns}.${m}`, { def, fn })
    }
  }

  return async function dispatch(
    channel: string,
    input: unknown,
    session: Session,
  ): Promise<Envelope<unknown>> {
    const entry = typeof channel === 'string' ? table.get(channel) : undefined
    if (!entry) return fail('UNKNOWN_CALL', 'errors.unknownCall')
    const { def, fn } = entry
    if (def.access !== 'public') {
      if (!session.staff) return fail('UNAUTHENTICATED', 'errors.signInRequired')
      if (def.access !== 'any' && !def.access.includes(session.staff.role)) {
        return fail('FORBIDDEN', 'errors.forbidden')
      }
    }
    const parsed = def.input.safeParse(input === undefined ? {} : input)
    if (!parsed.success) return fail('VALIDATION', 'errors.validation', undefined, zodFields(parsed.error))
    try {
      return ok(await fn(parsed.data, session))
    } catch (e) {
      if (e instanceof AppError) return fail(e.code, e.key, e.params, e.fields)
      // a key someone else created a moment ago: the handlers name the usual ones; this catches the rest
      if (isUniqueViolation(e)) return fail('CONFLICT', 'errors.conflict')
      // the office server went away: nothing was saved (the server rolls back), the form keeps its input
      if (isConnectionLost(e)) return fail('UNAVAILABLE', 'errors.serverUnavailable')
      log(e, channel)
      return fail('INTERNAL', 'errors.internal')
    }
  }
}
