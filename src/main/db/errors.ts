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
