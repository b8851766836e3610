import fc from 'fast-check'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { insertMany, insertManyReturningIds } from '../../src/main/db/bulk-insert'
import type { BulkValue } from '../../src/main/db/bulk-insert'
import { harness } from './harness'
import type { Harness } from './harness'

/**
 * The imports' bulk writer (prepared statement per row on SQLite, multi-row INSERTs on PostgreSQL):
 * every row lands with exactly its values, ids come back in the rows' order, and a failing row takes
 * the whole transaction with it.
 */
describe('insertMany', () => {
  let h: Harness
  let staffId: number
  beforeAll(async () => {
    h = await harness()
    staffId = h.admin.staff!.id
  })
  afterAll(async () => {
    await h.close()
  })

  const tagText = fc
    .string({ minLength: 1, maxLength: 20, unit: 'grapheme' })
    .filter((s) => s.trim() === s && s !== '' && !s.includes('\u0000'))

  it('writes any rows with their values and returns ids in row order', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(
          fc.record({
            name: fc
              .string({ minLength: 1, maxLength: 50, unit: 'grapheme' })
              .filter((s) => !s.includes('\u0000')),
            mobile: fc.option(fc.stringMatching(/^1[3-9]\d{9}$/), { nil: null }),
            tags: fc.uniqueArray(tagText, { maxLength: 3 }),
          }),
          { minLength: 1, maxLength: 120 },
        ),
        async (people) => {
          const at = '2026-11-25T02:00:00.000Z'
          const { ids, read } = await h.app.db.transaction().execute(async (trx) => {
            const ids = await insertManyReturningIds(
              trx,
              'customers',
              ['name', 'name_sort', 'mobile', 'created_at', 'updated_at', 'created_by', 'updated_by'],
              people.map((p): BulkValue[] => [p.name, p.name, p.mobile, at, at, staffId, staffId]),
            )
            await insertMany(
              trx,
              'customer_tags',
              ['customer_id', 'tag'],
              people.flatMap((p, i) => p.tags.map((t) => [ids[i], t])),
            )
            const read = await trx
              .selectFrom('customers')
              .select(['id', 'name', 'mobile'])
              .where('id', 'in', ids)
              .orderBy('id')
              .execute()
            return { ids, read }
          })
          expect(ids).toHaveLength(people.length)
          expect([...ids].sort((a, b) => a - b)).toEqual(ids)
          expect(read.map((r) => ({ name: r.name, mobile: r.mobile }))).toEqual(
            people.map((p) => ({ name: p.name, mobile: p.mobile })),
          )
          const tags = await h.app.db
            .selectFrom('customer_tags')
            .select(['customer_id', 'tag'])
            .where('customer_id', 'in', ids)
            .execute()
          expect(tags.length).toBe(people.reduce((n, p) => n + p.tags.length, 0))
          for (const t of tags) expect(people[ids.indexOf(t.customer_id)].tags).toContain(t.tag)
        },
      ),
      { numRuns: 15 },
    )
  })

  it('splits more values than one statement may bind, and keeps the order', async () => {
    // 7 columns × 5,000 rows = 35,000 values: above what one statement takes on either store
    const at = '2026-11-25T02:00:00.000Z'
    const n = 5000
    const ids = await h.app.db.transaction().execute((trx) =>
      insertManyReturningIds(
        trx,
        'customers',
        ['name', 'name_sort', 'mobile', 'created_at', 'updated_at', 'created_by', 'updated_by'],
        Array.from({ length: n }, (_, i): BulkValue[] => [
          `客户${i}`,
          `k${i}`,
          null,
          at,
          at,
          staffId,
          staffId,
        ]),
      ),
    )
    expect(ids).toHaveLength(n)
    const rows = await h.app.db
      .selectFrom('customers')
      .select(['id', 'name'])
      .where('id', 'in', ids.slice(-3))
      .orderBy('id')
      .execute()
    expect(rows.map((r) => r.name)).toEqual([`客户${n - 3}`, `客户${n - 2}`, `客户${n - 1}`])
  })

  it('a row the database refuses rolls back every row before it', async () => {
    const before = await h.app.db
      .selectFrom('customer_tags')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow()
    const { id } = await h.must<{ id: number }>('customers.create', { name: '王五' })
    await expect(
      h.app.db.transaction().execute((trx) =>
        insertMany(
          trx,
          'customer_tags',
          ['customer_id', 'tag'],
          [
            [id, 'a'],
            [id, 'b'],
            [id, 'a'], // the same tag twice: the table's key refuses it
          ],
        ),
      ),
    ).rejects.toThrow()
    const after = await h.app.db
      .selectFrom('customer_tags')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow()
    expect(Number(after.n)).toBe(Number(before.n))
  })

  it('refuses a row with a wrong number of values', async () => {
    await expect(
      h.app.db
        .transaction()
        .execute((trx) => insertMany(trx, 'customer_tags', ['customer_id', 'tag'], [[1]])),
    ).rejects.toThrow(/1 values for 2 columns/)
  })
})
