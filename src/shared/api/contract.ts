import type { z } from 'zod'

export type Role = 'admin' | 'manager' | 'frontdesk'

/**
 * Who may make a call. 'public' calls work without a session (setup, sign-in, language);
 * 'any' needs a signed-in staff member; a role list names the roles allowed.
 */
export type Access = 'public' | 'any' | readonly Role[]

export interface CallDef<I extends z.ZodType = z.ZodType, R = unknown> {
  input: I
  access: Access
  /** phantom: the result type, never set at run time */
  readonly _result?: R
}

/** Declare one call: its input schema, who may make it, and (as a type argument) its result. */
export function call<R>() {
  return <I extends z.ZodType>(input: I, access: Access): CallDef<I, R> => ({ input, access })
}

export type Contract = Record<string, CallDef>

export type InputOf<C extends CallDef> = z.input<C['input']>
export type ParsedOf<C extends CallDef> = z.output<C['input']>
export type ResultOf<C extends CallDef> = C extends CallDef<z.ZodType, infer R> ? R : never
