import fc from 'fast-check'
import { sql } from 'kysely'
import pg from 'pg'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { Db } from '../../src/main/db/open'
import { kyselyForPool, postgresPool } from '../../src/main/db/postgres/open'
import { MAX_NAMED, PLAN_PER_VALUE, statementName } from '../../src/main/db/postgres/named-statements'
import type { PostgresConnection } from '../../src/main/db/open'
import { emptyDatabase, pgServer } from './server'

/*
 * Reads run as named statements, prepared once per connection (src/main/db/postgres/named-statements.ts).
 * One connection in the pool, so "the connection" is the same one from call to call.
 */
let c: PostgresConnection
let db: Db
let other: pg.Client

beforeEach(async () => {
  c = await emptyDatabase(pgServer()!)
  db = kyselyForPool(postgresPool(c, 1))
  other = new pg.Client({ ...c })
  await other.connect()
  await other.query('CREATE TABLE t (a int NOT NULL)')
  await other.query('INSERT INTO t VALUES (1), (2), (3)')
})
afterEach(async () => {
  await other.end()
  await db.destroy()
})

const prepared = async () =>
  (await sql<{ name: string }>`SELECT name FROM pg_prepared_statements`.execute(db)).rows.map((r) => r.name)

describe('named reads on PostgreSQL', () => {
  it('prepares a SELECT once on the connection and answers the same on every run', async () => {
    const q = db
      .selectFrom('t' as never)
      .select(sql<number>`sum(a)`.as('s'))
      .where(sql`a`, '>', 1)
    const text = q.compile().sql
    const first = await q.execute()
    const second = await q.execute()
    expect(second).toEqual(first)
    expect(Number((first[0] as { s: number }).s)).toBe(5)
    expect(await prepared()).toContain(statementName(text))
  })

  it('leaves a read marked PLAN_PER_VALUE unnamed, so it is planned for its values every time', async () => {
    const text = `${PLAN_PER_VALUE}SELECT sum(a) AS s FROM t WHERE a > $1`
    const r = await sql<{
      s: number
    }>`${sql.raw(PLAN_PER_VALUE)}SELECT sum(a) AS s FROM t WHERE a > ${1}`.execute(db)
    expect(Number(r.rows[0].s)).toBe(5)
    expect(await prepared()).not.toContain(statementName(text))
  })

  it('leaves writes unnamed', async () => {
    await sql`INSERT INTO t VALUES (${4})`.execute(db)
    const names = await prepared()
    expect(names.every((n) => n.startsWith('td_'))).toBe(true)
    expect(names).not.toContain(statementName('INSERT INTO t VALUES ($1)'))
    expect(Number((await sql<{ n: number }>`SELECT count(*) AS n FROM t`.execute(db)).rows[0].n)).toBe(4)
  })

  it('keeps at most MAX_NAMED statements on a connection, and still answers past that', async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 0, max: 10_000 }), async (k) => {
        const r = await sql<{
          n: number
        }>`SELECT ${sql.raw(String(k))}::int + a AS n FROM t ORDER BY a`.execute(db)
        expect(r.rows.map((x) => x.n)).toEqual([k + 1, k + 2, k + 3])
      }),
      { numRuns: MAX_NAMED + 60 },
    )
    expect((await prepared()).length).toBeLessThanOrEqual(MAX_NAMED)
  })

  it('survives another desk changing the schema under a prepared SELECT (outside a transaction)', async () => {
    const all = () => sql<Record<string, number>>`SELECT * FROM t ORDER BY a`.execute(db)
    expect(Object.keys((await all()).rows[0])).toEqual(['a'])
    await other.query('ALTER TABLE t ADD COLUMN b int NOT NULL DEFAULT 7')
    const after = await all()
    expect(after.rows[0]).toEqual({ a: 1, b: 7 })
  })

  it('inside a transaction the stale statement fails that transaction only; the next read is fresh', async () => {
    const all = () => sql<Record<string, number>>`SELECT * FROM t ORDER BY a`
    await all().execute(db)
    await other.query('ALTER TABLE t ADD COLUMN b int NOT NULL DEFAULT 7')
    await expect(db.transaction().execute(async (trx) => all().execute(trx))).rejects.toMatchObject({
      code: '0A000',
    })
    expect((await all().execute(db)).rows[2]).toEqual({ a: 3, b: 7 })
    expect(await db.transaction().execute(async (trx) => (await all().execute(trx)).rows.length)).toBe(3)
  })
})
