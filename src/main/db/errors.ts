/**
 * Is this error a unique-key clash (two writers inserting the same key)? The one place that knows
 * each database's error codes, so every caller answers CONFLICT the same way on every backend.
 * SQLite (better-sqlite3): SQLITE_CONSTRAINT_UNIQUE, or _PRIMARYKEY for a key column.
 * PostgreSQL (the coming multi-desk option, node-postgres): SQLSTATE 23505 unique_violation.
 */
export function isUniqueViolation(e: unknown): boolean {
  if (typeof e !== 'object' || e === null || !('code' in e)) return false
  const code = (e as { code: unknown }).code
  return code === 'SQLITE_CONSTRAINT_UNIQUE' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY' || code === '23505'
}

/** Runs `write`; a unique-key clash becomes `clash()` (an AppError naming what already exists). */
export async function onUniqueClash<T>(write: () => Promise<T>, clash: () => Error): Promise<T> {
  try {
    return await write()
  } catch (e) {
    if (isUniqueViolation(e)) throw clash()
    throw e
  }
}

/* SQLSTATE classes and socket errors that mean "the server is out of reach", not "the query is wrong":
 * 08 connection exception, 57P01–57P03 terminated / shutting down / cannot connect now. */
const LOST_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'ENOTFOUND', 'EHOSTUNREACH'])
const LOST_MESSAGES = [
  /Connection terminated/i,
  /not queryable/i,
  /timeout exceeded when trying to connect/i,
  /does not allow connections/i,
  /not currently accepting connections/i,
]

/**
 * Did this call fail because the office server could not be reached (or dropped the connection)?
 * Such a write was rolled back by the server; the user's input is intact and can be sent again.
 */
export function isConnectionLost(e: unknown): boolean {
  if (typeof e !== 'object' || e === null) return false
  const code = 'code' in e ? String((e as { code: unknown }).code) : ''
  if (LOST_CODES.has(code) || code.startsWith('08') || /^57P0[123]$/.test(code)) return true
  const message = e instanceof Error ? e.message : ''
  return LOST_MESSAGES.some((m) => m.test(message))
}
