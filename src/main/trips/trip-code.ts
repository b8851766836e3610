import type { Transaction } from 'kysely'
import { AppError } from '../../shared/api/envelope'
import { DEFAULT_CODE_PATTERN, codeFromPattern, codePatternValid } from '../../shared/trips/status'
import { readCodePattern } from '../settings/settings.handlers'
import type { DB } from '../db/schema'
import { isUniqueViolation } from '../db/errors'
import { inSavepoint } from '../db/portable'
import { sqlFor } from '../db/store-sql'
import type { Dbx } from './trips.repo'
import { fieldError } from './trips.repo'

const MARK = '\u0000'

/**
 * The next 团号 for a departure date: one above the highest counter already used with this pattern
 * and date (so codes follow creation order and a gap left by a deleted trip is not handed out again
 * while later codes exist). The unique index on trips.code is the last word if two windows race.
 */
export async function nextTripCode(db: Dbx, departDate: string): Promise<string> {
  const stored = await readCodePattern(db)
  // a pattern without exactly one counter would never yield a free code; settings refuse one anyway
  const pattern = codePatternValid(stored) ? stored : DEFAULT_CODE_PATTERN
  // the pattern holds exactly one counter (checked when it is saved): split the code around it
  const [prefix, suffix = ''] = codeFromPattern(pattern.replace(/\{N+\}/, MARK), departDate, 0)
    .toUpperCase()
    .split(MARK)
  const codes = await sqlFor(db).tripCodesStartingWith(db, prefix)
  const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&')
  const re = new RegExp(`^${esc(prefix)}(\\d+)${esc(suffix)}$`)
  let max = 0
  for (const c of codes) {
    const m = re.exec(c)
    if (m) max = Math.max(max, Number(m[1]))
  }
  const taken = new Set(codes)
  for (let n = max + 1; ; n++) {
    const code = codeFromPattern(pattern, departDate, n).toUpperCase()
    if (!taken.has(code)) return code
  }
}

/** A code a user typed must not belong to another trip. */
export async function assertCodeFree(db: Dbx, code: string, selfId?: number): Promise<void> {
  let q = db.selectFrom('trips').select('id').where('code', '=', code)
  if (selfId !== undefined) q = q.where('id', '<>', selfId)
  if (await q.executeTakeFirst()) throw fieldError('code', 'errors.tripCodeTaken')
}

const CODE_TRIES = 5

/**
 * Inserts a trip under a code that may clash with a trip another desk saves at the same moment
 * (the unique index on trips.code decides). A code the clerk typed answers "taken"; a generated
 * one is generated again from what is now stored. The insert runs in a savepoint so that, on a
 * server database, the clash does not abort the caller's transaction. On a server, generation for a
 * date also waits for other desks' (a lock held to the end of the transaction), so parallel desks
 * number their trips in turn instead of racing for the same code.
 */
export async function insertWithCode<T>(
  trx: Transaction<DB>,
  typed: string | null | undefined,
  departDate: string,
  insert: (code: string) => Promise<T>,
): Promise<{ code: string; row: T }> {
  if (!typed) await sqlFor(trx).lockNumbering(trx, 'trip-code', departDate)
  for (let attempt = 1; ; attempt++) {
    const code = typed ?? (await nextTripCode(trx, departDate))
    try {
      return { code, row: await inSavepoint(trx, 'trip_code', () => insert(code)) }
    } catch (e) {
      if (!isUniqueViolation(e)) throw e
      if (typed) throw fieldError('code', 'errors.tripCodeTaken')
      if (attempt === CODE_TRIES) throw new AppError('CONFLICT', 'errors.tripCodeBusy')
    }
  }
}
