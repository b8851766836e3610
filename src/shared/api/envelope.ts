/**
 * Every call across the process boundary answers with this envelope, never a thrown error:
 * the renderer can always show something, and validation errors carry per-field messages.
 * Messages are i18n keys (+ params) so the renderer shows them in the user's current language.
 */
export type ErrorCode =
  | 'VALIDATION'
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'STALE'
  | 'LOCKED'
  | 'BAD_CREDENTIALS'
  | 'UNKNOWN_CALL'
  | 'UNAVAILABLE'
  | 'INTERNAL'

export interface Msg {
  key: string
  params?: Record<string, string | number>
}

export interface ApiError {
  code: ErrorCode
  /** i18n message for the whole error */
  msg: Msg
  /** field path ("documents.0.number") → message, for VALIDATION errors */
  fields?: Record<string, Msg>
}

export type Envelope<T> = { ok: true; value: T } | { ok: false; error: ApiError }

export function ok<T>(value: T): Envelope<T> {
  return { ok: true, value }
}

export function fail(
  code: ErrorCode,
  key: string,
  params?: Msg['params'],
  fields?: ApiError['fields'],
): Envelope<never> {
  return {
    ok: false,
    error: { code, msg: { key, ...(params ? { params } : {}) }, ...(fields ? { fields } : {}) },
  }
}

/** Thrown inside services; the dispatcher turns it into an envelope. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly key: string,
    readonly params?: Msg['params'],
    readonly fields?: ApiError['fields'],
  ) {
    super(`${code}: ${key}`)
  }
}
