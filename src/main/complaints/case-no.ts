import type { Kysely, Transaction } from 'kysely'
import type { DB } from '../db/schema'
import { AppError } from '../../shared/api/envelope'
import { caseNumber } from '../../shared/complaints/status'
import { isUniqueViolation } from '../db/errors'
import { sqlFor } from '../db/store-sql'

const TRIES = 5

/** One above the highest counter of the year (the unique (case_year, case_seq) index walks it). */
export async function nextCaseSeq(trx: Transaction<DB>, year: number): Promise<number> {
  const r = await trx
    .selectFrom('complaints')
    .select((eb) => eb.fn.max('case_seq').as('seq'))
    .where('case_year', '=', year)
    .executeTakeFirst()
  return Number(r?.seq ?? 0) + 1
}

/**
 * Runs the whole "number and save a new case" transaction, numbering it TS-{year}-{seq}. On a server
 * the desks take turns per year (an advisory lock held to commit); should two still read the same
 * highest counter, the unique indexes let only one of them commit, and the other runs its transaction
 * again with a fresh number. Retrying the whole
 * transaction (not a savepoint) keeps this free of dialect-specific SQL and leaves no half-saved case.
 */
export async function withCaseNumber<T>(
  db: Kysely<DB>,
  year: number,
  write: (trx: Transaction<DB>, caseNo: { no: string; year: number; seq: number }) => Promise<T>,
): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await db.transaction().execute(async (trx) => {
        // other desks numbering a case of this year wait here (PostgreSQL; SQLite has one writer)
        await sqlFor(trx).lockNumbering(trx, 'case-number', String(year))
        const seq = await nextCaseSeq(trx, year)
        return write(trx, { no: caseNumber(year, seq), year, seq })
      })
    } catch (e) {
      if (!isUniqueViolation(e)) throw e
      if (attempt === TRIES) throw new AppError('CONFLICT', 'errors.caseNoBusy')
    }
  }
}
