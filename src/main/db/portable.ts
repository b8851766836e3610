import { sql } from 'kysely'
import type { RawBuilder, Transaction } from 'kysely'
import type { DB } from './schema'

/*
 * Raw SQL the services need that reads the same on SQLite and PostgreSQL. Raw SQL lives only in
 * src/main/db (an ESLint rule keeps `sql` out of services); what differs per store is in sqlite/ and
 * postgres/, reached through sqlFor (store-sql.ts).
 */

/** `column LIKE pattern ESCAPE '\'`: the pattern comes escaped from the caller (see likePattern). */
export function likeEscaped(column: string, pattern: string): RawBuilder<boolean> {
  return sql<boolean>`${sql.ref(column)} LIKE ${pattern} ESCAPE '\\'`
}

/** The same on `lower(column)`: PostgreSQL's LIKE is case-sensitive where SQLite's is not for ASCII. */
export function likeEscapedLower(column: string, pattern: string): RawBuilder<boolean> {
  return sql<boolean>`lower(${sql.ref(column)}) LIKE ${pattern} ESCAPE '\\'`
}

/**
 * A wrong password counted in one statement (see auth.handlers.ts countFailure): the counter restarts
 * once a lock has expired, the attempt that reaches `max` sets the lock, later ones do not extend it.
 */
export function failedSignInSet(at: string, until: string, max: number) {
  const next = sql<number>`CASE WHEN locked_until <= ${at} THEN 1 ELSE failed_attempts + 1 END`
  return {
    failed_attempts: next,
    locked_until: sql<string | null>`CASE WHEN locked_until > ${at} THEN locked_until
      WHEN ${next} >= ${max} THEN ${until} ELSE NULL END`,
  }
}

/**
 * Runs `fn` in a savepoint: on failure only its work is undone and the transaction goes on. On
 * PostgreSQL a failed statement aborts the whole transaction unless it ran in one.
 */
export async function inSavepoint<T>(trx: Transaction<DB>, name: string, fn: () => Promise<T>): Promise<T> {
  const id = sql.id(name)
  await sql`SAVEPOINT ${id}`.execute(trx)
  try {
    const r = await fn()
    await sql`RELEASE SAVEPOINT ${id}`.execute(trx)
    return r
  } catch (e) {
    await sql`ROLLBACK TO SAVEPOINT ${id}`.execute(trx)
    await sql`RELEASE SAVEPOINT ${id}`.execute(trx)
    throw e
  }
}
