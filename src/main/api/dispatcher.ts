import { AppError, fail, ok } from '../../shared/api/envelope'
import type { Envelope } from '../../shared/api/envelope'
import { zodFields } from '../../shared/api/zod-fields'
import type { CallDef, ParsedOf, ResultOf } from '../../shared/api/contract'
import type { Session } from './session'
import { isConnectionLost, isUniqueViolation } from '../db/errors'

export type Handler<C extends CallDef> = (input: ParsedOf<C>, session: Session) => Promise<ResultOf<C>>

/** The handler map main implements for a nested contract: one function per call. */
export type Handlers<T extends Record<string, Record<string, CallDef>>> = {
  [NS in keyof T]: { [M in keyof T[NS]]: Handler<T[NS][M]> }
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
