import fc from 'fast-check'
import { sql } from 'kysely'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { insertManyReturningIds } from '../../src/main/db/bulk-insert'
import { buildSearchRow } from '../../src/main/customers/search-index'
import { sqlFor } from '../../src/main/db/store-sql'
import { harness } from '../integration/harness'
import type { Harness } from '../integration/harness'
import type { CustomerRow } from '../../src/shared/customers/customer.types'
import type { Page } from '../../src/shared/common/schemas'

/*
 * A 1–2 character query on PostgreSQL is counted on its grams and paged one of two ways
 * (postgres/store-sql.ts gramPage): by its ids when the gram is rare, by walking the sort order with a
 * plan made for the gram when it is common. Both must give the same page and total as the list
 * sorted by hand, on every page and sort; and a filter beside the query takes the general path.
 */
describe('search by a common gram (PostgreSQL)', () => {
  let h: Harness
  // 1,300 张/章/赵/李 customers: "zh" is common (over 1,000), "章" is rare
  const SURNAMES = ['张', '章', '赵', '李']
  const GIVEN = '伟芳娜敏静丽强磊军洋勇艳杰涛明超秀霞平刚'
  const all: { id: number; name: string; updatedAt: string; createdAt: string; tier: string }[] = []
  beforeAll(async () => {
    h = await harness()
    const staff = h.admin.staff!.id
    const people = Array.from({ length: 1300 }, (_, i) => {
      const name =
        SURNAMES[i % 7 === 0 ? 1 : i % 5 === 0 ? 3 : i % 3 === 0 ? 2 : 0] +
        GIVEN[(i * 7) % GIVEN.length] +
        GIVEN[(i * 11) % GIVEN.length]
      // ties on updated_at (every 3 customers share a minute) so the id decides between them
      const updatedAt = new Date(Date.UTC(2025, 0, 1) + Math.floor(i / 3) * 60_000).toISOString()
      const createdAt = new Date(Date.UTC(2024, 0, 1) + ((i * 37) % 1300) * 60_000).toISOString()
      return { name, updatedAt, createdAt, tier: i % 4 === 0 ? 'gold' : 'none' }
    })
    await h.app.db.transaction().execute(async (trx) => {
      const ids = await insertManyReturningIds(
        trx,
        'customers',
        ['name', 'name_sort', 'tier', 'tier_rank', 'created_at', 'updated_at', 'created_by', 'updated_by'],
        people.map((p) => [
          p.name,
          p.name,
          p.tier,
          p.tier === 'gold' ? 3 : 0,
          p.createdAt,
          p.updatedAt,
          staff,
          staff,
        ]),
      )
      await sqlFor(trx).indexNewCustomers(
        trx,
        people.map((p, i) => ({
          ...buildSearchRow({ name: p.name, mobile: null, documents: [] }),
          id: ids[i],
        })),
      )
      people.forEach((p, i) => all.push({ id: ids[i], ...p }))
    })
    // the statistics an office server's autovacuum would have gathered by then
    await sql`ANALYZE`.execute(h.app.db)
  }, 60_000)
  afterAll(async () => {
    await h.close()
  })

  const expected = async (q: string, sort: 'updatedAt' | 'createdAt', dir: 'asc' | 'desc', page: number) => {
    const grams = await h.app.db
      .selectFrom('customer_grams')
      .select('customer_id')
      .where('gram', '=', q)
      .execute()
    const ids = new Set(grams.map((g) => g.customer_id))
    const key = (c: (typeof all)[number]) => (sort === 'updatedAt' ? c.updatedAt : c.createdAt)
    const list = all
      .filter((c) => ids.has(c.id))
      .sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : a.id - b.id) * (dir === 'asc' ? 1 : -1))
    return { total: list.length, ids: list.slice(page * 50, page * 50 + 50).map((c) => c.id) }
  }

  it('gives the hand-sorted page and total for common and rare grams, any page and sort', async () => {
    expect(h.store).toBe('postgres')
    const zh = await h.app.db
      .selectFrom('customer_grams')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('gram', '=', 'zh')
      .executeTakeFirstOrThrow()
    expect(Number(zh.n)).toBeGreaterThan(1000)
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom('zh', '章', '赵', 'zw', '李', 'li', 'z'),
        fc.constantFrom('updatedAt' as const, 'createdAt' as const),
        fc.constantFrom('asc' as const, 'desc' as const),
        fc.integer({ min: 0, max: 25 }),
        async (q, sort, dir, page) => {
          const got = await h.must<Page<CustomerRow>>('customers.search', {
            q,
            sort,
            dir,
            page,
            pageSize: 50,
          })
          const want = await expected(q, sort, dir, page)
          expect(got.total).toBe(want.total)
          expect(got.rows.map((r) => r.id)).toEqual(want.ids)
        },
      ),
      { numRuns: 40 },
    )
  })

  it('a filter beside a common gram is counted with the filter', async () => {
    const got = await h.must<Page<CustomerRow>>('customers.search', { q: 'zh', tier: 'gold', pageSize: 50 })
    const want = await expected('zh', 'updatedAt', 'desc', 0)
    const gold = new Set(all.filter((c) => c.tier === 'gold').map((c) => c.id))
    const grams = await h.app.db
      .selectFrom('customer_grams')
      .select('customer_id')
      .where('gram', '=', 'zh')
      .execute()
    expect(got.total).toBe(grams.filter((g) => gold.has(g.customer_id)).length)
    expect(got.total).toBeLessThan(want.total)
    expect(got.rows.every((r) => r.tier === 'gold')).toBe(true)
  })
})
